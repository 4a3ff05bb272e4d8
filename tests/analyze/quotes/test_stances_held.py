"""A stance or a question someone turns over is no words they said (notspeech42, issue 14):
an adjective of a stance ("critical of", "unhappy that", "concerned that") and a verb of
doubt or of a question ("doubt the council could", "wonders whether", "are considering
whether") tell a state of mind the writer describes. A verb of saying with the same
clause, a view held ("believe that"), and quoted words keep their speaker. Every text is
invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # adjectives of a stance: a noun phrase or a clause, no words given
        (
            "Senator Ilse Marr was critical of the harbour board 's decision to sell the pier .",
            "decision to sell",
        ),
        ("Senator Ilse Marr has been critical of the Tolva-led ferry union .", "ferry union"),
        (
            "Varn Shipping was unhappy that its contract for the pier was open to bids .",
            "its contract",
        ),
        (
            "Engineers at the Osk dam are concerned that a rise in pressure might crack the wall .",
            "a rise in pressure",
        ),
        # a doubt or a question turned over
        (
            "Some councillors in Tolva doubt the board could pass the levy this year .",
            "the board could pass",
        ),
        (
            "Ivo Marr wonders whether his daughter will know him after the war .",
            "his daughter will know",
        ),
        (
            "Experts at the Osk dam are considering whether a storm could stop work at the wall .",
            "a storm could stop",
        ),
        ("The ferrymen wondered how the board would pay for the new pier .", "the board would pay"),
    ],
)
def test_a_stance_or_a_question_held_is_no_statement(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None  # the source span is kept for PolNeAR's scoring
    assert q.speaker.name is None
    assert not q.stated


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a view held and stated
        (
            "Engineers at the Osk dam believe that a rise in pressure might crack the wall .",
            "a rise in pressure",
            "Engineers",
        ),
        # (a question put states nothing since notspeech45: test_notspeech45)
        # quoted words beside an adjective of a stance are words
        (
            "Senator Ilse Marr was critical of the board : “ They sold the pier for nothing . ”",
            "They sold the pier",
            "Ilse Marr",
        ),
    ],
)
def test_a_view_stated_keeps_its_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and q.speaker.name is not None
    assert speaker in q.speaker.name
    assert q.stated


def test_a_stance_in_the_first_person_is_said() -> None:
    """Who says "I am convinced that ..." states it (calibrate42 found one such turn moved)."""
    pipeline = Pipeline(QUOTE_STAGES)
    text = (
        "The harbour board met on Monday . Ana Ruiz , who runs the ferry , spoke after the "
        "vote . I am convinced that the pier will be sold , she said ."
    )
    q = quote_with(pipeline, text, "the pier will be sold")
    assert q.speaker is not None and q.speaker.text == "I"
    assert q.stated
