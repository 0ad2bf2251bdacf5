"""The command line end to end, as a user runs it: a separate process, real files."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import EXAMPLES, ROOT, write_json


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "en_US.UTF-8", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_generate_writes_four_documents(example: Path, tmp_path: Path) -> None:
    result = run("generate", example, "--out", tmp_path / "out", "--lang", "nl,en")
    assert result.returncode == 0, result.stderr
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == 4
    name = json.loads(example.read_text(encoding="utf-8"))["organisation"]["name"]
    for path in files:
        assert path.suffix == ".docx"
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        assert name in text
    assert {p.name for p in files} >= {
        n
        for n in (p.name for p in files)
        if "gedragscode-social-media" in n or "code-of-conduct" in n
    }


def test_file_names_are_readable(tmp_path: Path) -> None:
    result = run(
        "generate", EXAMPLES[1], "--out", tmp_path, "--lang", "nl,en", "--docs", "code_of_conduct"
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "zorggroep-de-linde-gedragscode-social-media-1.0.docx",
        "zorggroep-de-linde-social-media-code-of-conduct-1.0.docx",
    ]


def test_defaults_come_from_the_project(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    project = write_json(tmp_path / "p.policy.json", minimal_raw)
    assert run("generate", project, "--out", tmp_path / "out").returncode == 0
    assert len(list((tmp_path / "out").iterdir())) == 2  # nl only, both documents


def test_existing_files_are_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", EXAMPLES[0], "--out", out).returncode == 0
    first = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    refused = run("generate", EXAMPLES[0], "--out", out)
    assert refused.returncode == 2
    assert "--force" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == first
    assert run("generate", EXAMPLES[0], "--out", out, "--force").returncode == 0


def test_validate_reports_every_problem(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    minimal_raw["organisation"]["name"] = ""
    minimal_raw["channels"] = [{"id": "x", "official_account": True}]
    result = run("validate", write_json(tmp_path / "p.policy.json", minimal_raw))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert any("organisation.name" in line for line in lines)
    assert any("channels.x.manager" in line for line in lines)


def test_validate_accepts_examples() -> None:
    for example in EXAMPLES:
        result = run("validate", example)
        assert result.returncode == 0 and "is valid" in result.stdout


def _invalid_cases(tmp_path: Path, base: dict[str, Any]) -> dict[str, tuple[Path, str]]:
    def variant(name: str, change: Any) -> Path:
        data = json.loads(json.dumps(base))
        change(data)
        return write_json(tmp_path / f"{name}.policy.json", data)

    (tmp_path / "notjson.policy.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "empty.policy.json").write_text("", encoding="utf-8")
    return {
        "not json": (tmp_path / "notjson.policy.json", "not valid JSON"),
        "empty": (tmp_path / "empty.policy.json", "empty"),
        "missing version": (variant("nover", lambda d: d.pop("schema_version")), "schema_version"),
        "newer version": (variant("newer", lambda d: d.update(schema_version=4)), "schema_version"),
        "wrong enum": (
            variant("enum", lambda d: d["organisation"].update(sector="mining")),
            "organisation.sector",
        ),
        "blank required": (
            variant("blank", lambda d: d["technical"].update(incident_contact=" ")),
            "technical.incident_contact",
        ),
        "duplicate channel": (
            variant("dup", lambda d: d.update(channels=[{"id": "x"}, {"id": "x"}])),
            "channels",
        ),
        "no manager": (
            variant("nomgr", lambda d: d.update(channels=[{"id": "x", "official_account": True}])),
            "channels.x.manager",
        ),
        "missing logo": (
            variant("logo", lambda d: d["organisation"].update(logo="nope.png")),
            "organisation.logo",
        ),
    }


def test_invalid_projects_exit_2_with_one_line_and_write_nothing(
    minimal_raw: dict[str, Any], tmp_path: Path
) -> None:
    for case, (path, expected) in _invalid_cases(tmp_path, minimal_raw).items():
        out = tmp_path / f"out-{path.stem}"
        result = run("generate", path, "--out", out)
        assert result.returncode == 2, case
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (case, lines)
        assert str(path) in lines[0] and expected in lines[0], (case, lines[0])
        assert "Traceback" not in result.stderr
        assert not out.exists(), case


def test_bad_option_values_are_named(tmp_path: Path) -> None:
    result = run("generate", EXAMPLES[0], "--out", tmp_path, "--lang", "nl,fr")
    assert result.returncode == 2 and "--lang" in result.stderr and "'fr'" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("keep me", encoding="utf-8")
    result = run("generate", EXAMPLES[0], "--out", target)
    assert result.returncode == 2 and "not a folder" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


def test_dutch_messages_on_a_dutch_system(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    minimal_raw["organisation"]["name"] = ""
    path = write_json(tmp_path / "p.policy.json", minimal_raw)
    env = {"PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate", str(path)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert "Naam van de organisatie is leeg" in result.stderr


def test_generating_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys, main; rc = main.main(['generate', sys.argv[1], '--out', sys.argv[2]]);"
        "assert rc == 0, rc; assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES[0]), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr


def test_a_command_collects_young_objects_less_often() -> None:
    """A command's process collects garbage every 100,000 allocations, not Python's 700:
    what it allocates mostly lives until it ends (see main.py); the window keeps
    Python's default."""
    code = (
        "import gc, sys, main; default = gc.get_threshold();"
        "rc = main.main(['validate', sys.argv[1]]); assert rc == 0, rc;"
        "print(default[0], gc.get_threshold()[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES[0])],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["700", "100000"]


def python_code(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a fresh interpreter from the repository, with a bare environment."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **env},
        timeout=120,
    )


PLUGINS = """
import json, sys, main
rc = main.main(["generate", sys.argv[1], "--out", sys.argv[2], "--lang", "nl,en"])
print(json.dumps({"rc": rc, "metadata": "importlib.metadata" in sys.modules}))
"""


@pytest.mark.parametrize(
    ("setting", "discovered"), [(None, False), ("__all__", False), ("someplugin", True)]
)
def test_a_command_skips_pydantic_plugin_discovery_only_with_plugins_off(
    setting: str | None, discovered: bool, tmp_path: Path
) -> None:
    """With every plugin off (main.py's default) pydantic's plugin finder, which imports
    importlib.metadata, is not loaded; a plugin list of the user's own keeps it."""
    plugins = {} if setting is None else {"PYDANTIC_DISABLE_PLUGINS": setting}
    result = python_code(PLUGINS, str(EXAMPLES[0]), str(tmp_path), **plugins)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {"rc": 0, "metadata": discovered}
    assert len(list(tmp_path.glob("*.docx"))) == 4


def test_the_plugin_loader_stand_in_matches_the_installed_pydantic() -> None:
    """main.py stands in for pydantic.plugin._loader: pydantic must still take just
    get_plugins from it, and with each value of PLUGINS_OFF find no plugin itself."""
    code = """
import inspect, json, os, sys
import main
from pydantic.plugin import _loader, _schema_validator
imports = [
    line.strip() for line in inspect.getsource(_schema_validator).splitlines()
    if "_loader" in line and "import" in line
]
found = []
for value in main.PLUGINS_OFF:
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = value
    found.append(list(_loader.get_plugins()))
print(json.dumps({"imports": imports, "found": found}))
"""
    result = python_code(code)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["imports"] == ["from ._loader import get_plugins"]
    assert seen["found"] == [[], [], []]


def test_the_plugin_loader_stand_in_gives_way_to_pydantic_s_own_for_any_other_name() -> None:
    """A newer pydantic that imports more than get_plugins from its loader gets its own."""
    code = """
import os, sys
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
import main
main.skip_plugin_discovery()
from pydantic.plugin._loader import get_plugins
assert list(get_plugins()) == []
from pydantic.plugin._loader import _plugins
print(type(sys.modules["pydantic.plugin._loader"].get_plugins).__name__)
"""
    result = python_code(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "function"  # pydantic's own module now


def test_validate_names_the_key_and_the_label(minimal_raw: dict[str, Any], tmp_path: Path) -> None:
    """The key helps whoever edits the file; the label says which question it is."""
    minimal_raw["channels"] = [{"id": "facebook", "official_account": True}]
    result = run("validate", write_json(tmp_path / "p.policy.json", minimal_raw))
    assert "channels.facebook.manager: Facebook – managed by is missing" in result.stderr
    minimal_raw["channels"] = [{"id": "linkedin"}]
    minimal_raw["markets"] = {"webcare": True, "goals": ["marketing"]}
    result = run("validate", write_json(tmp_path / "w.policy.json", minimal_raw))
    assert result.returncode == 0
    assert "warning: markets.webcare (Webcare): Webcare is on" in result.stdout


def test_a_command_ends_on_the_spot_with_its_output_and_exit_code(tmp_path: Path) -> None:
    """A command's process skips Python's taking apart of its heap (main.end_command),
    and still hands over all of its output and its exit code."""
    from wizard import cli

    example = EXAMPLES[0]
    expected = io.StringIO()
    assert cli.run(["clauses", str(example)], expected, io.StringIO()) == 0
    listed = run("clauses", example)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout == expected.getvalue() and len(listed.stdout) > 1000
    broken = tmp_path / "broken.policy.json"
    broken.write_text("{", encoding="utf-8")
    refused = run("validate", broken)
    assert refused.returncode == 2 and str(broken) in refused.stderr


class FailingStream(io.StringIO):
    def flush(self) -> None:
        raise OSError(28, "No space left on device")


def test_a_command_whose_output_cannot_be_flushed_ends_as_python_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Output that cannot be written (a full disk behind "> file") is left to Python's
    own ending, which reports it; otherwise the process ends with the command's code."""
    import main

    ended: list[int] = []
    monkeypatch.setattr(main.os, "_exit", ended.append)
    monkeypatch.setattr(main.gc, "freeze", lambda: None)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    main.end_command(3)
    assert ended == [3]
    monkeypatch.setattr(sys, "stdout", FailingStream())
    main.end_command(0)
    assert ended == [3]  # returned instead: sys.exit and Python's flush come next
