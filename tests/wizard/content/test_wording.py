from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from jinja2.sandbox import SandboxedEnvironment

from wizard.answers.model import DocumentKind, Language
from wizard.answers.project_file import validate_raw
from wizard.content.clauses import CLAUSES
from wizard.content.outline import (
    BulletList,
    NumberedList,
    Paragraph,
    Subheading,
    Table,
    outline_text,
)
from wizard.content.tailoring import build_outline
from wizard.content.wording import (
    CLOSE,
    OPEN,
    WordingError,
    environment,
    parse_section,
    render_template,
)
from wizard.paths import TEMPLATES

HOSTILE = "{{ 7*7 }} & <Zonen> {% if x %}| - **bold** ]]> &amp; <w:p>"


def test_markup_becomes_blocks() -> None:
    text = "\n".join(
        [
            "@title Title",
            "@clause purpose.why",
            "First line",
            "continues here.",
            "",
            "**Lead.** Body.",
            "## Sub",
            "- one",
            "- two",
            "1. first",
            "2. second",
            "@table 1,2",
            "@row A | B",
            "@row c | d",
        ]
    )
    section = parse_section(text, "test")
    blocks = section.clauses[0].blocks
    assert section.title == "Title"
    assert blocks[0] == Paragraph("First line continues here.")
    assert blocks[1] == Paragraph("Body.", lead="Lead.")
    assert blocks[2] == Subheading("Sub")
    assert blocks[3] == BulletList((Paragraph("one"), Paragraph("two")))
    assert blocks[4] == NumberedList((Paragraph("first"), Paragraph("second")))
    assert blocks[5] == Table(header=("A", "B"), rows=(("c", "d"),), widths=(1, 2))


def test_user_text_is_never_markup() -> None:
    printed = ["- **x** | @clause y", "B.V."]
    user, name = f"{OPEN}0{CLOSE}", f"{OPEN}1{CLOSE}"
    text = f"@title T\n@clause purpose.why\n{user}\n\n**{user}** {name}.\n@table\n@row {user} | b"
    section = parse_section(text, "t", printed)
    paragraph, lead, table = section.clauses[0].blocks
    assert paragraph == Paragraph("- **x** | @clause y")
    # The lead is the template's bold text; the name's own full stop ends the sentence.
    assert lead == Paragraph("B.V.", lead="- **x** | @clause y")
    assert isinstance(table, Table) and table.header == ("- **x** | @clause y", "b")


def test_a_value_printed_twice_and_captured_output_stay_literal() -> None:
    env = environment(Language.EN)
    template = env.from_string(
        "@title {{ v }}\n@clause purpose.why\n{% set c %}[{{ v }}]{% endset %}{{ c }} {{ v }}\n"
    )
    text, printed = render_template(template, {"v": "a | **b**"})
    section = parse_section(text, "t", printed)
    assert section.title == "a | **b**"
    assert section.clauses[0].blocks == (Paragraph("[a | **b**] a | **b**"),)


@pytest.mark.parametrize(
    "broken",
    [
        "@clause purpose.why\ntext",
        "@title T\n@clause no.such.clause\ntext",
        "@title T\ntext first",
        "@title T\n@bogus",
    ],
)
def test_template_mistakes_are_reported(broken: str) -> None:
    with pytest.raises(WordingError):
        parse_section(broken, "test")


def test_environment_is_sandboxed_and_strict() -> None:
    env = environment(Language.EN)
    assert isinstance(env, SandboxedEnvironment)
    with pytest.raises(Exception, match=r"undefined|unsafe"):
        env.from_string("{{ ''.__class__.__mro__ }}").render()
    with pytest.raises(Exception, match="undefined"):
        render_template(env.from_string("{{ nothing_here }}"), {})


@pytest.mark.parametrize("language", list(Language))
def test_user_text_comes_out_literally(minimal_raw: dict[str, Any], language: Language) -> None:
    minimal_raw["organisation"]["name"] = HOSTILE
    minimal_raw["governance"]["communications_owner"] = "**b** - c"
    minimal_raw["channels"] = [
        {"id": "linkedin", "official_account": True, "manager": "Piet | Jan"}
    ]
    project = validate_raw(minimal_raw)
    outline = build_outline(project, DocumentKind.CODE_OF_CONDUCT, language)
    text = outline_text(outline)
    assert HOSTILE in text
    assert "**b** - c" in text
    table = outline.section("channels").clauses[0].blocks[1]
    assert isinstance(table, Table) and table.rows[0][2] == "Piet | Jan"
    assert OPEN not in text and CLOSE not in text


def template_files() -> list[Path]:
    return sorted(TEMPLATES.rglob("*.j2"))


def test_every_clause_in_the_templates_is_registered_and_used() -> None:
    used: set[str] = set()
    for path in template_files():
        used |= set(re.findall(r"^@clause (\S+)", path.read_text(encoding="utf-8"), re.M))
    assert used == set(CLAUSES)


def test_both_languages_have_the_same_templates() -> None:
    names = {
        lang: {
            p.relative_to(TEMPLATES / lang.value) for p in (TEMPLATES / lang.value).rglob("*.j2")
        }
        for lang in Language
    }
    assert names[Language.NL] == names[Language.EN]


def test_no_brackets_inside_brackets_and_no_rule_fused_into_another() -> None:
    # A bracketed source inside a bracket reads badly ("(Act (Wet), article 5)"), and a
    # block tag closing a list line swallows its newline: "…article 5).- Don't have…".
    from tests.wizard.content.kinds import all_documents

    for name, _, document, language, body in all_documents():
        depth = 0
        for index, char in enumerate(body):
            if char == "(":
                depth += 1
                assert depth < 2, (name, document, language, body[index - 80 : index + 60])
            elif char == ")":
                depth = max(0, depth - 1)
        assert not re.search(r"[.;:]- \w", body), (name, document, language)


@pytest.mark.parametrize("language", list(Language))
def test_education_rules_are_separate_list_items(language: Language) -> None:
    from tests.wizard.content.kinds import kinds

    school = next(p for name, p in kinds() if name.startswith("education-"))
    outline = build_outline(school, DocumentKind.CODE_OF_CONDUCT, language)
    clause = next(c for s in outline.sections for c in s.clauses if c.id == "sector.rules")
    lists = [block for block in clause.blocks if isinstance(block, BulletList)]
    assert lists and len(lists[0].items) == 2
