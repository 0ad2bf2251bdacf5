"""Social Media Policy Builder.

``python main.py generate PROJECT --out DIR`` and ``python main.py validate PROJECT``
run on the command line without a display; ``python main.py [PROJECT]`` opens the
wizard; ``--version`` prints the version. Qt is imported only for the window.
"""

from __future__ import annotations

import gc
import os
import sys
import types
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

COMMANDS = {
    "generate",
    "validate",
    "calendar",
    "report",
    "diff",
    "redline",
    "clients",
    "new-from",
    "clauses",
    "import-edits",
    "acknowledgements",
    "-h",
    "--help",
}
EXIT_USAGE = 2
COMMAND_GC_THRESHOLD = 100_000  # allocations between young collections (Python: 700)
USAGE = """\
usage: policy-builder [PROJECT.policy.json]
       policy-builder generate PROJECT [PROJECT ...] --out DIR [--lang nl,en] [--docs ...]
                      [--force] [--pdf]
       policy-builder validate PROJECT
       policy-builder calendar PROJECT --out FILE.ics [--force]
       policy-builder clauses PROJECT [--lang nl]
       policy-builder import-edits PROJECT EDITED.docx
       policy-builder report PROJECT --out DIR [--lang nl] [--force] [--pdf]
       policy-builder diff OLD [NEW] [--lang nl]
       policy-builder clients DIR [--csv FILE] [--force]
       policy-builder new-from PROJECT --out NEW.policy.json --name ORGANISATION [--force]
       policy-builder redline OLD [NEW] --out FILE.docx [--doc ...] [--lang nl] [--force]
       policy-builder acknowledgements staff|forms|record|status|report PROJECT ...
       policy-builder --version | --help"""


def create_window(argv: list[str]) -> QWidget:
    """Build the main window (opening a project when argv names one); no QApplication."""
    from ui.app import create_main_window

    return create_main_window(argv)


def window_arguments(args: Sequence[str]) -> list[str] | str:
    """The window's arguments (at most one project), or what is wrong with them."""
    paths: list[str] = []
    options_end = False
    for arg in args:
        if arg == "--" and not options_end:
            options_end = True
        elif arg.startswith("-") and arg != "-" and not options_end:
            return f"unrecognised option: {arg}"
        else:
            paths.append(arg)
    if len(paths) > 1:
        return f"one project at a time, not {len(paths)}: {' '.join(paths)}"
    return paths


def usage_error(problem: str, stderr: TextIO) -> int:
    print(USAGE, file=stderr)
    print(f"policy-builder: error: {problem}", file=stderr)
    return EXIT_USAGE


# The values with which pydantic skips every plugin (pydantic/plugin/_loader.py).
PLUGINS_OFF = ("__all__", "1", "true")


def skip_plugin_discovery() -> None:
    """Let pydantic find no plugins without importing its plugin finder.

    With plugins off, pydantic's ``get_plugins`` returns nothing, but its module imports
    ``importlib.metadata`` first (and with it ``email``, ``csv`` and ``socket``): some
    13 ms of `generate`, which uses none of them. This stands in for that module, with
    the one function pydantic asks it for, answering as pydantic would; a plugin list of
    the user's own (``PYDANTIC_DISABLE_PLUGINS=name``) keeps pydantic's own discovery.
    tests/test_main.py checks that this still matches the pydantic installed.
    """
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in PLUGINS_OFF or name in sys.modules:
        return
    loader = types.ModuleType(name, "pydantic's plugin loader with plugins off (main.py)")
    loader.get_plugins = tuple  # type: ignore[attr-defined]  # () as pydantic returns

    def real_loader(attribute: str) -> object:
        # A pydantic newer than the tested one (``pip install .``) may ask for more than
        # get_plugins: then its own module takes over, and nothing breaks. (The import
        # system asks every module for attributes such as __path__: those are not there.)
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        del sys.modules[name]
        import importlib

        return getattr(importlib.import_module(name), attribute)

    loader.__getattr__ = real_loader  # type: ignore[method-assign]
    sys.modules[name] = loader


def end_command(code: int) -> None:
    """End the process of a command that has done its work, with exit code ``code``.

    What Python does at the end would only take apart a heap that the system takes back
    anyway: its last garbage collections (a tenth of a second on a small machine) and the
    unloading of every module (some 5 ms of `generate`, more than the baseline's). A
    command has closed everything it wrote and the program registers nothing to run at
    exit, so once its output is flushed the process ends on the spot. When flushing
    fails (a full disk behind ``> file``), Python's own ending reports it, as before.
    """
    gc.freeze()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # ValueError: a stream already closed
        return
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    # We use no pydantic plugins; skipping their discovery saves start-up time.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from wizard import __version__

        print(f"policy-builder {__version__}")
        return 0
    if (args and args[0] in COMMANDS) or "--debug" in args[:1]:
        # A command allocates mostly what lives as long as the process (modules,
        # pydantic's validators, parsed templates): collected every 700 allocations, as
        # by default, they are walked again and again. Even every 10,000 the collector
        # took some 25 ms of `generate` (about 80,000 objects, under a thousand of them
        # garbage); every 100,000 it does not run in one project's `generate`, and a
        # batch of twenty projects peaks some 6 MB higher (docs/performance.md).
        gc.set_threshold(COMMAND_GC_THRESHOLD, 10, 10)
        skip_plugin_discovery()
        from wizard.cli import run

        code = run(args)
        if argv is None:
            end_command(code)
        return code
    window_args = window_arguments(args)
    if isinstance(window_args, str):
        return usage_error(window_args, sys.stderr)
    from ui.app import run_app

    return run_app(window_args)


if __name__ == "__main__":
    sys.exit(main())
