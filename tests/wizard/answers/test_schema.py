"""The published JSON Schema (docs/policy-project.schema.json) against the program.

The schema is generated from the model, so it must be current; every example must pass
it; and where it and the program disagree, the tests say which way, as
docs/project-file.md does: the schema checks shape, types, values and ranges, and the
program also checks the rules between fields.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import MINIMAL, ROOT
from wizard.answers.messages import ProjectError
from wizard.answers.model import SCHEMA_VERSION
from wizard.answers.project_file import load_project, parse_raw, project_bytes, validate_raw

SCHEMA_PATH = ROOT / "docs" / "policy-project.schema.json"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_schema", ROOT / "docs" / "make_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_errors(validator: Draft202012Validator, raw: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(raw)]


def program_accepts(raw: dict[str, Any]) -> bool:
    """What ``validate`` says of this JSON, loaded as from a file (version checks included)."""
    try:
        validate_raw(parse_raw(json.dumps(raw).encode("utf-8")), ROOT / "examples")
    except ProjectError:
        return False
    return True


def test_committed_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == _generator().schema_text(), (
        "docs/policy-project.schema.json is out of date with wizard/answers/model.py: "
        "run `python docs/make_schema.py` and commit the result"
    )


def test_schema_is_draft_2020_12_with_an_id(validator: Draft202012Validator) -> None:
    schema = validator.schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"]
    assert schema["properties"]["schema_version"]["enum"] == list(range(1, SCHEMA_VERSION + 1))
    assert SCHEMA_PATH.read_bytes().endswith(b"}\n")


def test_examples_pass_the_schema(validator: Draft202012Validator, example_path: Path) -> None:
    raw = json.loads(example_path.read_text(encoding="utf-8"))
    assert schema_errors(validator, raw) == []
    load_project(example_path)  # and the program opens them


def test_what_the_program_writes_passes_the_schema(
    validator: Draft202012Validator, example_path: Path
) -> None:
    for project in (load_project(example_path), validate_raw(copy.deepcopy(MINIMAL))):
        assert schema_errors(validator, json.loads(project_bytes(project))) == []


def test_minimal_project_passes(validator: Draft202012Validator) -> None:
    assert schema_errors(validator, MINIMAL) == []
    assert program_accepts(MINIMAL)


def _changed(path: str, value: Any) -> dict[str, Any]:
    raw = copy.deepcopy(MINIMAL)
    *parents, last = path.split(".")
    node: Any = raw
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    node[last] = value
    return raw


def _without(key: str) -> dict[str, Any]:
    raw = copy.deepcopy(MINIMAL)
    del raw[key]
    return raw


# Refused by the schema and by the program alike.
INVALID = {
    "wrong enum value": _changed("organisation.sector", "Healthcare"),
    "wrong channel id": _changed("channels.0.id", "twitter"),
    "unknown key (a typo)": _changed("organisation.sectr", "healthcare"),
    "unknown key in a list item": _changed("channels.0.manger", "Bas"),
    "$schema inside the file": {"$schema": SCHEMA_PATH.name, **MINIMAL},
    "schema_version missing": _without("schema_version"),
    "schema_version newer": _changed("schema_version", SCHEMA_VERSION + 1),
    "schema_version as text": _changed("schema_version", "1"),
    "required key missing": _without("technical"),
    "no channels": _changed("channels", []),
    "no language": _changed("output.languages", []),
    "review_months out of range": _changed("organisation.review_months", 48),
    "webcare hours out of range": _changed("markets.webcare_response_hours", 0),
    "name too long": _changed("organisation.name", "x" * 121),
    "empty required text": _changed("governance.hr_owner", ""),
    "21 approved AI tools": _changed("confidentiality.approved_ai_tools", ["tool"] * 21),
    "impossible date": _changed("organisation.effective_date", "2027-02-30"),
    "null for a boolean": _changed("channels.0.official_account", None),
}


@pytest.mark.parametrize("raw", INVALID.values(), ids=INVALID.keys())
def test_invalid_projects_fail_both(validator: Draft202012Validator, raw: dict[str, Any]) -> None:
    assert schema_errors(validator, raw), "the schema let it pass"
    assert not program_accepts(raw), "the program let it pass"


# Rules between fields and checks after cleaning: JSON Schema does not state them, so
# the schema lets these pass and only the program refuses them (docs/project-file.md).
BEYOND_THE_SCHEMA = {
    "official account without manager": _changed("channels.0.official_account", True),
    "other channel without label": _changed("channels.0.id", "other"),
    "a channel twice": _changed("channels", [{"id": "x"}, {"id": "x"}]),
    "a plan step twice": _changed("governance.plan", [{"step": "policy"}, {"step": "policy"}]),
    "not an e-mail address": _changed("organisation.policy_owner.email", "nobody"),
    "blank once cleaned": _changed("organisation.name", "  \t "),
    "logo file missing": _changed("organisation.logo", "no-such-logo.png"),
    "schema_version 1.0 (equal to 1 in JSON Schema)": _changed("schema_version", 1.0),
}


@pytest.mark.parametrize("raw", BEYOND_THE_SCHEMA.values(), ids=BEYOND_THE_SCHEMA.keys())
def test_rules_the_schema_cannot_check(
    validator: Draft202012Validator, raw: dict[str, Any]
) -> None:
    assert schema_errors(validator, raw) == []
    assert not program_accepts(raw)


# The program reads a few other spellings of a type (pydantic's lax mode), and counts a
# text's length once cleaned; the schema takes types and lengths as written.
LENIENT = {
    "number as text": _changed("organisation.review_months", "12"),
    "boolean as text": _changed("technical.mfa", "yes"),
    "date with a midnight time": _changed("organisation.effective_date", "2027-01-01T00:00:00"),
    "text within its limit once cleaned": _changed("organisation.name", "a  " * 60),
}


@pytest.mark.parametrize("raw", LENIENT.values(), ids=LENIENT.keys())
def test_schema_is_stricter_about_types_and_lengths_as_written(
    validator: Draft202012Validator, raw: dict[str, Any]
) -> None:
    assert schema_errors(validator, raw)
    assert program_accepts(raw)


def test_duplicates_in_a_set_pass_both_and_are_removed(validator: Draft202012Validator) -> None:
    raw = _changed("output.languages", ["en", "nl", "en"])
    assert schema_errors(validator, raw) == []
    assert validate_raw(raw).output.languages == ["en", "nl"]  # the first is the main one
