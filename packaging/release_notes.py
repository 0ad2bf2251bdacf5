"""The notes of a release, from CHANGELOG.md, after checking that the tag is the release.

    python packaging/release_notes.py v1.2.3 > notes.md

The release workflow (.github/workflows/release.yml) runs this before it publishes: a
tag must name the program's version (``wizard.__version__``, the one place it is
kept), and the changelog's top heading must be that version with its release date
rather than "unreleased". Exit code 2, with one line saying what to fix, otherwise.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard import __version__  # noqa: E402

# "## [1.2.3] - 2026-12-06" or "## [1.2.3] - unreleased"
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2}|unreleased)$")


class NotReleasable(Exception):
    pass


def versions(changelog: str) -> list[tuple[str, str]]:
    """Each release heading's version and date ("unreleased" until released), in order."""
    return [
        (found["version"], found["date"])
        for line in changelog.splitlines()
        if (found := HEADING.match(line))
    ]


def notes(changelog: str, tag: str, version: str = __version__) -> str:
    """The text under the tag's heading; refused unless the tag is ``version`` released."""
    if tag.removeprefix("v") != version:
        raise NotReleasable(f"the tag {tag} is not the program's version {version}")
    listed = versions(changelog)
    if not listed or listed[0][0] != version:
        raise NotReleasable(f"CHANGELOG.md does not start with version {version}")
    if listed[0][1] == "unreleased":
        raise NotReleasable(f"CHANGELOG.md: put the release date in the heading of {version}")
    section = changelog.split(f"## [{version}]", 1)[1].split("\n", 1)[1]
    return section.split("\n## [", 1)[0].strip() + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: release_notes.py TAG", file=sys.stderr)
        return 2
    try:
        print(notes((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), argv[0]), end="")
    except NotReleasable as refusal:
        print(f"release_notes.py: {refusal}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
