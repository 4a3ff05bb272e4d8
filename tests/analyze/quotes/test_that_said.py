"""The connectives "That said," (nevertheless) and "All told," (in all) opening a sentence:
"That" and "All" are no source and the words after the comma are nobody's by them.
Sentences written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_that_said_opening_a_sentence_is_the_writers_connective(pipeline: Pipeline) -> None:
    text = "The port lost money in May. That said, the harbour board says the port will stay open."
    quote = quote_with(pipeline, text, "the port will stay open")
    assert quote.speaker is not None and quote.speaker.text == "the harbour board"
    assert quote.cue == "says"


def test_a_sign_that_said_still_reports(pipeline: Pipeline) -> None:
    text = "The harbour board put up a sign that said the pier was closed."
    quote = quote_with(pipeline, text, "the pier was closed")
    assert quote.cue == "said"


def test_all_told_opening_a_sentence_reports_nothing(pipeline: Pipeline) -> None:
    art = pipeline.run(
        Article(
            id="t", text="The fleet grew in May. All told, forty boats now fish from the harbour."
        )
    )
    assert not art.quotes
