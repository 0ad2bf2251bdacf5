"""wizard.memory: freed blocks of a few megabytes stay with the process."""

from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from wizard import memory

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"

# Builds and frees a two-megabyte text and its bytes twenty times, as an export of long
# answers does, and prints the page faults of all but the first time (which finds no
# freed memory yet). Huge pages are turned off for the process (prctl
# PR_SET_THP_DISABLE): with them one fault maps two megabytes, and the count says
# little either way.
_ALLOCATE = """
import ctypes, resource, sys
sys.path.insert(0, {root!r})
ctypes.CDLL(None).prctl(41, 1, 0, 0, 0)
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
    # glibc's own settings from the environment would decide instead.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MALLOC_", "GLIBC_"))}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return int(run.stdout)


@pytest.mark.skipif(not GLIBC, reason="glibc's allocator")
def test_freed_megabytes_are_reused_rather_than_faulted_in_again() -> None:
    # Without it every round maps two fresh megabytes twice: some 500 faults each time.
    assert _faults(keep=False) >= 100 * 19
    assert _faults(keep=True) < 19  # not even one a round


def test_it_asks_the_c_library_once_and_says_whether_it_took(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ctypes

    asked: list[tuple[int, int]] = []

    def mallopt(parameter: int, value: int) -> int:
        """The C library's mallopt, answering 1 (taken) as glibc does."""
        asked.append((parameter, value))
        return 1

    class FakeLibrary:
        pass

    library = FakeLibrary()
    library.mallopt = mallopt  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: library)
    memory.keep_freed_memory.cache_clear()
    try:
        assert memory.keep_freed_memory() is True
        assert memory.keep_freed_memory() is True
        assert asked == [(-3, memory.MAPPED_FROM), (-1, memory.KEPT)]  # once, both settings
        memory.keep_freed_memory.cache_clear()
        monkeypatch.setattr(sys, "platform", "win32")
        assert memory.keep_freed_memory() is False  # elsewhere it does nothing
        assert len(asked) == 2
    finally:
        memory.keep_freed_memory.cache_clear()
