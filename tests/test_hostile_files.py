"""Damaged and hostile project files are refused quickly and clearly; nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, MINIMAL
from tests.reliability import record
from tests.test_main import run


def project_with(change: Callable[[dict[str, Any]], Any]) -> bytes:
    data = json.loads(json.dumps(MINIMAL))
    change(data)
    return json.dumps(data).encode("utf-8")


def nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {}
    top = {"organisation": node}
    for _ in range(depth):
        node["a"] = {}
        node = node["a"]
    return top


def big_png(width: int, height: int) -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
        + width.to_bytes(4, "big")
        + height.to_bytes(4, "big")
        + b"\x08\x06\x00\x00\x00"
    )


EXAMPLE = EXAMPLES[0].read_bytes()

# name -> (file content, extra files beside it, what the message must mention)
CASES: dict[str, tuple[bytes, dict[str, bytes], str]] = {
    "not json": (b"{this is not json", {}, "JSON"),
    "truncated": (EXAMPLE[: len(EXAMPLE) // 2], {}, "JSON"),
    "empty": (b"", {}, "empty"),
    "binary": (bytes(range(256)) * 64, {}, "UTF-8"),
    "utf-16": (EXAMPLE.decode("utf-8").encode("utf-16"), {}, "UTF-8"),
    "60 MB field": (
        b'{"schema_version": 1, "organisation": {"name": "' + b"a" * 60_000_000 + b'"}}',
        {},
        "too large",
    ),
    "deep nesting": (b"[" * 200_000 + b"]" * 200_000, {}, "nested"),
    "wrong types": (project_with(lambda d: d.update(channels="linkedin")), {}, "channels"),
    "object as text": (
        project_with(lambda d: d["organisation"].update(name={"x": 1})),
        {},
        "organisation.name",
    ),
    "impossible date": (
        project_with(lambda d: d["organisation"].update(effective_date="2026-02-30")),
        {},
        "effective_date",
    ),
    "negative months": (
        project_with(lambda d: d["organisation"].update(review_months=-5)),
        {},
        "review_months",
    ),
    "negative hours": (
        project_with(lambda d: d.update(markets={"webcare_response_hours": -1})),
        {},
        "webcare_response_hours",
    ),
    "newer schema": (project_with(lambda d: d.update(schema_version=99)), {}, "schema_version"),
    "missing schema": (project_with(lambda d: d.pop("schema_version")), {}, "schema_version"),
    "unknown key": (project_with(lambda d: d.update(extra_answer=True)), {}, "extra_answer"),
    "year 9999": (
        project_with(lambda d: d["organisation"].update(effective_date="9999-12-01")),
        {},
        "organisation.effective_date",
    ),
    "due date in 9999": (
        project_with(
            lambda d: d["governance"].update(plan=[{"step": "policy", "due": "9999-12-31"}])
        ),
        {},
        "governance.plan.policy.due",
    ),
    "5,000-digit number": (
        project_with(lambda d: d["organisation"].update(review_months=12345)).replace(
            b"12345", b"9" * 5000
        ),
        {},
        "organisation.review_months",
    ),
    "section of the wrong type": (
        project_with(lambda d: d.update(organisation=["De Linde"])),
        {},
        "organisation",
    ),
    "output of the wrong type": (project_with(lambda d: d.update(output=5)), {}, "output"),
    "history nested 900 deep": (
        project_with(
            lambda d: d.update(
                schema_version=2,
                history=[{"version": "1.0", "date": "2026-01-01", "answers": nested(900)}],
            )
        ),
        {},
        "history",
    ),
    "a section written twice": (
        project_with(lambda d: None)[:-1] + b', "technical": {"incident_contact": "x"}}',
        {},
        "‘technical’ is in the file twice",
    ),
    "NaN": (project_with(lambda d: None)[:-1] + b', "x": NaN}', {}, "NaN"),
    "logo missing": (
        project_with(lambda d: d["organisation"].update(logo="gone.png")),
        {},
        "organisation.logo",
    ),
    "logo not an image": (
        project_with(lambda d: d["organisation"].update(logo="logo.png")),
        {"logo.png": b"%PDF-1.4 not an image"},
        "organisation.logo",
    ),
    "logo enormous": (
        project_with(lambda d: d["organisation"].update(logo="logo.png")),
        {"logo.png": big_png(100_000, 100_000)},
        "organisation.logo",
    ),
    "logo too heavy": (
        project_with(lambda d: d["organisation"].update(logo="logo.jpg")),
        {"logo.jpg": b"\xff\xd8\xff\xe0" + b"\0" * (11 * 1024 * 1024)},
        "organisation.logo",
    ),
}


@pytest.fixture(params=list(CASES), ids=list(CASES))
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    content, extra, expected = CASES[request.param]
    path = tmp_path / "hostile.policy.json"
    path.write_bytes(content)
    for name, data in extra.items():
        (tmp_path / name).write_bytes(data)
    return path, expected


def test_validate_refuses_with_a_clear_message(hostile: tuple[Path, str]) -> None:
    path, expected = hostile
    result = run("validate", path)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.startswith(str(path))
    record("hostile_inputs")


def test_generate_refuses_and_overwrites_nothing(hostile: tuple[Path, str], tmp_path: Path) -> None:
    path, expected = hostile
    out = tmp_path / "out"
    out.mkdir()
    keep = out / "existing.docx"
    keep.write_bytes(b"the user's own file")
    before = path.read_bytes()
    result = run("generate", path, "--out", out, "--force")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) <= 2 and expected in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["existing.docx"]
    assert keep.read_bytes() == b"the user's own file"
    assert path.read_bytes() == before
    record("hostile_inputs")
    record("files_lost", 0)
