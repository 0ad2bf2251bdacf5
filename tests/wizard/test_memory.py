"""wizard.memory: freed blocks of a few megabytes stay with the process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

# Builds and frees a two-megabyte text and its bytes twenty times, as an export of long
# answers does, and prints the page faults of all but the first time (which finds no
# freed memory yet).
_ALLOCATE = """
import resource, sys
sys.path.insert(0, {root!r})
if {keep}:
    from wizard.memory import keep_freed_memory
    assert keep_freed_memory()
def build(n):
    text = ("x" * 2_000_000 + str(n)).encode()
    del text
build(0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for n in range(1, 20):
    build(n)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(keep: bool) -> int:
    code = _ALLOCATE.format(root=str(ROOT), keep=keep)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(run.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_freed_megabytes_are_reused_rather_than_faulted_in_again() -> None:
    # Without it every round maps two fresh megabytes twice: about 500 faults each time
    # in pages of 4 kB, at least one in huge pages.
    assert _faults(keep=False) >= 2 * 19
    assert _faults(keep=True) < 19  # not even one a round


def test_it_is_done_once_and_says_whether_it_took() -> None:
    from wizard.memory import keep_freed_memory

    assert keep_freed_memory() is keep_freed_memory()
    assert keep_freed_memory() is sys.platform.startswith("linux")
