"""Writes tests/slow.txt, the measured-slow tier, from a JUnit report of a full run.

    python3 run.py test -q --junitxml=build/junit.xml
    .venv/bin/python tests/measure_slow.py build/junit.xml

A test function is slow when its median case took at least SECONDS (set up, run and
torn down). tests/conftest.py marks those `slow`; `python3 run.py test --quick` leaves them
out. The rules' own checks (tests/test_quality.py, tests/test_architecture.py) always
stay in the quick loop.
"""

from __future__ import annotations

import statistics
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

SECONDS = 0.3
ROOT = Path(__file__).resolve().parent.parent
SLOW_LIST = ROOT / "tests" / "slow.txt"
ALWAYS_QUICK = ("tests/test_quality.py", "tests/test_architecture.py")
HEADER = f"""\
# The measured-slow tier: test functions whose median case took {SECONDS} s or more, written by
# tests/measure_slow.py from a full run (see there). tests/conftest.py marks them `slow`.
"""


def slow_tests(report: Path) -> list[str]:
    cases: dict[str, list[float]] = {}
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        path = case.get("classname", "").replace(".", "/") + ".py"
        function = case.get("name", "").split("[")[0]
        if not path.startswith(ALWAYS_QUICK):
            cases.setdefault(f"{path}::{function}", []).append(float(case.get("time", "0")))
    # The median case: the first case of a family often pays for a cache the rest share.
    return sorted(test for test, times in cases.items() if statistics.median(times) >= SECONDS)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    slow = slow_tests(Path(argv[0]))
    SLOW_LIST.write_text(HEADER + "".join(f"{test}\n" for test in slow), encoding="utf-8")
    print(f"{len(slow)} slow test functions written to {SLOW_LIST.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
