"""The consultant's practice on the command line: several projects in one run (generate),
the clients table (clients) and a new client from an old one (new-from)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES
from wizard import cli

LINDE = next(p for p in EXAMPLES if p.name.startswith("de-linde"))
NORTHWIND = next(p for p in EXAMPLES if p.name.startswith("northwind"))
BAKERY = next(p for p in EXAMPLES if p.name.startswith("bakkerij"))


def run(*argv: str | Path) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.run([str(a) for a in argv], stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def copy_example(source: Path, folder: Path, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    raw: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    logo = raw["organisation"].get("logo")
    if logo:
        shutil.copy(source.parent / logo, folder)
    target = folder / (name or source.name)
    target.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return target


# --- generate with several projects -------------------------------------------------------


def test_generate_writes_each_project_into_a_folder_of_its_name(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run("generate", LINDE, NORTHWIND, BAKERY, "--out", out)
    assert code == 0, stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "bakkerij-van-dijk",
        "de-linde-zorg",
        "northwind-advisory",
    ]
    assert len(list((out / "de-linde-zorg").glob("*.docx"))) == 4
    assert len(list((out / "bakkerij-van-dijk").glob("*.docx"))) == 2  # Dutch only
    written = [Path(line) for line in stdout.splitlines()]
    assert all(path.is_file() for path in written)
    assert {path.parent.name for path in written} == {p.name for p in out.iterdir()}


def test_a_failing_project_is_reported_and_the_others_are_written(tmp_path: Path) -> None:
    broken = tmp_path / "broken.policy.json"
    broken.write_text('{"schema_version": 2, "organisation": 5}', encoding="utf-8")
    out = tmp_path / "out"
    code, _, stderr = run("generate", LINDE, broken, NORTHWIND, "--out", out, "--lang", "en")
    assert code == 2
    assert stderr.splitlines()[0].startswith(str(broken))
    assert "2 of 3 projects written" in stderr and str(broken) in stderr.splitlines()[-1]
    assert not (out / "broken").exists()
    assert len(list((out / "de-linde-zorg").glob("*.docx"))) == 2
    assert len(list((out / "northwind-advisory").glob("*.docx"))) == 2


def test_existing_documents_of_one_project_are_kept_and_the_others_written(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    assert run("generate", LINDE, "--out", out / "de-linde-zorg", "--lang", "nl")[0] == 0
    before = {p: p.read_bytes() for p in (out / "de-linde-zorg").iterdir()}
    code, _, stderr = run("generate", LINDE, NORTHWIND, "--out", out, "--lang", "nl")
    assert code == 2 and "--force" in stderr
    assert {p: p.read_bytes() for p in (out / "de-linde-zorg").iterdir()} == before
    assert len(list((out / "northwind-advisory").glob("*.docx"))) == 2
    assert run("generate", LINDE, NORTHWIND, "--out", out, "--force", "--lang", "nl")[0] == 0


def test_two_projects_of_the_same_name_are_not_written_into_one_folder(tmp_path: Path) -> None:
    first = copy_example(LINDE, tmp_path / "a")
    second = copy_example(NORTHWIND, tmp_path / "b", LINDE.name)
    out = tmp_path / "out"
    code, _, stderr = run("generate", first, second, "--out", out)
    assert code == 2
    assert f"{second}: has the same name as {first}" in stderr
    # The first one is written, and only the first one.
    names = [p.name for p in (out / "de-linde-zorg").iterdir()]
    assert names and all(name.startswith("zorggroep-de-linde") for name in names)


def test_a_wrong_option_is_said_once_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = run("generate", LINDE, NORTHWIND, "--out", out, "--lang", "xx")
    assert code == 2 and stderr.count("--lang") == 1
    assert not out.exists()
