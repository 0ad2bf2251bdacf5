"""wizard/ never imports Qt; ui/ is the only package that does; imports in wizard/ run
downwards; no module imports itself round about (no import cycles); one clock."""

from __future__ import annotations

import ast
from collections.abc import Collection
from pathlib import Path
from typing import cast

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


# --- no import cycles -------------------------------------------------------------------


def module_files() -> dict[str, Path]:
    """Every module of the program by its dotted name: main, wizard/ and ui/."""
    files = {"main": ROOT / "main.py"}
    for path in [*(ROOT / "wizard").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        parts = path.relative_to(ROOT).with_suffix("").parts
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return files


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None) if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(path: Path, modules: Collection[str]) -> set[str]:
    """The program's modules that ``path`` imports when it runs: at the top and inside
    functions alike, for a cycle through a function-level import is still a cycle (it
    only waits until the function is called). Imports under ``if TYPE_CHECKING:`` are
    left out: they never run, so they cannot make a cycle at run time; mypy reads them.
    A module also imports its parent package (``wizard.output`` for
    ``wizard.output.export``), as Python runs the package's ``__init__`` first."""
    found: set[str] = set()

    def nearest(name: str) -> str | None:
        parts = name.split(".")
        while parts and ".".join(parts) not in modules:
            parts.pop()
        return ".".join(parts) or None

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                for other in cast(ast.If, child).orelse:
                    visit_one(other)
            else:
                visit_one(child)

    def visit_one(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(m for a in node.names if (m := nearest(a.name)))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                module = nearest(f"{node.module}.{alias.name}")
                if module:
                    found.add(module)
        visit(node)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    graph = {}
    for module, path in files.items():
        imported = runtime_imports(path, files)
        if "." in module:
            imported.add(module.rsplit(".", 1)[0])
        graph[module] = imported - {module}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import one another, directly or round about (the
    strongly connected components of more than one module), as one cycle through them."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def connect(module: str) -> None:  # Tarjan's algorithm
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph.get(module, ())):
            if other not in index:
                connect(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(group)

    for module in sorted(graph):
        if module not in index:
            connect(module)
    return [_cycle_through(group, graph) for group in groups]


def _cycle_through(group: set[str], graph: dict[str, set[str]]) -> list[str]:
    """A path from the group's first module back to itself, inside the group."""
    start = min(group)
    paths = {start: [start]}
    queue = [start]
    while queue:
        module = queue.pop(0)
        for other in sorted(graph[module] & group):
            if other == start:
                return [*paths[module], start]
            if other not in paths:
                paths[other] = [*paths[module], other]
                queue.append(other)
    raise AssertionError(f"no cycle through {sorted(group)}")  # pragma: no cover


def test_no_import_cycles() -> None:
    found = import_cycles(import_graph())
    assert not found, "import cycles:\n" + "\n".join(" → ".join(cycle) for cycle in found)


def test_cycle_check_finds_cycles(tmp_path: Path) -> None:
    """The check sees a cycle through a function-level import and names its modules,
    and does not count an import under TYPE_CHECKING."""
    (tmp_path / "a.py").write_text("def f():\n    from pkg.b import g\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("import pkg.c\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("from pkg import a\n", encoding="utf-8")
    (tmp_path / "d.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import f\n"
        "else:\n    import os\n",
        encoding="utf-8",
    )
    (tmp_path / "e.py").write_text("from pkg.d import x\n", encoding="utf-8")
    modules = {f"pkg.{name}": tmp_path / f"{name}.py" for name in "abcde"}
    graph = {name: runtime_imports(path, modules) - {name} for name, path in modules.items()}
    assert graph["pkg.d"] == set()
    assert graph["pkg.c"] == {"pkg.a"}
    assert import_cycles(graph) == [["pkg.a", "pkg.b", "pkg.c", "pkg.a"]]
    assert import_cycles({**graph, "pkg.a": set()}) == []
