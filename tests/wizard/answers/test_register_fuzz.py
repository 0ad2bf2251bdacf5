"""Fuzzing the readers of hostile files: the register and the staff list.

Mutated JSON, CSV and xlsx (bytes flipped, cut, repeated, and parts of the sheet's XML
changed) are either read or refused with a RegisterError; never any other exception.
Seeded, so that a failure can be repeated.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest

from tests.acknowledgement_files import csv_bytes, xlsx_bytes
from wizard.answers.register import RegisterError, parse_register
from wizard.language import Language
from wizard.output.staff_list import read_staff_list

REGISTER = json.dumps(
    {
        "schema_version": 1,
        "organisation": "De Linde",
        "people": [
            {
                "id": "p1",
                "name": "Anna",
                "email": "anna@x.nl",
                "role": None,
                "started": None,
                "left": None,
            },
            {
                "id": "p2",
                "name": "Bram",
                "email": None,
                "role": "Kok",
                "started": "2020-01-01",
                "left": "2026-01-01",
            },
        ],
        "acknowledgements": [
            {
                "person": "p1",
                "version": "1.0",
                "date": "2026-11-01",
                "method": "email",
                "note": None,
            }
        ],
    }
).encode()

STAFF = [
    ["Naam", "E-mail", "Functie", "In dienst", "Uit dienst"],
    ["Anna de Vries", "anna@delinde.nl", "Verpleegkundige", "01-02-2020", ""],
    ["Cécile Müller", "", "Secretaresse", "2021-03-01", "31-12-2025"],
]

_TOKENS = [
    b"\x00",
    b"\xff",
    b'"',
    b",",
    b";",
    b"\n",
    b"{",
    b"}",
    b"[",
    b"]",
    b"<",
    b">",
    b"&",
    b"\xe9",
    b"9" * 30,
    b"-1",
    b"null",
    b"<!DOCTYPE x>",
    b"\r",
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(5)
        at = rng.randrange(len(data) + 1)
        if kind == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif kind == 1:
            del data[at : at + rng.randint(1, 20)]
        elif kind == 2:
            data[at:at] = rng.choice(_TOKENS)
        elif kind == 3:
            data = data[:at]
        else:
            piece = data[at : at + rng.randint(1, 40)]
            data[at:at] = piece * rng.randint(1, 5)
    return bytes(data)


def read_or_refused(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    try:
        read_staff_list(path)
    except RegisterError as error:
        assert error.message(Language.NL) and error.message(Language.EN)
        return "refused"
    return "read"


def test_mutated_registers_are_read_or_refused(tmp_path: Path) -> None:
    rng = random.Random(2126)
    parse_register(REGISTER)  # the seed itself is valid
    outcomes = {"read": 0, "refused": 0}
    for _ in range(600):
        data = mutate(REGISTER, rng)
        try:
            parse_register(data, "r.register.json")
        except RegisterError as error:
            assert error.message(Language.EN)
            outcomes["refused"] += 1
        else:
            outcomes["read"] += 1
    assert outcomes["refused"] > 100 and outcomes["read"] > 0, outcomes


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_mutated_csv_staff_lists_are_read_or_refused(tmp_path: Path, encoding: str) -> None:
    rng = random.Random(21)
    seed = csv_bytes(STAFF, encoding=encoding)
    path = tmp_path / "staff.csv"
    outcomes = [read_or_refused(path, mutate(seed, rng)) for _ in range(400)]
    assert outcomes.count("read") > 50 and outcomes.count("refused") > 5


def test_mutated_xlsx_staff_lists_are_read_or_refused(tmp_path: Path) -> None:
    rng = random.Random(7)
    seed = xlsx_bytes([*STAFF, ["Dirk", "dirk@x.nl", "", ("date", 45000), ""]])
    path = tmp_path / "staff.xlsx"
    path.write_bytes(seed)
    assert len(read_staff_list(path).rows) == 3
    outcomes = []
    for round_ in range(300):
        if round_ % 2:
            data = mutate(seed, rng)  # the zip itself damaged
        else:
            # The zip intact, one of its XML parts damaged.
            source = zipfile.ZipFile(io.BytesIO(seed))
            names = source.namelist()
            victim = rng.choice(names)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
                for name in names:
                    content = source.read(name)
                    target.writestr(name, mutate(content, rng) if name == victim else content)
            data = buffer.getvalue()
        outcomes.append(read_or_refused(path, data))
    assert outcomes.count("read") > 10 and outcomes.count("refused") > 100


def test_a_zip_bomb_sheet_is_refused_without_unpacking_it(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    seed = zipfile.ZipFile(io.BytesIO(xlsx_bytes(STAFF)))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name in seed.namelist():
            if name.endswith("data.xml"):
                target.writestr(name, b"<a>" + b" " * (40 * 1024 * 1024) + b"</a>")
            else:
                target.writestr(name, seed.read(name))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(RegisterError) as refused:
        read_staff_list(path)
    assert "too large" in str(refused.value.params)
