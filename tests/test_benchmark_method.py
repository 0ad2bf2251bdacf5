"""The benchmark's method (benchmarks/run.py, docs/performance.md): chosen groups run
in a full run's order, pairs and rounds rotate their order so neither side always
follows the other, and every measured process starts on a synced disk."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT


def benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_chooses_groups_in_the_order_of_a_full_run() -> None:
    run = benchmark()
    assert run.chosen_groups("growth, generate,startup") == ["startup", "generate", "growth"]
    assert run.chosen_groups(None) == list(run.GROUPS)
    with pytest.raises(ValueError, match="unknown group speed; choose from practice"):
        run.chosen_groups("generate,speed")
    with pytest.raises(ValueError, match="none given"):
        run.chosen_groups(",")


def test_the_command_refuses_an_unknown_group_and_lists_the_known_ones() -> None:
    script = str(ROOT / "benchmarks" / "run.py")
    refused = subprocess.run(
        [sys.executable, script, "--only", "speed"], capture_output=True, text=True, check=False
    )
    assert refused.returncode == 2 and "unknown group speed" in refused.stderr
    listed = subprocess.run(
        [sys.executable, script, "--list"], capture_output=True, text=True, check=True
    )
    assert [line.split()[0] for line in listed.stdout.splitlines()] == list(benchmark().GROUPS)


def test_rounds_rotate_so_each_side_runs_first_as_often() -> None:
    run = benchmark()
    calls: list[str] = []

    def measure(name: str) -> Any:
        return lambda: calls.append(name) or len(calls)

    a, b, c = run.rotated(6, measure("a"), measure("b"), measure("c"))
    assert calls[:3] == ["a", "b", "c"]  # the warm-up, not counted
    rounds = [calls[i : i + 3] for i in range(3, len(calls), 3)]
    assert [r[0] for r in rounds] == ["a", "b", "c", "a", "b", "c"]
    assert all(sorted(r) == ["a", "b", "c"] for r in rounds)
    assert len(a) == len(b) == len(c) == 6 and 1 not in a  # the warm-up's result left out
    calls.clear()
    run.interleaved(4, measure("ours"), measure("baseline"))
    assert calls[2:] == ["ours", "baseline", "baseline", "ours"] * 2


def test_every_measured_process_starts_on_a_synced_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    run = benchmark()
    synced: list[bool] = []
    monkeypatch.setattr(run.os, "sync", lambda: synced.append(True))
    child = run.run_process([sys.executable, "-c", "sum(range(10**6))"], {})
    assert synced == [True]
    assert child.seconds > 0 and child.cpu > 0 and child.megabytes > 1


def test_the_documents_of_the_generate_group_go_to_a_folder_in_memory(tmp_path: Any) -> None:
    run = benchmark()
    folder = run.memory_folder(tmp_path)
    assert folder.is_dir()
    if run.Path("/dev/shm").is_dir():
        assert folder.parent == run.Path("/dev/shm")
        folder.rmdir()  # atexit would remove it when the run ends


def test_a_group_that_writes_runs_alone() -> None:
    """``--only export`` wrote into the folder that only the generate group made."""
    script = str(ROOT / "benchmarks" / "run.py")
    alone = subprocess.run(
        [sys.executable, script, "--only", "export", "--runs", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert alone.returncode in (0, 1), alone.stderr[-2000:]  # 1: a target missed, not a crash
    assert "export of four documents" in alone.stdout
