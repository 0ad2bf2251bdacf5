"""Compiled templates are cached by language and name, not by where the program is installed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from jinja2 import FileSystemLoader
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from wizard.content import wording
from wizard.content.wording import PortableBytecodeCache, cache_key
from wizard.language import Language
from wizard.paths import TEMPLATES, cache_folder


def test_the_key_ignores_the_templates_location() -> None:
    cache = PortableBytecodeCache("/tmp", Language.NL)
    name = "code_of_conduct/intro.j2"
    first = cache.get_cache_key(name, "/opt/social-media-policy-builder/templates/nl/" + name)
    second = cache.get_cache_key(name, "/home/els/.local/opt/x/_internal/templates/nl/" + name)
    assert first == second == cache_key(Language.NL, name)


def test_the_languages_keep_their_own_entries() -> None:
    name = "code_of_conduct/intro.j2"
    assert cache_key(Language.NL, name) != cache_key(Language.EN, name)


def compile_all(templates: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Dutch template, as the program compiles them, from ``templates``."""
    monkeypatch.setattr(wording, "TEMPLATES", templates)
    wording.environment.cache_clear()
    env = wording.environment(Language.NL)
    for name in env.list_templates(extensions=["j2"]):
        env.get_template(name)
    wording.environment.cache_clear()


def test_a_second_install_location_adds_no_cache_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for place in ("first", "second"):
        shutil.copytree(TEMPLATES, tmp_path / place / "templates")
    compile_all(tmp_path / "first" / "templates", monkeypatch)
    cache = cache_folder()
    assert cache is not None
    files = sorted(p.name for p in cache.iterdir())
    assert len(files) >= 10
    compile_all(tmp_path / "second" / "templates", monkeypatch)
    assert sorted(p.name for p in cache.iterdir()) == files


def test_an_entry_of_other_source_is_compiled_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    for place, text in (("old", "old {{ 1 }}"), ("new", "new {{ 2 }}")):
        (tmp_path / place / "nl").mkdir(parents=True)
        (tmp_path / place / "nl" / "t.j2").write_text(text, encoding="utf-8")
    for place, expected in (("old", "old 1"), ("new", "new 2"), ("old", "old 1")):
        env = SandboxedEnvironment(
            loader=FileSystemLoader(tmp_path / place / "nl"),
            bytecode_cache=PortableBytecodeCache(str(cache), Language.NL),
        )
        assert env.get_template("t.j2").render() == expected
    assert len(list(cache.iterdir())) == 1


def _bucket(tmp_path: Path, text: str) -> tuple[SandboxedEnvironment, PortableBytecodeCache]:
    (tmp_path / "nl").mkdir(exist_ok=True)
    (tmp_path / "nl" / "t.j2").write_text(text, encoding="utf-8")
    (tmp_path / "cache").mkdir(exist_ok=True)
    cache = PortableBytecodeCache(str(tmp_path / "cache"), Language.NL)
    env = SandboxedEnvironment(loader=FileSystemLoader(tmp_path / "nl"), bytecode_cache=cache)
    return env, cache


def test_a_cached_entry_reads_as_jinja_reads_it(tmp_path: Path) -> None:
    env, cache = _bucket(tmp_path, "Hallo {{ name }}")
    env.get_template("t.j2")  # compiles and writes the entry
    source = (tmp_path / "nl" / "t.j2").read_text(encoding="utf-8")
    ours = cache.get_bucket(env, "t.j2", None, source)
    theirs = Bucket(env, ours.key, ours.checksum)
    with open(cache._get_cache_filename(theirs), "rb") as cached:
        theirs.load_bytecode(cached)  # Jinja's own reading
    assert ours.code is not None and ours.code == theirs.code
    fresh = SandboxedEnvironment(loader=FileSystemLoader(tmp_path / "nl"), bytecode_cache=cache)
    assert fresh.get_template("t.j2").render(name="Els") == "Hallo Els"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut off while written
        lambda data: b"",
        lambda data: b"j3" + data[2:],  # another Jinja's header
        lambda data: data[:-40] + b"\x00" * 40,
        lambda data: data.replace(b"j2", b"j2", 1)[:30] + b"garbage" * 100,
    ],
)
def test_a_damaged_entry_is_compiled_again(tmp_path: Path, damage: Any) -> None:
    env, cache = _bucket(tmp_path, "Hallo {{ name }}")
    env.get_template("t.j2")
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(damage(entry.read_bytes()))
    fresh = SandboxedEnvironment(loader=FileSystemLoader(tmp_path / "nl"), bytecode_cache=cache)
    assert fresh.get_template("t.j2").render(name="Els") == "Hallo Els"


def test_an_entry_of_an_older_source_is_not_used(tmp_path: Path) -> None:
    env, cache = _bucket(tmp_path, "Hallo {{ name }}")
    env.get_template("t.j2")
    source = "Dag {{ name }}"
    bucket = cache.get_bucket(env, "t.j2", None, source)
    assert bucket.code is None  # the entry holds another source's code
