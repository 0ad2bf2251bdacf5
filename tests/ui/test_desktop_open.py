"""Documents and folders open with the user's programs, in the user's environment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ui import desktop
from ui.desktop import open_path, user_environment

FROZEN_ENV = {
    "PATH": "/usr/bin:/bin",
    "HOME": "/home/els",
    "LD_LIBRARY_PATH": "/opt/social-media-policy-builder/_internal:/home/els/lib",
    "LD_LIBRARY_PATH_ORIG": "/home/els/lib",
    "_PYI_APPLICATION_HOME_DIR": "/opt/social-media-policy-builder/_internal",
    "_PYI_PARENT_PROCESS_LEVEL": "1",
    "LANG": "nl_NL.UTF-8",
}


def test_a_frozen_build_gives_the_users_library_path_back() -> None:
    env = user_environment(FROZEN_ENV, frozen=True)
    assert env["LD_LIBRARY_PATH"] == "/home/els/lib"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert not [name for name in env if name.startswith("_PYI_")]
    assert env["LANG"] == "nl_NL.UTF-8" and env["HOME"] == "/home/els"


def test_a_library_path_the_user_did_not_have_is_removed() -> None:
    started = {k: v for k, v in FROZEN_ENV.items() if k != "LD_LIBRARY_PATH_ORIG"}
    started["LD_LIBRARY_PATH"] = "/opt/social-media-policy-builder/_internal"
    assert "LD_LIBRARY_PATH" not in user_environment(started, frozen=True)


def test_from_source_the_environment_is_left_as_it_is() -> None:
    assert user_environment(FROZEN_ENV, frozen=False) == FROZEN_ENV
    assert not getattr(sys, "frozen", False)
    assert user_environment() == dict(__import__("os").environ)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows opens with os.startfile")
def test_open_path_runs_the_opener_with_the_user_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opener = tmp_path / "bin" / desktop.opener()
    opener.parent.mkdir()
    opener.write_text("#!/bin/sh\n", encoding="utf-8")
    opener.chmod(0o755)
    started: list[dict[str, Any]] = []

    class FakePopen:
        def __init__(self, command: list[str], **kwargs: Any) -> None:
            started.append({"command": command, **kwargs})

        def wait(self) -> int:
            return 0

    env = {**FROZEN_ENV, "PATH": str(opener.parent)}
    monkeypatch.setattr(desktop.os, "environ", env)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(subprocess, "Popen", FakePopen)
    document = tmp_path / "code.docx"
    assert open_path(document)
    (call,) = started
    assert call["command"] == [str(opener), str(document)]
    assert call["env"]["LD_LIBRARY_PATH"] == "/home/els/lib"
    assert "_PYI_PARENT_PROCESS_LEVEL" not in call["env"]
    assert call["start_new_session"] is True


def test_the_opener_is_the_systems() -> None:
    assert desktop.opener("linux") == "xdg-open"
    assert desktop.opener("darwin") == "open"
