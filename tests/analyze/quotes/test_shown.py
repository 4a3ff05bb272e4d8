"""What is shown as someone's statement (analyze/quotes/shown.py): a thing carrying words
(placards, a sign) is no speaker, and what someone referred to is a topic, not their
words (statements2, issue 14). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_words_on_placards_are_no_ones_statement(pipeline: Pipeline) -> None:
    text = (
        "On one side sits a row of tents , home-made placards calling for the soldiers to "
        "come home and a long line of flags ."
    )
    q = quote_with(pipeline, text, "soldiers to come home")
    assert q.speaker is not None and "placards" in q.speaker.text  # kept for scoring
    assert not q.stated


def test_a_sign_saying_quoted_words_shows_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Outside the gate a sign saying `` Keep out of the harbour zone now '' hung on the wire ."
    )
    assert not quote_with(pipeline, text, "Keep out").stated


def test_what_someone_referred_to_is_not_their_statement(pipeline: Pipeline) -> None:
    text = (
        "Ana Ruiz said the voters are getting confusing messages about whether the mayor "
        "should leave office , referring to a state envoy 's comments that the mayor must "
        "stay in place during a transition ."
    )
    q = quote_with(pipeline, text, "envoy 's comments")
    assert q.cue == "referring" and not q.stated
    assert quote_with(pipeline, text, "confusing messages").stated
