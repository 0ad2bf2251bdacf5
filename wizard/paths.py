"""Where the program's own files live, whether run from a checkout or installed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
RESOURCES = ROOT / "resources"
REFERENCE_DOCX = RESOURCES / "reference.docx"
