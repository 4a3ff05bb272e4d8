"""Quoted words opening the sentence after a quote's attribution go on with that quote's
speaker, not with a cue in an aside set off after the attribution ("“...,” Pelletier told
the Gazette, after Mayor Halloran stated an interest in the deal. “...”"; "..., as
reported by the Velmar Ledger. “...”")."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "needle", "speaker", "aside"),
    [
        (
            "“They’re not terminable,” spokesman Ron Pelletier told the Gazette in July, "
            "after Mayor Halloran stated an interest in ending the deal. “These contracts "
            "are fully binding.”",
            "fully binding",
            "Ron Pelletier",
            "Halloran",
        ),
        (
            "The candidate spoke at length on Friday. \"I would make sure that it didn't "
            "happen again,\" Halvorsen noted in an interview with Ingrid Solberg's podcast, "
            'as reported by the Velmar Ledger. "And I would take corrective action. Not to '
            'take corrective action is a failure."',
            "corrective action",
            "Halvorsen",
            "Ledger",
        ),
    ],
)
def test_words_after_an_aside_stay_with_the_quotes_speaker(
    pipeline: Pipeline, text: str, needle: str, speaker: str, aside: str
) -> None:
    quote = quote_with(pipeline, text, needle)
    assert quote.speaker is not None, quote
    assert speaker in quote.speaker.text and aside not in quote.speaker.text, quote


def test_a_second_speaker_joined_by_and_still_introduces(pipeline: Pipeline) -> None:
    text = (
        "“We lost the vote,” Halvorsen said on Monday, and Ingrid Solberg added. “We will "
        "be back next year with a better plan.”"
    )
    quote = quote_with(pipeline, text, "better plan")
    assert quote.speaker is not None and quote.speaker.text == "Ingrid Solberg", quote
