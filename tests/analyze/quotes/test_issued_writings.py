"""'The statement said' after a name that issued one: its author speaks (authors.py).
Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_statement_a_person_issued_is_theirs(pipeline: Pipeline) -> None:
    text = (
        "Tomas Orrel issued a statement on Monday. The statement said Quenby would cooperate "
        "with any lawful inquiry."
    )
    assert speakers_shown(pipeline, text, "cooperate with any") == ["Tomas Orrel"]


def test_an_appositive_name_issuing_it_is_its_author(pipeline: Pipeline) -> None:
    text = (
        "Quenby's lawyer, Tomas Orrel, issued a statement saying his client denies any "
        "wrongdoing. The statement said Quenby would cooperate with any lawful inquiry."
    )
    assert speakers_shown(pipeline, text, "cooperate with any") == ["Tomas Orrel"]


def test_two_issuers_leave_the_statement_as_written(pipeline: Pipeline) -> None:
    text = (
        "Tomas Orrel issued a statement on Monday, and Velmar Freight released a statement "
        "an hour later. The statement said Quenby would cooperate with any lawful inquiry."
    )
    assert speakers_shown(pipeline, text, "cooperate with any") == ["The statement"]
