"""Reading and writing ``*.policy.json`` project files.

A file is checked in layers, each with its own message: can it be read, is it JSON,
does it hold a project of a version we know, do the answers validate, does the logo
exist. Nothing is written unless the project is valid.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from wizard.answers.messages import (
    Problem,
    ProjectError,
    problem_from_os_error,
    problems_from_validation,
    where_in,
)
from wizard.answers.model import SCHEMA_VERSION, Project
from wizard.files import FileRefused, FileState, atomic_write, read_regular_file, write_target

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


@dataclass(frozen=True)
class ProjectRead:
    """A project file as read: its JSON object, its bytes, and its state on disk (to
    check, when it is written again, that no one else wrote it meanwhile)."""

    raw: dict[str, Any]
    data: bytes
    state: FileState


def read_project_file(path: Path) -> ProjectRead:
    """The one reader of project files: a regular file within the limit, checked JSON."""
    path = Path(path)
    try:
        data, state = read_regular_file(path, MAX_PROJECT_BYTES)
    except IsADirectoryError:
        raise ProjectError([Problem("", "file_is_folder")]) from None
    except FileRefused as refused:
        if refused.reason == "too_large":
            limit = {"limit": MAX_PROJECT_BYTES // 2**20}
            raise ProjectError([Problem("", "file_too_large", limit)]) from None
        raise ProjectError([Problem("", "file_not_regular")]) from None
    except OSError as error:
        raise ProjectError([problem_from_os_error(error, path, writing=False)]) from None
    return ProjectRead(parse_raw(data), data, state)


def read_raw(path: Path) -> dict[str, Any]:
    """The file's JSON object, after the checks that need no model."""
    return read_project_file(path).raw


# No answer needs a number of more digits than this; a longer one is refused before
# Python turns it into an int (past 4,300 digits that raises, and it costs time).
MAX_NUMBER_DIGITS = 18


class _HugeNumber:
    """Stands in for a number too long to take, so that its place can be named."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


class _Duplicates:
    """Objects of the file that hold a key twice, to name their place after parsing."""

    def __init__(self) -> None:
        self.found: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result and not self.found:
                self.found.append((key, result))
            result[key] = value
        return result


def _parse_int(text: str) -> int | _HugeNumber:
    digits = len(text.lstrip("-"))
    return _HugeNumber(digits) if digits > MAX_NUMBER_DIGITS else int(text)


def _no_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; Python's reader would take them.
    raise ValueError(name)


# A project is at most six levels deep (history > version > answers > governance > plan >
# step > due); every reader after this one may then recurse without fear.
MAX_DEPTH = 16


def _place_of(raw: Any, wanted: Callable[[Any], bool]) -> list[int | str] | None:
    """The path to the first value for which ``wanted`` holds, or to the first value
    nested deeper than MAX_DEPTH (iterative: any depth)."""
    stack: list[tuple[Any, list[int | str]]] = [(raw, [])]
    while stack:
        node, where = stack.pop()
        if wanted(node) or len(where) > MAX_DEPTH:
            return where
        if isinstance(node, dict):
            stack.extend((value, [*where, key]) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(
                (value, [*where, index]) for index, value in reversed(list(enumerate(node)))
            )
    return None


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
    duplicates = _Duplicates()
    try:
        raw = json.loads(
            text, object_pairs_hook=duplicates, parse_int=_parse_int, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        params = {"line": error.lineno, "column": error.colno, "detail": error.msg}
        raise ProjectError([Problem("", "not_json", params)]) from None
    except ValueError as error:  # NaN or Infinity, which JSON does not have
        raise ProjectError([Problem("", "json_constant", {"name": str(error)})]) from None
    except RecursionError:
        raise ProjectError([Problem("", "too_deep")]) from None
    if duplicates.found:
        key, holder = duplicates.found[0]
        where = _place_of(raw, lambda node: node is holder) or []
        field = where_in([*where, key], raw)
        raise ProjectError([Problem(field, "duplicate_key", {"name": key})])
    huge = _place_of(raw, lambda node: isinstance(node, _HugeNumber))
    if huge is not None:
        # A path that long is nesting; where it starts is named (its first steps).
        if len(huge) > MAX_DEPTH:
            raise ProjectError([Problem(where_in(huge[:3], raw), "too_deep")])
        field = where_in(huge, raw)
        raise ProjectError([Problem(field, "number_too_large", {"limit": MAX_NUMBER_DIGITS})])
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


def project_folder(path: Path) -> Path:
    """The folder a project's relative paths (logo, house style) start from: the real
    file's, so a project opened through a symbolic link finds its logo as the window does."""
    return write_target(Path(path)).parent


def load_project(path: Path) -> Project:
    path = Path(path)
    return validate_raw(read_raw(path), project_folder(path))


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
