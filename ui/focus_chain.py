"""Walking the focus chain without corrupting PySide's record of who owns which widget.

PySide makes a widget returned by ``nextInFocusChain()`` a child of the widget it was
asked of, in its own bookkeeping (its "return value heuristic"); the real Qt parent is
not touched. When that widget is later deleted (an issue link on the review page that
is no longer needed), PySide declares every wrapper hung under it deleted too, even
though the objects live on: after one walk past the review page the menu bar's menus
raised "Internal C++ object already deleted" when the language was switched. So every
widget met on a walk is hung back under its real parent afterwards.
"""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

RING_LIMIT = 20_000  # the chain is a ring through the whole window; a guard all the same


def focus_chain(start: QWidget, *, forward: bool = True) -> Generator[QWidget, None, None]:
    """The widgets after (or before) ``start`` in the focus chain, once round the ring."""
    met: list[QWidget] = []
    widget = start
    try:
        for _ in range(RING_LIMIT):
            following = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
            if following is None or following is start:
                return
            met.append(following)
            yield following
            widget = following
    finally:
        rehang(met)


def rehang(widgets: list[QWidget]) -> None:
    """Hang each widget's wrapper back under its real parent in PySide's bookkeeping.

    ``parentWidget()`` does not reparent anything; ``findChildren`` on the parent makes
    each direct child its child again.
    """
    parents: dict[int, QWidget] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is not None:
            parents[id(parent)] = parent
    for parent in parents.values():
        parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
