"""Screenshots of the real window for the README and the user guide.

Made on the X server of the session when there is one (DISPLAY), offscreen otherwise;
offscreen, Qt's virtual screen is smaller than a laptop's and the window is kept within
it, so the pictures come out narrower.

    python docs/make_screenshots.py [FOLDER]

Opens an example project, switches the interface language, walks the pages and saves
each as PNG (default folder: docs/screenshots). Settings go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
os.environ["POLICY_BUILDER_HOME"] = tempfile.mkdtemp(prefix="policy-builder-shots-")

from PySide6.QtWidgets import QApplication  # noqa: E402

import main  # noqa: E402
from ui.welcome import PageId  # noqa: E402
from wizard.answers.model import Language  # noqa: E402

EXAMPLE = ROOT / "examples" / "de-linde-zorg.policy.json"


def shoot(
    folder: Path, languages: list[Language], pages: list[PageId], size: tuple[int, int]
) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    window = main.create_window([str(EXAMPLE)])
    window.resize(*size)
    window.show()
    saved = []
    for language in languages:
        window.set_language(language)
        for page in pages:
            window.wizard.go_to(page)
            window.preview.refresh_preview()
            app.processEvents()
            window.preview.scroll_to_page()
            app.processEvents()
            path = folder / f"{language.value}-{page.value}-{page.name.lower()}.png"
            window.grab().save(str(path))
            saved.append(path)
    window.store.set_modified(False)
    window.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    every = "--all" in sys.argv
    pages = list(PageId) if every else [PageId.ORGANISATION, PageId.CHANNELS, PageId.REVIEW]
    languages = [Language.NL, Language.EN] if every else [Language.EN]
    for path in shoot(target, languages, pages, (1280, 800)):
        print(path)
