"""Editing a clause from the preview: choosing it, saving, restoring, leaving it out, and
an edit that a later answer put out of date."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from tests.conftest import EXAMPLES
from ui.clause_editor import ClauseEditor
from ui.main_window import MainWindow
from wizard.answers.model import DocumentKind, Language

LINDE = next(p for p in EXAMPLES if "linde" in p.name)
TONE = "respect.tone"  # a clause of the code of conduct that no answer shapes
PHOTOS = "privacy.photos"  # shaped by confidentiality.photos


@pytest.fixture
def linde(window: MainWindow) -> MainWindow:
    """De Linde open, the preview showing its Dutch code of conduct."""
    window.set_language(Language.NL)
    assert window.open_project(LINDE)
    preview = window.preview
    preview.document.setCurrentIndex(preview.document.findData("code_of_conduct"))
    preview.language.setCurrentIndex(preview.language.findData("nl"))
    preview.refresh_preview()
    return window


Answer = Callable[[ClauseEditor], None]


@pytest.fixture
def editor(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """The editor's answers, one per time it opens: each gets the dialog as shown."""
    answers: list[Answer] = []
    shown: list[ClauseEditor] = []

    def exec_(dialog: ClauseEditor) -> int:
        shown.append(dialog)
        answers.pop(0)(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ClauseEditor, "exec", exec_)
    return answers


def type_and_save(text: str) -> Answer:
    def answer(dialog: ClauseEditor) -> None:
        assert dialog.focusWidget() in (dialog.editor, None)
        dialog.editor.setPlainText(text)
        dialog.save_button.click()

    return answer


def click(name: str) -> Answer:
    def answer(dialog: ClauseEditor) -> None:
        getattr(dialog, name).click()

    return answer


def preview_text(window: MainWindow) -> str:
    window.preview.refresh_preview()
    return window.preview.browser.toPlainText()


def position_of(window: MainWindow, words: str) -> int:
    found = window.preview.browser.document().find(words)
    assert not found.isNull(), f"{words!r} is not in the preview"
    return found.selectionStart()


def test_each_clause_of_the_preview_can_be_found_from_a_point_in_its_text(
    linde: MainWindow,
) -> None:
    from wizard.content.clause_states import clause_states

    preview = linde.preview
    project = linde.store.project()
    assert project is not None
    states = clause_states(project, DocumentKind.CODE_OF_CONDUCT, Language.NL)
    tone = next(s for s in states if s.id == TONE)
    # A few words from the middle of the clause: the browser names the clause.
    words = tone.generated.split("\n")[0][20:60]
    assert preview.browser.clause_at(position_of(linde, words)) == TONE
    # The context menu on it offers to edit it, and the texts of its section.
    menu = preview.clause_menu(TONE)
    texts = [action.text() for action in menu.actions()]
    assert texts[0].startswith("Deze tekst aanpassen…") and tone.title in texts[0]
    section = menu.actions()[1].menu()
    assert section is not None and tone.section_title in menu.actions()[1].text()
    # Every clause of the section is listed by its title.
    titles = [s.title for s in states if s.section_id == tone.section_id]
    assert [a.text().removesuffix("…") for a in section.actions()] == list(dict.fromkeys(titles))


def test_every_section_links_to_its_list_of_clauses(linde: MainWindow) -> None:
    html = linde.preview.html
    project = linde.store.project()
    assert project is not None
    from wizard.content.tailoring import build_outline

    outline = build_outline(project, DocumentKind.CODE_OF_CONDUCT, Language.NL)
    for section in outline.sections:
        assert f'href="section:{section.id}"' in html
    assert "✎ Teksten van dit onderdeel aanpassen…" in preview_text(linde)


def test_a_saved_edit_goes_into_the_draft_and_the_preview(
    linde: MainWindow, editor: list[Answer]
) -> None:
    assert not linde.store.modified
    editor.append(type_and_save("Wij zijn vriendelijk, ook online.\n\n- Geen scheldwoorden"))
    assert linde.preview.edit_clause(TONE)
    edit = linde.store.get("clauses")[TONE]
    assert edit["nl"] == "Wij zijn vriendelijk, ook online.\n\n- Geen scheldwoorden"
    assert edit["en"] is None and not edit["omit"] and len(edit["based_on"]["nl"]) == 16
    assert linde.store.modified and linde.isWindowModified()
    text = preview_text(linde)
    assert "Wij zijn vriendelijk, ook online." in text and "Geen scheldwoorden" in text
    assert "✎ Aangepaste tekst" in text
    assert f'href="clause:{TONE}"' in linde.preview.html  # the mark opens the editor
    # The list of the section says it too.
    section = linde.preview.section_menu("respect")
    assert any(a.text().endswith("(aangepast)…") for a in section.actions())


def test_restore_brings_back_the_generated_text(linde: MainWindow, editor: list[Answer]) -> None:
    before = preview_text(linde)
    editor.append(type_and_save("Een eigen tekst."))
    assert linde.preview.edit_clause(TONE)
    assert "Een eigen tekst." in preview_text(linde)
    editor.append(click("restore_button"))
    assert linde.preview.edit_clause(TONE)
    assert linde.store.get("clauses") == {}
    assert preview_text(linde) == before


def test_a_clause_left_out_leaves_a_link_to_put_it_back(
    linde: MainWindow, editor: list[Answer]
) -> None:
    from wizard.content.clause_states import clause_states

    project = linde.store.project()
    assert project is not None
    tone = next(
        s for s in clause_states(project, DocumentKind.CODE_OF_CONDUCT, Language.NL) if s.id == TONE
    )
    first_line = tone.generated.split("\n")[0]
    assert first_line in preview_text(linde)
    editor.append(click("omit_button"))
    assert linde.preview.edit_clause(TONE)
    assert linde.store.get("clauses")[TONE]["omit"] is True
    text = preview_text(linde)
    assert first_line not in text
    assert f"⊘ Weggelaten: {tone.title} (staat niet in het document)" in text
    # The English documents leave it out too.
    linde.preview.language.setCurrentIndex(linde.preview.language.findData("en"))
    assert "⊘ Left out" not in preview_text(linde)  # the interface is Dutch
    assert "⊘ Weggelaten" in preview_text(linde)

    def put_back(dialog: ClauseEditor) -> None:
        assert not dialog.save_button.isEnabled()  # nothing to save while it is left out
        assert dialog.omit_button.text() == "&Terugzetten in het document"
        dialog.omit_button.click()

    editor.append(put_back)
    assert linde.preview.edit_clause(TONE)
    assert linde.store.get("clauses") == {}


def test_an_answer_that_changes_the_text_puts_the_edit_out_of_date(
    linde: MainWindow, editor: list[Answer]
) -> None:
    linde.store.set("confidentiality.photos", "with_consent")
    editor.append(type_and_save("Foto's alleen met toestemming, altijd."))
    assert linde.preview.edit_clause(PHOTOS)
    assert "⚠ Verouderd" not in preview_text(linde)
    old = linde.store.get("clauses")[PHOTOS]["replaced"]["nl"]
    linde.store.set("confidentiality.photos", "forbidden")
    text = preview_text(linde)
    assert "⚠ Verouderd" in text and "Foto's alleen met toestemming, altijd." in text
    assert any("verouderd" in a.text() for a in linde.preview.section_menu("privacy").actions())

    seen: dict[str, Any] = {}

    def compare(dialog: ClauseEditor) -> None:
        seen.update(
            old=dialog.old_text.toPlainText(),
            new=dialog.new_text.toPlainText(),
            mine=dialog.text(),
            shown=dialog.old_text.isVisibleTo(dialog) and dialog.new_text.isVisibleTo(dialog),
            keep=dialog.accept_button.isVisibleTo(dialog),
        )
        dialog.accept_button.click()

    editor.append(compare)
    assert linde.preview.edit_clause(PHOTOS)
    assert seen["shown"] and seen["keep"]
    assert seen["old"] == old and seen["new"] != old
    assert seen["mine"] == "Foto's alleen met toestemming, altijd."
    assert "⚠ Verouderd" not in preview_text(linde)
    assert linde.store.get("clauses")[PHOTOS]["nl"] == "Foto's alleen met toestemming, altijd."

    # Once more out of date, and this time start from the new text.
    linde.store.set("confidentiality.photos", "allowed")

    def redo(dialog: ClauseEditor) -> None:
        dialog.redo_button.click()
        seen["redo"] = dialog.text()
        dialog.editor.setPlainText(dialog.text() + " Vraag het eerst.")
        dialog.save_button.click()

    editor.append(redo)
    assert linde.preview.edit_clause(PHOTOS)
    from wizard.content.clause_states import clause_states

    project = linde.store.preview_project(Language.NL)
    assert project is not None
    states = clause_states(project, DocumentKind.CODE_OF_CONDUCT, Language.NL)
    state = next(s for s in states if s.id == PHOTOS)
    assert seen["redo"] == state.generated
    assert state.edited == state.generated + " Vraag het eerst." and not state.out_of_date


def test_an_edit_in_one_language_is_marked_in_the_other(
    linde: MainWindow, editor: list[Answer]
) -> None:
    editor.append(type_and_save("Wees aardig."))
    assert linde.preview.edit_clause(TONE)
    linde.preview.language.setCurrentIndex(linde.preview.language.findData("en"))
    text = preview_text(linde)
    assert "✎ Alleen in het Nederlands aangepast; hier de gegenereerde tekst" in text
    assert "Wees aardig." not in text

    def other(dialog: ClauseEditor) -> None:
        assert "alleen in de andere taal" in dialog.state.text()
        dialog.reject()

    editor.append(other)
    assert not linde.preview.edit_clause(TONE)


def test_cancel_changes_nothing(linde: MainWindow, editor: list[Answer]) -> None:
    def cancel(dialog: ClauseEditor) -> None:
        dialog.editor.setPlainText("Weg ermee")
        dialog.cancel_button.click()

    editor.append(cancel)
    assert not linde.preview.edit_clause(TONE)
    assert linde.store.get("clauses") == {} and not linde.store.modified


def test_an_edit_is_saved_autosaved_and_restored(
    linde: MainWindow, editor: list[Answer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.append(type_and_save("Wij blijven beleefd."))
    assert linde.preview.edit_clause(TONE)
    linde.autosaver.save_now()
    record = json.loads(linde.autosaver.path.read_text(encoding="utf-8"))
    assert record["draft"]["clauses"][TONE]["nl"] == "Wij blijven beleefd."
    target = tmp_path / "linde.policy.json"
    assert linde.write_project(target)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["clauses"][TONE]["nl"] == "Wij blijven beleefd."
    assert not linde.store.modified
    # A crash after the next edit: the autosave brings the edit back.
    editor.append(type_and_save("Wij blijven altijd beleefd."))
    assert linde.preview.edit_clause(TONE)
    linde.autosaver.save_now()
    record = json.loads(linde.autosaver.path.read_text(encoding="utf-8"))
    linde.store.replace(json.loads(target.read_text(encoding="utf-8")), target)
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, record: True)
    linde.autosaver.path.write_text(json.dumps(record), encoding="utf-8")
    assert linde.offer_restore()
    assert linde.store.get("clauses")[TONE]["nl"] == "Wij blijven altijd beleefd."
    assert linde.store.modified


def test_the_context_menu_opens_on_the_clause_under_the_pointer(
    linde: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QContextMenuEvent

    preview = linde.preview
    shown: list[str] = []
    monkeypatch.setattr(type(preview), "show_clause_menu", lambda self, ident, point: None)
    preview.browser.clause_menu.disconnect()
    preview.browser.clause_menu.connect(lambda ident, point: shown.append(ident))
    browser = preview.browser
    words = preview.clause_states()[3].generated.split("\n")[0][:30]
    cursor = browser.textCursor()
    cursor.setPosition(position_of(linde, words))
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, browser.viewport().mapToGlobal(point)
    )
    browser.contextMenuEvent(event)
    assert shown and shown[0] == browser.clause_at(cursor.selectionStart())
    # From the keyboard (the context-menu key): the clause where the cursor is.
    keyboard = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
    browser.contextMenuEvent(keyboard)
    assert shown[1] == shown[0]


def test_a_clause_warning_on_the_review_page_opens_the_editor_in_the_language_to_check(
    linde: MainWindow, editor: list[Answer]
) -> None:
    from ui.welcome import PageId

    editor.append(type_and_save("Wij blijven vriendelijk."))
    assert linde.preview.edit_clause(TONE)
    warnings = [w for w in linde.store.warnings(Language.NL) if w.field == f"clauses.{TONE}"]
    assert [w.code for w in warnings] == ["clause_one_language"]
    assert "alleen in het Nederlands aangepast" in warnings[0].message(Language.NL)
    linde.wizard.go_to(PageId.REVIEW)
    review = linde.wizard.review
    link = next(link for link in review.issue_links if link.target == f"clauses.{TONE}")
    assert link.text().startswith("Tekst in het document › ")
    opened: list[Language] = []

    def english(dialog: ClauseEditor) -> None:
        opened.append(dialog.view.language)
        dialog.editor.setPlainText("We stay friendly.")
        dialog.save_button.click()

    editor.append(english)
    link.activated.emit(link.target)
    assert opened == [Language.EN]
    assert linde.store.get("clauses")[TONE]["en"] == "We stay friendly."
    assert not [w for w in linde.store.warnings(Language.NL) if w.field == f"clauses.{TONE}"]
    assert linde.wizard.currentId() == PageId.REVIEW  # the page stays where it was


def test_an_edit_of_a_clause_no_answer_chooses_can_be_removed_from_its_warning(
    linde: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import clause_edits

    clauses = {"ambassadors.sharing": {"nl": "Wij reageren snel.", "en": None, "omit": False}}
    linde.store.set("markets.ambassadors", False)
    linde.store.set("clauses", clauses)
    assert any(w.code == "clause_not_in_documents" for w in linde.store.warnings(Language.NL))
    asked: list[str] = []
    monkeypatch.setattr(
        clause_edits, "ask_remove_unused", lambda parent, ident: asked.append(ident) or True
    )
    linde.show_question("clauses.ambassadors.sharing")
    assert asked == ["ambassadors.sharing"] and linde.store.get("clauses") == {}


# --- File > Import edits from Word ---------------------------------------------------------


def word_document(tmp_path: Path, edit: Callable[[Any], None]) -> Path:
    """De Linde's Dutch code of conduct as the program writes it, edited with python-docx."""
    import docx

    from wizard.answers.project_file import load_project
    from wizard.content.tailoring import build_outline
    from wizard.output.docx_writer import document_bytes

    project = load_project(LINDE)
    data = document_bytes(build_outline(project, DocumentKind.CODE_OF_CONDUCT, Language.NL))
    path = tmp_path / "gedragscode-bewerkt.docx"
    path.write_bytes(data)
    document = docx.Document(str(path))
    edit(document)
    document.save(str(path))
    return path


def test_import_from_word_puts_the_edits_in_the_draft_and_says_what_came_in(
    linde: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # How the core's tests find a clause's paragraphs by its hidden mark.
    from tests.wizard.output.test_import_edits import clause_paragraphs, delete_clause
    from ui import import_word

    def edit(document: Any) -> None:
        first = clause_paragraphs(document, TONE)[0]
        for run in first.runs[1:]:
            run.text = ""
        first.runs[0].text = "Wees vriendelijk en eerlijk, ook als je het oneens bent."
        delete_clause(document, "respect.mistakes")  # its paragraphs and its mark
        heading = next(p for p in document.paragraphs if p.style.name == "Heading 1")
        added = document.add_paragraph("Een alinea buiten elke tekst.")
        heading._p.addnext(added._p)

    path = word_document(tmp_path, edit)
    linde.preview.document.setCurrentIndex(linde.preview.document.findData("ict_policy"))
    monkeypatch.setattr(MainWindow, "choose_import_path", lambda self: path)
    reports: list[str] = []
    monkeypatch.setattr(import_word, "show_report", lambda parent, html: reports.append(html))
    on_disk = LINDE.read_bytes()
    assert linde.import_word_edits()
    edit_nl = linde.store.get("clauses")[TONE]["nl"]
    assert edit_nl.startswith("Wees vriendelijk en eerlijk, ook als je het oneens bent.")
    assert "respect.mistakes" not in linde.store.get("clauses")
    assert linde.store.modified and LINDE.read_bytes() == on_disk  # only the draft changed
    # The preview shows the document that came in, with the edit marked.
    assert linde.preview.kind is DocumentKind.CODE_OF_CONDUCT
    text = preview_text(linde)
    assert "Wees vriendelijk en eerlijk" in text and "✎ Aangepaste tekst" in text
    # The report names the clauses by their titles, in plain words, never by their ids.
    from wizard.answers.labels import clause_title

    report = reports[0]
    assert "Gelezen: Gedragscode social media, in het Nederlands." in report
    assert "Aangepaste teksten, overgenomen in het project:" in report
    assert clause_title(TONE, Language.NL) in report
    assert "Markering van de tekst verwijderd in Word" in report
    assert clause_title("respect.mistakes", Language.NL) in report
    assert "Een alinea buiten elke tekst." in report
    assert "respect.tone" not in report and "respect.mistakes" not in report
    assert "nog niet opgeslagen" in report


def test_import_refuses_a_file_that_is_not_one_of_ours_clearly(
    linde: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _no_blocking_dialogs: Any
) -> None:
    import docx

    other = tmp_path / "brief.docx"
    document = docx.Document()
    document.add_paragraph("Beste collega's,")
    document.save(str(other))
    monkeypatch.setattr(MainWindow, "choose_import_path", lambda self: other)
    assert not linde.import_word_edits()
    kind, args = _no_blocking_dialogs[-1]
    assert kind == "warning" and args[1] == "Inlezen niet gelukt"
    assert args[2].startswith("brief.docx: Dit Word-document is niet door dit programma gemaakt")
    assert linde.store.get("clauses") == {} and not linde.store.modified
    # No file chosen: nothing happens.
    monkeypatch.setattr(MainWindow, "choose_import_path", lambda self: None)
    assert not linde.import_word_edits()


def test_the_import_is_in_the_file_menu(linde: MainWindow) -> None:
    texts = [action.text() for action in linde.file_menu.actions()]
    assert "Wijzigingen uit &Word inlezen…" in texts


@pytest.mark.parametrize("language", [Language.NL, Language.EN])
def test_the_editor_and_the_import_report_speak_plain_words(
    linde: MainWindow, language: Language
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit

    from tests.ui.test_plain_words import assert_plain
    from ui.clause_edits import clause_view, find_state
    from ui.import_word import result_html
    from wizard.output.import_edits import ImportResult

    linde.set_language(language)
    clauses = {
        PHOTOS: {"nl": "Eigen tekst.", "en": None, "omit": False, "based_on": {"nl": "0" * 16}}
    }
    linde.store.set("clauses", clauses)
    found = find_state(linde.store, PHOTOS, Language.NL)
    assert found is not None and found[1].out_of_date
    dialog = ClauseEditor(linde, clause_view(found[1], Language.NL))
    texts = [dialog.windowTitle()]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    texts += [view.accessibleName() for view in dialog.findChildren(QPlainTextEdit)]
    assert dialog.old_text.toPlainText()  # the text the file did not keep: said so
    texts.append(dialog.old_text.toPlainText())
    project = linde.store.project()
    assert project is not None
    result = ImportResult(
        DocumentKind.CODE_OF_CONDUCT,
        Language.NL,
        project,
        changed=[TONE],
        restored=[PHOTOS],
        missing=["respect.mistakes"],
        emptied=["respect.criticism"],
        tables=["channels.table"],
        outside=["Een alinea."],
    )
    html = result_html(result, language)
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    texts += document.toPlainText().split("\n")
    assert assert_plain(texts, language) > 10
    dialog.deleteLater()


def test_an_out_of_date_edit_marks_the_words_that_changed(linde: MainWindow) -> None:
    from PySide6.QtGui import QTextCursor, QTextFormat

    from ui.clause_edits import clause_view, find_state

    found = find_state(linde.store, PHOTOS, Language.NL)
    assert found is not None
    generated = found[1].generated
    first = generated.split()[2]
    old = generated.replace(first, "VROEGER", 1)
    clauses = {
        PHOTOS: {
            "nl": "Eigen tekst.",
            "based_on": {"nl": "0" * 16},
            "replaced": {"nl": old},
        }
    }
    linde.store.set("clauses", clauses)
    found = find_state(linde.store, PHOTOS, Language.NL)
    assert found is not None and found[1].out_of_date
    dialog = ClauseEditor(linde, clause_view(found[1], Language.NL))

    def marked(view: Any, at: int) -> tuple[bool, bool, bool]:
        cursor = QTextCursor(view.document())
        cursor.setPosition(at + 1)
        style = cursor.charFormat()
        filled = style.hasProperty(QTextFormat.Property.BackgroundBrush)
        return (filled, style.fontUnderline(), style.fontStrikeOut())

    added = generated.index(first)
    assert marked(dialog.new_text, added) == (True, True, False)
    removed = old.index("VROEGER")
    assert marked(dialog.old_text, removed) == (True, False, True)
    # A word that did not change is shown as it is.
    last = generated.rindex(generated.split()[-1])
    assert marked(dialog.new_text, last) == (False, False, False)
    dialog.close()


def test_changed_words_are_found_word_by_word() -> None:
    from wizard.words import changed_words

    removed, added = changed_words("Wij delen geen foto's.", "Wij delen nooit foto's van cliënten.")
    assert removed == [(10, 14)]  # "geen"
    assert [("Wij delen nooit foto's van cliënten."[a:b]) for a, b in added] == [
        "nooit",
        "van cliënten",
    ]
