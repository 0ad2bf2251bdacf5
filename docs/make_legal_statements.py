"""docs/legal-statements.md, generated from the register of legal statements.

    python docs/make_legal_statements.py           write docs/legal-statements.md
    python docs/make_legal_statements.py --check   exit 1 when that file is out of date

The register is ``wizard/content/law.py``; each release that corrects a statement gives
it a new revision with the reason, and this page lists them per release.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.content.law import register_markdown  # noqa: E402

TARGET = ROOT / "docs" / "legal-statements.md"


def main(argv: list[str]) -> int:
    text = register_markdown()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python docs/make_legal_statements.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
