"""The README and the guides in docs/: short, linked, and standing alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PAGES = [README, ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]

# [text](target) and ![alt](target); a target ends at the first space or ')'.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
CODE_BLOCK = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def links(page: Path) -> list[str]:
    text = CODE_BLOCK.sub("", page.read_text(encoding="utf-8"))
    return LINK.findall(text)


def anchors(page: Path) -> set[str]:
    """The anchors GitHub makes of a page's headings."""
    text = CODE_BLOCK.sub("", page.read_text(encoding="utf-8"))
    found = set()
    for heading in re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


def test_the_readme_stays_short() -> None:
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 250


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_resolves_within_the_repository(page: Path) -> None:
    broken = []
    for target in links(page):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        missing = not file.is_relative_to(ROOT) or not file.exists()
        if missing or (anchor and file.suffix == ".md" and anchor not in anchors(file)):
            broken.append(target)
    assert not broken, f"{page.name}: links that lead nowhere: {broken}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_page_points_outside_the_repository(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "../shared" not in text
    assert "/work/" not in text


def test_the_readme_links_every_guide() -> None:
    targets = {target.partition("#")[0] for target in links(README)}
    for guide in (
        "user-guide.md",
        "command-line.md",
        "design.md",
        "performance.md",
        "releasing.md",
        "project-file.md",
        "reliability.md",
    ):
        assert f"docs/{guide}" in targets, guide
    assert "CHANGELOG.md" in targets


def test_the_command_line_guide_shows_every_command() -> None:
    from main import COMMANDS

    guide = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    for command in COMMANDS - {"-h", "--help"}:
        assert f"python main.py {command} " in guide, command
