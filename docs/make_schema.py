"""The JSON Schemas of a project file and of a register, generated from the pydantic models.

    python docs/make_schema.py           write docs/policy-project.schema.json and
                                         docs/acknowledgement-register.schema.json
    python docs/make_schema.py --check   exit 1 when one of them is out of date

The schema is pydantic's ``model_json_schema()`` of ``wizard.answers.model.Project`` with two
additions that pydantic cannot see, both enforced by the program:

- ``schema_version`` is required and must be the version this release writes: the
  model has a default for it, but ``wizard/answers/project_file.py`` refuses a file without
  it, and one with a newer version;
- the sets that need at least one member (``output.languages``, ``output.documents``,
  ``markets.segments``) get ``minItems: 1``: the model checks that in a validator,
  which pydantic leaves out of its schema.

Rules that JSON Schema cannot state (a manager for every official account, unique
channels, an e-mail address, blank after cleaning, the logo file) are described in
docs/project-file.md; the program remains the judge.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue  # noqa: E402
from pydantic_core import core_schema  # noqa: E402

from wizard.answers import model, register  # noqa: E402

TARGET = ROOT / "docs" / "policy-project.schema.json"
REGISTER_TARGET = ROOT / "docs" / "acknowledgement-register.schema.json"
SCHEMA_ID = f"urn:social-media-policy-builder:policy-project:v{model.SCHEMA_VERSION}"
TITLE = f"Social Media Policy Builder project file (*.policy.json), version {model.SCHEMA_VERSION}"


class _ProjectSchema(GenerateJsonSchema):
    def function_after_schema(
        self, schema: core_schema.AfterValidatorFunctionSchema
    ) -> JsonSchemaValue:
        json_schema = super().function_after_schema(schema)
        if schema["function"]["function"] is model._at_least_one:
            json_schema["minItems"] = 1
        return json_schema


def project_schema() -> dict[str, Any]:
    schema = model.Project.model_json_schema(schema_generator=_ProjectSchema)
    version = schema["properties"]["schema_version"]
    # Every version the program reads: a version 1 file is a version 2 file without the
    # new keys, and the program migrates it on load.
    version["enum"] = list(range(1, model.SCHEMA_VERSION + 1))
    schema["required"] = ["schema_version", *schema["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
        "title": TITLE,
        "description": (
            "Generated from wizard/answers/model.py by docs/make_schema.py; do not edit. "
            "docs/project-file.md describes the format and the rules a schema cannot check."
        ),
    }


def register_schema() -> dict[str, Any]:
    """The register (``NAME.register.json``): its one version, required as the program
    requires it; references between people and acknowledgements are checked by the
    program (docs/acknowledgement-register.md)."""
    schema = register.Register.model_json_schema()
    schema["properties"]["schema_version"]["enum"] = [register.REGISTER_SCHEMA_VERSION]
    schema["required"] = ["schema_version", *schema["required"]]
    version = register.REGISTER_SCHEMA_VERSION
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:social-media-policy-builder:acknowledgement-register:v{version}",
        **schema,
        "title": "Social Media Policy Builder acknowledgement register (*.register.json), "
        f"version {version}",
        "description": (
            "Generated from wizard/answers/register.py by docs/make_schema.py; do not edit. "
            "docs/acknowledgement-register.md describes the file."
        ),
    }


def _text(schema: dict[str, Any]) -> str:
    """A file's exact text: sorted keys, two-space indent, a newline at the end."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def schema_text() -> str:
    return _text(project_schema())


def register_schema_text() -> str:
    return _text(register_schema())


def main(argv: list[str]) -> int:
    status = 0
    for target, text in ((TARGET, schema_text()), (REGISTER_TARGET, register_schema_text())):
        if "--check" in argv:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                print(f"{target.relative_to(ROOT)} is out of date: run python docs/make_schema.py")
                status = 1
            continue
        target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {target.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
