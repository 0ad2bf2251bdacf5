"""Check boxes and radio buttons whose label is never cut off.

Qt sizes a check box's label to the sum of its letters' widths as measured, and cuts
the label off at that width when it paints. At larger text sizes, and on screen more
than in a grab, the painted letters come out a pixel or two wider than measured:
"Tweestapsverificatie" lost half its last letter at twice the text size. These add a
little room beside the label, a share of the font's average letter, so the whole word
is always painted.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton


def _roomy(size: QSize, button: QAbstractButton) -> QSize:
    if not button.text():
        return size  # a box without a label (a table's column) keeps its size
    return QSize(size.width() + max(2, button.fontMetrics().averageCharWidth() // 2), size.height())


class CheckBox(QCheckBox):
    def sizeHint(self) -> QSize:
        return _roomy(super().sizeHint(), self)

    def minimumSizeHint(self) -> QSize:
        return _roomy(super().minimumSizeHint(), self)


class RadioButton(QRadioButton):
    def sizeHint(self) -> QSize:
        return _roomy(super().sizeHint(), self)

    def minimumSizeHint(self) -> QSize:
        return _roomy(super().minimumSizeHint(), self)
