"""Cues read as stating nothing though the words say what was stated (verb_content.valued_at,
shown.may_show, attribution). Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Dorvanian Insurers' Council estimated insured losses at between 200 and 300 "
            "million crowns.",
            "insured losses at between 200",
            "Dorvanian Insurers' Council",
        ),
        (
            "Separately, the Velmar Falls Review estimates agency spending at 1.2 million "
            "crowns for the week.",
            "agency spending at 1.2 million",
            "Velmar Falls Review",
        ),
        ("The organisers had estimated the crowd at 9,000.", "the crowd at 9,000", None),
        (
            "The Velmar Falls Review estimates agency spending during the three days at 3.4 "
            "million crowns.",
            "during the three days at 3.4 million",
            "Velmar Falls Review",
        ),
    ],
)
def test_an_estimate_with_its_figure_is_stated(
    pipeline: Pipeline, text: str, words: str, speaker: str | None
) -> None:
    # the object and the figure "at" sets on it are the estimate: its words and speaker
    # are shown (an unnamed description keeps its own words)
    q = quote_with(pipeline, text, words)
    assert q.stated
    if speaker is not None:
        assert q.speaker is not None and q.speaker.name == speaker


def test_an_estimate_without_a_figure_states_nothing(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, "The Velmar Falls Review estimated the damage.", "the damage")
    assert not q.stated


def test_quoted_words_it_was_called_are_the_speakers(pipeline: Pipeline) -> None:
    # "He called it '...'": the quoted words are what he called it, his statement
    text = (
        "Mayor Tobiah Quenn admitted that he had not declared the loan to the council. He "
        'called it "a mistake, and a costly one."'
    )
    assert speakers_shown(pipeline, text, "a costly one") == ["Tobiah Quenn"]


def test_a_term_a_firm_calls_something_is_no_statement(pipeline: Pipeline) -> None:
    text = 'The deal includes what Kessa Mining calls a "walk-away payment" of 20 million crowns.'
    assert speakers_shown(pipeline, text, "walk-away payment") == [None]
