"""A pronoun read across another person named since the last speaker (pronouns.py, reactions.py).
Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "quote",
    [
        '"We were about three words away from a deal," he said.',
        '"We were about three words away from a deal. We solved everything," he said.',
    ],
)
def test_a_pronoun_closing_the_quote_after_a_new_subject_is_that_subject(
    pipeline: Pipeline, quote: str
) -> None:
    # the sentence before the quotation brings in another man: "he" is not read back
    # across him to the earlier speaker
    text = (
        'Senate leader Harold Quenby said that he was "very sad" about the vote. '
        '"I dread tomorrow," Quenby said. Republican Senator Dan Brask was also unhappy '
        "about the rejection. " + quote
    )
    assert speakers_shown(pipeline, text, "three words away") == ["Dan Brask"]


def test_a_reaction_two_sentences_back_takes_no_pronoun(pipeline: Pipeline) -> None:
    # a sentence stands between Brask's reaction and the quotation: he is not read as its
    # speaker; the earlier speaker is not guessed across him either
    text = (
        'Senate leader Harold Quenby said that he was "very sad" about the vote. '
        "Republican Senator Dan Brask was also unhappy about the rejection. The chamber "
        'then emptied. "We were about three words away from a deal," he said.'
    )
    assert speakers_shown(pipeline, text, "three words away") == [None]


def test_a_pronoun_is_not_read_back_across_men_named_since(pipeline: Pipeline) -> None:
    # Bob Kessler and Mark Ostrand are named after the last speaker, and a given name says
    # each may be "he": the speaker is no safer a reading, so the pronoun stays unresolved
    text = (
        "In a press conference, Peter Halvorsen said that he was proud of all the new "
        'phones. "We are not perfect," Halvorsen said. The post will be filled by Bob '
        "Kessler, the firm's head of design. Kessler was already involved in the phone. "
        "In April a judge barred Mark Ostrand from working for the firm for a year. Orbis "
        "Systems sued Ostrand in an attempt to block him from joining the firm, but a "
        "settlement was reached after he testified that no secrets had been given away."
    )
    assert speakers_shown(pipeline, text, "no secrets") == [None]
