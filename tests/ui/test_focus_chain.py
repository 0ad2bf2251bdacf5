"""Walking the focus chain leaves PySide's record of owners as Qt has it."""

from __future__ import annotations

from contextlib import closing
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from ui.focus_chain import focus_chain


class Link(QLabel):
    """A widget class of our own, like the review page's links."""


def build(qtbot: Any) -> tuple[QMainWindow, Link, QLineEdit, Any]:
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget()
    layout = QVBoxLayout(central)
    window.setCentralWidget(central)
    link, field = Link("link"), QLineEdit()
    layout.addWidget(link)
    layout.addWidget(field)
    menu = window.menuBar().addMenu("File")
    return window, link, field, menu


def delete(widget: QWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_a_whole_walk_meets_every_widget_once(qtbot: Any) -> None:
    window, link, field, _menu = build(qtbot)
    met = list(focus_chain(window))
    assert link in met and field in met and window.menuBar() in met
    assert len(met) == len({id(w) for w in met})


def test_menus_outlive_a_deleted_widget_the_walk_passed(qtbot: Any) -> None:
    _window, link, _field, menu = build(qtbot)
    list(focus_chain(link))  # passes the menu bar right after the link
    delete(link)
    assert shiboken6.isValid(menu)
    menu.setTitle("Bestand")  # raised "Internal C++ object already deleted"


def test_a_walk_left_early_rehangs_what_it_met(qtbot: Any) -> None:
    window, link, _field, menu = build(qtbot)
    with closing(focus_chain(link)) as chain:
        for widget in chain:
            if widget is window.menuBar():
                break
    delete(link)
    assert shiboken6.isValid(menu)


def test_the_plain_walk_is_what_breaks(qtbot: Any) -> None:
    """The reason for the module: without rehanging, the menu is declared deleted."""
    _window, link, _field, menu = build(qtbot)
    widget = link.nextInFocusChain()
    while widget is not None and widget is not link:
        widget = widget.nextInFocusChain()
    delete(link)
    assert not shiboken6.isValid(menu)
