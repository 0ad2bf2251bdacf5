"""Issuing versions from the review page: the dialog, the store, the version list."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox

from tests.conftest import EXAMPLES
from tests.ui.test_main_window import widget
from ui.issue_version import IssueVersionDialog
from ui.main_window import MainWindow
from ui.review import ReviewPage
from ui.welcome import PageId
from wizard import clock
from wizard.answers.model import Language
from wizard.answers.summary import date_text

NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))


def open_copy(window: MainWindow, tmp_path: Path, source: Path = NORTHWIND) -> Path:
    path = tmp_path / source.name
    shutil.copy(source, path)
    assert window.open_project(path)
    window.wizard.go_to(PageId.REVIEW)
    return path


def review(window: MainWindow) -> ReviewPage:
    page = window.wizard.page(PageId.REVIEW)
    assert isinstance(page, ReviewPage)
    return page


def issue(window: MainWindow, monkeypatch: pytest.MonkeyPatch, fill: Any) -> IssueVersionDialog:
    """Press the review page's button; ``fill`` answers the dialog as a person would."""
    seen: list[IssueVersionDialog] = []

    def exec_(dialog: IssueVersionDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(IssueVersionDialog, "exec", exec_)
    widget(window, "review.issue").click()
    assert seen
    return seen[0]


def test_issuing_two_versions_records_them_and_sets_the_number(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_language(Language.NL)
    open_copy(window, tmp_path)
    page = review(window)
    assert "Nog geen versie uitgegeven" in page.versions_list.text()
    assert page.issue_button.isEnabled()

    def first(dialog: IssueVersionDialog) -> None:
        # The documents' own number (2.1) has not been issued: it is offered first.
        assert dialog.chosen_version() == "2.1"
        assert [dialog.version.itemText(i) for i in range(dialog.version.count())] == [
            "2.1",
            "2.2",
            "3.0",
        ]
        assert dialog.changes_label.text() == "Dit wordt de eerste uitgegeven versie."
        # The approver's answer in words, as the documents name it.
        assert dialog.approved_by.text() == "The management board"
        dialog.summary.setPlainText("Eerste vaststelling")

    issue(window, monkeypatch, first)
    store = window.store
    assert store.modified
    history = store.get("history")
    assert [h["version"] for h in history] == ["2.1"]
    assert history[0]["summary"] == "Eerste vaststelling"
    assert history[0]["answers"]["behaviour"]["monitoring"] == "public_mentions"
    assert "Versie 2.1" in page.versions_list.text()
    assert "Eerste vaststelling" in page.versions_list.text()

    store.set("behaviour.monitoring", "none")

    def second(dialog: IssueVersionDialog) -> None:
        assert dialog.chosen_version() == "2.2"
        assert dialog.changes_label.text() == "Wijzigingen sinds versie 2.1 (ter informatie):"
        shown = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
        assert shown == ["Monitoring: Openbare vermeldingen → Geen"]
        assert dialog.summary.toPlainText() == ""  # prefilled with nothing
        dialog.approved_by.setText("Directie")

    issue(window, monkeypatch, second)
    history = store.get("history")
    assert [h["version"] for h in history] == ["2.1", "2.2"]
    assert history[1]["approved_by"] == "Directie" and history[1]["summary"] is None
    assert store.get("organisation.version") == "2.2"
    assert history[1]["answers"]["organisation"]["version"] == "2.2"
    # What the window saves is a valid project with both versions.
    project = store.project()
    assert project is not None and [v.version for v in project.history] == ["2.1", "2.2"]


def test_the_dialog_suggests_whether_staff_must_acknowledge_again(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_copy(window, tmp_path)

    def first(dialog: IssueVersionDialog) -> None:
        assert dialog.acknowledge.isChecked()
        assert dialog.acknowledge_help.text() == "Advice: Yes, the first version."

    issue(window, monkeypatch, first)
    store = window.store
    store.set("governance.hr_owner", "Petra Nieuw")

    def names_only(dialog: IssueVersionDialog) -> None:
        # Only a name changed: the program suggests asking nobody, and says what changed.
        assert not dialog.acknowledge.isChecked()
        help_text = dialog.acknowledge_help.text()
        assert help_text.startswith("Advice: No, the rules are those of version 2.1; changed: ")
        assert "Petra Nieuw" in help_text

    issue(window, monkeypatch, names_only)
    store.set("behaviour.monitoring", "none")

    def rules(dialog: IssueVersionDialog) -> None:
        assert dialog.acknowledge.isChecked()
        assert dialog.acknowledge_help.text() == (
            "Advice: Yes, the rules changed since version 2.1: What the organisation monitors."
        )
        dialog.acknowledge.setChecked(False)  # the person issuing decides

    issue(window, monkeypatch, rules)
    assert [h["acknowledge"] for h in store.get("history")] == [True, False, False]
    project = store.project()
    assert project is not None and [v.acknowledge for v in project.history] == [True, False, False]


def test_a_number_already_issued_is_refused_beside_the_field(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_copy(window, tmp_path)
    issue(window, monkeypatch, lambda dialog: None)
    assert window.store.get("organisation.version") == "2.1"

    def taken(dialog: IssueVersionDialog) -> None:
        dialog.version.setEditText("2.1")
        assert dialog.error.isVisibleTo(dialog)
        assert dialog.error.text().startswith("Version 2.1 has already been issued")
        assert "2.2" in dialog.error.text()
        assert not dialog.ok.isEnabled()
        dialog.accept()  # refused: nothing recorded, the dialog stays
        assert not dialog.result()
        dialog.version.setEditText(" ")
        assert "Enter a version number" in dialog.error.text()
        dialog.version.setEditText("2.1.1")
        assert not dialog.error.isVisibleTo(dialog) and dialog.ok.isEnabled()

    issue(window, monkeypatch, taken)
    assert [h["version"] for h in window.store.get("history")] == ["2.1", "2.1.1"]


def test_an_unfinished_project_cannot_issue_a_version(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    window.wizard.go_to(PageId.REVIEW)
    page = review(window)
    assert not page.issue_button.isEnabled()
    assert "once every question has been answered" in page.versions_list.text()
    assert not page.issue_version()


def test_an_issued_version_is_saved_autosaved_and_reopened(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = open_copy(window, tmp_path)
    issue(window, monkeypatch, lambda dialog: dialog.summary.setPlainText("First"))
    assert window.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["history"][0]["version"] == "2.1"
    assert saved["history"][0]["summary"] == "First"
    assert window.open_project(path)
    assert "First" in review(window).versions_list.text()


def test_the_dialog_fits_a_laptop_screen_at_twice_the_text_size(
    window: MainWindow, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_copy(window, tmp_path)
    issue(window, monkeypatch, lambda dialog: None)
    window.apply_font_size(100)  # as far as it goes: twice the normal size
    for key, value in {
        "organisation.sector": "healthcare",
        "behaviour.monitoring": "none",
        "markets.goals": ["marketing", "community"],
        "technical.mfa": False,
    }.items():
        window.store.set(key, value)
    dialog = IssueVersionDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.changes.count() == 5
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768


def test_an_issued_version_is_in_the_autosave(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_copy(window, tmp_path)
    issue(window, monkeypatch, lambda dialog: dialog.summary.setPlainText("Autosaved"))
    window.autosaver.save_now()
    record = window.autosaver.pending()
    assert record is not None
    assert record["draft"]["history"][0]["summary"] == "Autosaved"
    assert record["draft"]["organisation"]["version"] == "2.1"


def test_a_version_1_project_issues_its_first_version_and_is_saved_as_version_2(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    raw["schema_version"] = 1
    old = tmp_path / "old.policy.json"
    old.write_text(json.dumps(raw), encoding="utf-8")
    assert window.open_project(old)
    window.wizard.go_to(PageId.REVIEW)
    assert "No version issued yet" in review(window).versions_list.text()

    def first(dialog: IssueVersionDialog) -> None:
        assert dialog.changes_label.text() == "This will be the first issued version."
        assert not dialog.changes.isVisibleTo(dialog)

    issue(window, monkeypatch, first)
    assert window.save()
    saved = json.loads(old.read_text(encoding="utf-8"))
    assert saved["schema_version"] == 3
    assert [h["version"] for h in saved["history"]] == ["2.1"]


@pytest.mark.parametrize("text_size", [0, 100])  # normal, and twice the normal size
def test_a_text_is_no_version_number_and_nothing_moves_while_typing(
    window: MainWindow, tmp_path: Path, qtbot: Any, text_size: int
) -> None:
    window.set_language(Language.NL)
    open_copy(window, tmp_path)
    window.apply_font_size(text_size)
    dialog = IssueVersionDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ok.isEnabled() and not dialog.error.isVisible()

    def where() -> tuple[Any, Any, Any]:
        QApplication.processEvents()
        return (
            dialog.summary.geometry(),
            dialog.approved_by.geometry(),
            dialog.version.geometry(),
        )

    before = where()
    typed = ""
    # Typed one letter at a time, as the tester did: the message comes, changes and goes.
    for letter in "1.0Privegebruik: met":
        typed += letter
        dialog.version.setEditText(typed)
        assert where() == before, typed
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Gebruik een versienummer zoals 1.1 of 2.0")
    assert not dialog.ok.isEnabled()
    for text in ("versie twee", "", "2.1", "2.1" * 7, "2.0.1"):
        dialog.version.setEditText(text)
        assert where() == before, text
        # Every message fits the room kept for it: none is cut off. (At twice the size
        # the offscreen screen is too small for the dialog; tests/desktop checks that size
        # on a laptop's screen.)
        if dialog.error.isVisible() and not text_size:
            assert dialog.error.heightForWidth(dialog.error.width()) <= dialog.error.height()
    assert dialog.ok.isEnabled() and not dialog.error.isVisible()
    dialog.version.setEditText("versie twee")
    dialog.accept()  # refused: nothing recorded, the dialog stays
    assert dialog.isVisible() and window.store.get("history") == []
    dialog.reject()


def test_the_last_version_is_withdrawn_after_asking(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_language(Language.NL)
    path = open_copy(window, tmp_path)
    page = review(window)
    assert not page.withdraw_button.isEnabled()  # nothing issued yet
    issue(window, monkeypatch, lambda dialog: None)  # 2.1, the documents' own number
    assert page.withdraw_button.isEnabled()
    issue(window, monkeypatch, lambda dialog: dialog.summary.setPlainText("Per ongeluk"))
    store = window.store
    assert [h["version"] for h in store.get("history")] == ["2.1", "2.2"]
    assert store.get("organisation.version") == "2.2"
    assert window.save() and not store.modified

    asked: list[tuple[str, str]] = []
    answer = [False]

    def confirm(issued: dict[str, Any], number: str | None) -> bool:
        box_text = page_text(issued)
        asked.append((box_text, number or ""))
        return answer[0]

    def page_text(issued: dict[str, Any]) -> str:
        from ui.strings import tr

        return tr("versions.withdraw.question", version=issued["version"], date=issued["date"])

    monkeypatch.setattr(page, "confirm_withdraw", confirm)
    # Cancelled: nothing changes.
    widget(window, "review.withdraw").click()
    assert asked and asked[-1][0].startswith("Versie 2.2 van ")
    assert asked[-1][1] == "2.1"
    assert len(store.get("history")) == 2 and not store.modified
    # Confirmed: the last version is gone, the number is back, the project is modified.
    answer[0] = True
    widget(window, "review.withdraw").click()
    assert [h["version"] for h in store.get("history")] == ["2.1"]
    assert store.get("organisation.version") == "2.1"
    assert store.modified
    assert "Per ongeluk" not in page.versions_list.text()
    window.autosaver.save_now()
    record = window.autosaver.pending()
    assert record is not None and len(record["draft"]["history"]) == 1
    assert window.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [h["version"] for h in saved["history"]] == ["2.1"]
    assert saved["organisation"]["version"] == "2.1"
    # The first version too: its number stays, as what it was before is not recorded.
    widget(window, "review.withdraw").click()
    assert store.get("history") == [] and store.get("organisation.version") == "2.1"
    assert not page.withdraw_button.isEnabled()
    assert "Nog geen versie uitgegeven" in page.versions_list.text()


def test_the_withdraw_question_names_the_version_and_its_date(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window.set_language(Language.NL)
    open_copy(window, tmp_path)
    issue(window, monkeypatch, lambda dialog: None)
    page = review(window)
    seen: dict[str, Any] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.reject()  # Escape: nothing is withdrawn

    QTimer.singleShot(0, answer)
    assert not page.withdraw_version()
    today = date_text(clock.today().isoformat(), Language.NL)
    assert seen["text"].startswith(f"Versie 2.1 van {today} intrekken?")
    assert "&Intrekken" in seen["buttons"]
    assert [h["version"] for h in window.store.get("history")] == ["2.1"]


def test_an_edit_in_one_language_waits_for_both_or_a_confirmation(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_language(Language.EN)
    open_copy(window, tmp_path)
    # Photos allowed with consent in Dutch only: the English text still says otherwise.
    window.store.set(
        "clauses",
        {"privacy.photos": {"nl": "Foto's van collega's mogen alleen met hun toestemming."}},
    )

    def refused(dialog: IssueVersionDialog) -> None:
        assert dialog.languages_confirm is not None
        note = dialog.findChild(QLabel, "issue.languages")
        assert note is not None and "‘Photos and video’" in note.text()
        assert not dialog.ok.isEnabled()

    issue(window, monkeypatch, refused)
    assert not window.store.get("history")  # nothing issued

    def confirmed(dialog: IssueVersionDialog) -> None:
        assert dialog.languages_confirm is not None
        dialog.languages_confirm.setChecked(True)
        assert dialog.ok.isEnabled()

    issue(window, monkeypatch, confirmed)
    assert [h["version"] for h in window.store.get("history")] == ["2.1"]
    # Issued with today's legal statements: the version records their revisions.
    from wizard.content.law import revisions

    assert window.store.get("history")[0]["legal"] == revisions()


def test_the_review_page_names_clauses_whose_law_changed_since_the_last_version(
    window: MainWindow, tmp_path: Path
) -> None:
    window.set_language(Language.EN)
    raw = json.loads(NORTHWIND.read_text(encoding="utf-8"))
    # Issued before the register of legal statements: no record of their revisions.
    raw["history"] = [{"version": "2.0", "date": "2026-06-01", "answers": {}}]
    path = tmp_path / "issued-before.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert window.open_project(path)
    window.wizard.go_to(PageId.REVIEW)
    page = review(window)
    texts = [link.text() for link in page.issue_links if link.isVisible()]
    found = [t for t in texts if "older text of the law" in t]
    assert found, texts
    assert "'Reporting a data breach'" in found[0]
    link = next(link for link in page.issue_links if "older text of the law" in link.text())
    page.question_requested.emit(link.target)  # goes to the review page: no crash
    assert window.wizard.currentId() == PageId.REVIEW


def test_the_works_council_consent_is_asked_where_there_is_a_works_council(
    window: MainWindow, tmp_path: Path
) -> None:
    window.set_language(Language.NL)
    linde = next(p for p in EXAMPLES if p.name.startswith("de-linde"))
    open_copy(window, tmp_path, linde)  # a care group of 50 to 249 people
    window.wizard.go_to(PageId.GOVERNANCE)
    box = window.wizard.page(PageId.GOVERNANCE).findChild(
        QCheckBox, "governance.works_council_consent"
    )
    page = window.wizard.page(PageId.GOVERNANCE)
    assert box is not None and box.isVisibleTo(page) and not box.isChecked()
    box.click()
    assert window.store.get("governance.works_council_consent") is True
    window.store.set("organisation.size", "small")  # no works council below 50
    window.wizard.currentPage().refresh()
    assert not box.isVisibleTo(page)


def test_redline_button_writes_each_chosen_document_since_the_last_version(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    import docx

    from wizard.output.redline import AUTHOR

    open_copy(window, tmp_path)
    page = review(window)
    page.folder.setText(str(tmp_path / "out"))
    button = widget(window, "review.redline")
    assert not button.isEnabled(), "nothing issued yet: nothing to compare with"
    issue(window, monkeypatch, lambda dialog: None)
    window.store.set("behaviour.monitoring", "none")
    assert button.isEnabled()
    button.click()
    qtbot.waitUntil(lambda: page.task is None, timeout=30000)
    written = sorted((tmp_path / "out").glob("*-redline.docx"))
    assert len(written) == 4  # two documents in two languages, as chosen on the page
    assert all(str(path) in page.written for path in written)
    assert "insertions" in page.notice.text()
    for path in written:
        document = docx.Document(str(path))
        xml = document.element.xml
        assert f'w:author="{AUTHOR}"' in xml and "<w:del " in xml


def test_the_issue_date_can_be_given_and_not_before_the_last_version(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_language(Language.NL)
    open_copy(window, tmp_path)

    def last_week(dialog: IssueVersionDialog) -> None:
        assert dialog.date.value() == clock.today().isoformat()  # today unless changed
        dialog.date.setText("09-11-2026")
        dialog.date.textEdited.emit("09-11-2026")
        assert dialog.ok.isEnabled()

    issue(window, monkeypatch, last_week)
    assert window.store.get("history")[0]["date"] == "2026-11-09"

    def earlier(dialog: IssueVersionDialog) -> None:
        dialog.date.setText("01-11-2026")
        dialog.date.textEdited.emit("01-11-2026")
        assert not dialog.ok.isEnabled()
        assert "vóór die van versie 2.1" in dialog.error.text()
        dialog.date.setText("morgen")
        dialog.date.textEdited.emit("morgen")
        assert not dialog.ok.isEnabled() and "Typ de datum" in dialog.error.text()
        dialog.accept()  # refused: nothing recorded
        assert not dialog.result()
        dialog.date.setText("10-11-2026")
        dialog.date.textEdited.emit("10-11-2026")
        assert dialog.ok.isEnabled()

    issue(window, monkeypatch, earlier)
    assert [h["date"] for h in window.store.get("history")] == ["2026-11-09", "2026-11-10"]
