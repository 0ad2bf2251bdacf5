"""A micro business through the real window: how much she reads, clicks and types.

    .venv/bin/python benchmarks/micro_walk.py [--zoom 2] [--shots DIR] [--language nl]

Walks the owner of a hair salon with four employees (Instagram, Facebook and WhatsApp
Business, no HR or IT person) from the welcome page to her Word documents, as a person
does it: a mouse click on a field or button, then every key to whatever widget has the
keyboard focus (``QApplication.focusWidget()``). It runs on an X server: the session's
own (``DISPLAY``), or else a private Xvfb with the openbox window manager at 1366×768,
which it starts and stops itself (``apt install xvfb openbox``). On the way it counts:

- screens: the pages she sees;
- questions shown: question blocks visible on each page (the channel table counts as
  one question; "More choices" folded away does not count, as she need not open it);
- answers changed: the answers she gives;
- clicks and keystrokes;
- words shown: the words of every visible label on the pages she sees (questions,
  hints, notes, page titles, the review page's lines), each label once; not the preview,
  the menus or the step row. "with options" adds the texts of option buttons, check
  boxes and push buttons.

Prints a table with each figure beside its goal (issue 20: 30 questions, 25 clicks,
600 words) and exits 1 when one is missed. Not part of the test suite; the figures are
in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOALS = {"questions shown": 30, "clicks": 25, "words shown": 600}


def start_x_server(size: str = "1366x768") -> list[subprocess.Popen[bytes]]:
    """A private Xvfb with openbox, so windows get activated and focus behaves."""
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if missing:
        sys.exit(f"no DISPLAY and {', '.join(missing)} missing: apt install xvfb openbox")
    display = next(n for n in range(70, 99) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    os.environ["DISPLAY"] = f":{display}"
    manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    return [manager, server]


class Walk:
    """The salon owner's walk, with her counts."""

    def __init__(self, window: Any, shots: Path | None) -> None:
        self.window = window
        self.shots = shots
        self.clicks = 0
        self.keys = 0
        self.answers = 0
        self.screens: list[str] = []
        self.questions: dict[str, int] = {}
        self.labels: dict[str, dict[int, str]] = {}
        self.everything: dict[str, dict[int, str]] = {}
        self.print_texts = False

    # --- input as a person gives it -----------------------------------------------------

    def wait(self, ms: int = 60) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)

    def click(self, name: str, *, answer: bool = False) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QWidget

        widget = self.window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.isVisible() and widget.isEnabled(), f"{name} cannot be clicked"
        self.window.wizard.currentPage().findChild(QWidget)  # the page is current
        scroll = getattr(self.window.wizard.currentPage(), "scroll_area", None)
        if scroll is not None and scroll.isAncestorOf(widget):
            scroll.ensureWidgetVisible(widget)
            self.wait(30)
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        self.clicks += 1
        self.answers += answer
        self.wait()

    def type(self, text: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        for character in text:
            target = QApplication.focusWidget()
            assert target is not None, "nothing has the focus"
            if character.isascii():
                QTest.keyClicks(target, character)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
                    QApplication.sendEvent(target, event)
            self.keys += 1
            self.wait(5)
        self.answers += 1
        self.wait(300)

    # --- what she sees --------------------------------------------------------------------

    def look(self, name: str) -> None:
        """Count the page's visible questions and words; take a screenshot.

        A page counts as it stands when she leaves it (its last look): she reads from the
        top, and the size, the third question, folds away what already fits.
        """
        from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

        self.wait(400)
        page = self.window.wizard.currentPage()
        if name not in self.screens:
            self.screens.append(name)
        bindings = getattr(page, "bindings", {})
        shown = [b for b in bindings.values() if b.block is not None and b.block.isVisible()]
        questions = len(shown) + (1 if name == "channels" else 0)  # the table is one
        boxes = [w for w in page.findChildren(QWidget) if w.objectName().endswith(".myself")]
        questions += sum(1 for box in boxes if box.isVisible())
        plan = getattr(page, "fold_widgets", {}).get("governance.plan")
        questions += 1 if plan and plan[0].isVisible() else 0
        self.questions[name] = questions
        labels: dict[int, str] = {}
        everything: dict[int, str] = {}
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if not widget.isVisible():
                continue
            text = re.sub(r"<[^>]+>|&nbsp;|&\w+;", " ", widget.text()).replace("&", "")
            text = " ".join(text.split())
            if not text:
                continue
            if self.answers_summary(widget):
                continue  # her own answers read back, not text to read
            everything[id(widget)] = text
            if isinstance(widget, QLabel):
                labels[id(widget)] = text
        self.labels[name] = labels
        self.everything[name] = everything
        if self.print_texts:
            for text in labels.values():
                print(f"  [{name}] {text}")
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            screen = QApplication.primaryScreen()
            shot = self.shots / f"{len(self.screens):02d}-{name}.png"
            screen.grabWindow(0).save(str(shot))

    @staticmethod
    def answers_summary(widget: Any) -> bool:
        """A line of the review page's list of answers ("Sector: Algemeen")."""
        return str(widget.objectName()).startswith("review.answers.")

    def words(self) -> int:
        """Words of the labels: questions, hints, notes, page titles, review lines."""
        return sum(len(t.split()) for texts in self.labels.values() for t in texts.values())

    def all_words(self) -> int:
        return sum(len(t.split()) for texts in self.everything.values() for t in texts.values())

    def next_page(self) -> None:
        self.click("wizard.next")


def walk(window: Any, shots: Path | None, out: Path, *, texts: bool = False) -> Walk:
    from ui.welcome import PageId

    me = Walk(window, shots)
    me.print_texts = texts
    me.look("welcome")
    me.click("welcome.new")
    me.look("organisation")
    me.click("organisation.name")
    me.type("Kapsalon Knip")
    me.click("organisation.size.micro", answer=True)
    me.click("organisation.policy_owner.name")
    me.type("Sanne de Boer")
    me.click("organisation.policy_owner.role")
    me.type("eigenaar")
    me.click("organisation.myself", answer=True)
    me.look("organisation")
    me.next_page()
    me.look("channels")
    for channel in ("instagram", "facebook", "whatsapp"):
        me.click(f"channels.{channel}", answer=True)
        me.click(f"channels.{channel}.official_account", answer=True)
    me.look("channels")
    for name in ("markets", "confidentiality", "behaviour", "technical", "governance"):
        me.next_page()
        me.look(name)
    me.next_page()
    assert window.wizard.currentId() == PageId.REVIEW, "a page was not complete"
    me.look("review")
    me.click("review.folder")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    me.keys += 1
    me.type(str(out))
    me.answers -= 1  # where to save is no answer
    me.click("review.export")
    review = window.wizard.review
    deadline = time.monotonic() + 60
    while review.job is not None and time.monotonic() < deadline:
        me.wait(100)
    me.look("review")
    return me


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zoom", type=float, default=1.0, help="text size: 1 or 2")
    parser.add_argument("--shots", type=Path, help="save a screenshot of each page here")
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    parser.add_argument("--texts", action="store_true", help="print every text counted")
    args = parser.parse_args()
    started = [] if os.environ.get("DISPLAY") else start_x_server()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    home = Path(tempfile.mkdtemp(prefix="micro-walk-"))
    os.environ["POLICY_BUILDER_HOME"] = str(home)  # the user's own settings stay apart
    try:
        from PySide6.QtWidgets import QApplication

        import main as program
        from wizard.answers.model import Language

        app = QApplication.instance() or QApplication([])
        window = program.create_window([])
        window.set_language(Language(args.language))
        window.show()
        window.activateWindow()
        while not (window.built and window.isActiveWindow()):
            app.processEvents()
        if args.zoom != 1:
            # As Ctrl++ does: the text so many points larger (at most twice its size).
            base = app.font().pointSizeF()
            window.apply_font_size(round(base * (args.zoom - 1)))
        me = walk(window, args.shots, home / "documents", texts=args.texts)
        written = sorted(p.name for p in (home / "documents").glob("*.docx"))
        figures = {
            "screens": len(me.screens),
            "questions shown": sum(me.questions.values()),
            "answers changed": me.answers,
            "clicks": me.clicks,
            "keystrokes": me.keys,
            "words shown": me.words(),
            "with options": me.all_words(),
        }
        print(f"micro business walk ({args.language}, text ×{args.zoom:g}):")
        missed = False
        for name, value in figures.items():
            goal = GOALS.get(name)
            verdict = "" if goal is None else ("  ok" if value <= goal else "  MISSED")
            missed = missed or verdict == "  MISSED"
            target = "" if goal is None else f"goal ≤ {goal}"
            print(f"  {name:<16} {value:>5}  {target}{verdict}")
        print(f"  documents        {', '.join(written) or 'none written'}")
        for name in me.screens:
            words = sum(len(t.split()) for t in me.labels[name].values())
            print(f"  {name:<16} {me.questions[name]:>3} questions {words:>4} words")
        window.store.set_modified(False)
        window.close()
        return 1 if missed or not written else 0
    finally:
        for process in started:
            process.terminate()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
