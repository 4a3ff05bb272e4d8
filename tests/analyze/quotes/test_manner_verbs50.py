"""Verbs of the manner of speaking as quote-only cues (cues.QUOTE_ONLY_LEMMAS): texts written
for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize("verb", ["retaliated", "fumed", "deadpanned", "sniffed", "barked"])
def test_words_after_a_manner_verb_are_not_the_last_speakers(pipeline: Pipeline, verb: str) -> None:
    # without the cue the second words ran on as Orlov's, one quote with his
    text = (
        "Tomas Orlov spoke first. “The plan is dead,” he said. “The valley will always be "
        f"the valley, and nobody can change that,” Ana Ruiz {verb}. The vote is "
        "on Friday."
    )
    assert speakers_shown(pipeline, text, "nobody can change that") == ["Ana Ruiz"]
    assert speakers_shown(pipeline, text, "The plan is dead") == ["Tomas Orlov"]


def test_a_manner_verb_without_quoted_words_is_no_cue(pipeline: Pipeline) -> None:
    text = "Ana Ruiz fumed at the delay for an hour in the rain. The vote is on Friday."
    assert quotes_and_speakers(pipeline, text) == []


def test_a_manner_verb_away_from_the_marks_is_no_cue(pipeline: Pipeline) -> None:
    # the marked words are nicknames the writer cites; "muttering" is a sound he made
    text = (
        "The old boss was nicknamed “the Sleepy Baron of the Docks” by the papers, for his "
        "habit of shuffling along the quay in his slippers, muttering to himself."
    )
    shown = [s for q, s in quotes_and_speakers(pipeline, text) if "Sleepy Baron" in q]
    assert all(s is None for s in shown)


def test_marks_opening_right_after_a_manner_verb_are_its_words(pipeline: Pipeline) -> None:
    text = "The car stopped. A man standing next to her screamed, “No, no, stop the car now!”"
    assert speakers_shown(pipeline, text, "stop the car now") == ["A man"]


def test_tokenised_opening_marks_after_a_manner_verb(pipeline: Pipeline) -> None:
    text = (
        "The car stopped . A man standing next to her screamed , `` No , no , stop the car "
        "now ! '' and ran ."
    )
    assert speakers_shown(pipeline, text, "stop the car") == ["A man"]
