"""wizard/ never imports Qt; ui/ is the only package that does."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in [ROOT / "main.py", *(ROOT / "wizard").rglob("*.py")]:
        for module in imported_modules(path):
            if module.split(".")[0] in {"PySide6", "shiboken6", "ui"} and path.name != "main.py":
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders


def test_main_imports_qt_only_inside_functions() -> None:
    tree = ast.parse((ROOT / "main.py").read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert all("PySide6" not in (getattr(n, "module", "") or "") for n in top_level)
    assert all(
        a.name.split(".")[0] not in {"PySide6", "ui"}
        for n in top_level
        if isinstance(n, ast.Import)
        for a in n.names
    )
