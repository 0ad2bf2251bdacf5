"""The register file: where it is, its schema, and each person's state."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.conftest import ROOT
from wizard.answers.register import (
    Method,
    Person,
    Register,
    parse_day,
    person_states,
    record,
    register_bytes,
    register_path,
    total_line,
    totals,
)
from wizard.language import Language

SCHEMA = ROOT / "docs" / "acknowledgement-register.schema.json"


def test_the_register_is_beside_the_project_unless_chosen(tmp_path: Path) -> None:
    assert register_path(tmp_path / "De Linde.policy.json").name == "De Linde.register.json"
    assert register_path(tmp_path / "klant.json").name == "klant.register.json"
    chosen = tmp_path / "elders" / "r.json"
    assert register_path(tmp_path / "x.policy.json", chosen) == chosen


def test_the_committed_schema_is_current_and_the_program_writes_to_it() -> None:
    spec = importlib.util.spec_from_file_location("make_schema", ROOT / "docs" / "make_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert SCHEMA.read_text(encoding="utf-8") == module.register_schema_text(), (
        "run `python docs/make_schema.py` and commit the result"
    )
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    register = Register(organisation="De Linde")
    anna = Person(id="p1", name="Anna", email="anna@x.nl", started=date(2020, 1, 1))
    register.people.append(anna)
    record(register, anna, "1.0", date(2026, 11, 1), Method.MEETING, "teamoverleg")
    assert not list(validator.iter_errors(json.loads(register_bytes(register))))
    wrong = json.loads(register_bytes(register))
    wrong["acknowledgements"][0]["method"] = "fax"
    del wrong["schema_version"]
    assert len(list(validator.iter_errors(wrong))) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("1-12-2026", date(2026, 12, 1)),
        ("01/12/2026", date(2026, 12, 1)),
        ("1.12.2026", date(2026, 12, 1)),
        ("2026-12-01T09:00:00", date(2026, 12, 1)),
        ("31-02-2026", None),
        ("december", None),
        ("", None),
    ],
)
def test_dates_as_people_write_them(text: str, expected: date | None) -> None:
    assert parse_day(text) == expected


def test_who_is_outstanding() -> None:
    register = Register(organisation="De Linde")
    people = [
        Person(id="p1", name="Anna"),
        Person(id="p2", name="Bram"),
        Person(id="p3", name="Cees", left=date(2026, 1, 1)),
        Person(id="p4", name="Dana", left=date(2027, 6, 1)),  # leaves later: still staff
    ]
    register.people.extend(people)
    history = [
        {"version": "1.0", "date": "2026-01-01", "acknowledge": True},
        {"version": "1.1", "date": "2026-06-01", "acknowledge": False},
    ]
    record(register, people[0], "1.0", date(2026, 2, 1), Method.PAPER)
    record(register, people[1], "0.9", date(2025, 2, 1), Method.PAPER)  # not an issued one
    states = person_states(register, history, date(2026, 11, 16))
    assert [s.outstanding for s in states] == [False, True, False, True]
    assert [s.left for s in states] == [False, False, True, False]
    total = totals(states, history)
    assert total_line(total, Language.EN) == "1 of 3 acknowledged version 1.1"
    assert total_line(total, Language.NL, have=True) == (
        "1 van 3 hebben versie 1.1 voor akkoord getekend"
    )
    # Version 1.2 asks again: Anna's 1.0 no longer counts; a later one would.
    history.append({"version": "1.2", "date": "2026-11-01", "acknowledge": True})
    states = person_states(register, history, date(2026, 11, 16))
    assert states[0].outstanding and states[0].latest is not None
    assert states[0].latest.version == "1.0"
