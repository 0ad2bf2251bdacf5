"""The question pages, one per section of the project file (docs/project-file.md)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from ui import strings
from ui.answers import AnswerStore
from ui.buttons import CheckBox
from ui.dates import DateField
from ui.fields import FormPage
from ui.smallbiz import MyselfBox, add_advice
from ui.sticky_headings import StickyHeadings
from ui.strings import tr
from wizard.answers.advice import owner_value
from wizard.answers.defaults import Refit
from wizard.answers.draft import effective_framework
from wizard.answers.labels import field_label, value_label, value_labels
from wizard.answers.messages import Problem
from wizard.answers.model import ChannelId, EmployeePosting, PlanStepId


class OrganisationPage(FormPage):
    page_key = "organisation"
    prefixes = ("organisation",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        self.add_text("organisation.name", required=True)
        self._add_sector()
        self.add_choice("organisation.size", "size")
        self.refit_line = QLabel()
        self.refit_line.setObjectName("organisation.refit")
        self.refit_line.setWordWrap(True)
        self.refit_line.setProperty("role", "suggestion")
        self.refit_line.setTextFormat(Qt.TextFormat.RichText)
        self.refit_line.linkActivated.connect(lambda _link: store.undo_refit())
        # Undo is reached by Tab and done with Enter as well as by the mouse, and shows
        # its focus (the window's style frames a focused link). Qt's own keyboard links
        # would need a second Tab inside the label before Enter does anything. Not with
        # Space, as a link in a browser: the link stands between the size and the name,
        # and a name typed one Tab too early undid the answers at its first space.
        self.refit_line.setProperty("link", True)
        self.refit_line.installEventFilter(self)
        size_block = self.bindings["organisation.size"].block
        assert size_block is not None
        size_layout = size_block.layout()
        assert size_layout is not None
        size_layout.addWidget(self.refit_line)
        store.refitted.connect(self._show_refit)
        # "Who are you": the owner comes first, so that the documents name her from the
        # start and "I do it all myself" can fill the other owners.
        self.add_text("organisation.policy_owner.name", optional_null=True)
        self.add_text("organisation.policy_owner.role", required=True)
        self.myself = MyselfBox(self, first_page=True)
        self._add_roles()
        self.add_text("organisation.policy_owner.email", optional_null=True)
        self.myself.attach()
        self.add_choice("organisation.jurisdiction", "jurisdiction")
        self.add_choice("organisation.style", "style")
        self.add_date("organisation.effective_date")
        self.add_text("organisation.version", required=True).setMaximumWidth(160)
        self.add_int("organisation.review_months", 3, 36)
        self.browse = QPushButton()
        self.browse.setObjectName("organisation.logo.browse")
        self.add_text("organisation.logo", optional_null=True, beside=[self.browse])
        self.browse.clicked.connect(self._choose_logo)
        self.form.addStretch(1)

    def _add_sector(self) -> None:
        """One generic sector: "Algemeen" is offered, "Anders" (other) is not, since the
        two read as the same choice. A project that has "other" (an older file, the
        command line) still shows it, as the last item, and keeps it."""
        key = "organisation.sector"
        offered = [
            value for value in value_labels("sector", strings.language()) if value != "other"
        ]
        box = self.add_choice(key, "sector", combo=True, values=offered)
        assert isinstance(box, QComboBox)
        binding = self.bindings[key]
        plain_write = binding.write

        def write(value: Any) -> None:
            if value == "other" and box.findData("other") < 0:
                box.addItem(value_label("sector", "other", strings.language()), "other")
            plain_write(value)

        def retranslate_other() -> None:
            index = box.findData("other")
            if index >= 0:
                box.setItemText(index, value_label("sector", "other", strings.language()))

        binding.write = write
        binding.texts.append(retranslate_other)

    def _add_roles(self) -> None:
        """Who does HR, communications and IT, and who approves: asked here, right under
        "I do it all myself" while that is not ticked, so that the documents (and the
        preview) name people from the first page on instead of "[communications owner]"
        until the last page. The governance page shows the same answers again.

        The fields carry the governance keys (the store's); their widgets are named
        under this page (``organisation.governance.hr_owner``), so that a name finds
        the governance page's own field.
        """
        from wizard.answers.advice import MYSELF_KEYS

        for key in MYSELF_KEYS:
            edit = self.add_text(key, required=True)
            block = self.bindings[key].block
            assert block is not None
            for widget in [block, *block.findChildren(QWidget)]:
                name = widget.objectName()
                if name == key or name.startswith(f"{key}."):
                    widget.setObjectName(f"{self.page_key}.{name}")
            assert edit.objectName() == f"{self.page_key}.{key}"
            self.show_when(key, lambda: not self.store.myself, hide=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.refit_line
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.store.last_refit is not None:
                    self.store.undo_refit()
                return True
            if (
                event.text().isprintable()
                and event.text()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                # Typing on the link means the next field (the name): it goes there.
                self.refit_line.focusNextChild()
                target = QApplication.focusWidget()
                if target is not None and target is not self.refit_line:
                    again = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
                    QApplication.sendEvent(target, again)
                return True
        return super().eventFilter(watched, event)

    def mnemonic_targets(self) -> list[QLabel | QAbstractButton]:
        # The page's own questions choose their Alt+letters first (Aanspreekvorm keeps
        # its A); the roles, shown only while "I do it all myself" is off, take what is left.
        from wizard.answers.advice import MYSELF_KEYS

        targets = super().mnemonic_targets()
        roles = [self.bindings[key].label for key in MYSELF_KEYS]
        return [t for t in targets if t not in roles] + [t for t in roles if t is not None]

    def folded(self) -> frozenset[str]:
        # The roles stand here only while "I do it all myself" is off: never folded away.
        from wizard.answers.advice import MYSELF_KEYS

        return super().folded() - frozenset(MYSELF_KEYS)

    def _show_refit(self, done: Refit | None) -> None:
        """One line under the size: how many answers now fit it, with a link to undo.
        The line keeps its room when empty, so that nothing below it moves."""
        # A Tab stop only while there is something to undo.
        self.refit_line.setFocusPolicy(
            Qt.FocusPolicy.NoFocus if done is None else Qt.FocusPolicy.StrongFocus
        )
        if done is None:
            self.refit_line.setText("&nbsp;")
            self.refit_line.setToolTip("")
            return
        language = strings.language()
        size = tr(f"refit.size.{done.size}")
        if done.sector == "general":
            fit = tr("refit.fit", size=size)
        else:
            # "Persoonlijke dienstverlening (kapper, …)": the name without its examples,
            # so that the line stays one line.
            sector = value_label("sector", done.sector, language).split(" (")[0]
            fit = tr("refit.fit.sector", sector=sector, size=size)
        if len(done) == 1:
            self.refit_line.setText(tr("refit.line.one", fit=escape(fit)))
        else:
            self.refit_line.setText(tr("refit.line", count=len(done), fit=escape(fit)))
        questions = sorted(dict.fromkeys(field_label(key, language) for key in done.after))
        self.refit_line.setToolTip(tr("refit.tip", questions=", ".join(questions)))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("dialog.logo.title"), "", tr("dialog.logo.filter")
        )
        if path:
            self.bindings["organisation.logo"].write(path)
            self._changed("organisation.logo")

    def retranslate_extra(self) -> None:
        self.browse.setText(tr("button.browse"))
        self._show_refit(self.store.last_refit)

    def extra_mnemonic_targets(self) -> list[QLabel | QAbstractButton]:
        return [self.browse]


class ColumnHeading(QLabel):
    """A table heading that wraps at every space if need be: it asks for the width of its
    longest word only, so a two-word heading over a column of check boxes does not take
    the room that the managers' names need (at twice the text size, "Officieel account"
    on one line left "nne de Boer" of a name)."""

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        width = widest + 2 * self.margin() + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


# The channel table's columns, by the key of their heading's text (channels.col.KEY).
COLUMNS = ("use", "official", "manager", "posting")


class ChannelsPage(FormPage):
    """All fifteen channels in one grid: use, official account, manager, what employees may do."""

    page_key = "channels"
    prefixes = ("channels",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addWidget(self.intro)
        grid_holder = QWidget()
        grid_holder.setObjectName("channels")
        self.grid = QGridLayout(grid_holder)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.headers = [QLabel(), ColumnHeading(), QLabel(), QLabel()]
        for column, header in enumerate(self.headers):
            header.setObjectName(f"channels.col.{COLUMNS[column]}")
            header.setProperty("role", "title")
            # Two-word headings may take two lines: the table must fit a laptop screen.
            header.setWordWrap(column in (1, 3))
            self.grid.addWidget(header, 0, column, Qt.AlignmentFlag.AlignBottom)
        self.rows: dict[ChannelId, dict[str, Any]] = {}
        for index, channel in enumerate(ChannelId, start=1):
            use = CheckBox()
            use.setObjectName(f"channels.{channel.value}")
            label: QLineEdit | None = None
            if channel is ChannelId.OTHER:
                label = QLineEdit()
                label.setObjectName("channels.other.label")
                label.setMaximumWidth(170)
                holder = QWidget()
                holder_layout = QHBoxLayout(holder)
                holder_layout.setContentsMargins(0, 0, 0, 0)
                holder_layout.addWidget(use)
                holder_layout.addWidget(label, 1)
                self.grid.addWidget(holder, index, 0)
            else:
                self.grid.addWidget(use, index, 0)
            official = CheckBox()
            official.setObjectName(f"channels.{channel.value}.official_account")
            manager = QLineEdit()
            manager.setObjectName(f"channels.{channel.value}.manager")
            manager.setMinimumWidth(110)
            posting = QComboBox()
            posting.setObjectName(f"channels.{channel.value}.employee_posting")
            for value in EmployeePosting:
                posting.addItem(value.value, value.value)
            posting.setCurrentIndex(posting.findData(EmployeePosting.ALLOWED.value))
            # Sized to the box, so the focus highlight sits around the box itself.
            official.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.grid.addWidget(official, index, 1)
            self.grid.addWidget(manager, index, 2)
            self.grid.addWidget(posting, index, 3)
            self.grid.addWidget(self.note_button(f"channels.{channel.value}"), index, 4)
            self.rows[channel] = {
                "use": use,
                "label": label,
                "official": official,
                "manager": manager,
                "posting": posting,
            }
            use.toggled.connect(self._edited)
            official.toggled.connect(self._manager_follows_owner(manager))
            official.toggled.connect(self._edited)
            manager.textChanged.connect(self._edited)
            posting.currentIndexChanged.connect(self._edited)
            if label is not None:
                label.textChanged.connect(self._edited)
        self.grid.setColumnStretch(2, 3)
        self.grid.setColumnStretch(3, 2)
        # The table scrolls sideways on its own when the text is very large, so the
        # texts above and below it still wrap to the column.
        self.table_area = QScrollArea()
        self.table_area.setWidgetResizable(True)
        self.table_area.setFrameShape(QFrame.Shape.NoFrame)
        self.table_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_area.setWidget(grid_holder)
        self.form.addWidget(self.table_area)
        # At large text the rows scroll under a copy of the headings (ui/sticky_headings.py).
        self.sticky = StickyHeadings(self.scroll_area, self.grid, self.headers)
        self.error = QLabel()
        self.error.setObjectName("channels.error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.form.addWidget(self.error)
        self.form.addWidget(self.extra_warning)  # warnings about a channel's row
        self.form.addStretch(1)
        # Tab goes along a row, then to the next row.
        previous: QWidget | None = None
        for widgets in self.rows.values():
            for name in ("use", "label", "official", "manager", "posting"):
                widget = widgets[name]
                if widget is None:
                    continue
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def _manager_follows_owner(self, manager: QLineEdit) -> Any:
        """Who does it all manages the official accounts too: an empty manager field
        takes the owner's name when the account is ticked."""

        def fill(official: bool) -> None:
            owner = owner_value(self.store.draft)
            if official and self.store.myself and owner and not manager.text().strip():
                blocker = QSignalBlocker(manager)
                manager.setText(owner)
                del blocker

        return fill

    def _fit_choices(self) -> None:
        """Drop-downs never narrower than their longest choice, and the other channel's
        name never narrower than what it asks for, at any text size."""
        for widgets in self.rows.values():
            posting = widgets["posting"]
            longest = max(
                posting.fontMetrics().horizontalAdvance(posting.itemText(i))
                for i in range(posting.count())
            )
            posting.setMinimumWidth(longest + posting.fontMetrics().height() * 2 + 12)
            # The manager's field is never narrower than its placeholder, whole.
            manager = widgets["manager"]
            placeholder = manager.fontMetrics().horizontalAdvance(manager.placeholderText())
            manager.setMinimumWidth(max(110, placeholder + manager.fontMetrics().height()))
            label = widgets["label"]
            if label is not None:
                # A fixed 170 pixels cut "Naam van het kanaal" to "Naam van …" at twice
                # the text size: the field is as wide as its placeholder asks.
                metrics = label.fontMetrics()
                wish = metrics.horizontalAdvance(label.placeholderText()) + metrics.height()
                label.setMinimumWidth(wish)
                label.setMaximumWidth(max(170, wish))

    def reflow(self) -> None:
        super().reflow()
        self._fit_choices()
        holder = self.table_area.widget()
        if holder is not None:
            bar = self.table_area.horizontalScrollBar()
            needs_bar = holder.minimumSizeHint().width() > self.table_area.viewport().width()
            extra = bar.sizeHint().height() if needs_bar else 0
            # Headings that wrap make the table taller at its width than its wish says;
            # the area never scrolls up and down, so it takes that height in full.
            width = max(self.table_area.viewport().width(), holder.minimumSizeHint().width())
            height = holder.sizeHint().height()
            if holder.hasHeightForWidth():
                height = max(height, holder.heightForWidth(width))
            self.table_area.setFixedHeight(height + extra)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.touched.add("channels")
        channels = []
        for channel, widgets in self.rows.items():
            if not widgets["use"].isChecked():
                continue
            entry: dict[str, Any] = {
                "id": channel.value,
                "label": (widgets["label"].text().strip() or None) if widgets["label"] else None,
                "official_account": widgets["official"].isChecked(),
                "manager": widgets["manager"].text().strip() or None,
                "employee_posting": widgets["posting"].currentData(),
            }
            channels.append(entry)
        self.store.set("channels", channels)

    def load_extra(self) -> None:
        chosen = {c.get("id"): c for c in self.store.get("channels") if isinstance(c, dict)}
        for channel, widgets in self.rows.items():
            entry = chosen.get(channel.value, {})
            blockers = [QSignalBlocker(w) for w in widgets.values() if w is not None]
            widgets["use"].setChecked(channel.value in chosen)
            widgets["official"].setChecked(bool(entry.get("official_account")))
            widgets["manager"].setText(entry.get("manager") or "")
            posting = entry.get("employee_posting", EmployeePosting.ALLOWED.value)
            widgets["posting"].setCurrentIndex(max(0, widgets["posting"].findData(posting)))
            if widgets["label"] is not None:
                widgets["label"].setText(entry.get("label") or "")
            del blockers

    def refresh_extra(self, problems: list[Problem]) -> None:
        for widgets in self.rows.values():
            used = widgets["use"].isChecked()
            widgets["official"].setEnabled(used)
            widgets["posting"].setEnabled(used)
            widgets["manager"].setEnabled(used and widgets["official"].isChecked())
            if widgets["label"] is not None:
                widgets["label"].setEnabled(used)
        language = strings.language()
        shown = [p for p in problems if "channels" in self.touched or p.code != "at_least_one"]
        self.error.setText(
            "\n".join(
                p.line(language) if p.field != "channels" else p.message(language) for p in shown
            )
        )
        self.error.setVisible(bool(shown))

    def retranslate_extra(self) -> None:
        language = strings.language()
        self.intro.setText(strings.help_text("channels"))
        for header, key in zip(self.headers, COLUMNS, strict=True):
            header.setText(tr(f"channels.col.{key}"))
        for channel, widgets in self.rows.items():
            name = value_label("channel", channel, language)
            widgets["use"].setText(name if channel is not ChannelId.OTHER else "")
            widgets["use"].setAccessibleName(name)
            widgets["official"].setAccessibleName(f"{name}: {tr('channels.col.official')}")
            widgets["manager"].setAccessibleName(f"{name}: {tr('channels.col.manager')}")
            widgets["manager"].setPlaceholderText(tr("channels.manager.placeholder"))
            widgets["posting"].setAccessibleName(f"{name}: {tr('channels.col.posting')}")
            posting = widgets["posting"]
            for index in range(posting.count()):
                value = posting.itemData(index)
                posting.setItemText(index, value_label("employee_posting", value, language))
            if widgets["label"] is not None:
                widgets["label"].setPlaceholderText(tr("channels.other.placeholder"))
                widgets["label"].setAccessibleName(tr("channels.other.placeholder"))
        self._fit_choices()


class MarketsPage(FormPage):
    page_key = "markets"
    prefixes = ("markets",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        self.add_set("markets.segments", "segment", columns=3)
        self.add_set("markets.goals", "goal", columns=2)
        self.add_bool("markets.ambassadors")
        self.add_bool("markets.webcare")
        self.add_int("markets.webcare_response_hours", 1, 168)
        self.show_when(
            "markets.webcare_response_hours", lambda: bool(self.store.get("markets.webcare"))
        )
        add_advice(self)
        self.form.addStretch(1)


class ConfidentialityPage(FormPage):
    page_key = "confidentiality"
    prefixes = ("confidentiality",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        self.framework = self.add_choice("confidentiality.framework", "framework", combo=True)
        binding = self.bindings["confidentiality.framework"]
        # Unanswered, the framework follows the sector; the combo shows which one.
        binding.write = lambda value: self._show_framework(
            value or effective_framework(self.store.draft)
        )
        self.add_choice("confidentiality.classification", "classification")
        self.add_set("confidentiality.never_share", "never_share", columns=2)
        self.add_choice("confidentiality.personal_data", "personal_data")
        self.add_choice("confidentiality.photos", "photos")
        self.add_choice("confidentiality.generative_ai", "generative_ai")
        self.add_lines("confidentiality.approved_ai_tools")
        self.show_when(
            "confidentiality.approved_ai_tools",
            lambda: self.store.get("confidentiality.generative_ai") == "approved_tools_only",
        )
        add_advice(self)
        self.form.addStretch(1)

    def _show_framework(self, value: str) -> None:
        box = self.framework
        assert isinstance(box, QComboBox)
        blocker = QSignalBlocker(box)
        box.setCurrentIndex(max(0, box.findData(value)))
        del blocker

    def refresh_extra(self, problems: list[Problem]) -> None:
        if self.store.get("confidentiality.framework") is None:
            self._show_framework(effective_framework(self.store.draft))


class BehaviourPage(FormPage):
    page_key = "behaviour"
    prefixes = ("behaviour",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        self.add_choice("behaviour.spokespersons", "spokespersons")
        self.add_bool("behaviour.disclaimer")
        self.add_choice("behaviour.private_use", "private_use")
        self.add_choice("behaviour.criticism_route", "criticism_route")
        self.add_choice("behaviour.after_hours", "after_hours")
        self.add_bool("behaviour.wellbeing_support")
        self.add_choice("behaviour.training", "training")
        self.add_choice("behaviour.monitoring", "monitoring")
        self.add_choice("behaviour.sanctions", "sanctions")
        self.add_bool("behaviour.acknowledgement")
        add_advice(self)
        self.form.addStretch(1)


class TechnicalPage(FormPage):
    page_key = "technical"
    prefixes = ("technical",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        self.add_choice("technical.separation", "separation")
        self.add_set("technical.blocked_channels", "channel", columns=3)
        self.show_when(
            "technical.blocked_channels",
            lambda: self.store.get("technical.separation") == "restricted",
        )
        self.add_choice("technical.byod", "byod")
        for key in (
            "technical.mfa",
            "technical.password_manager",
            "technical.account_register",
            "technical.offboarding",
        ):
            self.add_bool(key)
        self.add_text("technical.incident_contact", required=True)
        add_advice(self)
        self.form.addStretch(1)


class GovernancePage(FormPage):
    page_key = "governance"
    prefixes = ("governance",)

    def __init__(self, store: AnswerStore) -> None:
        super().__init__(store)
        # First on the page, and first by Tab: a micro business fills the owners once.
        self.myself = MyselfBox(self, first_page=False)
        self.add_text("governance.hr_owner", required=True)
        self.add_text("governance.communications_owner", required=True)
        self.add_text("governance.it_owner", required=True)
        self.add_text("governance.approver", required=True)
        self.add_bool("governance.works_council_consent")
        self.show_when(
            "governance.works_council_consent",
            # Dutch law only: a works council from 50 people, a school's participation
            # council at any size (as wizard.content.tailoring.consent_needed).
            lambda: (
                self.store.get("organisation.jurisdiction") == "nl"
                and (
                    self.store.get("organisation.size") in ("medium", "large")
                    or self.store.get("organisation.sector") == "education"
                )
            ),
            hide=True,
        )
        # The roles' English names, for the English documents only.
        self.english_names = QPushButton()
        self.english_names.setObjectName("english_names.button")
        self.english_names.clicked.connect(self.edit_english_names)
        english_row = QHBoxLayout()
        english_row.addWidget(self.english_names)
        english_row.addStretch(1)
        self.form.addLayout(english_row)
        self.add_set("governance.baseline", "baseline", columns=2)
        self.myself.attach()
        add_advice(self)
        self.plan_title = QLabel()
        self.plan_title.setProperty("role", "title")
        plan_heading = QHBoxLayout()
        plan_heading.addWidget(self.plan_title)
        plan_note = self.note_button("governance.plan")
        plan_heading.addWidget(plan_note)
        plan_heading.addStretch(1)
        self.form.addLayout(plan_heading)
        holder = QWidget()
        holder.setObjectName("governance.plan")
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        self.plan_headers = [QLabel() for _ in range(3)]
        for column, header in enumerate(self.plan_headers):
            grid.addWidget(header, 0, column)
        self.plan_rows: dict[PlanStepId, tuple[QLabel, QLineEdit, DateField]] = {}
        for index, step in enumerate(PlanStepId, start=1):
            name = QLabel()
            name.setWordWrap(True)
            owner = QLineEdit()
            owner.setObjectName(f"governance.plan.{step.value}.owner")
            due = DateField(f"governance.plan.{step.value}.due", optional=True)
            grid.addWidget(name, index, 0)
            grid.addWidget(owner, index, 1)
            grid.addWidget(due, index, 2)
            self.plan_rows[step] = (name, owner, due)
            owner.textChanged.connect(self._plan_edited)
            due.changed.connect(self._plan_edited)
            due.changed.connect(self.refresh)
        grid.setColumnStretch(1, 1)
        self.form.addWidget(holder)
        self.form.addWidget(self.extra_warning)  # warnings about a step of the plan
        self.plan_help = QLabel()
        self.plan_help.setWordWrap(True)
        self.plan_help.setProperty("role", "help")
        self.form.addWidget(self.plan_help)
        self.fold_widgets["governance.plan"] = [self.plan_title, plan_note, holder, self.plan_help]
        self.form.addStretch(1)

    def extra_mnemonic_targets(self) -> list[QLabel | QAbstractButton]:
        return [self.plan_title, self.english_names]

    def edit_english_names(self) -> bool:
        """The roles' names in the English documents; True when the user saved them."""
        from ui.english_names import EnglishNamesDialog

        dialog = EnglishNamesDialog(self.store, self.window())
        try:
            return dialog.exec() == EnglishNamesDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def refresh_extra(self, problems: list[Problem]) -> None:
        super().refresh_extra(problems)
        languages = self.store.get("output.languages")
        self.english_names.setVisible(isinstance(languages, list) and "en" in languages)

    def _plan_edited(self, *_args: object) -> None:
        if self._loading:
            return
        plan = [
            {"step": step.value, "owner": owner.text().strip() or None, "due": due.value()}
            for step, (_, owner, due) in self.plan_rows.items()
        ]
        self.store.set("governance.plan", plan)

    def load_extra(self) -> None:
        items = {
            item.get("step"): item
            for item in self.store.get("governance.plan")
            if isinstance(item, dict)
        }
        for step, (_, owner, due) in self.plan_rows.items():
            item = items.get(step.value, {})
            blockers = [QSignalBlocker(owner), QSignalBlocker(due)]
            owner.setText(item.get("owner") or "")
            due.set_value(item.get("due"))
            del blockers

    def retranslate_extra(self) -> None:
        language = strings.language()
        self.english_names.setText(tr("english_names.button"))
        self.plan_title.setText(field_label("governance.plan", language))
        self.plan_title.setBuddy(next(iter(self.plan_rows.values()))[1])
        self.plan_help.setText(strings.help_text("governance.plan"))
        for header, key in zip(self.plan_headers, ("step", "owner", "due"), strict=True):
            header.setText(tr(f"plan.col.{key}"))
        for index, (step, (name, owner, due)) in enumerate(self.plan_rows.items(), start=1):
            label = value_label("plan_step", step, language)
            name.setText(f"{index}. {label}")
            owner.setAccessibleName(f"{label}: {tr('plan.col.owner')}")
            due.setAccessibleName(f"{label}: {tr('plan.col.due')}")
