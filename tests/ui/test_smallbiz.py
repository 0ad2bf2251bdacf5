"""A path for the smallest organisations: one owner, suggestions by size, plain help."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from tests.conftest import EXAMPLES, MINIMAL
from tests.ui.test_main_window import widget
from ui import strings
from ui.main_window import MainWindow
from ui.welcome import EXAMPLE_PROJECTS, PageId
from wizard.answers.advice import MYSELF_KEYS, choose_for_me, suggestions
from wizard.answers.draft import new_draft, project_from_draft
from wizard.answers.model import Language
from wizard.answers.project_file import load_project

# A dotted internal key such as "governance.hr_owner" or "page.review.title".
DOTTED_KEY = re.compile(r"\b[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*\b")


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def new_project(win: MainWindow, *, size: str = "small", sector: str = "general") -> None:
    widget(win, "welcome.new").click()
    widget(win, f"organisation.size.{size}").setChecked(True)
    combo: QComboBox = widget(win, "organisation.sector")
    combo.setCurrentIndex(combo.findData(sector))


def owners(win: MainWindow) -> list[str]:
    return [win.store.get(key) for key in MYSELF_KEYS]


def owner_fields_enabled(win: MainWindow) -> list[bool]:
    return [widget(win, f"{key}.block").isEnabled() for key in MYSELF_KEYS]


# --- I do all of this myself --------------------------------------------------------------


def test_do_it_all_myself_fills_the_owners_and_follows_the_policy_owner(
    window: MainWindow,
) -> None:
    new_project(window, size="micro")
    widget(window, "organisation.policy_owner.role").setText("eigenaar")
    window.wizard.go_to(PageId.GOVERNANCE)
    myself: QCheckBox = widget(window, "governance.myself")
    assert window.wizard.currentPage().first_question() is myself  # first by Tab, too
    assert widget(window, "governance.myself.tip").isVisibleTo(window)  # offered for micro
    myself.setChecked(True)
    # No name yet: the role stands in for it.
    assert owners(window) == ["eigenaar"] * 4
    assert owner_fields_enabled(window) == [False] * 4
    assert "eigenaar" in widget(window, "governance.myself.note").text()
    widget(window, "organisation.policy_owner.name").setText("Henk van Dijk")
    assert owners(window) == ["Henk van Dijk"] * 4
    assert [widget(window, key).text() for key in MYSELF_KEYS] == ["Henk van Dijk"] * 4
    assert window.store.problems() == [
        p for p in window.store.problems() if not p.field.startswith("governance")
    ]


def test_unticking_keeps_the_values_and_makes_them_editable(window: MainWindow) -> None:
    new_project(window, size="micro")
    widget(window, "organisation.policy_owner.name").setText("Henk")
    widget(window, "organisation.policy_owner.role").setText("eigenaar")
    window.wizard.go_to(PageId.GOVERNANCE)
    myself: QCheckBox = widget(window, "governance.myself")
    myself.setChecked(True)
    myself.setChecked(False)
    assert owners(window) == ["Henk"] * 4
    assert owner_fields_enabled(window) == [True] * 4
    widget(window, "governance.it_owner").setText("Fjord IT")
    widget(window, "organisation.policy_owner.name").setText("Henk van Dijk")
    assert owners(window) == ["Henk", "Henk", "Fjord IT", "Henk"]  # no longer in step


def test_ticking_before_there_is_a_policy_owner_wipes_nothing(window: MainWindow) -> None:
    new_project(window, size="micro")
    widget(window, "governance.hr_owner").setText("Els")
    widget(window, "governance.myself").setChecked(True)
    assert owners(window) == ["Els", "", "", "management"]
    assert "Organisation page" in widget(window, "governance.myself.note").text()
    widget(window, "organisation.policy_owner.role").setText("eigenaar")
    assert owners(window) == ["eigenaar"] * 4


def test_available_for_every_size_but_offered_prominently_for_micro(window: MainWindow) -> None:
    new_project(window, size="medium")
    widget(window, "organisation.policy_owner.role").setText("directeur")
    assert not widget(window, "governance.myself.tip").isVisibleTo(window)
    myself: QCheckBox = widget(window, "governance.myself")
    myself.setChecked(True)
    assert owners(window) == ["directeur"] * 4


def test_a_loaded_project_shows_it_ticked_when_the_owners_are_the_policy_owner(
    window: MainWindow, tmp_path: Path
) -> None:
    raw: dict[str, Any] = json.loads(json.dumps(MINIMAL))
    raw["organisation"]["policy_owner"]["name"] = "Els"
    raw["governance"] = {
        "hr_owner": "Els",
        "communications_owner": "Els",
        "it_owner": "Els",
        "approver": "Els",
    }
    path = tmp_path / "alone.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert window.open_project(path)
    assert widget(window, "governance.myself").isChecked()
    assert owner_fields_enabled(window) == [False] * 4
    assert not window.store.modified  # showing the box changed nothing
    # The bakery example has Lotte for communications: not ticked, all editable.
    assert window.open_project(EXAMPLES[0])
    assert not widget(window, "governance.myself").isChecked()
    assert owner_fields_enabled(window) == [True] * 4


# --- suggestions by size ------------------------------------------------------------------


def suggestion(win: MainWindow, key: str) -> QWidget:
    return widget(win, f"{key}.suggestion")


def test_choosing_micro_sets_the_answers_that_fit_and_says_so(window: MainWindow) -> None:
    new_project(window, size="small", sector="general")
    line = widget(window, "organisation.refit")
    assert window.store.get("markets.segments") == ["business"]
    widget(window, "organisation.size.micro").setChecked(True)
    # No Apply clicks: every answer the user has not chosen follows the size at once,
    # on every page, and one line under the size says so.
    assert window.store.get("markets.segments") == ["consumer"]
    assert window.store.get("confidentiality.classification") == "none"
    assert window.store.get("technical.byod") == "allowed"
    assert window.store.get("behaviour.sanctions") == "guidance"
    assert widget(window, "markets.segments.consumer").isChecked()
    assert not widget(window, "markets.segments.business").isChecked()
    assert widget(window, "technical.byod.allowed").isChecked()
    text = plain(line.text())
    assert re.fullmatch(r"\d+ answers set for a business of 1–9 people\. Undo", text), text
    for key in ("markets.segments", "confidentiality.classification", "technical.byod"):
        assert suggestion(window, key).isHidden(), key  # nothing left to suggest
    # Undo takes them back, and the suggestions offer them one by one again.
    line.linkActivated.emit("undo")
    assert window.store.get("markets.segments") == ["business"]
    assert window.store.get("technical.byod") == "allowed_managed"
    assert widget(window, "markets.segments.business").isChecked()
    assert html.unescape(plain(line.text())).strip() == ""  # its room stays
    assert not suggestion(window, "markets.segments").isHidden()
    widget(window, "markets.segments.suggestion.apply").click()
    assert window.store.get("markets.segments") == ["consumer"]


def test_a_new_size_never_overwrites_an_answer_the_user_gave(window: MainWindow) -> None:
    new_project(window, size="micro", sector="retail")
    key = "confidentiality.classification"
    assert window.store.get(key) == "none"
    widget(window, f"{key}.four_level").setChecked(True)
    widget(window, f"{key}.three_level").setChecked(True)  # the large firm's default, by hand
    assert window.store.get(key) == "three_level"
    # Changing the size later changes the other answers, never this one.
    widget(window, "organisation.size.large").setChecked(True)
    assert window.store.get("behaviour.sanctions") == "graded"
    widget(window, "organisation.size.micro").setChecked(True)
    assert window.store.get(key) == "three_level"
    assert window.store.get("behaviour.sanctions") == "guidance"
    assert suggestion(window, key).isHidden()


def test_a_new_project_shows_no_warning_before_anything_is_done(window: MainWindow) -> None:
    widget(window, "welcome.new").click()
    # No contradiction; only the open question of who approves (no management is assumed).
    assert [w.code for w in window.store.warnings(Language.EN)] == ["approver_unnamed"]
    assert [w.code for w in window.store.warnings(Language.NL)] == ["approver_unnamed"]
    assert window.store.get("confidentiality.framework") == "none"  # as its help advises
    assert window.store.get("output.languages") == [strings.language().value]


def test_a_saved_project_gets_no_suggestions(window: MainWindow, tmp_path: Path) -> None:
    raw: dict[str, Any] = json.loads(json.dumps(MINIMAL))
    raw["organisation"]["size"] = "micro"
    path = tmp_path / "micro.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert window.open_project(path)
    assert suggestion(window, "confidentiality.classification").isHidden()
    assert suggestion(window, "markets.segments").isHidden()


def test_suggestions_follow_size_and_sector() -> None:
    draft = new_draft()
    assert suggestions(draft) == {}
    draft["organisation"]["size"] = "micro"
    assert set(suggestions(draft)) >= {
        "markets.segments",
        "confidentiality.framework",
        "confidentiality.classification",
    }
    draft["organisation"]["sector"] = "healthcare"
    assert "confidentiality.framework" not in suggestions(draft)  # NEN 7510 stays


# --- don't know: choose for me -------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "sector", "key", "value"),
    [
        ("micro", "retail", "confidentiality.framework", "none"),
        ("medium", "healthcare", "confidentiality.framework", "nen7510"),
        ("small", "government", "confidentiality.framework", "bio"),
        ("large", "general", "confidentiality.framework", "iso27002"),
        ("micro", "retail", "confidentiality.classification", "none"),
        ("large", "general", "confidentiality.classification", "four_level"),
        ("micro", "retail", "technical.byod", "allowed"),
        ("micro", "healthcare", "technical.byod", "allowed_managed"),
        ("small", "general", "technical.mfa", True),
        ("small", "general", "technical.separation", "open"),
        ("small", "general", "markets.webcare", False),
        ("small", "general", "governance.approver", "management"),
    ],
)
def test_choose_for_me_picks_for_size_and_sector(
    size: str, sector: str, key: str, value: Any
) -> None:
    draft = new_draft()
    draft["organisation"].update(size=size, sector=sector)
    advice = choose_for_me(key, draft)
    assert advice.value == value
    assert advice.reason in strings.TEXTS


def test_choose_for_me_applies_and_says_what_and_why(window: MainWindow) -> None:
    new_project(window, size="micro", sector="retail")
    note = widget(window, "confidentiality.framework.chosen")
    assert note.isHidden()
    widget(window, "confidentiality.framework.choose").click()
    assert window.store.get("confidentiality.framework") == "none"
    assert not note.isHidden()
    assert plain(note.text()).startswith("Chosen: No framework. A small business need not follow")
    assert "\n" not in note.text()
    # Another answer afterwards: the note no longer claims the choice.
    box: QComboBox = widget(window, "confidentiality.framework")
    box.setCurrentIndex(box.findData("iso27002"))
    assert note.isHidden()


def test_choose_for_me_makes_the_owner_the_approver_of_a_micro_business(
    window: MainWindow,
) -> None:
    new_project(window, size="micro")
    widget(window, "organisation.policy_owner.name").setText("Henk van Dijk")
    widget(window, "governance.approver.choose").click()
    assert window.store.get("governance.approver") == "Henk van Dijk"
    assert widget(window, "governance.approver").text() == "Henk van Dijk"


def test_webcare_is_chosen_when_customers_write_to_an_official_account(
    window: MainWindow,
) -> None:
    new_project(window, size="micro", sector="retail")
    widget(window, "channels.facebook").setChecked(True)
    widget(window, "channels.facebook.official_account").setChecked(True)
    widget(window, "markets.segments.consumer").setChecked(True)
    widget(window, "markets.webcare.choose").click()
    assert window.store.get("markets.webcare") is True
    assert widget(window, "markets.webcare").isChecked()
    assert "official account" in plain(widget(window, "markets.webcare.chosen").text())


# --- help ------------------------------------------------------------------------------------

PAGES = [page.name.lower() for page in PageId]


@pytest.mark.parametrize("language", list(Language))
def test_page_help_is_substantial_for_every_page(language: Language) -> None:
    strings.set_language(language)
    try:
        example = "Voorbeeld" if language is Language.NL else "Example"
        unsure = "Twijfelt u?" if language is Language.NL else "Not sure?"
        for page in PAGES:
            text = plain(strings.page_help(page))
            assert len(text) > 400, page
            assert example in text and unsure in text, page
            assert not DOTTED_KEY.findall(text), (page, DOTTED_KEY.findall(text))
        for key in strings.HELP:
            assert not DOTTED_KEY.findall(strings.help_text(key)), key
    finally:
        strings.set_language(Language.EN)


@pytest.mark.parametrize("language", list(Language))
def test_f1_shows_the_page_help_in_a_window_that_wraps(
    window: MainWindow, language: Language
) -> None:
    window.set_language(language)
    widget(window, "welcome.new").click()
    for page in PageId:
        window.wizard.go_to(page)
        # F1 is this action's shortcut (offscreen, no window is active to take the key).
        help_action = window.findChild(QAction, "action.menu.help_page")
        assert QKeySequence(QKeySequence.StandardKey.HelpContents) in help_action.shortcuts()
        help_action.trigger()
        dialog = window.help_dialog
        assert dialog is not None and dialog.isVisible(), page
        text = dialog.browser.toPlainText()
        assert len(text) > 400
        assert not DOTTED_KEY.findall(text), (page, DOTTED_KEY.findall(text))
        title = strings.tr(f"page.{page.name.lower()}.title")
        assert title in dialog.windowTitle()
        assert dialog.browser.lineWrapMode() != dialog.browser.LineWrapMode.NoWrap
        if page is PageId.GOVERNANCE:
            # Each question's label and help follow the page's own help.
            assert strings.tr("help.questions") in text
            assert strings.help_text("governance.approver") in text
    screen = window.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.close_button.click()
    assert window.help_dialog is None


def test_jargon_questions_explain_themselves_plainly() -> None:
    for key in (
        "confidentiality.framework",
        "confidentiality.classification",
        "technical.separation",
        "technical.byod",
        "technical.mfa",
        "markets.webcare",
        "governance.baseline",
        "governance.approver",
        "organisation.effective_date",
    ):
        dutch, english = strings.HELP[key]
        assert len(dutch) > 120 and len(english) > 100, key


# --- the welcome page and the examples ------------------------------------------------------


def test_the_welcome_page_offers_every_example(window: MainWindow) -> None:
    window.set_language(Language.NL)
    names = [widget(window, key).text() for _file, key in EXAMPLE_PROJECTS]
    assert names == ["Bakkerij (micro)", "Adviesbureau (klein)", "Zorggroep (middelgroot)"]
    text = widget(window, "welcome.method").text()
    assert "een kwartier" in text and "bewaard" in text and "veranderen" in text
    for jargon in ("ISO", "NEN", "BIO", "pijler"):
        assert jargon not in text


@pytest.mark.parametrize(("file_name", "key"), EXAMPLE_PROJECTS)
def test_starting_from_an_example_gives_an_untitled_copy(
    window: MainWindow, tmp_path: Path, file_name: str, key: str
) -> None:
    example = next(path for path in EXAMPLES if path.name == file_name)
    before = example.read_bytes()
    widget(window, key).click()
    assert window.wizard.currentId() == PageId.ORGANISATION
    assert window.store.path is None
    assert window.store.problems() == []
    expected = load_project(example)
    copy = project_from_draft(window.store.draft)
    assert copy is not None
    if expected.organisation.logo:  # a logo beside the example is named in full
        assert Path(copy.organisation.logo or "") == (example.parent / expected.organisation.logo)
        copy = copy.model_copy(
            update={
                "organisation": copy.organisation.model_copy(
                    update={"logo": expected.organisation.logo}
                )
            }
        )
    assert copy == expected
    assert widget(window, "organisation.name").text() == expected.organisation.name
    # An example's answers are answers: no suggestion stands beside them.
    rows = [w for w in window.findChildren(QWidget) if w.objectName().endswith(".suggestion")]
    assert rows and all(row.isHidden() for row in rows)
    # Save asks where: the example is never the target.
    asked: list[bool] = []
    target = tmp_path / "mine.policy.json"
    window.choose_save_path = lambda: asked.append(True) or target  # type: ignore[method-assign]
    widget(window, "organisation.version").setText("1.1")
    assert window.save()
    assert asked and window.store.path == target.resolve()
    assert example.read_bytes() == before
    assert load_project(target).organisation.version == "1.1"


def test_the_advice_buttons_follow_their_question_by_tab(window: MainWindow) -> None:
    last_segment = widget(window, "markets.segments.consumer")
    assert last_segment.nextInFocusChain() is widget(window, "markets.segments.suggestion.apply")
    last_webcare = widget(window, "markets.webcare")
    assert last_webcare.nextInFocusChain() is widget(window, "markets.webcare.choose")
    framework = widget(window, "confidentiality.framework")
    apply = widget(window, "confidentiality.framework.suggestion.apply")
    assert framework.nextInFocusChain() is apply
    assert apply.nextInFocusChain() is widget(window, "confidentiality.framework.choose")


def test_the_welcome_page_scrolls_once_painted_and_keeps_the_focus(window: MainWindow) -> None:
    from PySide6.QtWidgets import QScrollArea

    welcome = window.wizard.welcome
    welcome.new_button.setFocus()
    welcome.scroll_body()  # what the first paint sets off
    welcome.scroll_body()  # once only
    areas = welcome.findChildren(QScrollArea)
    assert len(areas) == 1 and areas[0].widget().isAncestorOf(welcome.new_button)
    assert window.focusWidget() is welcome.new_button


@pytest.mark.parametrize("day", [date(2026, 12, 6), date(2027, 3, 31), date(2031, 2, 28)])
@pytest.mark.parametrize(("file_name", "key"), EXAMPLE_PROJECTS)
def test_an_example_started_on_any_day_is_not_out_of_date(
    window: MainWindow, clock: Any, day: date, file_name: str, key: str
) -> None:
    # Examples do not age: on any day their dates move ahead of it, spaced as before.
    clock.set_now(day)
    example = load_project(next(path for path in EXAMPLES if path.name == file_name))
    widget(window, key).click()
    copy = project_from_draft(window.store.draft)
    assert copy is not None
    assert window.store.warnings(Language.NL) == []
    effective = copy.organisation.effective_date
    assert effective > day
    assert effective.day == example.organisation.effective_date.day
    dues = [item.due for item in copy.governance.plan if item.due]
    assert dues and all(due > day for due in dues)
    originals = [item.due for item in example.governance.plan if item.due]
    months = (effective.year - example.organisation.effective_date.year) * 12 + (
        effective.month - example.organisation.effective_date.month
    )
    assert [
        (d.year * 12 + d.month) - (o.year * 12 + o.month)
        for d, o in zip(dues, originals, strict=True)
    ] == [months] * len(dues)


def test_a_new_projects_documents_follow_the_interface_language(window: MainWindow) -> None:
    window.set_language(Language.EN)
    widget(window, "welcome.new").click()
    assert window.store.get("output.languages") == ["en"]
    window.set_language(Language.NL)
    assert window.store.get("output.languages") == ["nl"]
    assert not window.store.modified  # nothing the user did
    # Once something is answered, switching the interface changes no answer.
    widget(window, "organisation.name").setText("Kapsalon Knip")
    window.set_language(Language.EN)
    assert window.store.get("output.languages") == ["nl"]
    window.store.set_modified(False)


def test_one_answer_set_is_said_in_the_singular(window: MainWindow) -> None:
    new_project(window, size="small", sector="general")
    widget(window, "behaviour.training.none").setChecked(True)
    for key in ("markets.segments", "confidentiality.framework", "technical.byod"):
        window.store.chosen.add(key)
    window.store.chosen.update(
        {
            "confidentiality.classification",
            "confidentiality.generative_ai",
            "behaviour.disclaimer",
        }
    )
    widget(window, "organisation.size.micro").setChecked(True)
    assert window.store.get("behaviour.sanctions") == "guidance"
    text = plain(widget(window, "organisation.refit").text())
    assert text == "1 answer set for a business of 1–9 people. Undo", text
    window.store.set_modified(False)


def test_a_sector_that_sets_an_answer_is_named_in_the_line(window: MainWindow) -> None:
    """Choosing "Detailhandel" (retail) sets the markets to consumers; the line under
    the size said "1 answer set for a business of 10–49 people", as if the size had."""
    new_project(window, size="small", sector="general")
    combo: QComboBox = widget(window, "organisation.sector")
    combo.setCurrentIndex(combo.findData("retail"))
    assert window.store.get("markets.segments") == ["consumer"]
    line = widget(window, "organisation.refit")
    assert plain(line.text()) == "1 answer set for Retail with 10–49 people. Undo"
    assert line.toolTip() == "Set: Markets."
    window.set_language(Language.NL)
    assert (
        plain(line.text())
        == "1 antwoord ingesteld voor Detailhandel met 10–49 mensen. Ongedaan maken"
    )
    assert line.toolTip() == "Ingesteld: Markten."
    # A sector named with examples in brackets is named without them: one line.
    combo.setCurrentIndex(combo.findData("personal_services"))
    widget(window, "organisation.size.micro").setChecked(True)
    text = plain(line.text())
    assert "voor Persoonlijke dienstverlening met 1–9 mensen." in text and "(" not in text
    window.set_language(Language.EN)
    window.store.set_modified(False)


def test_the_roles_are_asked_on_the_first_page_while_one_person_does_not_do_them_all(
    window: MainWindow,
) -> None:
    """Issue 20: the governance page comes last; a firm whose owner does not do it all
    names its people on the first page, so the preview names them from the start."""
    from wizard.answers.model import DocumentKind
    from wizard.content.outline import outline_text
    from wizard.content.tailoring import build_outline

    new_project(window, size="small")
    window.set_language(Language.NL)
    page = window.wizard.currentPage()
    assert window.wizard.currentId() == PageId.ORGANISATION
    blocks = [widget(page, f"organisation.{key}.block") for key in MYSELF_KEYS]
    assert all(block.isVisibleTo(page) for block in blocks)

    def code() -> str:
        project = window.store.preview_project(Language.NL)
        assert project is not None
        return outline_text(build_outline(project, DocumentKind.CODE_OF_CONDUCT, Language.NL))

    assert "[eigenaar communicatie]" in code()
    widget(page, "organisation.governance.communications_owner").setText("Sanne de Boer")
    widget(page, "organisation.governance.approver").setText("Lisa Jansen")
    assert window.store.get("governance.communications_owner") == "Sanne de Boer"
    assert "[eigenaar communicatie]" not in code()
    assert "Sanne de Boer" in code() and "Lisa Jansen" in code()
    # The governance page shows the same answers, in its own fields.
    assert widget(window, "governance.communications_owner").text() == "Sanne de Boer"
    widget(window, "governance.approver").setText("directie")
    assert widget(page, "organisation.governance.approver").text() == "directie"
    # One person doing it all: the four fields step aside on the first page.
    widget(page, "organisation.policy_owner.role").setText("eigenaar")
    widget(page, "organisation.myself").setChecked(True)
    assert not any(block.isVisibleTo(page) for block in blocks)
    assert owners(window) == ["eigenaar"] * 4
    window.store.set_modified(False)


def test_one_generic_sector_is_offered_and_an_older_other_is_kept(
    window: MainWindow, tmp_path: Path
) -> None:
    new_project(window, size="micro")
    combo: QComboBox = widget(window, "organisation.sector")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "general" in offered and "personal_services" in offered
    assert "other" not in offered  # "Anders" read as the same choice as "Algemeen"
    # A file that says "other" still shows it, and saving keeps it.
    bakery = next(e for e in EXAMPLES if e.name == "bakkerij-van-dijk.policy.json")
    raw = json.loads(bakery.read_text(encoding="utf-8"))
    raw["organisation"]["sector"] = "other"
    path = tmp_path / "anders.policy.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    window.store.set_modified(False)
    assert window.open_project(path)
    assert combo.currentData() == "other"
    assert window.store.get("organisation.sector") == "other"
    window.set_language(Language.NL)
    assert combo.currentText() == "Anders"
    window.store.set_modified(False)


def test_the_help_names_the_box_as_it_reads_and_ict_as_the_labels_do() -> None:
    """The page help said to tick "Ik doe dit allemaal zelf", a box that reads "Ja, dat doe
    ik allemaal zelf"; and the Dutch said IT beside labels that say ICT ("Eigenaar ICT")."""
    from ui.strings import PAGE_HELP, TEXTS
    from wizard.answers.labels import field_label

    for index, language in enumerate((Language.NL, Language.EN)):
        box = TEXTS["myself.check"][index]
        page_help = PAGE_HELP["governance"][index]
        assert page_help.count(f"<i>{box}</i>") == 2, language
    assert field_label("governance.it_owner", Language.NL) == "Eigenaar ICT"
    dutch = [TEXTS[key][0] for key in TEXTS if key.startswith("myself.")]
    dutch.append(PAGE_HELP["governance"][0])
    assert not [text for text in dutch if re.search(r"\bIT\b", text)]
