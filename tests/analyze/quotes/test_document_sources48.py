"""A document a source names, shown by its author or with who put it out (authors.py,
nominal.in_source, noun_phrases). Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_figures_released_by_a_body_on_a_day_keep_the_body(pipeline: Pipeline) -> None:
    # the day after the body no longer cuts the phrase to "figures", a thing alone
    text = (
        "According to figures released by the transport board on Tuesday, 3,100 train "
        "journeys have now been cancelled since Monday."
    )
    assert speakers_shown(pipeline, text, "train journeys") == [
        "figures released by the transport board"
    ]


def test_the_statement_a_named_lawyer_issued_is_the_lawyers(pipeline: Pipeline) -> None:
    text = (
        "The mayor's lawyer, Anton Brisk, issued a statement saying his client \"firmly "
        'denies" the claims. The statement said the mayor would cooperate with any inquiry.'
    )
    assert speakers_shown(pipeline, text, "cooperate with any inquiry") == ["Anton Brisk"]


def test_a_letter_with_a_relative_clause_is_its_writers(pipeline: Pipeline) -> None:
    # "In the letter, a copy of which ..., Crone asks": the letter is Crone's, not a
    # speaker of its own
    text = (
        "Harwick's mayor, Ilsabet Crone, said she had written to the minister asking for a "
        "meeting. In the letter, a copy of which was shared with the Courier, Crone asks "
        'for a promise that "no school will close this year."'
    )
    assert set(speakers_shown(pipeline, text, "no school will close")) == {"Ilsabet Crone"}


def test_a_letter_written_by_someone_of_a_body_is_theirs_not_the_bodys(
    pipeline: Pipeline,
) -> None:
    # "of the Velmar Falls Academy" says whom she works for: the Academy wrote nothing
    text = (
        "The boy's head teacher, Marisol Quenby of the Velmar Falls Academy, wrote a warm "
        'letter describing him as a gifted pupil. "Tomas made huge progress this year," the '
        "letter read."
    )
    assert speakers_shown(pipeline, text, "huge progress") == ["Marisol Quenby"]
