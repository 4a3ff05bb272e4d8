"""A pronoun subject of a clause reported by someone's words is written as that someone
when the discourse resolved it to them ("Vell said he expected that ..."): the scheme
writes the reporting subject as the source. Sentences written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.outer_source import continued_speaker
from storyline.model import Span, Speaker, SpeakerResolution


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_reporting_subject_is_written_for_the_pronoun_it_continues(
    pipeline: Pipeline,
) -> None:
    text = (
        "In an interview with “Morning Hour,” when asked about the levy, Mayor Tomas Vell "
        "said he expected that residents will say “no” to the levy."
    )
    quote = quote_with(pipeline, text, "residents will say")
    assert quote.speaker is not None
    assert quote.speaker.text == "Mayor Tomas Vell"
    assert quote.speaker.name == "Tomas Vell"


def test_the_same_pronoun_outside_is_written(pipeline: Pipeline) -> None:
    text = "In an interview with “Morning Hour,” he said he expected that residents will say “no”."
    quote = quote_with(pipeline, text, "residents will say")
    assert quote.speaker is not None
    assert (quote.speaker.start, quote.speaker.text) == (text.index("he said"), "he")


_TEXT = "Ana Ruiz said he doubts it."


def _he(resolution: SpeakerResolution, evidence: Span | None) -> Speaker:
    start = _TEXT.index("he ")
    return Speaker("he", start, start + 2, "Ana Ruiz", True, resolution, evidence)


def test_only_a_pronoun_resolved_to_the_outer_name_moves() -> None:
    outer = (0, 8)
    moved = continued_speaker(_TEXT, _he("pronoun", Span(0, 8, "Ana Ruiz")), outer)
    assert moved is not None and (moved.text, moved.start, moved.end) == ("Ana Ruiz", 0, 8)
    assert moved.resolved_from == Span(0, 8, "Ana Ruiz")
    # resolved to someone named elsewhere, or not resolved: the pronoun stays
    elsewhere = _he("pronoun", Span(40, 48, "Tom Hale"))
    assert continued_speaker(_TEXT, elsewhere, outer) == elsewhere
    unresolved = _he("unresolved", None)
    assert continued_speaker(_TEXT, unresolved, outer) == unresolved
    assert continued_speaker(_TEXT, None, outer) is None
