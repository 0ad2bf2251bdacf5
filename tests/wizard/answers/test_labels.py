"""Labels come from templates/<lang>/labels.toml, through a parsed copy kept in the cache."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from wizard.answers import labels
from wizard.language import Language
from wizard.paths import TEMPLATES, cache_folder


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES, copy)
    monkeypatch.setattr(labels, "TEMPLATES", copy)
    labels._table.cache_clear()
    yield copy
    labels._table.cache_clear()


def test_the_cached_table_equals_the_source(templates: Path) -> None:
    first = labels._table(Language.NL)
    folder = cache_folder()
    assert folder is not None
    assert list(folder.glob("labels-nl-*.json"))
    labels._table.cache_clear()
    assert labels._table(Language.NL) == first  # now read from the cache


def test_an_edited_source_is_read_again(templates: Path) -> None:
    assert labels.value_label("sector", "healthcare", Language.EN) == "Healthcare"
    source = templates / "en" / "labels.toml"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace('healthcare = "Healthcare"', 'healthcare = "Care"'), "utf-8")
    labels._table.cache_clear()
    assert labels.value_label("sector", "healthcare", Language.EN) == "Care"


def test_a_damaged_cache_is_ignored(templates: Path) -> None:
    expected = labels._table(Language.EN)
    folder = cache_folder()
    assert folder is not None
    for cached in folder.glob("labels-en-*.json"):
        cached.write_text("{not json", encoding="utf-8")
    labels._table.cache_clear()
    assert labels._table(Language.EN) == expected


def test_an_edited_clauses_fields_are_the_models() -> None:
    """labels names an edit's fields without importing the model (pydantic); the two agree."""
    from wizard.answers.model import ClauseEdit

    assert set(labels.CLAUSE_EDIT_FIELDS) == set(ClauseEdit.model_fields)
