"""The source of an attribution that states nothing when the parse found no subject
(stage.py, turns.person_named): the person its sentence opens with, as for a statement,
kept as the source span PolNeAR reads and shown to no reader; a nationality opening the
sentence is nobody's, nor is the one a participle or a noun cue is said of. Every text is
invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_name_opening_the_sentence_is_the_unstated_source(pipeline: Pipeline) -> None:
    text = (
        "Dana Whitfield had called the harbour plan a disaster in March.\n\nReached by the "
        "Courier, Whitfield, the Kestra party treasurer, hesitated to repeat her previous "
        "criticism of the plan."
    )
    q = quote_with(pipeline, text, "previous criticism")
    assert q.speaker is not None
    assert q.speaker.text == "Whitfield"
    assert q.speaker.resolution == "unstated"
    assert not q.stated  # a deed (not repeating it): no reader is shown a speaker


def test_a_nationality_opening_the_sentence_is_no_unstated_source(pipeline: Pipeline) -> None:
    # "Norwegian" opens the sentence but is no one who suspected anything
    text = (
        "Norwegian officials deny any links to the smugglers, but critics point to "
        "Norwegian charities that fund groups suspected of ties to armed gangs."
    )
    q = quote_with(pipeline, text, "ties to armed gangs")
    assert q.speaker is not None
    assert q.speaker.text == ""
    assert not q.stated


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "known" is said of Whitfield: the one known, not anyone who knows
        (
            "Choosing Dana Whitfield, known for her kinder, gentler humor, signals a change "
            "for the show.",
            "kinder, gentler humor",
        ),
        # the allegations are about Delaney, not his
        (
            "Frank Delaney was suspended for the season for lying to investigators during a "
            "probe of allegations that he received improper gifts from a family friend.",
            "improper gifts",
        ),
    ],
)
def test_the_person_a_participle_or_noun_is_said_of_is_no_source(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None
    assert q.speaker.text == ""
    assert not q.stated
