"""An opening "in" phrase that names a speech, an interview, a letter or a study gives the
words after it to the one the clause names as its subject, who gave it; a poll, a view
and a share of those asked keep the "in" noun as the source. Sentences written for it."""

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
            "In a speech in Port Alder on Friday, Mayor Ana Ruiz laid out her plan to "
            "double the ferry service.",
            "double the ferry",
            "Mayor Ana Ruiz",
        ),
        (
            "In a statement issued Tuesday morning, the harbour board was more cautious "
            "than the council.",
            "more cautious",
            "the harbour board",
        ),
        ("In another column, she compared the river tax to a flood.", "river tax", "she"),
    ],
)
def test_the_subject_gave_the_speech_the_in_phrase_names(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(pipeline, text, words)
    assert quote.cue == "In"
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In a Valley Courier poll last month, Mr. Brandt had a ten-point lead over his rival.",
            "ten-point lead",
            "a Valley Courier poll",
        ),
        # a view is its holder's: "her", not the phrase "her view" (classes49)
        ("In her view, Mr. Brandt has already lost the harbour vote.", "harbour vote", "her"),
        (
            "In a recent report, 40 percent of the wells in the valley were dry.",
            "wells in the valley",
            "a recent report",
        ),
    ],
)
def test_a_poll_a_view_or_a_share_keeps_the_in_noun(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(pipeline, text, words)
    assert quote.speaker is not None and quote.speaker.text == speaker
