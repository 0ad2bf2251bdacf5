"""`pip install .` gives a working program: the wheel carries the templates, resources,
examples and licence texts, wizard/paths.py finds them inside the installed package, and
its `policy-builder` command writes the documents from outside the repository."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow

# The folders the program reads at run time, and where the wheel puts them.
SHIPPED = {
    "templates": "wizard/_templates",
    "resources": "wizard/_resources",
    "examples": "wizard/_examples",
    "packaging/licenses": "wizard/_licenses",
}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    # From a copy: setuptools builds in the source tree, and a build/ folder left there by
    # an earlier build would hand on files the configuration no longer includes.
    source = folder / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            ".hypothesis",
            "build",
            "dist",
            "*.egg-info",
            "__pycache__",
            ".*_cache",
            "out",
        ),
    )
    # As `pip install .` builds it: in an isolated environment with the setuptools that
    # pyproject.toml asks for (from the index pip is set up with).
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = folder.glob("*.whl")
    return built


def test_the_wheel_carries_every_file_the_program_reads(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for source, installed in SHIPPED.items():
        for path in (ROOT / source).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                relative = path.relative_to(ROOT / source).as_posix()
                assert f"{installed}/{relative}" in names, (
                    f"{source}/{relative} is not in the wheel"
                )


def test_the_wheel_has_the_policy_builder_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
        parser = configparser.ConfigParser()
        parser.read_string(archive.read(entry_points).decode())
    assert parser["console_scripts"]["policy-builder"] == "main:main"


def test_the_installed_program_writes_the_documents_outside_the_repository(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "work"
    work.mkdir()
    example = EXAMPLES[0]
    (work / example.name).write_bytes(example.read_bytes())
    # What the console script runs, with the installed files first on the path (the
    # dependencies come from this environment) and the checkout nowhere on it.
    script = (
        "import sys; sys.path.insert(0, sys.argv.pop(1)); import wizard, wizard.paths;"
        "print(wizard.__file__, wizard.paths.TEMPLATES, file=sys.stderr);"
        "from main import main; sys.exit(main())"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(site), "generate", example.name, "--out", "out"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    where = done.stderr.splitlines()[0]
    assert where.startswith(str(site / "wizard")) and str(site / "wizard" / "_templates") in where
    organisation = json.loads(example.read_text(encoding="utf-8"))["organisation"]["name"]
    documents = sorted((work / "out").glob("*.docx"))
    assert len(documents) >= 2
    for document in documents:
        text = "\n".join(p.text for p in docx.Document(str(document)).paragraphs)
        assert organisation in text
