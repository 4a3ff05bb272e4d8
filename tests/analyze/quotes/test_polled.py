"""A share of those asked speaks through the poll or report that counted it, named by an
opening "in" phrase or a closing "according to"; someone named keeps their own words.
Sentences written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In a Valley Courier poll released Monday, 31 percent of Westland voters said "
            "they were eager to vote.",
            "eager to vote",
            "a Valley Courier poll",
        ),
        (
            "The vast majority of anglers say they prefer cheaper bait, even if it comes "
            "from abroad, according to a Harbour Gazette poll released Thursday.",
            "cheaper bait",
            "a Harbour Gazette poll",
        ),
        ("In the poll, 54 % of those asked said the war was a mistake.", "mistake", "the poll"),
        (
            "Nearly three in four say they would like to buy local nets, according to the survey.",
            "local nets",
            "the survey",
        ),
    ],
)
def test_a_share_of_those_asked_speaks_through_the_poll(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(pipeline, text, words)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Ana Ruiz said she would close the old bridge, according to the Valley Courier.",
            "close the old bridge",
            "Mayor Ana Ruiz",
        ),
        (
            "Most of the 31 percent who voted said nothing, and the harbour board said the "
            "count was late.",
            "count was late",
            "the harbour board",
        ),
    ],
)
def test_someone_named_keeps_their_words(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(pipeline, text, words)
    assert quote.speaker is not None and quote.speaker.text == speaker
