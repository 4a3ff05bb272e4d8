"""A that-clause the parse hangs as a relative clause on the last noun of a reporting
verb's phrases is still what the verb says, and the verb's subject says it. Sentences
written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_that_clause_after_the_verbs_phrases_is_its_content(pipeline: Pipeline) -> None:
    text = (
        "Bell has hailed the port vote as “fantastic,” telling reporters during a visit to "
        "Alder on Friday that he thinks the vote is “a great thing.”"
    )
    quote = quote_with(pipeline, text, "great thing")
    assert quote.cue == "telling"
    assert quote.speaker is not None and quote.speaker.text == "Bell"


def test_a_relative_clause_in_the_verbs_phrase_stays_a_description(pipeline: Pipeline) -> None:
    # "that" stands in the clause as its object: the clause tells which members, and
    # what was told is the clause after it
    text = "Ruiz told the board members that she met in Alder that the ferry would stay."
    quote = quote_with(pipeline, text, "ferry would stay")
    assert quote.cue == "told"
    assert quote.speaker is not None and quote.speaker.text == "Ruiz"
