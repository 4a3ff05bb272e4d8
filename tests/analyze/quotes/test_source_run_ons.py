"""Source phrases run on from the sentence before or from a fronted phrase (source_ends.py).
Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.source_ends import name_after_fronted
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_name_after_an_unseen_stop_at_an_abbreviation_is_the_speaker(pipeline: Pipeline) -> None:
    # "... in the U.S. Brannt also noted": the recogniser keeps one sentence across the
    # abbreviation, and the parse took the tail of the sentence before into the subject
    text = (
        "Velmar phones managed to outsell Korvath phones. Korvath users, however, account "
        "for over half of those using the web on a phone in the U.S. Brannt also noted "
        "that over five billion apps have been bought from the Korvath store."
    )
    assert speakers_shown(pipeline, text, "five billion apps") == ["Brannt"]


def test_a_place_and_a_body_before_it_stay_one_phrase_when_not_a_run_on(
    pipeline: Pipeline,
) -> None:
    text = 'Officials at the U.S. Embassy said that the visas were "on hold" for now.'
    assert speakers_shown(pipeline, text, "on hold") == ["Officials at the U.S. Embassy"]


@pytest.mark.parametrize("place", ["the US", "Velmar"])
def test_a_fronted_phrase_before_the_name_is_no_speaker(pipeline: Pipeline, place: str) -> None:
    text = (
        "Lunair chief Otto Kessler said the deal was good. Some of the old planes will be "
        f"replaced by the new aircraft. As well as new routes to {place}, Kessler stated "
        "that there was a possibility of routes elsewhere resulting from the new aircraft."
    )
    assert speakers_shown(pipeline, text, "routes elsewhere") == ["Otto Kessler"]


def _after_fronted(subject: str) -> str:
    """The source `name_after_fronted` gives for "As well as new routes south, <subject>
    stated ...", when only "Otto Mannix" (named in full before) is a recognised mention."""
    text = f"Otto Mannix runs Lunair. As well as new routes south, {subject} stated that it grew."
    entities = [EntityMention(0, len("Otto Mannix"), "Otto Mannix", "PERSON")]
    phrase = text.index("new routes south")
    source = (phrase, phrase + len("new routes south"))
    found = name_after_fronted(text, source, text.index(" stated") + 1, entities)
    return text[found[0] : found[1]]


def test_a_surname_the_recogniser_missed_after_the_fronted_phrase_is_the_speaker() -> None:
    # no mention of "Mannix" at the verb: the surname of the person named in full before
    assert _after_fronted("Mannix") == "Mannix"


def test_a_capitalised_word_no_person_bears_leaves_the_phrase() -> None:
    assert _after_fronted("Officials") == "new routes south"


@pytest.mark.parametrize("when", ["today", "on Monday"])
def test_a_time_word_closing_a_joined_source_leaves_both_names(
    pipeline: Pipeline, when: str
) -> None:
    text = (
        "Prime Minister Harold Quenby and federal industry minister Ian Brask "
        f"{when} announced that the plant would stay open."
    )
    assert speakers_shown(pipeline, text, "plant would stay open") == [
        "Harold Quenby and Ian Brask"
    ]
