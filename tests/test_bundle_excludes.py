"""The bundle leaves out the modules in packaging/policy-builder.spec's EXCLUDES; the
program must never need one. A child process refuses every excluded module, as the
bundle would, then imports every module of the program and writes a PDF as
`generate --pdf` does (a bundle without `http` failed there: xml.sax.saxutils imports
urllib.request, which imports http.client)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "policy-builder.spec"

CHILD = """
import importlib, importlib.abc, pkgutil, sys
excluded = {excluded!r}

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if any(name == e or name.startswith(e + ".") for e in excluded):
            raise ModuleNotFoundError(f"No module named {{name!r}} (excluded from the bundle)")
        return None

sys.meta_path.insert(0, Refuse())
for package in ("wizard", "ui"):
    for info in pkgutil.walk_packages(importlib.import_module(package).__path__, package + "."):
        importlib.import_module(info.name)
import main
sys.exit(main.main(sys.argv[1:]) if len(sys.argv) > 1 else 0)
"""


def excludes() -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EXCLUDES":
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError("no EXCLUDES in the spec")


def run_child(*args: str) -> subprocess.CompletedProcess[str]:
    code = CHILD.format(excluded=excludes())
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_spec_still_leaves_out_what_it_means_to() -> None:
    names = excludes()
    assert "tkinter" in names and "PySide6.QtNetwork" in names
    assert "http" not in names  # the PDF conversion needs it


def test_no_module_of_the_program_needs_an_excluded_one() -> None:
    result = run_child()
    assert result.returncode == 0, result.stderr[-3000:]


def test_generate_pdf_runs_without_the_excluded_modules(tmp_path: Path) -> None:
    import pytest

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed")
    example = ROOT / "examples" / "de-linde-zorg.policy.json"
    result = run_child(
        "generate",
        str(example),
        "--out",
        str(tmp_path),
        "--lang",
        "en",
        "--docs",
        "ict_policy",
        "--pdf",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    assert pdfs[0].with_suffix(".docx").is_file()
