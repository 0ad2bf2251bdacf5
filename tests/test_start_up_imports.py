"""Nothing a feature needs only when it is used is imported before the window's first
paint, or by ``generate`` of a project that does not use it (issue 23, point 7).

Each check runs in a process of its own, so that what another test imported does not
count. The lists name modules, not times: a module added to the start by an innocent
import line fails here, where the benchmark (``benchmarks/run.py``) would only drift.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT
from tests.ui.offscreen import run_script, window_env

# Modules of features a person may never use: the house style, importing edits from
# Word, the workshop report, the calendar file, PDF, the clause editor, the workshop's
# notes and decisions, versions, the acknowledgement register, a consultant's clients,
# the redline and spreadsheets.
FEATURES = (
    "wizard.output.house_style",
    "ui.house_style",
    "wizard.output.import_edits",
    "ui.import_word",
    "wizard.output.report",
    "wizard.output.calendar_file",
    "wizard.output.pdf",
    "ui.clause_editor",
    "ui.clause_edits",
    "ui.workshop",
    "ui.issue_version",
    "wizard.answers.register",
    "wizard.output.acknowledgement",
    "wizard.output.staff_list",
    "ui.acknowledgements",
    "wizard.output.clients",
    "wizard.output.redline",
    "openpyxl",
    # the bounded reader of other people's Word files (house style, import-edits, the
    # staff list); the writer reads the built-in style's theme with wizard.output.safe_xml
    "wizard.output.office_zip",
)

# What writing documents does not need either: the window's preview, the lock that
# only saving a project takes, Python's calendar and HTML entities.
NOT_IN_GENERATE = (
    *FEATURES,
    "wizard.output.html_preview",
    "html",
    "wizard.lock",
    "calendar",
)

# What the first paint does not need either: the answer model and the document stack
# are built right after it (see ui/main_window.py).
NOT_BEFORE_FIRST_PAINT = (
    *FEATURES,
    "pydantic",
    "jinja2",
    "docx",
    "lxml",
    "wizard.answers.model",
)

FIRST_PAINT = """
import json, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
# PySide builds a type when it is first used; if this one builds Qt's namespace at
# once, there is nothing to check about it.
lazy = "Qt" not in vars(QtCore)
app = QApplication([])
import main
WATCHED = json.loads(sys.argv[1])
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["imported"] = sorted(
                m for m in WATCHED if any(n == m or n.startswith(m + ".") for n in sys.modules)
            )
            seen["qt_namespace_built"] = lazy and "Qt" in vars(QtCore)
            QTimer.singleShot(0, lambda: (print(json.dumps(seen), flush=True), app.quit()))
        return False

window = main.create_window([])
spy = FirstPaint()
window.wizard.welcome.installEventFilter(spy)
window.show()
app.exec()
"""


def watched_script(script: str, watched: tuple[str, ...]) -> str:
    return f"import sys; sys.argv[1:] = [{json.dumps(json.dumps(watched))}]\n" + script


def test_the_first_paint_imports_no_feature(tmp_path: Path) -> None:
    seen = run_script(watched_script(FIRST_PAINT, NOT_BEFORE_FIRST_PAINT), window_env(tmp_path))
    assert seen["imported"] == []
    # Qt's namespace (alignment flags, focus reasons, ...) takes PySide some 25 ms to
    # build, more than the rest of the welcome page: the first paint does without it.
    assert seen["qt_namespace_built"] is False


# As main.py starts a command: without pydantic's plugin finder (which imports
# importlib.metadata, and with it email and calendar).
GENERATE = """
import io, json, os, sys
import main
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
main.skip_plugin_discovery()
from wizard import cli
watched, arguments = json.loads(sys.argv[1]), json.loads(sys.argv[2])
code = cli.run(arguments, io.StringIO(), io.StringIO())
imported = sorted(m for m in watched if any(n == m or n.startswith(m + ".") for n in sys.modules))
print(json.dumps({"code": code, "imported": imported}))
"""


def test_generate_imports_no_feature_the_project_does_not_use(tmp_path: Path) -> None:
    arguments = [
        "generate",
        str(ROOT / "examples" / "de-linde-zorg.policy.json"),
        "--out",
        str(tmp_path / "out"),
        "--lang",
        "nl,en",
    ]
    script = (
        f"import sys; sys.argv[1:] = [{json.dumps(json.dumps(NOT_IN_GENERATE))}, "
        f"{json.dumps(json.dumps(arguments))}]\n" + GENERATE
    )
    seen = run_script(script, window_env(tmp_path))
    assert seen["code"] == 0
    assert len(list((tmp_path / "out").glob("*.docx"))) == 4
    assert seen["imported"] == []
