"""The live preview shows an answer that is not valid yet as [its label], like an open one."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from tests.conftest import MINIMAL
from wizard.answers.draft import draft_from_raw, preview_draft
from wizard.answers.model import Language, Project


def draft(**owner: Any) -> dict[str, Any]:
    raw = copy.deepcopy(MINIMAL)
    raw["organisation"]["policy_owner"].update(owner)
    return draft_from_raw(raw)


def test_a_half_typed_address_is_shown_as_its_label() -> None:
    project = preview_draft(draft(email="piet@"), Language.NL)
    assert project is not None
    assert project.organisation.policy_owner.email == "[E-mailadres van de beleidseigenaar]"
    assert project.organisation.name == "De Linde"
    english = preview_draft(draft(email="piet@"), Language.EN)
    assert (
        english is not None and english.organisation.policy_owner.email == "[Policy owner's e-mail]"
    )


def test_a_marker_is_never_a_valid_address_outside_the_preview() -> None:
    with pytest.raises(ValidationError):
        Project.model_validate(draft(email="[E-mailadres van de beleidseigenaar]"))


def test_a_value_out_of_range_still_has_no_preview() -> None:
    broken = draft()
    broken["organisation"]["review_months"] = 99
    assert preview_draft(broken, Language.NL) is None
