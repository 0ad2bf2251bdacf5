"""No Alt+letter is used twice in any dialog, in either language.

Qt cycles among the controls that share a letter: in the Dutch decision dialog Alt+O
went to the topic, the "by" field and the Save button in turn, so a name typed after
Alt+O overwrote the topic. Every dialog of the window is built here and its letters
compared; the pages are checked in test_keyboard_and_layout.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QWidget

from tests.conftest import EXAMPLES
from ui.about import AboutDialog
from ui.clause_editor import ClauseEditor
from ui.clause_edits import clause_view, find_state
from ui.english_names import EnglishNamesDialog
from ui.help import HelpDialog
from ui.import_word import ImportReport
from ui.issue_version import IssueVersionDialog
from ui.main_window import MainWindow
from ui.mnemonics import letter
from ui.workshop import DecisionEditor, DecisionLog, NoteDialog
from wizard.answers.model import Language
from wizard.answers.pages import PAGES

LINDE = next(p for p in EXAMPLES if "linde" in p.name)


def mnemonics(dialog: QWidget) -> list[tuple[str, str]]:
    """Every Alt+letter of the dialog's visible controls and labels with a buddy."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else None
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        if text and (key := letter(text)) is not None:
            found.append((key, text))
    return found


def doubles(dialog: QWidget) -> dict[str, list[str]]:
    keys = mnemonics(dialog)
    letters = [key for key, _ in keys]
    return {k: [t for key, t in keys if key == k] for k in letters if letters.count(k) > 1}


def dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    store = window.store
    state = find_state(store, "privacy.photos", Language.NL)
    assert state is not None
    out_of_date = {"nl": "Eigen tekst.", "en": None, "omit": False, "based_on": {"nl": "0" * 16}}

    def stale_editor() -> QDialog:
        store.set("clauses", {"privacy.photos": out_of_date})
        found = find_state(store, "privacy.photos", Language.NL)
        assert found is not None and found[1].out_of_date
        return ClauseEditor(window, clause_view(found[1], Language.NL))

    page = PAGES[4]
    return {
        "note": lambda: NoteDialog("behaviour.monitoring", store, window),
        "page note": lambda: NoteDialog("behaviour", store, window),
        "decision": lambda: DecisionEditor(store, None, window),
        "decision log": lambda: DecisionLog(store, window),
        "issue version": lambda: IssueVersionDialog(store, window),
        "clause editor": lambda: ClauseEditor(window, clause_view(state[1], Language.NL)),
        "clause editor, out of date": stale_editor,
        "help": lambda: HelpDialog(window, page.key, list(page.questions)),
        "import report": lambda: ImportReport(window, "<p>…</p>"),
        "about": lambda: AboutDialog(window),
        "english names": lambda: EnglishNamesDialog(store, window),
    }


@pytest.mark.parametrize("language", list(Language))
def test_alt_letters_are_unique_in_every_dialog(window: MainWindow, language: Language) -> None:
    window.set_language(language)
    assert window.open_project(LINDE)
    for name, make in dialogs(window).items():
        dialog = make()
        dialog.show()
        try:
            assert mnemonics(dialog) or name in ("help", "import report", "about"), name
            assert not doubles(dialog), f"{name} ({language.value}): {doubles(dialog)}"
        finally:
            dialog.close()
            dialog.deleteLater()


def test_the_decision_dialog_gives_each_field_its_own_letter(window: MainWindow) -> None:
    window.set_language(Language.NL)
    dialog = DecisionEditor(window.store, None, window)
    dialog.show()
    buddies = {
        letter(label.text()): label.buddy()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None
    }
    # The topic and the person who decided are reached by different letters.
    assert buddies["o"] is dialog.topic
    assert buddies[letter(dialog.labels[3].text())] is dialog.by
    dialog.close()
