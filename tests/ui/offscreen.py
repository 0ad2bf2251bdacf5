"""The window in a process of its own: for what only a fresh or killed process shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT


def window_env(home: Path) -> dict[str, str]:
    """An environment that runs the window offscreen, with its user folders in ``home``."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "POLICY_BUILDER_HOME": str(home),
        "PYTHONPATH": str(ROOT),
    }


def run_script(script: str, env: dict[str, str]) -> Any:
    """Run ``script`` to its end; it must succeed and print JSON as its last line."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
