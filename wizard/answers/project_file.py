"""Reading and writing ``*.policy.json`` project files.

A file is checked in layers, each with its own message: can it be read, is it JSON,
does it hold a project of a version we know, do the answers validate, does the logo
exist. Nothing is written unless the project is valid.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wizard.answers.messages import (
    Problem,
    ProjectError,
    problem_from_os_error,
    problems_from_validation,
)
from wizard.answers.model import SCHEMA_VERSION, Project
from wizard.files import atomic_write

MAX_PROJECT_BYTES = 2 * 1024 * 1024  # a real project is a few kilobytes
MAX_LOGO_BYTES = 10 * 1024 * 1024
MAX_LOGO_PIXELS = 12000


def _version_1_to_2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds keys (house style, clause edits, notes, decisions, history),
    each with an empty default, so every version 1 answer is kept as it is."""
    return {**raw, "schema_version": 2}


def _version_2_to_3(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds ``history[].acknowledge``: every version issued before it asked the
    staff to acknowledge it, so each entry of an older file says ``true``."""
    history = raw.get("history")
    if isinstance(history, list):
        history = [
            {"acknowledge": True, **entry} if isinstance(entry, dict) else entry
            for entry in history
        ]
        return {**raw, "history": history, "schema_version": 3}
    return {**raw, "schema_version": 3}


# Older schema versions are brought up to date here, one step at a time. The file on
# disk keeps its version until the user saves.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _version_1_to_2,
    2: _version_2_to_3,
}


def read_raw(path: Path) -> dict[str, Any]:
    """The file's JSON object, after the checks that need no model."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ProjectError([Problem("", "file_is_folder")])
        if size > MAX_PROJECT_BYTES:
            raise ProjectError(
                [Problem("", "file_too_large", {"limit": MAX_PROJECT_BYTES // 2**20})]
            )
        data = path.read_bytes()
    except OSError as error:
        raise ProjectError([problem_from_os_error(error, path, writing=False)]) from None
    return parse_raw(data)


def parse_raw(data: bytes) -> dict[str, Any]:
    if not data.strip():
        raise ProjectError([Problem("", "file_empty")])
    if data.startswith(b"PK\x03\x04"):
        # A zip: most often one of the Word files the program wrote, chosen by mistake.
        raise ProjectError([Problem("", "not_project_but_zip")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectError([Problem("", "not_utf8")]) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        params = {"line": error.lineno, "column": error.colno, "detail": error.msg}
        raise ProjectError([Problem("", "not_json", params)]) from None
    except RecursionError:
        raise ProjectError([Problem("", "too_deep")]) from None
    if not isinstance(raw, dict):
        raise ProjectError([Problem("", "not_object")])
    return migrate(raw)


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    if "schema_version" not in raw:
        raise ProjectError([Problem("schema_version", "schema_missing")])
    version = raw["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError([Problem("schema_version", "schema_invalid")])
    if version > SCHEMA_VERSION:
        raise ProjectError(
            [Problem("schema_version", "schema_newer", {"found": version, "known": SCHEMA_VERSION})]
        )
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version = raw["schema_version"]
    return raw


def validate_raw(raw: dict[str, Any], base_dir: Path | None = None) -> Project:
    """A valid project from decoded JSON, or ProjectError with every problem found."""
    try:
        project = Project.model_validate(migrate(raw))
    except ValidationError as error:
        raise ProjectError(problems_from_validation(error, raw)) from None
    except RecursionError:
        raise ProjectError([Problem("", "too_deep")]) from None
    problems = [check_logo(project, base_dir), check_house_style_path(project, base_dir)]
    if any(problems):
        raise ProjectError([p for p in problems if p is not None])
    return project


def load_project(path: Path) -> Project:
    path = Path(path)
    return validate_raw(read_raw(path), path.parent)


def resolve_logo(logo: str | None, base_dir: Path | None) -> Path | None:
    """A relative logo path is relative to the project file's folder."""
    if not logo:
        return None
    path = Path(logo).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path


def logo_path(project: Project, base_dir: Path | None) -> Path | None:
    return resolve_logo(project.organisation.logo, base_dir)


def check_logo(project: Project, base_dir: Path | None) -> Problem | None:
    return check_logo_path(project.organisation.logo, base_dir)


def check_logo_path(shown: str | None, base_dir: Path | None) -> Problem | None:
    """A logo must be a PNG or JPEG we can place; anything else is named, not crashed on."""
    logo = resolve_logo(shown, base_dir)
    if logo is None or shown is None:
        return None
    field = "organisation.logo"
    try:
        if not logo.is_file():
            return Problem(field, "logo_missing", {"path": shown})
        if logo.stat().st_size > MAX_LOGO_BYTES:
            return Problem(
                field, "logo_too_large", {"path": shown, "limit": MAX_LOGO_BYTES // 2**20}
            )
        head = logo.read_bytes()
    except OSError:
        return Problem(field, "logo_missing", {"path": shown})
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        return Problem(field, "logo_not_image", {"path": shown})
    size = image_size(head)
    if size is None:
        return Problem(field, "logo_not_image", {"path": shown})
    width, height = size
    if max(width, height) > MAX_LOGO_PIXELS:
        params = {"path": shown, "width": width, "height": height, "limit": MAX_LOGO_PIXELS}
        return Problem(field, "logo_dimensions", params)
    return None


def house_style_path(project: Project, base_dir: Path | None) -> Path | None:
    """A relative house style is relative to the project file's folder, as a logo is."""
    return resolve_logo(project.output.house_style, base_dir)


def check_house_style_path(project: Project, base_dir: Path | None) -> Problem | None:
    return check_house_style_file(project.output.house_style, base_dir)


def check_house_style_file(shown: str | None, base_dir: Path | None) -> Problem | None:
    """The checks that need no unpacking: the file is there and is named as a Word file.

    What is inside is checked when the documents are written
    (``wizard.output.house_style``), which refuses with the same field and wording.
    """
    path = resolve_logo(shown, base_dir)
    if path is None or shown is None:
        return None
    field = "output.house_style"
    suffix = path.suffix.lower()
    if suffix in (".docm", ".dotm"):
        return Problem(field, "house_style_macros", {"path": shown})
    if suffix not in (".docx", ".dotx"):
        return Problem(field, "house_style_not_word", {"path": shown})
    try:
        if not path.is_file():
            return Problem(field, "house_style_missing", {"path": shown})
    except OSError:
        return Problem(field, "house_style_missing", {"path": shown})
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """Pixel size of a PNG or JPEG from its header, or None when the header is damaged."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        return (width, height) if width and height else None
    # JPEG: walk the markers to the first start-of-frame.
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        length = int.from_bytes(data[index + 2 : index + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return (width, height) if width and height else None
        if length < 2:
            return None
        index += 2 + length
    return None


def project_bytes(project: Project) -> bytes:
    """The file's text: UTF-8, indented, keys in the model's order, so diffs stay small."""
    data = project.model_dump(mode="json")
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def save_project(project: Project, path: Path) -> None:
    atomic_write(Path(path), project_bytes(project))
