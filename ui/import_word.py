"""File > Import edits from Word: an edited document's clauses into the open project.

The reading is the core's (``wizard.output.import_edits``). The window puts the result
into the draft, as if the user had typed each edit in the clause editor: the preview
shows it at once, the window is marked modified, autosave keeps it, and File > Save
writes it. Nothing is written to disk here: the user reviews what came in first, and
closing without saving leaves the project file as it was.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.answers import AnswerStore
from ui.help import TextDialog
from ui.strings import tr
from wizard.answers.labels import clause_title, value_label
from wizard.answers.model import Language
from wizard.output.import_edits import (
    ImportRefused,
    ImportResult,
    import_edits,
    read_document,
)

# What the import found, in the order a person wants to read it: what came in first.
GROUPS = (
    "changed",
    "restored",
    "missing",
    "emptied",
    "not_applicable",
    "fixed",
    "tables",
)


def result_html(result: ImportResult, language: Language) -> str:
    """The import's outcome in plain words: clause titles, never ids; in ``language``."""
    document = value_label("document", result.document, language)
    written_in = value_label("language", result.language, language)
    parts = [f"<p>{escape(tr('import.document', document=document, language=written_in))}</p>"]
    for group in GROUPS:
        ids: list[str] = getattr(result, group)
        if not ids:
            continue
        titles = dict.fromkeys(clause_title(ident, language) for ident in ids)
        items = "".join(f"<li>{escape(title)}</li>" for title in titles)
        parts.append(f"<p><b>{escape(tr(f'import.{group}'))}</b></p><ul>{items}</ul>")
    if result.outside:
        items = "".join(
            f"<li>“{escape(text[:300])}{'…' if len(text) > 300 else ''}”</li>"
            for text in result.outside
        )
        parts.append(f"<p><b>{escape(tr('import.outside'))}</b></p><ul>{items}</ul>")
    closing = "import.applied" if result.any_change else "import.nothing"
    parts.append(f"<p>{escape(tr(closing))}</p>")
    return "".join(parts)


class ImportReport(TextDialog):
    """What came in from Word and what was left alone; it wraps and scrolls."""

    def __init__(self, parent: QWidget | None, html: str) -> None:
        super().__init__(parent, "import.report", tr("import.title"), html)
        scale = max(1.0, self.font().pointSizeF() / 10)
        self.fit(round(620 * scale), round(480 * scale))


def import_into(store: AnswerStore, path: Path, language: Language) -> ImportResult | None:
    """Read ``path`` and put its edits into the draft's ``clauses``; raises ImportRefused.

    None when the answers cannot make the documents at all (an answer that is wrong,
    not merely open): then there are no clauses to compare with.
    """
    # A project with open answers still has its clauses: they show them as [markers].
    project = store.project() or store.preview_project(language)
    if project is None:
        return None
    result = import_edits(project, read_document(path))
    if result.any_change:
        clauses = result.project.model_dump(mode="json")["clauses"]
        store.set("clauses", clauses)
    return result


def import_from_word(
    parent: QWidget, store: AnswerStore, path: Path, language: Language
) -> ImportResult | None:
    """Import ``path`` and tell the user what came in; None when it was refused."""
    from PySide6.QtWidgets import QMessageBox

    try:
        result = import_into(store, path, language)
    except ImportRefused as refused:
        text = f"{path.name}: {refused.message(language)}"
        QMessageBox.warning(parent, tr("import.failed"), text)
        return None
    if result is None:
        QMessageBox.warning(parent, tr("import.failed"), tr("import.incomplete"))
        return None
    show_report(parent, result_html(result, language))
    return result


def show_report(parent: QWidget, html: str) -> None:
    """The import's outcome in a dialog (tests replace this)."""
    dialog = ImportReport(parent, html)
    dialog.exec()
