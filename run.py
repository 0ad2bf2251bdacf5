#!/usr/bin/env python3
"""Set up and run, on any machine with Python 3.11 or newer.

    python3 run.py [PROJECT.policy.json]   set up, then start the program
    python3 run.py test [PYTEST ARGS]      set up, then run the tests (every tier)
    python3 run.py test --quick [ARGS]     the same without the slow, LibreOffice and
                                           real-X tiers: the developer's quick loop
    python3 run.py bundle                  set up (with PyInstaller), then build the
                                           installable app into dist/ (packaging/)

Setting up makes a virtual environment in ``.venv`` and installs the exact versions
of ``constraints.txt`` into it; it is repeated only when those files change.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
INPUTS = ("pyproject.toml", "constraints.txt")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def set_up(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script runs on whatever Python the user has)
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256(extras.encode())
    for name in INPUTS:
        digest.update((ROOT / name).read_bytes())
    stamp = VENV / f".installed-{extras or 'app'}"
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        print("Installing the dependencies (first run only) …", flush=True)
        target = f".[{extras}]" if extras else "."
        command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*command, "-c", "constraints.txt", "-e", target], cwd=ROOT, check=True)
        stamp.write_text(digest.hexdigest())
    return python


# The tiers --quick leaves out (markers of tests/conftest.py). Without --quick nothing is
# deselected: CI and the README's test command run every tier.
QUICK = "not slow and not libreoffice and not desktop"


def pytest_arguments(argv: list[str]) -> list[str]:
    """The arguments for pytest of ``run.py test ARGV``."""
    if "--quick" not in argv:
        return list(argv)
    # First, so that a -m of the caller's own, given after, takes its place.
    return ["-m", QUICK, *(arg for arg in argv if arg != "--quick")]


def main(argv: list[str]) -> int:
    if argv[:1] == ["test"]:
        python = set_up("test")
        return subprocess.call([str(python), "-m", "pytest", *pytest_arguments(argv[1:])], cwd=ROOT)
    if argv[:1] == ["bundle"]:
        python = set_up("bundle")
        build = ROOT / "packaging" / "build.py"
        return subprocess.call([str(python), str(build), *argv[1:]], cwd=ROOT)
    python = set_up("")
    return subprocess.call([str(python), str(ROOT / "main.py"), *argv], cwd=Path.cwd())


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as error:
        sys.exit(f"Setting up failed (exit code {error.returncode}); see the messages above.")
    except KeyboardInterrupt:
        sys.exit(130)
