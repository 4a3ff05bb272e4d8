"""A source read inside the words it introduces is no source (fix49, issue 14): after a
fronted place and an apposition ("In Vorsk, the district returning officer, Maud
Ellery, said the first boxes had been opened") the parse took the reported clause's
subject ("the first boxes") for the speaker. The subject before the verb is taken instead.
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.own_content import source_outside_content
from storyline.analyze.quotes.record import Attribution


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_speaker_is_not_the_reported_subject(pipeline: Pipeline) -> None:
    text = (
        "In Vorsk, the district returning officer, Maud Ellery, said the first boxes had been "
        "opened at 9 a.m. and that each took about an hour to count. She said her team "
        "would work late."
    )
    assert speakers_shown(pipeline, text, "first boxes") == ["Maud Ellery"]
    assert speakers_shown(pipeline, text, "work late") == ["Maud Ellery"]


def test_a_plain_attribution_keeps_its_source(pipeline: Pipeline) -> None:
    text = "The county clerk Maud Ellery said the first ballots had been sorted by noon."
    assert speakers_shown(pipeline, text, "first ballots") == ["Maud Ellery"]


def test_source_outside_content() -> None:
    # "X said the boxes were open": source 10-19 inside content 10-35, after the cue
    inside = Attribution(5, 9, "said", (10, 19), (10, 35))
    assert source_outside_content(inside) is None
    before = Attribution(5, 9, "said", (0, 4), (10, 35))
    assert source_outside_content(before) == (0, 4)
    # an inverted source after the cue but outside the content ("..., said Ana Ruiz")
    inverted = Attribution(30, 34, "said", (35, 43), (0, 28))
    assert source_outside_content(inverted) == (35, 43)
