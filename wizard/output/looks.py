"""A house style's fonts and colours as the preview shows them (``Looks``).

Its own module, not the preview's: every document written carries its style's looks,
and ``generate`` should not import the preview's HTML (and Python's table of HTML
entities) to write Word files.
"""

from __future__ import annotations

from dataclasses import dataclass

BRAND = "#1b5e6b"


@dataclass(frozen=True)
class Looks:
    """A house style's fonts and colours, as far as the preview's HTML can follow them.

    Font names hold only letters, digits, spaces and dashes, colours six hex digits
    (``wizard.output.house_style`` reads them so from a Word file).
    """

    body_font: str = "Calibri"
    heading_font: str = "Calibri"
    text_colour: str = "222B33"
    heading_colour: str = BRAND.lstrip("#").upper()
