"""Files for the register's tests: a project with issued versions, staff lists, xlsx."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "de-linde-zorg.policy.json"
ORGANISATION = "Zorggroep De Linde"


def project_with_versions(folder: Path, versions: list[tuple[str, bool]]) -> Path:
    """The care example with ``versions`` issued: (number, acknowledge) each."""
    from wizard.answers.project_file import load_project, save_project
    from wizard.answers.versions import issued_version

    project = load_project(EXAMPLE)
    history = []
    for number, acknowledge in versions:
        entry = issued_version(
            project.answers_snapshot(),
            {},
            number,
            summary=None,
            approved_by="Directie",
            acknowledge=acknowledge,
        )
        history.append(entry)
    raw = json.loads(project.model_dump_json())
    raw["history"] = history
    if versions:
        raw["organisation"]["version"] = versions[-1][0]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "de-linde.policy.json"
    from wizard.answers.project_file import validate_raw

    save_project(validate_raw(raw, EXAMPLE.parent), path)
    (folder / "de-linde-logo.png").write_bytes(
        (ROOT / "examples" / "de-linde-logo.png").read_bytes()
    )
    return path


def csv_bytes(rows: list[list[str]], *, delimiter: str = ";", encoding: str = "utf-8") -> bytes:
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    return text.encode(encoding)


_CT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Personeel" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/data.xml"/></Relationships>'
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
    "</styleSheet>"
)


def xlsx_bytes(rows: list[list[Any]], *, sheet_prefix: str = "") -> bytes:
    """A workbook as Excel writes one: text in shared strings, dates as serial numbers
    with a date style (a cell given as ("date", 45000) is one)."""
    strings: list[str] = []
    sheet_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if isinstance(value, tuple):
                cells.append(f'<c r="{ref}" s="1"><v>{value[1]}</v></c>')
            elif value == "":
                continue
            else:
                strings.append(str(value))
                cells.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>' + sheet_prefix + '<worksheet xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows)
        + "</sheetData></worksheet>"
    )
    shared = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
        + "</sst>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        archive.writestr("xl/sharedStrings.xml", shared)
        archive.writestr("xl/worksheets/data.xml", sheet)
    return buffer.getvalue()
