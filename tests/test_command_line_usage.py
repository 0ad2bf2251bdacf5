"""--version, and options the program does not know: an error with a usage line, no window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main
from tests.conftest import ROOT
from wizard import __version__


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        # No display: should anything try to open the window, Qt fails instead.
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "none"},
        timeout=60,
    )


def test_version_is_printed_without_qt() -> None:
    code = "import sys, main; rc = main.main(['--version']); assert 'PySide6' not in sys.modules"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"policy-builder {__version__}\n"


def test_version_matches_the_package() -> None:
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "wizard.__version__"}
    assert run("--version").stdout.strip() == f"policy-builder {__version__}"


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--bogus"], "unrecognised option: --bogus"),
        (["-x"], "unrecognised option: -x"),
        (["examples/a.policy.json", "--verbose"], "unrecognised option: --verbose"),
        (["a.policy.json", "b.policy.json"], "one project at a time, not 2"),
    ],
)
def test_unknown_options_are_an_error_with_a_usage_line(args: list[str], problem: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("usage: policy-builder")
    assert lines[-1].startswith(f"policy-builder: error: {problem}")


def test_the_window_takes_one_project() -> None:
    assert main.window_arguments([]) == []
    assert main.window_arguments(["x.policy.json"]) == ["x.policy.json"]
    # After --, a name that starts with a dash is a file.
    assert main.window_arguments(["--", "-odd.policy.json"]) == ["-odd.policy.json"]
    assert isinstance(main.window_arguments(["--frobnicate"]), str)


def test_help_names_the_version_option_and_the_window() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "--version" in result.stdout
    assert "policy-builder [PROJECT.policy.json]" in result.stdout


def test_a_project_path_still_reaches_the_window(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[list[str]] = []
    import ui.app

    monkeypatch.setattr(ui.app, "run_app", lambda argv: opened.append(argv) or 0)
    assert main.main([str(tmp_path / "x.policy.json")]) == 0
    assert opened == [[str(tmp_path / "x.policy.json")]]


@pytest.mark.parametrize(
    ("option", "value"), [("--lang", "de"), ("--docs", "code_of_conduct,handbook")]
)
def test_an_unknown_choice_names_its_option_once(option: str, value: str, tmp_path: Path) -> None:
    example = ROOT / "examples" / "bakkerij-van-dijk.policy.json"
    result = run("generate", str(example), "--out", str(tmp_path / "out"), option, value)
    assert result.returncode == 2
    line = result.stderr.strip()
    assert line.count(option) == 1 and line.startswith(f"{option}: "), line
    assert not (tmp_path / "out").exists()


class ClosedPipe:
    """Standard output whose reader went away, as in "clauses PROJECT | head -1"."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_early_is_no_error(capsys: pytest.CaptureFixture[str]) -> None:
    from wizard import cli

    example = ROOT / "examples" / "de-linde-zorg.policy.json"
    assert cli.run(["clauses", str(example)], stdout=ClosedPipe()) == cli.EXIT_OK  # type: ignore[arg-type]
    assert capsys.readouterr().err == ""  # no "unexpected error"


def test_a_file_in_the_way_is_named_once(tmp_path: Path) -> None:
    example = ROOT / "examples" / "bakkerij-van-dijk.policy.json"
    assert run("report", str(example), "--out", str(tmp_path)).returncode == 0
    again = run("report", str(example), "--out", str(tmp_path))
    assert again.returncode == 2
    (written,) = tmp_path.glob("*.docx")
    assert again.stderr.count(str(written)) == 1, again.stderr


def test_main_knows_every_command_the_command_line_has() -> None:
    from wizard import cli

    parser_commands = set(cli.build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert set(cli.HANDLERS) == parser_commands == main.COMMANDS - {"-h", "--help"}


def help_of(parser: object, argv: list[str]) -> tuple[int, str]:
    """What parsing ``argv`` prints and exits with (help and errors end the parse), or
    what it parsed."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            parsed = parser.parse_args(argv)  # type: ignore[attr-defined]
        except SystemExit as done:
            return int(done.code or 0), out.getvalue()
    return -1, repr(sorted(vars(parsed).items()))


@pytest.mark.parametrize("command", sorted(main.COMMANDS - {"-h", "--help"}))
def test_a_command_parses_alike_with_only_its_own_parser_built(command: str) -> None:
    """A command builds only its own parser (the others took some 2 ms of each run):
    its help, its errors and what it parses are the same as with every parser built."""
    from wizard import cli

    assert cli.command_of([command, "x"]) == command
    assert cli.command_of(["--debug", command]) == command
    every, own = cli.build_parser(), cli.build_parser(command)
    for argv in ([command, "--help"], [command, "--no-such-option"], [command]):
        assert help_of(own, argv) == help_of(every, argv)
    if command != "acknowledgements":
        argv = [command, "a.policy.json", "b.policy.json", "--out", "o"]
        assert help_of(own, argv) == help_of(every, argv)
    for action in ("staff", "forms", "record", "status", "report"):
        argv = ["acknowledgements", action, "--help"]
        if command == "acknowledgements":
            assert help_of(own, argv) == help_of(every, argv)


def test_help_and_mistakes_build_every_parser() -> None:
    from wizard import cli

    for argv in ([], ["--help"], ["-h", "generate"], ["--version"], ["gnerate", "x"], ["x.json"]):
        assert cli.command_of(argv) is None
