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


# The rooms of wizard/, lowest first: an import may only reach its own room or a lower one.
ROOMS = {"basics": 0, "answers": 1, "content": 2, "output": 3, "cli": 4}


def room(module: str) -> int:
    parts = module.split(".")
    if parts[1] in ROOMS:
        return ROOMS[parts[1]]
    return ROOMS["cli"] if parts[1] == "cli" else ROOMS["basics"]


def wizard_imports(path: Path) -> set[str]:
    """Every wizard module a file imports, also inside functions; `from wizard.x import y`
    counts as wizard.x.y when y is a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("wizard.")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("wizard"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                module_file = ROOT / (candidate.replace(".", "/") + ".py")
                found.add(candidate if module_file.exists() else node.module)
    return {m for m in found if m != "wizard"}


def test_wizard_imports_run_downwards() -> None:
    upward = []
    for path in (ROOT / "wizard").rglob("*.py"):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if path.name == "__init__.py":
            continue
        for imported in wizard_imports(path):
            if room(imported) > room(module):
                upward.append(f"{module} imports {imported}")
    assert not upward


# The system clock is read in one place (wizard/clock.py), which tests set; a module that
# asked the system itself would make a test depend on the day it runs.
CLOCK_READS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
}


def test_only_the_clock_reads_the_date() -> None:
    readers = []
    for path in [ROOT / "main.py", *(ROOT / "wizard").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        if path == ROOT / "wizard" / "clock.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in CLOCK_READS
            ):
                readers.append(
                    f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}"
                )
            if isinstance(node, ast.Attribute) and node.attr == "currentDate":
                readers.append(f"{path.relative_to(ROOT)}:{node.lineno} QDate.currentDate")
    assert not readers


# The modules that write a file; the window reaches them only through the output jobs
# (wizard/output/jobs.py), which the command line calls too. ui/about.py only reads
# python-docx's version for its list of libraries.
WRITERS = {
    "docx",
    "wizard.output.export",
    "wizard.output.pdf",
    "wizard.output.docx_writer",
    "wizard.output.redline",
    "wizard.output.calendar_file",
    "wizard.output.report",
}


def test_the_window_and_the_command_line_call_the_same_output_jobs() -> None:
    jobs = "wizard.output.jobs"
    assert jobs in wizard_imports(ROOT / "wizard" / "cli.py")
    for name in ("output_controls", "versions", "acknowledgements"):
        assert jobs in wizard_imports(ROOT / "ui" / f"{name}.py"), name
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "about.py":
            continue
        for module in imported_modules(path) | wizard_imports(path):
            if module in WRITERS or module.split(".")[0] == "docx":
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders


def _job_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The job functions a ui module imports by name, and the names it gives the module."""
    functions: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "wizard.output.jobs":
            functions |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module == "wizard.output":
            modules |= {a.asname or a.name for a in node.names if a.name == "jobs"}
    return functions, modules


def _is_job_call(expr: ast.expr | None, names: tuple[set[str], set[str]]) -> bool:
    functions, modules = names
    if not isinstance(expr, ast.Call):
        return False
    called = expr.func
    if isinstance(called, ast.Name):
        return called.id in functions
    return (
        isinstance(called, ast.Attribute)
        and isinstance(called.value, ast.Name)
        and called.value.id in modules
    )


def _calls_a_job(
    work: ast.expr, defined: dict[str, ast.FunctionDef], names: tuple[set[str], set[str]]
) -> bool:
    """``lambda: job(…)``, or a local ``def work(): return job(…)``."""
    if isinstance(work, ast.Lambda):
        return _is_job_call(work.body, names)
    if isinstance(work, ast.Name) and work.id in defined:
        body = defined[work.id].body
        return (
            len(body) == 1
            and isinstance(body[0], ast.Return)
            and _is_job_call(body[0].value, names)
        )
    return False


def test_the_window_s_workers_call_an_output_job_and_nothing_else() -> None:
    """Every piece of work the window hands to a worker thread (``Task(work)``,
    ``run_task(work, …)``) is one call of a function of wizard/output/jobs.py."""
    found, offenders = 0, []
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _job_names(tree)
        defined = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
        # run_task hands its own parameter on: what its callers give it is checked.
        passed_on = {
            id(call)
            for function in defined.values()
            if function.name == "run_task"
            for call in ast.walk(function)
            if isinstance(call, ast.Call)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args or id(node) in passed_on:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in ("Task", "run_task"):
                continue
            found += 1
            if not _calls_a_job(node.args[0], defined, names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found >= 6  # export, PDF, calendar, workshop report, redline, forms
    assert not offenders
