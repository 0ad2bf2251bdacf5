"""The main window: the wizard on the left, the live preview on the right.

The window shows its first page before anything that needs the answer model exists:
pydantic's validators, the question pages and the preview take longer to build than
the rest of the window together. They are built right after the first paint (or at
once, when something needs them sooner; see ``MainWindow.finish_building``), so the
modules behind them are imported inside the methods that use them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Qt's namespace as QtCore.Qt, reached when used: importing ``Qt`` would build all
# its enums (some 25 ms), which the first paint does without (a test checks).
from PySide6 import QtCore
from PySide6.QtCore import QSignalBlocker, QSize, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

# Dialogs are imported where they are shown: PySide builds a class's enums when it is
# first imported, and the first page should not wait for them.
from ui import strings
from ui.qt_language import QtLanguage
from ui.settings import Settings, data_folder, documents_folder, start_folder
from ui.steps import StepFrame
from ui.strings import tr
from ui.welcome import PageId, WelcomePage
from wizard.language import Language
from wizard.paths import PROJECT_SUFFIX

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from ui.answers import AnswerStore
    from ui.autosave import Autosaver
    from ui.fields import FormPage
    from ui.help import HelpDialog
    from ui.preview import PreviewPanel
    from ui.review import ReviewPage
    from ui.workshop import DecisionLog, NoteDialog
    from wizard.files import FileState


# How questions and preview share the window's width.
SPLIT = (5, 4)
# From this text size (times the normal one) the preview steps aside by itself.
PREVIEW_ASIDE = 1.5


def style_sheet(point_size: float, *, sized: bool) -> str:
    """The window's look at a text size; check boxes and radio buttons grow with the text.

    ``sized`` sets the size on every widget too: inside a window with a style sheet, Qt
    resolves fonts through the sheet, so a changed application font alone would not reach
    them. Polishing every widget against a sheet is slow, so it is set once per size.
    """
    indicator = max(13, round(point_size * 1.45))
    # A number box's arrows grow with the text too: at twice the size they were a sliver
    # beside the number, and squashed flat once the focus border was drawn.
    arrows = max(16, round(point_size * 1.3))
    # A check box's size counts the larger indicator (Qt asks the sheet for its width);
    # the room its label needs beside the measured letters is ui.buttons' to give.
    rules = f"""
QLabel[role="title"] {{ font-weight: bold; }}
QLabel[role="pagetitle"] {{ font-weight: bold; font-size: {point_size * 1.3:.1f}pt; }}
QLabel[role="help"] {{ color: #56616b; }}
QLabel[role="error"] {{ color: #b3261e; }}
QLabel[role="warning"] {{ color: #8a5300; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid #b3261e; }}
QLineEdit[unreadable="true"] {{ border: 1px solid #b3261e; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QCheckBox, QRadioButton {{ padding: 2px 4px; }}
QCheckBox:focus, QRadioButton:focus {{ background: #b9d3f3; border-radius: 3px; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid #1a5fb4; }}
QPushButton {{
    border: 1px solid #8b96a1; border-radius: 4px; padding: 4px 10px; background: #f3f5f7;
}}
QPushButton:hover {{ background: #e6ecf2; }}
QPushButton:pressed, QPushButton:checked {{ background: #d5dee8; }}
QPushButton:disabled {{ color: #8c949b; border-color: #c4cad0; background: #f3f5f7; }}
QPushButton:focus {{ border: 2px solid #1a5fb4; padding: 3px 9px; background: #dfeafa; }}
QComboBox:focus, QSpinBox:focus, QAbstractSpinBox:focus {{ border: 2px solid #1a5fb4; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: {arrows}px; }}
QAbstractItemView:focus {{ border: 2px solid #1a5fb4; }}
QToolButton:focus {{ border: 2px solid #1a5fb4; border-radius: 3px; background: #dfeafa; }}
QLabel[link="true"]:focus {{ border: 2px solid #1a5fb4; background: #e8f0fb; }}
QToolButton[note="true"] {{ background: #fff1b8; border: 1px solid #b08a00; border-radius: 3px; }}
"""
    if sized:
        rules += f"QWidget {{ font-size: {point_size:.1f}pt; }}\n"
    return rules


def _show_question(area: QWidget, content: QWidget, field: QWidget) -> None:
    """Scroll ``area`` so that as much of the question ``field`` answers is in view as
    fits: its title, and below the field its help text and warning, which say what to
    type and that it may stay empty. At twice the text size the field alone came into
    view, its help cut off under the edge of the page.

    The whole question when it fits; else the field and what follows it, as far as it
    fits. A field outside a question (a table's) is left to the caller.
    """
    block = field.parentWidget()
    while block is not None and block is not content and not block.objectName().endswith(".block"):
        block = block.parentWidget()
    if block is None or block is content or not block.isVisible():
        return
    room = area.viewport().height() - 40  # type: ignore[attr-defined]
    origin = QtCore.QPoint(0, 0)
    top = block.mapTo(content, origin).y()
    bottom = top + block.height()
    if bottom - top > room:
        top = field.mapTo(content, origin).y()
        bottom = min(bottom, top + room)
    x = field.mapTo(content, origin).x()
    area.ensureVisible(x, (top + bottom) // 2, 20, (bottom - top) // 2 + 20)  # type: ignore[attr-defined]


class PolicyWizard(StepFrame):
    """The question pages, one at a time, beside the preview.

    It starts with the welcome page alone; ``add_question_pages`` adds the rest. Asking
    for the pages before then builds them (through ``build``).
    """

    def __init__(self, build: Callable[[], None]) -> None:
        super().__init__()
        self._build = build
        self._form_pages: list[FormPage] = []
        self._review: ReviewPage | None = None
        self.welcome = WelcomePage()
        self.setPage(PageId.WELCOME, self.welcome)
        # Next on the welcome page before the questions exist: build them first.
        self.set_before_next(self._build)

    def add_question_pages(self, store: AnswerStore, settings: Settings) -> None:
        from ui.pages import (
            BehaviourPage,
            ChannelsPage,
            ConfidentialityPage,
            GovernancePage,
            MarketsPage,
            OrganisationPage,
            TechnicalPage,
        )
        from ui.review import ReviewPage

        self._form_pages = [
            OrganisationPage(store),
            ChannelsPage(store),
            MarketsPage(store),
            ConfidentialityPage(store),
            BehaviourPage(store),
            TechnicalPage(store),
            GovernancePage(store),
        ]
        self._review = ReviewPage(
            store,
            settings.export_folder or str(documents_folder()),
            remembered=bool(settings.export_folder),
            settings=settings,
        )
        for page_id, page in zip(list(PageId)[1:-1], self._form_pages, strict=True):
            page.add_page_note()
            self.setPage(page_id, page)
        self.setPage(PageId.REVIEW, self._review)

    @property
    def form_pages(self) -> list[FormPage]:
        if not self._form_pages:
            self._build()
        return self._form_pages

    @property
    def review(self) -> ReviewPage:
        if self._review is None:
            self._build()
        assert self._review is not None, "building the window adds the review page"
        return self._review

    def page_key(self) -> str:
        page = self.currentPage()
        return str(getattr(page, "page_key", "welcome"))

    def retranslate(self) -> None:
        self.welcome.retranslate()
        for page in self._form_pages:
            page.retranslate()
        if self._review is not None:
            self._review.retranslate()
        super().retranslate()


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings or Settings()
        self._store: AnswerStore | None = None
        self._autosaver: Autosaver | None = None
        self._preview: PreviewPanel | None = None
        self._restore_when_built = False
        self._shown = False
        self._checking_disk = False
        self._disk_asked: FileState | None = None  # the change on disk asked about already
        self._said_settings_unkept = False
        self.help_dialog: HelpDialog | None = None
        self.note_dialog: NoteDialog | None = None
        self.decision_log: DecisionLog | None = None
        # Added to the splitter, the wizard (a dialog) becomes a child widget: Qt drops
        # the window type when a widget gets a parent.
        self.wizard = PolicyWizard(self.finish_building)
        # A blank panel holds the preview's place until it is built, so nothing moves.
        self._preview_slot = QWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.wizard)
        self.splitter.addWidget(self._preview_slot)
        for index, share in enumerate(SPLIT):
            self.splitter.setStretchFactor(index, share)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._qt_language = QtLanguage(self)
        self._base_point_size: float | None = None  # read when first needed
        # At one and a half times the normal text and more, the questions need the whole
        # width of a laptop screen: the preview steps aside until asked for (Ctrl+P).
        self._preview_aside = False
        self._texts: dict[str, QAction] = {}  # each menu action by the key of its text
        self._build_menus()
        self.wizard.helpRequested.connect(self.show_page_help)
        self.wizard.welcome.new_requested.connect(self.new_project)
        self.wizard.welcome.open_requested.connect(
            lambda path: self.open_project(Path(path) if path else None)
        )
        self.wizard.welcome.example_requested.connect(
            lambda path: self.start_from_example(Path(path))
        )
        self.wizard.welcome.clients_requested.connect(self.choose_clients_folder)
        self.set_language(self.settings.language)
        self.preview_action.setChecked(self.settings.preview_visible)
        self._preview_slot.setVisible(self.settings.preview_visible)
        # After the preview's own setting: at a large size it steps aside (_step_aside).
        self.apply_font_size(self.settings.font_size)  # sets the style sheet too
        self.wizard.welcome.set_recent(self.settings.recent, self.settings.recent_names)
        self.resize(self._first_size())
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        self.wizard.restart()
        # There from the start: a status bar that appeared with the first message moved
        # the Back and Next buttons from under the mouse.
        self.statusBar().setSizeGripEnabled(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused)
        # The first page is on screen: build the rest as soon as it is.
        self.wizard.welcome.first_painted.connect(
            lambda: QTimer.singleShot(0, self, self.finish_building)
        )

    def _first_size(self) -> QSize:
        """1280 by 800 where the screen has room; on a smaller screen, nearly all of it.

        A fixed size would hang over the edge of a 1366 by 768 laptop screen; much less
        than the whole width would squeeze the channel table.
        """
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1280, 800)
        room = screen.availableGeometry()
        return QSize(min(1280, room.width() * 24 // 25), min(800, room.height() * 9 // 10))

    # --- the parts built after the first paint ---------------------------------------------

    def finish_building(self) -> None:
        """Build the answers, the question pages, the preview and autosave; once."""
        if self._store is not None:
            return
        from ui.answers import AnswerStore
        from ui.autosave import Autosaver
        from ui.preview import PreviewPanel

        store = self._store = AnswerStore(self)
        self._autosaver = Autosaver(store, data_folder(), parent=self)
        self.wizard.add_question_pages(store, self.settings)
        preview = self._preview = PreviewPanel(store)
        preview.page = self.wizard.page_key()  # the welcome page, mostly
        # At a large text size from the start it has already stepped aside (_step_aside).
        preview.setVisible(self.settings.preview_visible and not self._preview_aside)
        sizes = self.splitter.sizes()
        self.splitter.replaceWidget(1, preview)
        self.splitter.setSizes(sizes)
        self._preview_slot.deleteLater()
        if self.settings.clients_folder:
            # The folder shown last time, once the first page is on screen.
            self.wizard.welcome.show_clients(self.settings.clients_folder)
        store.modified_changed.connect(lambda _m: self._update_title())
        store.replaced.connect(self._update_title)
        store.changed.connect(self._name_changed)
        self.wizard.currentIdChanged.connect(self._page_changed)
        preview.hide_requested.connect(lambda: self.preview_action.setChecked(False))
        self._autosaver.saved.connect(
            lambda when: self.statusBar().showMessage(tr("status.autosaved", time=when), 4000)
        )
        self.wizard.review.folder.editingFinished.connect(self._remember_export_folder)
        self.wizard.review.question_requested.connect(self.show_question)
        for page in self.wizard.form_pages:
            page.note_requested.connect(self.open_note)
        store.new_project(strings.language())
        # Back at the window after working elsewhere: has the project changed on disk?
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state_changed)
        self._order_tab_chain()
        self.retranslate()
        if self._restore_when_built:
            self._restore_when_built = False
            QTimer.singleShot(0, self, self.offer_restore)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the field that got the focus into view, also after an Alt+letter."""
        if new is None or not self.isAncestorOf(new):
            return
        self._scroll_to(new)
        # A page that was just shown gets its final sizes only now: scroll once more then.
        QTimer.singleShot(0, new, lambda: self._scroll_to(new) if new.hasFocus() else None)

    def _scroll_to(self, new: QWidget) -> None:
        parent = new.parentWidget()
        while parent is not None and parent is not self:
            # By class name: importing QScrollArea here would slow the first paint.
            if parent.inherits("QScrollArea"):
                content = parent.widget()  # type: ignore[attr-defined]
                if content is not None and content.isAncestorOf(new):
                    _show_question(parent, content, new)
                    parent.ensureWidgetVisible(new, 20, 20)  # type: ignore[attr-defined]
                # On: a table that scrolls sideways sits in a page that scrolls down.
            parent = parent.parentWidget()

    def _order_tab_chain(self) -> None:
        """Tab: the page's questions, then Help, Back and Next, and only then the preview."""
        from ui.focus_chain import focus_chain

        stack = self.wizard.stack
        last: QWidget = stack
        for widget in focus_chain(stack):  # a ring through every widget of the window
            if stack.isAncestorOf(widget):
                last = widget
        preview = self.preview
        chain = [
            last,
            self.wizard.help_button,
            self.wizard.back_button,
            self.wizard.next_button,
            preview.document,
            preview.language,
            preview.hide_button,
            preview.browser,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def built(self) -> bool:
        return self._store is not None

    @property
    def store(self) -> AnswerStore:
        self.finish_building()
        assert self._store is not None
        return self._store

    @property
    def autosaver(self) -> Autosaver:
        self.finish_building()
        assert self._autosaver is not None
        return self._autosaver

    @property
    def preview(self) -> PreviewPanel:
        self.finish_building()
        assert self._preview is not None
        return self._preview

    # --- menus -------------------------------------------------------------------------

    def _action(
        self,
        menu: QMenu,
        key: str,
        slot: Any,
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(f"action.{key}")
        self._texts[key] = action
        # A standard key gets every binding of the platform. Building key sequences from
        # text only: other overloads make PySide build all of Qt's enums (25 ms at start).
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self._action(self.file_menu, "menu.new", self.new_project, QKeySequence.StandardKey.New)
        self._action(
            self.file_menu,
            "menu.open",
            lambda: self.open_project(None),
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(self.file_menu, "menu.new_from", self.new_from_project)
        self.file_menu.addSeparator()
        self._action(self.file_menu, "menu.save", self.save, QKeySequence.StandardKey.Save)
        self._action(self.file_menu, "menu.save_as", self.save_as, "Ctrl+Shift+S")
        self.file_menu.addSeparator()
        self._action(self.file_menu, "menu.import_edits", self.import_word_edits)
        self.file_menu.addSeparator()
        self._action(self.file_menu, "menu.quit", self.close, QKeySequence.StandardKey.Quit)
        self.view_menu = bar.addMenu("")
        self.preview_action = self._action(self.view_menu, "menu.preview", None, "Ctrl+P")
        self.preview_action.setCheckable(True)
        # Toggled, not triggered: the preview's own Hide button unticks the action too,
        # and menu, button and setting must stay in step.
        self.preview_action.toggled.connect(self._toggle_preview)
        self.view_menu.addSeparator()
        zoom_in = self._action(
            self.view_menu, "menu.zoom_in", lambda: self.zoom(1), QKeySequence.StandardKey.ZoomIn
        )
        zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self._action(
            self.view_menu, "menu.zoom_out", lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self._action(self.view_menu, "menu.zoom_reset", lambda: self.apply_font_size(0), "Ctrl+0")
        # Workshop: notes and the decision log, from any page (ui/workshop.py).
        self.workshop_menu = bar.addMenu("")
        self._action(self.workshop_menu, "menu.note", self.open_note, "Ctrl+Shift+N")
        self._action(self.workshop_menu, "menu.decisions", self.open_decisions, "Ctrl+D")
        self._action(self.workshop_menu, "menu.acknowledgements", self.open_acknowledgements)
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[Language, QAction] = {}
        for language, name in ((Language.NL, "Nederlands"), (Language.EN, "English")):
            action = QAction(name, self)
            action.setObjectName(f"action.language.{language.value}")
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, lang=language: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self.help_menu = bar.addMenu("")
        self._action(
            self.help_menu,
            "menu.help_page",
            self.show_page_help,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(self.help_menu, "menu.about", self.show_about)

    def new_from_project(self) -> bool:
        """A new client from the open project (``new-from``): answers and clause edits
        kept, the client's people, logo, notes, decisions and versions cleared; the new
        project is untitled, so Save asks where."""
        from wizard.answers.reuse import new_from

        if not self._organisation_name():
            return False  # nothing to start from yet
        name = self.ask_new_client_name()
        if not name:
            return False
        if not self.maybe_save():
            return False
        source = self.store.draft
        base = self.store.path.parent if self.store.path else None
        draft, cleared = new_from(source, name, base)
        self.autosaver.clear()
        self.store.replace(draft, None)
        self.wizard.go_to(PageId.ORGANISATION)
        language = strings.language()
        lines = "\n".join(f"• {item.text(language)}" for item in cleared)
        self.show_new_from_report(
            tr("new_from.done", name=name) + ("\n\n" + tr("new_from.cleared") + "\n" + lines)
            if cleared
            else tr("new_from.done", name=name)
        )
        return True

    def ask_new_client_name(self) -> str:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, tr("new_from.title"), tr("new_from.name"))
        return name.strip() if ok else ""

    def show_new_from_report(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, tr("new_from.title"), text)

    def choose_clients_folder(self) -> None:
        """Show a folder of clients on the welcome page; it is shown again next time."""
        folder = self.ask_clients_folder()
        if folder:
            self.settings.clients_folder = folder
            self.wizard.welcome.show_clients(folder)

    def ask_clients_folder(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(
            self, tr("welcome.clients.title"), self.settings.clients_folder or str(start_folder())
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent
        if not recent:
            empty = self.recent_menu.addAction(tr("menu.recent.empty"))
            empty.setEnabled(False)
        names = self.settings.recent_names
        for path in recent:
            name = names.get(path)
            action = self.recent_menu.addAction(f"{name} — {path}" if name else path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(Path(p)))

    # --- language, size, preview ----------------------------------------------------------

    def set_language(self, language: Language) -> None:
        strings.set_language(language)
        self.settings.language = language
        self._qt_language.apply(language)  # Qt's own dialogs and menus
        self.language_actions[language].setChecked(True)
        if self._store is not None:
            self._store.follow_interface_language(language)
        # A passing message ("Opened: …") was written in the old language; let it go.
        self.statusBar().clearMessage()
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(tr("menu.file"))
        self.recent_menu.setTitle(tr("menu.recent"))
        self.view_menu.setTitle(tr("menu.view"))
        self.workshop_menu.setTitle(tr("menu.workshop"))
        self.language_menu.setTitle(tr("menu.language"))
        self.help_menu.setTitle(tr("menu.help"))
        for key, action in self._texts.items():
            action.setText(tr(key))
        self.wizard.retranslate()
        if self._preview is not None:
            self._preview.retranslate()
            self._preview.schedule()
        self._update_title()

    def apply_font_size(self, delta: int) -> None:
        """The text ``delta`` points larger than normal: at most twice the normal size."""
        font = QApplication.font()
        if self._base_point_size is None:
            self._base_point_size = font.pointSizeF()
        delta = max(-4, min(round(self._base_point_size), delta))
        self.settings.font_size = delta
        size = max(6.0, self._base_point_size + delta)
        if size != font.pointSizeF():
            # Dialogs follow the application font. Inside the window a style sheet is
            # active, and Qt then resolves fonts through it, so the size is set there too.
            # (At the normal size at start nothing changes: telling every widget of a
            # font change would only delay the first paint.)
            font.setPointSizeF(size)
            QApplication.setFont(font)
            self.setFont(font)
            QTimer.singleShot(0, self, self._fit_screen)
        self.setStyleSheet(style_sheet(font.pointSizeF(), sized=bool(delta)))
        self._step_aside(size >= self._base_point_size * PREVIEW_ASIDE)
        if self._store is not None:
            # Sizes change with the text; options find their columns once it is laid out.
            QTimer.singleShot(0, self, self._reflow_pages)

    def _fit_screen(self) -> None:
        """Larger text never makes the window larger than the screen it is on."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        if frame.width() > room.width() or frame.height() > room.height():
            self.resize(
                min(self.width(), room.width() - extra_w),
                min(self.height(), room.height() - extra_h),
            )
            self.move(max(room.left(), self.x()), max(room.top(), self.y()))

    def _reflow_pages(self) -> None:
        for page in self.wizard.form_pages:
            page.reflow()

    def zoom(self, step: int) -> None:
        self.apply_font_size(self.settings.font_size + step)

    def _toggle_preview(self, visible: bool) -> None:
        if not self._preview_aside:
            # Shown or hidden at large text is for now; the choice kept is the normal one.
            self.settings.preview_visible = visible
        (self._preview or self._preview_slot).setVisible(visible)

    def _step_aside(self, large: bool) -> None:
        """The preview makes room for the questions at large text, and comes back after."""
        if large == self._preview_aside:
            return
        self._preview_aside = large
        visible = self.settings.preview_visible and not large
        blocker = QSignalBlocker(self.preview_action)
        self.preview_action.setChecked(visible)
        del blocker
        (self._preview or self._preview_slot).setVisible(visible)
        if large and self.settings.preview_visible:
            self.statusBar().showMessage(tr("status.preview_aside"), 10000)

    # --- title and pages -----------------------------------------------------------------

    def _project_name(self) -> str:
        store = self._store
        if store is not None and store.path is not None:
            return store.path.name
        name = str(store.get("organisation.name") or "").strip() if store is not None else ""
        return name or tr("app.untitled")

    def _update_title(self) -> None:
        store = self._store
        modified = store is not None and store.modified
        self.setWindowTitle(f"{self._project_name()}[*] — {tr('app.name')}")
        self.setWindowModified(modified)
        self.wizard.welcome.set_current(
            self._project_name() if modified or (store is not None and store.path) else ""
        )

    def _organisation_name(self) -> str | None:
        name = self.store.get("organisation.name")
        return name if isinstance(name, str) else None

    def _name_changed(self, key: str) -> None:
        if key in ("", "organisation.name"):
            self._update_title()

    def _page_id(self, key: str | None) -> PageId:
        """A page by its key; the first question page for an unknown or missing one."""
        for page_id in self.wizard.pageIds():
            if key and key != "welcome" and self.wizard.page(page_id).page_key == key:
                return PageId(page_id)
        return PageId.ORGANISATION

    def _page_changed(self, _page_id: int) -> None:
        self.autosaver.save_now()
        self.preview.set_page(self.wizard.page_key())
        self._remember_page()

    def _remember_page(self) -> None:
        path = self._store.path if self._store is not None else None
        if path is not None and self.wizard.page_key() != "welcome":
            self.settings.set_last_page(path, self.wizard.page_key())

    def show_question(self, key: str) -> None:
        """From the review page: the page that asks ``key``, with the focus on its answer."""
        if key.startswith("clauses."):
            # A warning about an edited clause: the clause editor, in the language to check.
            from ui.clause_edits import edit_from_warning

            edit_from_warning(self, self.store, key, strings.language())
            return
        from ui.review import show_question

        show_question(self.wizard, key)

    # --- workshop notes and decisions ----------------------------------------------------

    def open_note(self, key: str | None = None) -> None:
        """The note of ``key``; without one, of the question with the focus, else the page's."""
        from ui.fields import FormPage
        from ui.workshop import NoteDialog

        page = self.wizard.currentPage()
        if not isinstance(page, FormPage):
            return
        key = key or page.question_with_focus()
        if key is None:
            page.page_note.set_open(True)
            return
        dialog = NoteDialog(key, self.store, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.note_dialog = dialog
        # Closed, the keyboard is back at the question the note is about (the note icon
        # itself takes no focus; Qt would hand it to whatever had it last).
        dialog.finished.connect(lambda _result, p=page, k=key: self._focus_question(p, k))
        dialog.open()

    def _focus_question(self, page: QWidget, key: str) -> None:
        question = page.findChild(QWidget, key)
        if question is not None and question.isVisible():
            no_focus = question.focusPolicy() == QtCore.Qt.FocusPolicy.NoFocus
            if no_focus and question.focusProxy() is None:
                return
            question.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def open_decisions(self) -> None:
        from ui.workshop import DecisionLog

        if self.decision_log is None:
            self.decision_log = DecisionLog(self.store, self)
        self.decision_log.retranslate()
        self.decision_log.show()
        self.decision_log.raise_()
        self.decision_log.activateWindow()
        self.decision_log.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def open_acknowledgements(self) -> None:
        """The staff and their acknowledgements (ui/acknowledgements.py); modal, as every
        change is written to the register at once."""
        from ui.acknowledgements import AcknowledgementsDialog
        from ui.review import ReviewPage

        AcknowledgementsDialog(self.store, self).exec()
        review = self.wizard.page(PageId.REVIEW)
        if isinstance(review, ReviewPage):
            review.show_acknowledged()

    def show_page_help(self) -> None:
        """The page's help in a window of its own that wraps and scrolls; not modal."""
        from ui.help import HelpDialog

        key = self.wizard.page_key()
        questions = list(getattr(self.wizard.currentPage(), "bindings", {}))
        if self.help_dialog is not None:
            self.help_dialog.close()
        dialog = self.help_dialog = HelpDialog(self, key, questions)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "help_dialog", None))
        dialog.show()

    def choose_import_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.store.path.parent) if self.store.path else self.settings.export_folder
        path, _ = QFileDialog.getOpenFileName(
            self, tr("import.choose"), start or "", tr("import.filter")
        )
        return Path(path) if path else None

    def import_word_edits(self) -> bool:
        """File > Import edits from Word: into the open project's draft, to review and save."""
        from ui.import_word import import_from_word

        path = self.choose_import_path()
        if path is None:
            return False
        result = import_from_word(self, self.store, path, strings.language())
        if result is None or not result.any_change:
            return False
        # Show the document that came in, where its edits can be checked.
        self.preview_action.setChecked(True)
        self.preview.show_document(result.document, result.language)
        self.statusBar().showMessage(tr("import.status", name=path.name), 8000)
        return True

    def show_about(self) -> None:
        from ui.about import show_about

        show_about(self)

    # --- project files -------------------------------------------------------------------

    def ask_save_changes(self) -> str:
        """'save', 'discard' or 'cancel' (tests replace this dialog)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("dialog.unsaved.title"))
        box.setText(tr("dialog.unsaved.text", name=self._project_name()))
        save = box.addButton(tr("dialog.save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("dialog.discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("dialog.cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def maybe_save(self) -> bool:
        """True when it is safe to replace the current answers."""
        if self._store is None or not self._store.modified:
            return True
        choice = self.ask_save_changes()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def new_project(self) -> None:
        if not self.maybe_save():
            return
        self.autosaver.clear()
        self.store.new_project(strings.language())
        self.wizard.restart()
        self.wizard.next()

    def start_from_example(self, path: Path) -> bool:
        """A copy of an example as a new, untitled project: Save asks where, the example stays."""
        from ui.smallbiz import example_draft
        from wizard.answers.messages import ProjectError

        if not self.maybe_save():
            return False
        try:
            draft = example_draft(path)
        except ProjectError as error:
            language = strings.language()
            lines = "\n".join(problem.line(language) for problem in error.problems)
            self.show_error(tr("dialog.open_failed"), f"{path.name}:\n{lines}")
            return False
        self.autosaver.clear()
        self.store.replace(draft, None)
        self.wizard.restart()
        self.wizard.next()
        return True

    def choose_open_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, tr("dialog.open.title"), "", tr("dialog.filter")
        )
        return Path(path) if path else None

    def choose_save_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        proposed = documents_folder() / f"{self._project_name()}{PROJECT_SUFFIX}"
        start = str(self.store.path or proposed)
        path, _ = QFileDialog.getSaveFileName(
            self, tr("dialog.save.title"), start, tr("dialog.filter")
        )
        if not path:
            return None
        if not path.endswith(PROJECT_SUFFIX):
            path = path.removesuffix(".json") + PROJECT_SUFFIX
        return Path(path)

    def show_error(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, text)

    def open_project(self, path: Path | None) -> bool:
        from wizard.answers.draft import OPEN_IN_DRAFT, draft_from_raw, draft_problems
        from wizard.answers.messages import ProjectError, open_failure_text
        from wizard.answers.project_file import read_project_file

        if not self.maybe_save():
            return False
        path = path or self.choose_open_path()
        if path is None:
            return False
        try:
            read = read_project_file(path)
        except ProjectError as error:
            text = open_failure_text(path.name, error.problems, strings.language())
            self.show_error(tr("dialog.open_failed"), text)
            return False
        draft = draft_from_raw(read.raw)
        # The pages can repair a missing answer, a broken rule or a logo; a wrong type,
        # an unknown key or a value out of range cannot be shown faithfully, so such a
        # file is refused, as the command line refuses it, and nothing changes.
        unfixable = [p for p in draft_problems(draft, path.parent) if p.code not in OPEN_IN_DRAFT]
        if unfixable:
            text = open_failure_text(path.name, unfixable, strings.language())
            self.show_error(tr("dialog.open_failed"), text)
            return False
        self.autosaver.clear()
        self.store.replace(draft, path.resolve(), file_state=read.state)
        self._disk_asked = None
        self.settings.add_recent(path, self._organisation_name())
        self.wizard.welcome.set_recent(self.settings.recent, self.settings.recent_names)
        self.wizard.go_to(self._page_id(self.settings.last_page(path)))
        self.statusBar().showMessage(tr("status.opened", path=str(path)), 5000)
        return True

    def save(self) -> bool:
        if self.store.path is None:
            return self.save_as()
        # Before saving: has someone else written the file since it was read here?
        if self.disk_changed() is not None:
            return self.resolve_disk_change(saving=True)
        return self.write_project(self.store.path)

    def save_as(self) -> bool:
        path = self.choose_save_path()
        return self.write_project(path) if path else False

    def write_project(self, path: Path, *, overwrite: bool = False) -> bool:
        """Write the draft to ``path``, holding the project's lock.

        To the project's own file, the write is refused when the file on disk is no longer
        the one read or saved here (another writer came between), unless ``overwrite``:
        the user chose to replace it.
        """
        import contextlib
        import os

        from wizard.answers.draft import draft_bytes
        from wizard.answers.messages import holder_text, problem_from_os_error
        from wizard.files import FileChanged, FileState, atomic_write, write_target
        from wizard.lock import Locked, writing

        same = self.store.path is not None and path.resolve() == self.store.path
        expected = self.store.file_state if same and not overwrite else None
        data = draft_bytes(self.store.draft)
        try:
            with contextlib.ExitStack() as held:
                with contextlib.suppress(OSError):  # no lock file possible: the write says why
                    held.enter_context(writing(path, wait=3.0))
                atomic_write(path, data, unchanged_since=expected)
                state = FileState.of(data, os.stat(write_target(path)))
        except Locked as locked:
            holder = holder_text(locked.holder, strings.language())
            self.show_error(
                tr("dialog.save_failed"), tr("dialog.locked", name=path.name, holder=holder)
            )
            return False
        except FileChanged:
            # Changed between the check and the write: ask again, with the new state.
            return self.resolve_disk_change(saving=True)
        except OSError as error:
            problem = problem_from_os_error(error, path, writing=True)
            kept = "words.save_failed" if path.exists() else "words.save_failed.new"
            self.show_error(
                tr("dialog.save_failed"), tr(kept, reason=problem.line(strings.language()))
            )
            return False
        self.store.path = path.resolve()
        self.store.file_state = state
        self._disk_asked = None
        self.store.set_modified(False)
        self._remember_page()
        self.autosaver.clear()
        self.settings.add_recent(path, self._organisation_name())
        self.wizard.welcome.set_recent(self.settings.recent, self.settings.recent_names)
        self._update_title()
        open_count = len(self.store.problems())
        message = (
            tr("words.saved_one_open", path=str(path))
            if open_count == 1
            else tr("status.saved_incomplete", path=str(path), count=open_count)
            if open_count
            else tr("status.saved", path=str(path))
        )
        self.statusBar().showMessage(message, 6000)
        return True

    # --- another writer: the project changed on disk ----------------------------------------

    def disk_changed(self) -> FileState | None:
        """The file's state on disk when it differs from what this window read or wrote."""
        from wizard.files import changed_since

        store = self._store
        if store is None or store.path is None or store.file_state is None:
            return None
        return changed_since(store.path, store.file_state)

    def _application_state_changed(self, state: QtCore.Qt.ApplicationState) -> None:
        if state == QtCore.Qt.ApplicationState.ApplicationActive:
            # After the focus has settled: a dialog opened from inside this signal is
            # activated while the window is still being activated.
            QTimer.singleShot(0, self, self.check_disk)

    def check_disk(self) -> None:
        """On regaining the focus: ask what to do when the project changed on disk.

        Each change is asked about once; if the user puts it off (Esc), the question
        comes again before the next save.
        """
        if self._checking_disk or QApplication.activeModalWidget() is not None:
            return
        now = self.disk_changed()
        if now is None or now == self._disk_asked:
            return
        self._disk_asked = now
        self.resolve_disk_change(saving=False)

    def ask_disk_changed(self) -> str:
        """'reload', 'save_as', 'overwrite' or 'cancel' (tests replace this dialog)."""
        box, choices = self.disk_changed_question()
        box.exec()
        return choices.get(id(box.clickedButton()), "cancel")

    def disk_changed_question(self) -> tuple[QMessageBox, dict[int, str]]:
        """The question when the project changed on disk, and each button's choice."""
        from datetime import datetime

        from PySide6.QtWidgets import QMessageBox

        path = self.store.path
        try:
            moment = datetime.fromtimestamp(path.stat().st_mtime) if path else None
        except OSError:
            moment = None
        box = QMessageBox(self)
        box.setObjectName("disk_changed")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("dialog.disk_changed.title"))
        time = moment.strftime("%H:%M") if moment else "?"
        box.setText(tr("dialog.disk_changed.text", name=self._project_name(), time=time))
        reload = box.addButton(tr("dialog.disk_changed.reload"), QMessageBox.ButtonRole.ResetRole)
        save_as = box.addButton(
            tr("dialog.disk_changed.save_as"), QMessageBox.ButtonRole.AcceptRole
        )
        overwrite = box.addButton(
            tr("dialog.disk_changed.overwrite"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(tr("dialog.cancel"), QMessageBox.ButtonRole.RejectRole)
        # Nothing is lost by the safe choice: the user's version goes to another file.
        box.setDefaultButton(save_as)
        choices = {id(reload): "reload", id(save_as): "save_as", id(overwrite): "overwrite"}
        return box, choices

    def resolve_disk_change(self, *, saving: bool) -> bool:
        """Ask, then do what was chosen; True when the user's version was saved."""
        self._checking_disk = True
        try:
            choice = self.ask_disk_changed()
        finally:
            self._checking_disk = False
        if choice == "reload":
            self.reload_project()
            return False
        if choice == "save_as":
            return self.save_as()
        if choice == "overwrite" and self.store.path is not None:
            return self.write_project(self.store.path, overwrite=True)
        return False

    def reload_project(self) -> bool:
        """Read the project file again, on the page shown now; unsaved answers are dropped."""
        from wizard.answers.draft import OPEN_IN_DRAFT, draft_from_raw, draft_problems
        from wizard.answers.messages import ProjectError, open_failure_text
        from wizard.answers.project_file import read_project_file

        path = self.store.path
        if path is None:
            return False
        try:
            read = read_project_file(path)
            draft = draft_from_raw(read.raw)
            unfixable = [
                p for p in draft_problems(draft, path.parent) if p.code not in OPEN_IN_DRAFT
            ]
            if unfixable:
                raise ProjectError(unfixable)
        except ProjectError as error:
            text = open_failure_text(path.name, error.problems, strings.language())
            self.show_error(tr("dialog.open_failed"), text)
            return False
        page = self.wizard.currentId()
        self.store.replace(draft, path, file_state=read.state)
        self._disk_asked = None
        self.autosaver.clear()
        self.wizard.go_to(page if page >= 0 else self._page_id(None))
        self.statusBar().showMessage(tr("status.reloaded", path=str(path)), 6000)
        return True

    # --- crash recovery and closing -----------------------------------------------------

    def ask_restore(self, record: dict[str, Any]) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from ui.autosave import restore_question

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("dialog.restore.title"))
        box.setText(restore_question(record))
        restore = box.addButton(tr("dialog.restore.yes"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("dialog.restore.no"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        return box.clickedButton() is restore

    def offer_restore_when_built(self) -> None:
        """Offer to restore an autosave once the window is built (at start-up)."""
        if self._store is not None:
            self.offer_restore()
        else:
            self._restore_when_built = True

    def offer_restore(self) -> bool:
        from ui.autosave import recorded_state
        from wizard.answers.draft import draft_from_raw

        record = self.autosaver.pending()
        if record is None:
            self.autosaver.clear()
            return False
        if not self.ask_restore(record):
            self.autosaver.clear()
            return False
        project = record.get("project_path")
        self.store.replace(
            draft_from_raw(record["draft"]),
            Path(project) if project else None,
            modified=True,
            file_state=recorded_state(record),
        )
        self.wizard.restart()
        self.wizard.next()
        return True

    def _remember_export_folder(self) -> None:
        self.settings.export_folder = self.wizard.review.folder.text()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            # Questions and preview share the width as SPLIT says at first, whatever size
            # the window was given before it was shown; later the user's split stays.
            self._shown = True
            questions = self.splitter.width() * SPLIT[0] // sum(SPLIT)
            self.splitter.setSizes([questions, self.splitter.width() - questions])
            # After the window is on screen, so that the message has something behind it.
            QTimer.singleShot(0, self, self.say_if_settings_unkept)

    def say_if_settings_unkept(self) -> None:
        """Once, when the home or settings folder cannot be written: settings are not kept."""
        from PySide6.QtWidgets import QMessageBox

        from ui.settings import unkept_folders

        folders = unkept_folders(self.settings)
        if not folders or self._said_settings_unkept:
            return
        self._said_settings_unkept = True
        QMessageBox.information(
            self,
            tr("dialog.settings_unkept.title"),
            tr("dialog.settings_unkept.text", folders="\n".join(str(f) for f in folders)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self._autosaver is not None:
            self._autosaver.clear()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        event.accept()
