"""A possessive in -s written with a curly apostrophe ("Rivas’ campaign email notes that
..."): the tagger reads the apostrophe as a closing quotation mark, which no source phrase
runs across, so the source lost its owner ("campaign email to his supporters"). The
phrase now keeps it, as it does with a straight apostrophe (noun_phrases.py). Every text
is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_curly_possessive_keeps_its_owner(pipeline: Pipeline) -> None:
    text = (
        "Rivas’ fundraising email to his supporters notes that Ana Ruiz is a civil rights lawyer."
    )
    assert speaker_text(pipeline, text, "civil rights lawyer") == (
        "Rivas’ fundraising email to his supporters"
    )


def test_as_a_straight_one_does(pipeline: Pipeline) -> None:
    text = (
        "Rivas' fundraising email to his supporters notes that Ana Ruiz is a civil rights lawyer."
    )
    assert speaker_text(pipeline, text, "civil rights lawyer") == (
        "Rivas' fundraising email to his supporters"
    )


def test_a_closing_mark_after_other_words_still_breaks_the_phrase(pipeline: Pipeline) -> None:
    # the words quoted in single marks are no owner of the phrase after them
    text = "They called it ‘a farce’ and the board’s lawyers said the vote would stand."
    speaker = speaker_text(pipeline, text, "the vote would stand")
    assert speaker is not None and "farce" not in speaker
