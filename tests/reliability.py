"""Counts for the figures in docs/reliability.md, gathered while the tests run.

Each robustness test adds what it tried (projects generated, hostile inputs, crashes
survived, files lost); at the end of the session the totals are written to
``build/reliability.json``, from which the figures in docs/reliability.md are copied.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

COUNTS: Counter[str] = Counter()
REPORT = Path(__file__).resolve().parent.parent / "build" / "reliability.json"


def record(name: str, amount: int = 1) -> None:
    COUNTS[name] += amount


def write_report() -> None:
    if not COUNTS:
        return
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(dict(sorted(COUNTS.items())), indent=2) + "\n", encoding="utf-8")
