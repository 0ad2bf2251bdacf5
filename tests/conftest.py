from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.policy.json"))

MINIMAL: dict[str, Any] = {
    "schema_version": 1,
    "organisation": {"name": "De Linde", "policy_owner": {"role": "directeur"}},
    "channels": [{"id": "linkedin"}],
    "technical": {"incident_contact": "servicedesk@delinde.nl"},
    "governance": {"hr_owner": "Els", "communications_owner": "Bas", "it_owner": "Ilse"},
}


@pytest.fixture
def minimal_raw() -> dict[str, Any]:
    return copy.deepcopy(MINIMAL)


@pytest.fixture(params=EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def example_path(request: pytest.FixtureRequest) -> Path:
    return request.param


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
