"""Runs ``tests/desktop`` on a real X server: Xvfb with a window manager.

Skipped where Xvfb or openbox is missing (``.ci/run`` installs both).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCREEN = "1366x768x24"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (Debian: apt-get install xvfb openbox)")
    number = next(n for n in range(70, 140) if not Path(f"/tmp/.X{n}-lock").exists())
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", SCREEN, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    manager = subprocess.Popen(
        ["openbox"],
        env={**os.environ, "DISPLAY": name},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    try:
        yield name
    finally:
        manager.terminate()
        server.terminate()
        manager.wait(5)
        server.wait(5)


def test_real_input_on_an_x_server(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "POLICY_BUILDER_HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/desktop"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout, result.stdout[-2000:]
