"""ui/__init__.py: PySide6 reads no module's source when the window's modules are imported."""

from __future__ import annotations

import typing
from pathlib import Path

import ui
import ui.main_window
import wizard.answers.model
from tests.ui.offscreen import run_script, window_env

# Imports the window's modules the way the program does (ui first), or PySide6 first and
# then other modules, and counts the sources PySide6 reads on the way.
_COUNT_SOURCES = """
import inspect, json
read = []
getsource = inspect.getsource
inspect.getsource = lambda thing: read.append(getattr(thing, "__name__", "?")) or getsource(thing)
{first}
del read[:]  # PySide's own modules, read while it loads
import {then}
print(json.dumps(read))
"""


def test_pyside_asks_the_modules_names_not_their_sources(tmp_path: Path) -> None:
    env = window_env(tmp_path)
    modules = "wizard.answers.model, typing, tempfile"
    window = f"ui.main_window, ui.welcome, ui.steps, {modules}"
    as_the_program_does = run_script(_COUNT_SOURCES.format(first="import ui", then=window), env)
    assert as_the_program_does == []
    # Without ui (which changes it), PySide6 reads every module's source, the standard
    # library's too.
    unchanged = run_script(_COUNT_SOURCES.format(first="import PySide6", then=modules), env)
    assert {"typing", "tempfile"} <= set(unchanged)


def test_the_answer_is_whether_the_module_uses_pyside() -> None:
    from PySide6.support import feature

    assert feature._mod_uses_pyside is ui._uses_pyside
    assert ui._uses_pyside(ui.main_window)
    assert not ui._uses_pyside(wizard.answers.model)
    assert not ui._uses_pyside(typing)
