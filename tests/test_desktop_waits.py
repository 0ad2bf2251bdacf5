"""The real-X tests wait on what they wait for, never a fixed time.

A fixed wait is a guess at how long a busy machine takes: too short on a loaded two-core
machine (the acknowledgements dialog was driven 400 ms after the click, whether or not
it was open yet), and needlessly long everywhere else. ``tests/desktop/conftest.py``
has the waits on real conditions: ``wait_until``, ``when_modal``, ``preview_rendered``
and ``layout_settled``; only its key and click helpers keep a short pause between a
person's keystrokes.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

DESKTOP = ROOT / "tests" / "desktop"
# A pause between keys, as a person makes: not a wait for anything.
PACING_MS = 30


def fixed_waits(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        first = node.args[0] if node.args else None
        delay = first.value if isinstance(first, ast.Constant) else None
        where = f"{path.name}:{node.lineno}"
        if name == "singleShot" and path.name != "conftest.py":
            found.append(f"{where}: QTimer.singleShot (use when_modal or wait_until)")
        elif name == "qWait" and (not isinstance(delay, int) or delay > PACING_MS):
            found.append(f"{where}: qWait({ast.unparse(first) if first else ''})")
        elif name == "sleep":
            found.append(f"{where}: sleep")
    return found


def test_no_desktop_test_waits_a_fixed_time() -> None:
    found = [line for path in sorted(DESKTOP.glob("*.py")) for line in fixed_waits(path)]
    assert found == [], "\n".join(found)


def test_the_check_finds_a_fixed_wait(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "QTimer.singleShot(400, drive)\nQTest.qWait(100)\nQTest.qWait(10)\ntime.sleep(1)\n",
        encoding="utf-8",
    )
    assert fixed_waits(sample) == [
        "test_sample.py:1: QTimer.singleShot (use when_modal or wait_until)",
        "test_sample.py:2: qWait(100)",
        "test_sample.py:4: sleep",
    ]
