"""The staff-list reader and merging a list into the register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.acknowledgement_files import csv_bytes
from wizard.answers.register import Person, Register, RegisterError, register_bytes
from wizard.output.acknowledgement import spreadsheet_safe
from wizard.output.staff_list import merge_staff, read_staff_list


def test_tabs_first_and_last_names_and_other_columns_left_out(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    rows = [
        ["Personeelsnummer", "Voornaam", "Achternaam", "Geboortedatum", "Salaris", "Werkmail"],
        ["1001", "Anna", "de Vries", "1990-01-01", "3500", "anna@delinde.nl"],
    ]
    path.write_bytes(csv_bytes(rows, delimiter="\t"))
    staff = read_staff_list(path)
    assert [(r.name, r.email) for r in staff.rows] == [("Anna de Vries", "anna@delinde.nl")]
    register = Register(organisation="De Linde")
    merge_staff(register, staff.rows)
    written = register_bytes(register).decode()
    for private in ("1001", "1990-01-01", "3500"):
        assert private not in written


def test_a_namesake_with_another_address_is_another_person(tmp_path: Path) -> None:
    register = Register(organisation="De Linde")
    register.people.append(Person(id="p1", name="Jan de Boer", email="jan@delinde.nl"))
    path = tmp_path / "staff.csv"
    path.write_bytes(
        csv_bytes([["naam", "e-mail"], ["Jan de Boer", "jan.b@delinde.nl"], ["Piet", ""]])
    )
    merged = merge_staff(register, read_staff_list(path).rows)
    assert [p.id for p in merged.added] == ["p2", "p3"]
    assert [p.email for p in register.people] == ["jan@delinde.nl", "jan.b@delinde.nl", None]


def test_a_leaving_date_stays_when_a_later_list_has_none(tmp_path: Path) -> None:
    register = Register(organisation="De Linde")
    register.people.append(Person(id="p1", name="Kees", left=date(2026, 3, 1)))
    path = tmp_path / "staff.csv"
    path.write_bytes(csv_bytes([["naam", "uit dienst"], ["Kees", ""]]))
    merged = merge_staff(register, read_staff_list(path).rows)
    assert merged.unchanged == 1 and register.people[0].left == date(2026, 3, 1)


def test_a_pipe_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "staff.csv"
    os.mkfifo(fifo)
    with pytest.raises(RegisterError) as refused:
        read_staff_list(fifo)
    assert refused.value.code == "not_file"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_could_be_a_formula_is_text(start: str) -> None:
    assert spreadsheet_safe(f"{start}SUM(A1)") == f"'{start}SUM(A1)"
    assert spreadsheet_safe(f"a{start}") == f"a{start}"
