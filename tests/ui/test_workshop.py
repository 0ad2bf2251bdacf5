"""Workshop notes, the decision log and the review page's other outputs, offscreen."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from tests.conftest import EXAMPLES
from tests.ui.test_main_window import answer_everything, widget
from ui.main_window import MainWindow
from ui.welcome import PageId
from ui.workshop import DecisionEditor, DecisionLog, NoteButton, NoteDialog
from wizard.answers.model import Language


def _fill(editor: DecisionEditor, day: str, topic: str, decision: str, by: str = "") -> None:
    editor.date.setText(day)
    editor.date.textEdited.emit(day)  # as typed: the field reads it
    editor.topic.setEditText(topic)
    editor.decision.setPlainText(decision)
    editor.by.setText(by)


@pytest.fixture
def started(window: MainWindow) -> MainWindow:
    widget(window, "welcome.new").click()
    return window


def test_page_note_is_folded_and_stored_without_refreshing_anything(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started
    window.wizard.go_to(PageId.BEHAVIOUR)
    page = window.wizard.currentPage()
    note = widget(window, "behaviour.note")
    assert not note.isVisible()  # folded: the questions keep the screen
    problems = window.store.problems()
    refreshed: list[str] = []
    monkeypatch.setattr(window.preview, "schedule", lambda: refreshed.append("preview"))
    monkeypatch.setattr(window.preview, "refresh_preview", lambda: refreshed.append("render"))
    monkeypatch.setattr(page, "refresh", lambda: refreshed.append("page"))
    window.store.set_modified(False)
    widget(window, "behaviour.note.toggle").click()
    assert note.isVisible()  # the focus moving into it is checked on a real X server
    note.setPlainText("De OR wil meepraten.")
    assert window.store.draft["notes"] == {"behaviour": "De OR wil meepraten."}
    assert window.store.modified  # so autosave and the title's marker follow
    assert refreshed == []  # no preview, no validation of the page
    assert window.store.problems() is problems  # nothing was checked again
    assert "(written)" in widget(window, "behaviour.note.toggle").text()
    note.setPlainText("   ")
    assert window.store.draft["notes"] == {}  # a blank note is no note


def test_question_note_opens_from_its_button_and_shows_that_it_has_one(
    started: MainWindow,
) -> None:
    window = started
    window.wizard.go_to(PageId.BEHAVIOUR)
    button: NoteButton = widget(window, "behaviour.monitoring.note")
    assert button.text() == "✎" and not button.has_note
    button.click()
    dialog = window.note_dialog
    assert isinstance(dialog, NoteDialog) and dialog.key == "behaviour.monitoring"
    assert "Monitoring (Behaviour)" in dialog.windowTitle()
    dialog.edit.setPlainText("IT wants logging; HR doubts it.")
    assert window.store.note("behaviour.monitoring") == "IT wants logging; HR doubts it."
    assert button.has_note and button.text() == "✎•"
    assert "IT wants logging" in button.toolTip()
    dialog.close()


def test_the_pencil_says_it_is_the_question_s_workshop_note_in_both_languages(
    started: MainWindow,
) -> None:
    """A pencil reads as "edit this text": its tooltip and name say that it opens the
    question's note for the workshop, and follow a language switch."""
    window = started
    window.set_language(Language.NL)
    button: NoteButton = widget(window, "behaviour.acknowledgement.note")
    assert button.accessibleName() == (
        "Notitie bij deze vraag (voor de workshop): Verklaring voor akkoord (Gedrag)"
    )
    assert "Notitie bij deze vraag (voor de workshop)" in button.toolTip()
    assert "nooit in de documenten" in button.toolTip()
    assert "✎" not in button.accessibleName()  # a screen reader would read a pencil out
    window.set_language(Language.EN)
    assert button.accessibleName().startswith("Note on this question (for the workshop): ")
    assert "never into the documents" in button.toolTip()
    window.store.set_note("behaviour.acknowledgement", "HR <b>wants</b> a form")
    assert button.accessibleName().startswith("Note on this question (written): ")
    assert "HR &lt;b&gt;wants&lt;/b&gt; a form" in button.toolTip()  # shown as typed
    window.set_language(Language.NL)
    assert button.accessibleName().startswith("Notitie bij deze vraag (ingevuld): ")
    window.store.set_modified(False)


def test_every_channel_row_and_the_plan_have_a_note_button(started: MainWindow) -> None:
    for key in ("channels.linkedin", "channels.other", "governance.plan", "organisation.name"):
        assert isinstance(widget(started, f"{key}.note"), NoteButton)


def test_note_shortcut_opens_the_note_of_the_question_with_the_focus(
    started: MainWindow,
) -> None:
    window = started
    window.wizard.go_to(PageId.CHANNELS)
    page = window.wizard.currentPage()
    manager = widget(window, "channels.facebook.manager")
    manager.setFocus()
    if QApplication.focusWidget() is not manager:  # offscreen may refuse the focus
        page.question_with_focus = lambda: "channels.facebook"  # type: ignore[method-assign]
    else:
        assert page.question_with_focus() == "channels.facebook"
    action = window.findChild(type(window.preview_action), "action.menu.note")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+N"
    action.trigger()
    assert window.note_dialog is not None and window.note_dialog.key == "channels.facebook"
    window.note_dialog.close()


def test_decision_log_add_change_and_delete(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started
    action = window.findChild(type(window.preview_action), "action.menu.decisions")
    assert action is not None and action.shortcut().toString() == "Ctrl+D"
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(action))]
    assert shortcuts.count("Ctrl+D") == 1
    action.trigger()
    log = window.decision_log
    assert isinstance(log, DecisionLog) and log.isVisible()

    def answer(day: str, topic: str, text: str, by: str = "") -> None:
        def run(editor: DecisionEditor) -> bool:
            _fill(editor, day, topic, text, by)
            assert not editor.problems()
            return True

        monkeypatch.setattr(DecisionEditor, "run", run)

    # A topic picked from the questions is stored as the question's key.
    answer("2026-11-20", "Monitoring (Behaviour)", "No monitoring of private accounts.", "Petra")
    widget(log, "decisions.add").click()
    answer("2026-11-21", "Training budget", "One e-learning a year.")
    widget(log, "decisions.add").click()
    decisions = window.store.decisions()
    assert [d["topic"] for d in decisions] == ["behaviour.monitoring", "Training budget"]
    assert decisions[0]["by"] == "Petra" and decisions[1]["by"] is None
    assert [d["date"] for d in decisions] == ["2026-11-20", "2026-11-21"]
    assert log.table.rowCount() == 2
    assert log.table.item(0, 1).text() == "Monitoring (Behaviour)"  # the label, not the key
    assert window.store.modified
    # Change the second.
    log.table.selectRow(1)
    answer("2026-11-22", "Training budget", "Two e-learnings a year.")
    widget(log, "decisions.edit").click()
    assert window.store.decisions()[1]["decision"] == "Two e-learnings a year."
    assert window.store.decisions()[1]["date"] == "2026-11-22"
    # Delete the first, after asking; a refusal keeps it.
    log.table.selectRow(0)
    monkeypatch.setattr(DecisionLog, "confirm_delete", lambda self, d: False)
    widget(log, "decisions.delete").click()
    assert len(window.store.decisions()) == 2
    monkeypatch.setattr(DecisionLog, "confirm_delete", lambda self, d: True)
    widget(log, "decisions.delete").click()
    assert [d["topic"] for d in window.store.decisions()] == ["Training budget"]
    # Every decision the log keeps is one the project file accepts.
    assert not window.store.problems() or all(
        not p.field.startswith("decisions") for p in window.store.problems()
    )


def test_decision_editor_says_what_is_missing(started: MainWindow) -> None:
    editor = DecisionEditor(started.store, None, started)
    editor.decision.setPlainText("")
    editor.topic.setEditText("")
    editor.try_accept()
    assert editor.result() == 0
    text = widget(editor, "decision.error").text()
    assert "Topic" in text and "Decision" in text


def test_a_decision_is_linked_to_a_question_from_its_note(
    started: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started
    window.wizard.go_to(PageId.TECHNICAL)
    widget(window, "technical.byod.note").click()
    dialog = window.note_dialog
    assert dialog is not None

    def run(editor: DecisionEditor) -> bool:
        assert editor.topic_value() == "technical.byod"  # already about the question
        editor.decision.setPlainText("Only managed phones.")
        return True

    monkeypatch.setattr(DecisionEditor, "run", run)
    logged = widget(dialog, "note.logged")
    assert logged.isHidden()
    widget(dialog, "note.decision").click()
    assert window.store.decisions()[-1]["topic"] == "technical.byod"
    assert not logged.isHidden() and "1" in logged.text()  # the user sees it was stored
    dialog.close()


def test_notes_and_decisions_survive_autosave_and_restore(window: MainWindow, qtbot: Any) -> None:
    answer_everything(window)
    window.store.set_note("behaviour", "Page note")
    window.store.set_note("channels.instagram", "Row note")
    decision = {
        "date": "2026-11-20",
        "topic": "channels.instagram",
        "decision": "Lotte manages it.",
        "by": "Els",
        "reason": None,
    }
    window.store.set_decisions([decision])
    window.autosaver.save_now()
    restored = MainWindow()
    qtbot.addWidget(restored)
    restored.ask_restore = lambda record: True  # type: ignore[method-assign]
    assert restored.offer_restore()
    assert restored.store.draft["notes"] == {
        "behaviour": "Page note",
        "channels.instagram": "Row note",
    }
    assert restored.store.decisions() == [decision]
    assert widget(restored, "behaviour.note").toPlainText() == "Page note"
    assert widget(restored, "channels.instagram.note").has_note
    restored.open_decisions()
    assert restored.decision_log is not None and restored.decision_log.table.rowCount() == 1
    # Saved, the project file holds them and opens again without a problem.
    path = Path(restored.autosaver.path).parent / "saved.policy.json"
    assert restored.write_project(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["notes"]["channels.instagram"] == "Row note"
    assert data["decisions"][0]["topic"] == "channels.instagram"


# --- the review page's other outputs ----------------------------------------------------------


def _review(window: MainWindow, folder: Path) -> Any:
    answer_everything(window)
    review = window.wizard.review
    review.folder.setText(str(folder))
    return review


def test_workshop_report_button_writes_the_report_in_the_folder(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    review = _review(window, tmp_path)
    window.store.set_note("behaviour.monitoring", "Ask the works council.")
    button = widget(window, "review.report")
    assert button.isEnabled()
    button.click()
    assert not button.isEnabled()  # busy: one at a time, the window keeps responding
    qtbot.waitUntil(lambda: review.task is None, timeout=20000)
    files = list(tmp_path.glob("*-workshop-report-*.docx"))
    assert len(files) == 1
    assert str(files[0]) in review.notice.text()
    assert str(files[0]) in review.written  # listed with the open buttons
    text = "\n".join(
        cell.text
        for table in docx.Document(io.BytesIO(files[0].read_bytes())).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Ask the works council." in text


def test_workshop_report_button_works_before_every_question_is_answered(
    started: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    review = started.wizard.review
    review.folder.setText(str(tmp_path / "new"))
    started.wizard.go_to(PageId.REVIEW)
    assert started.store.problems()
    widget(started, "review.report").click()
    qtbot.waitUntil(lambda: review.task is None, timeout=20000)
    assert len(list((tmp_path / "new").glob("*.docx"))) == 1


def test_report_failure_is_told_in_plain_words(
    started: MainWindow, qtbot: Any, tmp_path: Path, _no_blocking_dialogs: list[Any]
) -> None:
    review = started.wizard.review
    afile = tmp_path / "a-file"
    afile.write_text("x")
    review.folder.setText(str(afile))
    widget(started, "review.report").click()
    qtbot.waitUntil(lambda: review.task is None, timeout=20000)
    assert "not a folder" in review.notice.text()
    assert any(kind == "critical" for kind, _ in _no_blocking_dialogs)


def test_calendar_button_writes_the_review_dates(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    review = _review(window, tmp_path)
    target = tmp_path / "dates.ics"
    review.choose_calendar_path = lambda suggested: str(target)
    widget(window, "review.calendar").click()
    qtbot.waitUntil(lambda: review.task is None, timeout=20000)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert str(target) in review.notice.text()


def test_pdf_without_libreoffice_says_how_to_get_it_and_keeps_the_word_files(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.pdf

    monkeypatch.setattr(wizard.output.pdf, "find_libreoffice", lambda *a, **k: None)
    review = _review(window, tmp_path)
    review.pdf_box.setChecked(True)
    review.export()
    qtbot.waitUntil(lambda: review.job is None and review.task is None, timeout=30000)
    assert len(list(tmp_path.glob("*.docx"))) >= 1
    assert not list(tmp_path.glob("*.pdf"))
    assert "LibreOffice" in review.notice.text() and "libreoffice.org" in review.notice.text()


def test_pdf_is_written_beside_the_word_files(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.pdf

    def convert(office: Path, document: Path, target: Path, **_: Any) -> Path:
        target.write_bytes(b"%PDF-1.7 stand-in")  # LibreOffice itself is tested in test_pdf
        return target

    monkeypatch.setattr(wizard.output.pdf, "find_libreoffice", lambda *a, **k: Path("/soffice"))
    monkeypatch.setattr(wizard.output.pdf, "convert", convert)
    review = _review(window, tmp_path)
    review.pdf_box.setChecked(True)
    review.export()
    qtbot.waitUntil(lambda: review.job is None and review.task is None, timeout=30000)
    words = sorted(tmp_path.glob("*.docx"))
    assert sorted(p.with_suffix(".docx") for p in tmp_path.glob("*.pdf")) == words
    assert all(str(p.with_suffix(".pdf")) in review.written for p in words)


@pytest.mark.parametrize("language", list(Language))
def test_workshop_texts_in_both_languages(window: MainWindow, language: Language) -> None:
    window.set_language(language)
    widget(window, "welcome.new").click()
    toggle = widget(window, "organisation.note.toggle")
    expected = "Notitie bij deze pagina" if language is Language.NL else "Note on this page"
    assert toggle.text() == expected
    assert widget(window, "review.report").text().replace("&", "") in (
        "Workshopverslag…",
        "Workshop report…",
    )
    assert window.workshop_menu.title().replace("&", "") == "Workshop"


def test_examples_open_with_empty_notes(window: MainWindow) -> None:
    assert window.open_project(EXAMPLES[0])
    assert all(not b.has_note for b in window.findChildren(NoteButton))
    edit = widget(window, "organisation.note")
    assert isinstance(edit, QPlainTextEdit) and edit.toPlainText() == ""
    assert Qt.FocusPolicy.NoFocus == widget(window, "organisation.name.note").focusPolicy()


def test_the_window_asks_what_the_page_list_says(window: MainWindow) -> None:
    """wizard.answers.pages is the one list of pages and questions (the report reads it):
    each page of the window asks exactly those questions, in that order, and has a note
    button for each."""
    from wizard.answers.advice import MYSELF_KEYS
    from wizard.answers.pages import PAGES

    pages = window.wizard.form_pages
    assert [p.page_key for p in pages] == [p.key for p in PAGES]
    for page, listed in zip(pages, PAGES, strict=True):
        asked = [b.objectName().removesuffix(".note") for b in page.findChildren(NoteButton)]
        if page.page_key == "channels":
            assert asked == list(listed.questions)
            continue
        # The first page asks the governance page's roles again while one person does
        # not do them all (issue 20): the same answers, listed once, on their own page.
        echoed = [key for key in page.bindings if not key.startswith(f"{page.page_key}.")]
        assert echoed == (list(MYSELF_KEYS) if page.page_key == "organisation" else [])
        own = [key for key in page.bindings if key not in echoed]
        assert own + (["governance.plan"] if page.page_key == "governance" else []) == list(
            listed.questions
        )
        echoes = [f"{page.page_key}.{key}" for key in echoed]
        assert [key for key in asked if key not in echoes] == list(listed.questions)


def test_note_shortcut_away_from_a_question_opens_the_page_note(started: MainWindow) -> None:
    window = started
    window.wizard.go_to(PageId.MARKETS)
    page = window.wizard.currentPage()
    page.question_with_focus = lambda: None  # type: ignore[method-assign]
    assert not widget(window, "markets.note").isVisible()
    window.findChild(type(window.preview_action), "action.menu.note").trigger()
    assert widget(window, "markets.note").isVisible()
    assert widget(window, "markets.note.toggle").isChecked()


def test_tooltips_show_user_text_as_written_never_as_html(started: MainWindow) -> None:
    """Qt renders a tooltip that looks like HTML, pictures and all: not the user's text."""
    from PySide6.QtGui import QTextDocument

    hostile = "<img src='file:///etc/passwd'> <b>bold</b>\nsecond line"
    started.store.set_decisions(
        [{"date": "2026-11-20", "topic": hostile, "decision": hostile, "by": None, "reason": None}]
    )
    started.store.set_note("behaviour.monitoring", hostile)
    started.open_decisions()
    log = started.decision_log
    assert log is not None
    tips = [log.table.item(0, column).toolTip() for column in (1, 2)]
    tips.append(widget(started, "behaviour.monitoring.note").toolTip())
    for tip in tips:
        assert "<img" not in tip and "&lt;img src=&#x27;file:///etc/passwd&#x27;&gt;" in tip
        shown = QTextDocument()
        shown.setHtml(tip)  # as Qt renders the tooltip: the text exactly as typed
        assert "<img src='file:///etc/passwd'> <b>bold</b>" in shown.toPlainText()


def test_the_review_page_keeps_the_order_of_the_languages(window: MainWindow) -> None:
    """The first language is the calendar's and the report's: ticking boxes keeps it."""
    northwind = next(p for p in EXAMPLES if "northwind" in p.name)
    assert window.open_project(northwind)
    assert window.store.get("output.languages") == ["en", "nl"]
    window.wizard.go_to(PageId.REVIEW)
    widget(window, "output.documents.ict_policy").click()
    assert window.store.get("output.languages") == ["en", "nl"]
    widget(window, "output.languages.en").click()
    assert window.store.get("output.languages") == ["nl"]
    widget(window, "output.languages.en").click()  # ticked again: it comes last
    assert window.store.get("output.languages") == ["nl", "en"]


def test_the_workshop_report_is_also_a_pdf_when_asked(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wizard.output.pdf

    def convert(office: Path, document: Path, target: Path, **_: Any) -> Path:
        target.write_bytes(b"%PDF-1.7 stand-in")  # LibreOffice itself: tests/wizard/output
        return target

    monkeypatch.setattr(wizard.output.pdf, "find_libreoffice", lambda *a, **k: Path("/soffice"))
    monkeypatch.setattr(wizard.output.pdf, "convert", convert)
    review = _review(window, tmp_path)
    review.pdf_box.setChecked(True)
    widget(window, "review.report").click()
    qtbot.waitUntil(lambda: bool(list(tmp_path.glob("*-workshop-report-*.pdf"))), timeout=20000)
    qtbot.waitUntil(lambda: review.task is None, timeout=20000)
    [pdf] = tmp_path.glob("*-workshop-report-*.pdf")
    assert str(pdf) in review.written
