"""packaging/linux/install.sh, with a stand-in for the bundle, in temporary homes only.

The desktop file it writes passes desktop-file-validate, and its Exec line, read as
the Desktop Entry spec says (here and by GLib's `gio launch`) and as Debian 12's
xdg-open reads it, starts the program with the project; `--uninstall` leaves the home
as it found it, other programs' mimeapps.list lines included.
The packaged bundle itself is tried by packaging/smoke_test.sh.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
PACKAGE = "social-media-policy-builder"
MIME_TYPE = "application/x-social-media-policy-project"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the Linux installer")

# Stands in for the bundle's executable: writes what it was started with.
STAND_IN = """#!/bin/sh
printf '%s\\n' "$@" > "$(dirname "$0")/../../launched.txt"
"""


def unpacked(folder: Path) -> Path:
    """The tarball's folder as build.py lays it out, with the stand-in program."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    top = folder / f"{PACKAGE}-test"
    program = top / "policy-builder" / "policy-builder"
    program.parent.mkdir(parents=True)
    program.write_text(STAND_IN)
    program.chmod(0o755)
    build.install_share(top / "share", "@EXEC@")
    shutil.copy2(LINUX / "install.sh", top / "install.sh")
    return top


def environment(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def install(top: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(top / "install.sh"), *args],
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def tree(home: Path) -> dict[str, bytes | None]:
    """Every folder and file below ``home``, with the files' contents."""
    return {
        str(path.relative_to(home)): (None if path.is_dir() else path.read_bytes())
        for path in sorted(home.rglob("*"))
    }


def exec_argv(exec_value: str, file: str) -> list[str]:
    """An Exec value split as the Desktop Entry spec says, %f replaced by ``file``."""
    # The string escape first (\\ \s \n \t \r), then the quoting.
    unescaped, i = "", 0
    while i < len(exec_value):
        char = exec_value[i]
        if char == "\\" and i + 1 < len(exec_value):
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(
                exec_value[i + 1], "\\" + exec_value[i + 1]
            )
            i += 2
            continue
        unescaped += char
        i += 1
    argv, word, quoted, i, started = [], "", False, 0, False
    while i < len(unescaped):
        char = unescaped[i]
        if quoted:
            if char == "\\" and i + 1 < len(unescaped) and unescaped[i + 1] in '"`$\\':
                word += unescaped[i + 1]
                i += 1
            elif char == '"':
                quoted = False
            else:
                word += char
        elif char == '"':
            quoted = started = True
        elif char == " ":
            if started:
                argv.append(word)
            word, started = "", False
        else:
            word += char
            started = True
        i += 1
    assert not quoted, f"unbalanced quotes in {exec_value!r}"
    if started:
        argv.append(word)
    result = []
    for arg in argv:
        if arg == "%f":
            result.append(file)
        else:
            assert "%" not in arg.replace("%%", ""), f"an unknown field code in {arg!r}"
            result.append(arg.replace("%%", "%"))
    return result


def desktop_lines(home: Path) -> dict[str, str]:
    desktop = home / ".local" / "share" / "applications" / f"{PACKAGE}.desktop"
    lines = desktop.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def wait_for(path: Path, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.read_text():
            return path.read_text()
        time.sleep(0.1)
    raise AssertionError(f"the program was not started ({path} not written)")


@pytest.mark.parametrize(
    "home_name", ["home", "my home", "O'Brien $HOME", '100% `x` \\ "q"'], ids=repr
)
def test_the_desktop_file_is_valid_and_starts_the_program_with_the_project(
    tmp_path: Path, home_name: str
) -> None:
    top = unpacked(tmp_path / "unpacked")
    home = tmp_path / home_name
    home.mkdir()
    result = install(top, home)
    assert result.returncode == 0, result.stderr
    program = home / ".local" / "opt" / PACKAGE / "policy-builder"
    desktop = home / ".local" / "share" / "applications" / f"{PACKAGE}.desktop"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    keys = desktop_lines(home)
    project = str(tmp_path / "a project.policy.json")
    assert exec_argv(keys["Exec"], project) == [str(program), project]
    if home_name == "home":
        # No quotes where none are needed: Debian 12's xdg-open takes Exec's first
        # word as the program, quotes and all.
        assert keys["Exec"] == f"{program} %f"
    launched = home / ".local" / "launched.txt"
    # GLib looks the program up before it undoes %%: a path with % is valid (above) but
    # GLib cannot start it.
    if shutil.which("gio") and "%" not in home_name:
        subprocess.run(
            ["gio", "launch", str(desktop), project],
            env={**environment(home), "XDG_DATA_DIRS": "/usr/share"},
            capture_output=True,
            timeout=60,
            check=True,
        )
        assert wait_for(launched).splitlines() == [project]


@pytest.mark.skipif(not shutil.which("xdg-open"), reason="xdg-utils not installed")
def test_xdg_open_opens_a_project_with_the_installed_program(tmp_path: Path) -> None:
    top = unpacked(tmp_path / "unpacked")
    home = tmp_path / "home"
    home.mkdir()
    assert install(top, home).returncode == 0
    project = home / "De Linde.policy.json"
    shutil.copy2(ROOT / "examples" / "de-linde-zorg.policy.json", project)
    env = {**environment(home), "XDG_DATA_DIRS": "/usr/share"}
    query = subprocess.run(
        ["xdg-mime", "query", "default", MIME_TYPE], env=env, capture_output=True, text=True
    )
    assert query.stdout.strip() == f"{PACKAGE}.desktop"
    # The generic xdg-open (no desktop environment) reads the desktop file itself, once
    # it sees a display (which the stand-in never opens).
    env["XDG_CURRENT_DESKTOP"] = ""
    env["DISPLAY"] = ":99"
    opened = subprocess.run(
        ["xdg-open", str(project)], env=env, capture_output=True, text=True, timeout=60
    )
    launched = home / ".local" / "launched.txt"
    if not launched.exists():
        # Without a desktop environment, xdg-open asks `file` for the type, which knows
        # JSON but not the project type (`mimetype`, from libfile-mimeinfo-perl, would):
        # the program made the default for what `file` says, xdg-open must start it.
        filetype = subprocess.run(
            ["xdg-mime", "query", "filetype", str(project)], env=env, capture_output=True, text=True
        ).stdout.strip()
        assert filetype, opened
        subprocess.run(["xdg-mime", "default", f"{PACKAGE}.desktop", filetype], env=env, check=True)
        opened = subprocess.run(
            ["xdg-open", str(project)], env=env, capture_output=True, text=True, timeout=60
        )
    assert opened.returncode == 0, opened.stderr
    assert wait_for(launched).splitlines() == [str(project)]


def test_uninstall_leaves_the_home_as_it_was(tmp_path: Path) -> None:
    top = unpacked(tmp_path / "unpacked")
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    other = home / ".local" / "share" / "applications" / "other.desktop"
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other %f\n")
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.write_text(
        "[Added Associations]\napplication/json=other.desktop;\n\n"
        "[Default Applications]\ntext/plain=other.desktop\n"
    )
    before = tree(home)
    assert install(top, home).returncode == 0
    assert install(top, home).returncode == 0  # a second install over the first
    text = mimeapps.read_text()
    if shutil.which("xdg-mime"):
        assert f"{MIME_TYPE}={PACKAGE}.desktop" in text
    # A desktop that added the program to another type's list, beside another program.
    mimeapps.write_text(
        text.replace(
            "application/json=other.desktop;", f"application/json=other.desktop;{PACKAGE}.desktop;"
        )
    )
    result = install(top, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert "removed" in result.stdout
    assert tree(home) == before


def test_uninstall_in_an_empty_home_leaves_it_empty(tmp_path: Path) -> None:
    top = unpacked(tmp_path / "unpacked")
    home = tmp_path / "home"
    home.mkdir()
    assert install(top, home).returncode == 0
    assert (home / ".local" / "bin" / "policy-builder").is_symlink()
    assert os.access(home / ".local" / "bin" / "policy-builder", os.X_OK)
    result = install(top, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert tree(home) == {}
