"""The acknowledgement register in the window: the dialog and the review page's line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtGui import QAction

from tests.acknowledgement_files import csv_bytes, project_with_versions
from tests.ui.test_main_window import widget
from ui.acknowledgements import AcknowledgementsDialog
from ui.main_window import MainWindow
from ui.review import ReviewPage
from ui.welcome import PageId
from wizard.answers.model import Language

STAFF = [
    ["Naam", "E-mail", "Functie", "Uit dienst"],
    ["Anna de Vries", "anna@delinde.nl", "Verpleegkundige", ""],
    ["Bram Jansen", "", "Arts", ""],
    ["Cécile Müller", "cecile@delinde.nl", "", ""],
    ["Dirk Oud", "", "", "2025-12-31"],
    ["", "kapot@", "", ""],
]


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> Path:
    path = project_with_versions(tmp_path, [("1.0", True), ("1.1", False)])
    assert window.open_project(path)
    window.wizard.go_to(PageId.REVIEW)
    return path


def dialog_of(window: MainWindow, qtbot: Any) -> AcknowledgementsDialog:
    dialog = AcknowledgementsDialog(window.store, window)
    qtbot.addWidget(dialog)
    return dialog


def review(window: MainWindow) -> ReviewPage:
    page = window.wizard.page(PageId.REVIEW)
    assert isinstance(page, ReviewPage)
    return page


def test_import_record_and_the_review_line(
    window: MainWindow, opened: Path, qtbot: Any, tmp_path: Path
) -> None:
    staff = tmp_path / "personeel.csv"
    staff.write_bytes(csv_bytes(STAFF, encoding="cp1252"))
    dialog = dialog_of(window, qtbot)
    assert dialog.table.rowCount() == 0
    assert str(opened.with_name("de-linde.register.json")) in dialog.where.text()
    assert dialog.import_staff(str(staff))
    assert dialog.message.text().startswith("4 added, 0 updated, 0 unchanged, 1 skipped.")
    assert "row 6: no name" in dialog.message.text()
    assert dialog.table.rowCount() == 4
    assert dialog.total.text() == "0 of 3 have acknowledged version 1.1"
    states = [dialog.table.item(r, 6).text() for r in range(4)]
    assert states == ["outstanding", "outstanding", "outstanding", "left on 2025-12-31"]
    # A person chosen in the table, a date and a method: recorded in the register at once.
    dialog.table.selectRow(0)
    dialog.date.set_value("2026-11-12")
    dialog.method.setCurrentIndex(dialog.method.findData("meeting"))
    assert dialog.record_selected() == 1
    assert dialog.total.text() == "1 of 3 have acknowledged version 1.1"
    register = json.loads(opened.with_name("de-linde.register.json").read_text(encoding="utf-8"))
    assert register["acknowledgements"] == [
        {"person": "p1", "version": "1.1", "date": "2026-11-12", "method": "meeting", "note": None}
    ]
    assert dialog.table.item(0, 3).text() == "1.1"
    assert dialog.table.item(0, 4).text() == "2026-11-12"  # as the English date fields write it
    assert dialog.table.item(0, 5).text() == "at a meeting"
    # The project itself is not changed by the register.
    assert not window.store.modified
    dialog.accept()
    page = review(window)
    assert "Version 1.1, 2026-11-16, approved by Directie (no new acknowledgement needed)" in (
        page.versions_list.text()
    )
    page.show_acknowledged()
    assert page.acknowledged.text() == "1 of 3 have acknowledged version 1.1"
    assert page.acknowledged.isVisibleTo(page)


def test_a_double_click_records_and_the_future_is_refused(
    window: MainWindow, opened: Path, qtbot: Any, tmp_path: Path
) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_bytes(csv_bytes(STAFF))
    dialog = dialog_of(window, qtbot)
    dialog.import_staff(str(staff))
    dialog.date.set_value("2027-01-01")
    dialog.table.selectRow(1)
    assert dialog.record_selected() == 0
    assert "future" in dialog.message.text()
    dialog.date.set_value("2026-11-01")
    dialog.table.itemActivated.emit(dialog.table.item(1, 0))  # a double-click or Enter
    assert dialog.table.item(1, 6).text() == "acknowledged"


def test_forms_status_csv_and_report_from_the_dialog(
    window: MainWindow, opened: Path, qtbot: Any, tmp_path: Path
) -> None:
    window.set_language(Language.NL)
    staff = tmp_path / "staff.csv"
    staff.write_bytes(csv_bytes(STAFF))
    dialog = dialog_of(window, qtbot)
    dialog.import_staff(str(staff))
    with qtbot.waitSignal(dialog.forms_written, timeout=60_000) as written:
        assert dialog.make_forms(str(tmp_path / "forms"))
        assert not dialog.close_button.isEnabled()  # busy: the dialog stays until done
    made = written.args[0]
    assert dialog.close_button.isEnabled()
    assert sorted(p.name for p in made) == [
        "anna-de-vries-akkoordverklaring-1.1.docx",
        "anna-de-vries-akkoordverklaring-1.1.eml",
        "bram-jansen-akkoordverklaring-1.1.docx",
        "cecile-muller-akkoordverklaring-1.1.docx",
        "cecile-muller-akkoordverklaring-1.1.eml",
    ]
    assert "3 formulieren en 2 e-mailconcepten voor versie 1.1" in dialog.message.text()
    assert "Bram Jansen" in dialog.message.text()
    target = dialog.export_status(str(tmp_path / "stand.csv"))
    text = Path(target).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Naam;E-mail;Functie;Laatst getekende versie;Datum;Manier;Stand"
    assert text.splitlines()[-1] == "0 van 3 akkoord met versie 1.1"
    report = dialog.write_report(str(tmp_path / "verslag"))
    document = docx.Document(report)
    assert Path(report).name.startswith("zorggroep-de-linde-register-akkoordverklaringen")
    assert any(p.text == "Register van akkoordverklaringen" for p in document.paragraphs)


def test_an_unsaved_project_has_no_register_yet(window: MainWindow, qtbot: Any) -> None:
    window.new_project()
    dialog = dialog_of(window, qtbot)
    assert dialog.where.text().startswith("Save the project first")
    for name in ("ack.import", "ack.record", "ack.forms", "ack.csv", "ack.report"):
        assert not widget(dialog, name).isEnabled(), name


def test_a_register_of_another_organisation_is_refused_in_the_window(
    window: MainWindow, opened: Path, qtbot: Any
) -> None:
    register = opened.with_name("de-linde.register.json")
    content = '{"schema_version": 1, "organisation": "Bakkerij Van Dijk", "people": []}'
    register.write_text(content, encoding="utf-8")
    dialog = dialog_of(window, qtbot)
    assert dialog.message.text() == (
        f"{register} belongs to 'Bakkerij Van Dijk', not to 'Zorggroep De Linde' of this "
        "project. Put the right register beside the project or rename this one; it was not "
        "changed."
    )
    assert not dialog.import_button.isEnabled()
    assert register.read_text(encoding="utf-8") == content
    review(window).show_acknowledged()
    assert "belongs to 'Bakkerij Van Dijk'" in review(window).acknowledged.text()


def test_the_menu_opens_the_dialog(
    window: MainWindow, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[AcknowledgementsDialog] = []
    monkeypatch.setattr(AcknowledgementsDialog, "exec", lambda self: seen.append(self) or 0)
    action = window.findChild(QAction, "action.menu.acknowledgements")
    assert isinstance(action, QAction)
    action.trigger()
    assert len(seen) == 1
    widget(window, "review.acknowledgements").click()
    assert len(seen) == 2


def test_a_refused_write_is_said_in_the_interface_s_words(
    window: MainWindow, opened: Path, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog said "stand.csv kon niet worden geschreven: Permission denied": the
    system's English in the Dutch window, and nothing of what to do."""
    import wizard.output.jobs as jobs

    window.set_language(Language.NL)
    staff = tmp_path / "staff.csv"
    staff.write_bytes(csv_bytes(STAFF))
    dialog = dialog_of(window, qtbot)
    dialog.import_staff(str(staff))

    def refused(target: Path, data: bytes) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(jobs, "write_file", refused)
    target = tmp_path / "stand.csv"
    assert dialog.export_status(str(target)) == ""
    assert dialog.message.text() == (
        f"{target} kan niet worden opgeslagen: u mag in deze map niet schrijven, of het "
        "bestand is geopend in een ander programma (bijvoorbeeld Word). Sluit het bestand of "
        "kies een andere map, en probeer het opnieuw."
    )
    assert not target.exists()
