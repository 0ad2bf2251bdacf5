"""The window: the only package that imports Qt."""

from __future__ import annotations

import importlib
from types import ModuleType

_PYSIDE = ("PySide6", "shiboken6")


def _uses_pyside(module: ModuleType) -> bool:
    """Whether one of the module's names comes from PySide6: what PySide asks of every
    module imported after it, told from the module's names instead of its source.

    Only the types of the values are asked, never the values themselves: a lazy proxy
    in some module may raise on any attribute, and an import must not fail here."""
    try:
        for value in tuple(vars(module).values()):
            kind = type(value)
            if issubclass(kind, ModuleType):
                home = vars(value).get("__name__", "")
            else:
                home = vars(value if issubclass(kind, type) else kind).get("__module__", "")
            if isinstance(home, str) and home.startswith(_PYSIDE):
                return True
    except Exception:  # a module or class without a plain __dict__: not ours to judge
        return False
    return False


def _read_no_sources() -> None:
    """PySide6 watches every import statement run after it is loaded (for its opt-in
    ``__feature__`` syntax, which this program does not use): each module it has not
    seen yet is asked whether its source mentions PySide6, by reading that source
    file, the standard library's ``typing`` and ``pathlib`` included. Before the
    window's first paint that was 27 modules and some 3 ms. The same question is
    answered from the module's names. A PySide6 without that hook is left as it is."""
    try:
        feature = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]  # private, checked above


_read_no_sources()
