"""Plain words, never keys: every text the window can show, in both interface languages.

Each test gathers the texts a person can meet (labels, help, placeholders, tooltips,
accessible names, page errors after provoking each kind of problem, warnings, the
review list, the dialogs for damaged files, failed saves and exports, the restore
question, the unexpected-error message, the status bar, Qt's own file dialog) and
checks that none shows a dotted key, a parser's or pydantic's words, an exception's
name or a temporary file, and that the Dutch interface holds no English.
"""

from __future__ import annotations

import errno
import json
import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

import main
from tests.test_hostile_files import CASES
from ui import app as ui_app
from ui import strings
from ui.autosave import restore_question
from ui.dates import DateField
from ui.main_window import MainWindow
from ui.output_controls import failure_text
from ui.steps import StepPage
from ui.welcome import PageId
from wizard.answers import labels, messages
from wizard.answers.draft import new_draft
from wizard.answers.messages import Problem
from wizard.content import consistency
from wizard.language import Language

# --- what must never be shown -------------------------------------------------------------

DOTTED_KEY = re.compile(r"\b[a-z_]+\.[a-z_]+(?:\.[a-z_]+)*\b")
# File names, e-mail addresses and web domains have dots too, and are meant to be shown.
ALLOWED_DOTS = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    # file names
    re.compile(r"[\w*.-]*\.(?:policy\.json|json|docx|png|jpe?g|log|pdf|txt|csv|xlsx|eml)\b"),
    re.compile(r"\b(?:voorbeeld\.nl|example\.com)\b"),
    re.compile(r"\bhttps?://\S+|\b[\w-]+\.(?:qt\.io|org|com|nl)\b"),  # web addresses
]
TECHNICAL = [
    "Input should",
    "Field required",
    "Extra inputs",
    "Value error",
    "validation error",
    "after validation",
    "Unterminated",
    "Expecting",
    "Traceback",
    "Errno",
    "errno",
    "Error:",
    "Exception",
    "pydantic",
    "JSONDecodeError",
    "ValidationError",
    "OSError",
    "PermissionError",
    "RuntimeError",
    "KeyError",
    "Permission denied",
    "No space left",
    "cannot access the file",
    "'micro'",
    "'small'",
    ".tmp",
    "{",
    "}",
]
# Words that give English away in a Dutch sentence; Dutch words that look alike (open,
# map, help, type) are not on the list.
ENGLISH = re.compile(
    r"\b(?:the|The|and|should|Input|Look in|Files of type|Cancel|Save|Saved|error|Error|"
    r"field|fields|required|valid|invalid|missing|please|Please|choose|Choose|must|cannot|"
    r"file|folder|Browse|Next|Back|Finish|Yes|with|without|from|your|Your|unknown|"
    r"Something|wrong|Directory|Detail View|List View|Parent|Rename|Delete|Show|hidden|"
    r"Untitled|Step|of type|Name|Size|Date Modified|question|questions|answer|answers)\b"
)
# "Open" is Dutch too (the separation answer); as a whole button text it is checked
# in the file dialog test.
ENGLISH_WHOLE = re.compile(r"^(?:Cancel|Close|Yes|No)$")
# The product keeps its name in both languages.
PRODUCT = "Social Media Policy Builder"


def problems_in(text: str, language: Language, paths: Iterable[str] = ()) -> list[str]:
    """What is wrong with one text a person can see; empty when it is plain."""
    found = []
    cleaned = text.replace("&&", "").replace("&", "").replace(PRODUCT, "")
    for path in sorted(paths, key=len, reverse=True):
        cleaned = cleaned.replace(path, "")
    for allowed in ALLOWED_DOTS:
        cleaned = allowed.sub("", cleaned)
    found += [f"key {key!r}" for key in DOTTED_KEY.findall(cleaned)]
    found += [f"technical {word!r}" for word in TECHNICAL if word in cleaned]
    if language is Language.NL:
        found += [f"English {word!r}" for word in ENGLISH.findall(cleaned)]
        if ENGLISH_WHOLE.match(cleaned.strip()):
            found.append(f"English {cleaned.strip()!r}")
    return found


def assert_plain(texts: Iterable[str], language: Language, paths: Iterable[str] = ()) -> int:
    paths = list(paths)
    seen = [t for t in dict.fromkeys(texts) if t and t.strip()]
    bad = {text: problems_in(text, language, paths) for text in seen}
    bad = {text: found for text, found in bad.items() if found}
    assert not bad, "\n".join(f"{found}: {text!r}" for text, found in bad.items())
    return len(seen)


def test_the_checks_catch_what_they_are_meant_to_catch() -> None:
    nl = Language.NL
    assert problems_in("channels.facebook.manager: vul dit in", nl)
    assert problems_in("technical.blocked_channels: kies", nl)
    assert problems_in("Unterminated string starting at", Language.EN)
    assert problems_in("Input should be 'micro', 'small'", Language.EN)
    assert problems_in("/tmp/.x.docx.abc123.tmp kon niet", nl)
    assert problems_in("Zoeken in:  Files of type:", nl)
    assert problems_in("&Cancel", nl)
    assert problems_in("Naam van de organisatie is missing", nl)
    assert not problems_in("Facebook – beheerd door ontbreekt; vul dit in.", nl)
    assert not problems_in("Kies een projectbestand (.policy.json) of mail naar a@b.nl.", nl)
    assert not problems_in("Opgeslagen: /tmp/x/de-linde.policy.json", nl, ["/tmp/x"])
    assert not problems_in("Open", Language.EN) and not problems_in("Open", nl)


# --- gathering texts ------------------------------------------------------------------------

TEXT_GETTERS = (
    "toolTip",
    "accessibleName",
    "accessibleDescription",
    "windowTitle",
    "statusTip",
    "whatsThis",
)


def widget_texts(root: QWidget) -> list[str]:
    """Every interface text of a widget tree; the answers typed into it are the user's own."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        for getter in TEXT_GETTERS:
            texts.append(getattr(widget, getter)())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                texts += [widget.item(row).text(), widget.item(row).toolTip()]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, StepPage):
            texts += [widget.title(), widget.subTitle()]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def dialog_texts(shown: list[tuple[str, Any]]) -> list[str]:
    """Titles and texts of the message boxes the tests answered (see conftest)."""
    texts = []
    for kind, args in shown:
        found = [arg for arg in args if isinstance(arg, str)]
        if kind == "about":
            # The credits name the libraries by their own names (pydantic, lxml): that is
            # what a credits list is for. The sentences around them are checked.
            found = [re.sub(r"<table>.*?</table>", "", text, flags=re.S) for text in found]
        texts += found
    shown.clear()
    return texts


@pytest.fixture(params=[Language.NL, Language.EN], ids=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Language:
    return Language(request.param)


@pytest.fixture
def window(qtbot: Any, language: Language) -> MainWindow:
    win = main.create_window([])
    qtbot.addWidget(win)
    win.set_language(language)
    win.show()
    qtbot.waitUntil(lambda: win.built)
    return win


def touch_everything(win: MainWindow) -> None:
    """As if the person had visited every question: hidden errors show."""
    for page in win.wizard.form_pages:
        page.touched = set(page.bindings) | {"channels"}
        page.refresh()


def walk_pages(win: MainWindow) -> list[str]:
    texts = []
    for page_id in PageId:
        win.wizard.go_to(page_id)
        texts += widget_texts(win)
        texts.append(win.statusBar().currentMessage())
    return texts


def draft_with_errors(tmp_path: Path) -> dict[str, Any]:
    """One of every kind of problem the pages can show and repair."""
    draft = new_draft()
    (tmp_path / "broken.png").write_bytes(b"%PDF-1.4 not an image")
    draft["organisation"]["policy_owner"]["email"] = "els-at-bakkerij"
    draft["organisation"]["logo"] = str(tmp_path / "broken.png")
    draft["channels"] = [
        {"id": "facebook", "official_account": True, "manager": None},
        {"id": "other", "label": None},
    ]
    draft["markets"]["segments"] = []
    draft["output"]["documents"] = []
    return draft


def draft_with_warnings() -> dict[str, Any]:
    """Complete, but with every contradiction the consistency check knows."""
    draft = new_draft()
    draft["organisation"].update(name="Bakkerij Van Dijk", sector="healthcare")
    draft["channels"] = [
        {"id": "facebook", "official_account": True, "manager": "Anna"},
        {"id": "instagram", "employee_posting": "discouraged"},
    ]
    draft["channels"][0]["employee_posting"] = "discouraged"
    draft["markets"].update(ambassadors=True, webcare=True, goals=["marketing"])
    draft["confidentiality"].update(
        personal_data="special_categories",
        photos="allowed",
        generative_ai="approved_tools_only",
        approved_ai_tools=[],
    )
    draft["behaviour"]["training"] = "none"
    draft["technical"].update(
        separation="restricted",
        blocked_channels=["facebook"],
        byod="allowed",
        incident_contact="Anna",
    )
    draft["governance"].update(hr_owner="Anna", communications_owner="Anna", it_owner="Anna")
    # A Dutch role the English documents have no name for.
    draft["output"]["languages"] = ["nl", "en"]
    draft["organisation"]["policy_owner"]["role"] = "beleidsadviseur"
    return draft


# --- the tests ------------------------------------------------------------------------------


def test_every_interface_string_is_plain(language: Language) -> None:
    """The string tables themselves: window texts, help, labels, messages, warnings."""
    strings.set_language(language)
    index = 0 if language is Language.NL else 1
    texts = [pair[index] for pair in strings.TEXTS.values()]
    texts += [pair[index] for pair in strings.HELP.values()]
    texts += [pair[index] for pair in strings.PAGE_HELP.values()]
    table = labels._table(language)
    texts += list(table["fields"].values()) + list(table["row_fields"].values())
    for kind in table["values"]:
        if kind not in ("file_stem",):
            texts += list(table["values"][kind].values())
    texts += [pair[index] for pair in consistency._TEXTS.values()]
    # Placeholders are filled in when shown; here they stand for themselves.
    texts = [re.sub(r"\{\w+\}", "X", text) for text in texts]
    # The command line's own words (--force) are for the command line only.
    texts = [t for t in texts if "--force" not in t]
    assert assert_plain(texts, language) > 300


def test_every_page_with_every_problem_and_warning(
    window: MainWindow,
    language: Language,
    tmp_path: Path,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    window.store.replace(draft_with_errors(tmp_path), None, modified=True)
    touch_everything(window)
    texts = walk_pages(window)
    shown_errors = [
        label.text()
        for label in window.findChildren(QLabel)
        if label.property("role") == "error" and label.text()
    ]
    codes = {p.code for p in window.store.problems()}
    assert {"blank", "email", "logo_not_image", "manager_required", "label_required"} <= codes
    assert {"at_least_one"} <= codes
    assert len(shown_errors) >= 5, shown_errors
    review = window.wizard.review
    window.wizard.go_to(PageId.REVIEW)
    issues = [
        link.text() for link in review.issue_links if link.isVisibleTo(review) and link.text()
    ]
    assert len(issues) >= len(window.store.problems())
    texts += issues
    # The preview says which questions are still open, by their names.
    window.preview.refresh_preview()
    waiting = window.preview.browser.toPlainText()
    assert strings.tr("preview.incomplete", fields="")[:20] in waiting
    texts.append(waiting)

    window.store.replace(draft_with_warnings(), None, modified=True)
    touch_everything(window)
    assert len(window.store.warnings(language)) >= 7
    texts += walk_pages(window)
    window.wizard.go_to(PageId.REVIEW)
    issues = [
        link.text() for link in review.issue_links if link.isVisibleTo(review) and link.text()
    ]
    assert len(issues) >= 7
    texts += issues
    for page_id in PageId:
        window.wizard.go_to(page_id)
        window.show_page_help()
    window.show_about()
    texts += dialog_texts(_no_blocking_dialogs)
    assert assert_plain(texts, language, [str(tmp_path)]) > 200


def test_channel_rows_and_plan_steps_are_named_by_their_row(language: Language) -> None:
    facebook = Problem("channels.facebook.manager", "manager_required")
    step = Problem("governance.plan.policy.owner", "text")
    if language is Language.NL:
        assert facebook.line(language).startswith("Facebook – beheerd door ontbreekt")
        assert step.line(language).startswith("Beleid – eigenaar")
    else:
        assert facebook.line(language).startswith("Facebook – managed by is missing")
        assert step.line(language).startswith("Policy – owner")
    # The command line keeps the key, for whoever edits the file, and names the label too.
    assert facebook.cli_line(language).startswith("channels.facebook.manager: Facebook – ")


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for number, (case, (content, extra, _)) in enumerate(CASES.items()):
        folder = tmp_path / f"case{number}"
        folder.mkdir()
        for name, data in extra.items():
            (folder / name).write_bytes(data)
        files[case] = folder / "project.policy.json"
        files[case].write_bytes(content)
    more = {
        "wrong choices": {
            "schema_version": 1,
            "organisation": {"name": "x", "size": "huge", "policy_owner": {"role": "x"}},
            "channels": [{"id": "facebook", "employee_posting": "always"}],
            "technical": {"incident_contact": "x", "blocked_channels": ["myspace"]},
            "governance": {
                "hr_owner": "a",
                "communications_owner": "b",
                "it_owner": "c",
                "plan": [{"step": "policy", "owner": 3, "due": "soon"}, {"step": "policy"}],
                "notes": "x",
            },
            "behaviour": {"training": "daily", "disclaimer": "maybe"},
            "markets": {"webcare_response_hours": 2.5},
        },
        "a folder": None,
    }
    for case, data in more.items():
        path = tmp_path / f"{case.replace(' ', '-')}.policy.json"
        if data is None:
            path.mkdir()
        else:
            path.write_text(json.dumps(data), encoding="utf-8")
        files[case] = path
    files["missing"] = tmp_path / "gone.policy.json"
    return files


def test_damaged_files_are_refused_in_plain_words(
    window: MainWindow, language: Language, tmp_path: Path
) -> None:
    shown: list[str] = []
    window.show_error = lambda title, text: shown.extend([title, text])  # type: ignore[method-assign]
    refused = 0
    for case, path in hostile_files(tmp_path).items():
        before = len(shown)
        opened = window.open_project(path)
        if not opened:
            refused += 1
            text = shown[-1]
            assert path.name in text, case
            assert len(shown) == before + 2, case
        texts = shown + widget_texts(window)
        assert_plain(texts, language, [str(tmp_path)])
    assert refused >= len(CASES) - 4 + 2


class LockedByWord(PermissionError):
    """What Windows says when Word holds the file open (sharing violation)."""

    winerror = 32


def os_failures() -> list[OSError]:
    return [
        PermissionError(errno.EACCES, "Permission denied", "/x/.doc.abc.tmp"),
        LockedByWord(errno.EACCES, "The process cannot access the file"),
        OSError(errno.ENOSPC, "No space left on device"),
        OSError(errno.EROFS, "Read-only file system"),
        FileNotFoundError(errno.ENOENT, "No such file or directory"),
        NotADirectoryError(errno.ENOTDIR, "Not a directory"),
        IsADirectoryError(errno.EISDIR, "Is a directory"),
        OSError(errno.ENAMETOOLONG, "File name too long"),
        OSError(errno.EINVAL, "Invalid argument"),
        OSError(errno.EIO, "Input/output error"),
        OSError("no number at all"),
    ]


def test_failed_saves_are_told_in_plain_words(
    window: MainWindow, language: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wizard import files

    shown: list[str] = []
    window.show_error = lambda title, text: shown.extend([title, text])  # type: ignore[method-assign]
    target = tmp_path / "bakkerij.policy.json"
    for error in os_failures():

        def refuse(path: Path, data: bytes, error: OSError = error, **_: object) -> None:
            raise error

        monkeypatch.setattr(files, "atomic_write", refuse)
        assert not window.write_project(target)
        assert str(target) in shown[-1]
        target.write_text("{}", encoding="utf-8")  # once more, over an existing file
        assert not window.write_project(target)
        target.unlink()
    locked = [text for text in shown if "Word" in text]
    assert locked, "a file held open by Word is named as such"
    monkeypatch.undo()
    window.store.replace(draft_with_warnings(), None, modified=True)
    assert window.write_project(target)
    shown.append(window.statusBar().currentMessage())
    assert assert_plain(shown, language, [str(tmp_path)]) >= 12


def test_failed_exports_are_told_in_plain_words(
    window: MainWindow,
    language: Language,
    tmp_path: Path,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    review = window.wizard.review
    texts = []
    failures: list[BaseException | Problem] = [
        *os_failures(),
        RuntimeError("'NoneType' object has no attribute 'x'"),
        KeyError("organisation.name"),
        Problem("", "output_not_folder", {"path": str(tmp_path / "een-bestand.txt")}),
    ]
    for failure in failures:
        review._fail(failure, tmp_path / "out")
        texts += [review.message.text(), failure_text(failure, tmp_path / "out")]
    texts += dialog_texts(_no_blocking_dialogs)
    log = Path(ui_app.__file__)  # any path: the log's path is shown and allowed
    assert assert_plain(texts, language, [str(tmp_path), str(log.parent)]) >= 12
    home = Path(window.autosaver.path).parent
    # The detail is kept for whoever helps: in the log, not on the screen.
    assert "RuntimeError: 'NoneType'" in (home / "errors.log").read_text(encoding="utf-8")


def test_the_restore_question_says_when_in_words(window: MainWindow, language: Language) -> None:
    from wizard import clock

    now = clock.now().replace(microsecond=0, tzinfo=None)
    texts = []
    for when in (now, now - timedelta(days=1), datetime(2026, 3, 3, 9, 5), "garbage", None):
        moment = when.isoformat() if isinstance(when, datetime) else when
        record = {"saved_at": moment, "project_path": "/work/bakkerij.policy.json"}
        texts.append(restore_question(record))
    assert_plain(texts, language, ["/work"])
    assert not any(re.search(r"\d{4}-\d\d-\d\dT", text) for text in texts)
    if language is Language.NL:
        assert "vandaag om" in texts[0] and "gisteren om" in texts[1]
        assert "3 maart 2026 om 9:05" in texts[2]
    else:
        assert "today at" in texts[0] and "3 March 2026 at 9:05" in texts[2]


def test_an_unexpected_error_is_told_in_the_interface_language(
    window: MainWindow,
    language: Language,
    _no_blocking_dialogs: list[tuple[str, Any]],
) -> None:
    try:
        raise ValueError("Input should be a valid string [type=string_type]")
    except ValueError as error:
        ui_app._report_unexpected(ValueError, error, error.__traceback__)
    texts = dialog_texts(_no_blocking_dialogs)
    assert len(texts) == 2
    log = Path(window.autosaver.path).parent / "errors.log"
    assert str(log) in texts[1]
    assert "ValueError" in log.read_text(encoding="utf-8")
    assert_plain(texts, language, [str(log.parent)])


def test_qt_file_dialogs_speak_the_interface_language(
    window: MainWindow, language: Language
) -> None:
    """Qt's own dialog (the one Linux desktops without a native dialog show)."""
    looked_up = QCoreApplication.translate("QFileDialog", "&Look in:")
    if language is Language.NL:
        assert looked_up == "&Zoeken in:"
        assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestands&type:"
    else:
        assert looked_up == "&Look in:"
    for title, filter_key, mode in (
        ("dialog.open.title", "dialog.filter", QFileDialog.AcceptMode.AcceptOpen),
        ("dialog.save.title", "dialog.filter", QFileDialog.AcceptMode.AcceptSave),
        ("dialog.logo.title", "dialog.logo.filter", QFileDialog.AcceptMode.AcceptOpen),
        ("dialog.folder.title", "", QFileDialog.AcceptMode.AcceptOpen),
    ):
        name_filter = strings.tr(filter_key) if filter_key else ""
        dialog = QFileDialog(window, strings.tr(title), "", name_filter)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        if not filter_key:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        texts = widget_texts(dialog)
        labels_shown = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert len(labels_shown) >= 2
        buttons = {b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)}
        if language is Language.NL:
            assert "Annuleren" in buttons and not buttons & {"Open", "Save", "Choose", "Cancel"}
        # Column headers and the sidebar come from the file system; their names are Qt's.
        assert_plain([t for t in texts if t not in ("/",)], language)
        dialog.deleteLater()


def test_switching_language_switches_qt_back(window: MainWindow) -> None:
    window.set_language(Language.NL)
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    date = window.findChild(DateField, "organisation.effective_date")
    assert date is not None and date.open_calendar().locale().monthName(3) == "maart"
    window.set_language(Language.EN)
    assert date.open_calendar().locale().monthName(3) == "March"
    window.set_language(Language.NL)
    assert date.open_calendar().locale().monthName(3) == "maart"
    window.set_language(Language.EN)
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    assert QCoreApplication.translate("QFileDialog", "Detail View") == "Detail View"


def test_messages_name_no_key_for_any_validation_problem(language: Language) -> None:
    """Every message code, with the parameters it is given, names no key."""
    texts = []
    for code in messages._TEXTS:
        params = {
            "max_length": 20,
            "input": "'huge'",
            "limit": 3,
            "channel": "facebook",
            "step": "policy",
            "line": 1,
            "column": 48,
            "detail": "Unterminated string starting at",
            "found": 9,
            "known": 1,
            "path": "logo.png",
            "width": 1,
            "height": 1,
            "errno": 5,
            "target": "http://example.invalid/sjabloon.dotm",
            "styles": "Cover Meta, Policy Table",
            "first": "1900-01-01",
            "last": "2999-12-31",
            "name": "notes",
            "holder": "process 4711 on laptop-els, since 10:42:07",
        }
        for field in ("organisation.size", "channels.facebook.manager", "governance.plan.2.due"):
            expected = "'micro', 'small' or 'large'" if field == "organisation.size" else "'x'"
            texts.append(Problem(field, code, {**params, "expected": expected}).line(language))
    texts = [t for t in texts if "--force" not in t]
    assert_plain(texts, language)
