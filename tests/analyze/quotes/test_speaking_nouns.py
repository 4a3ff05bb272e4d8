"""One vocabulary of nouns for who can speak (`speaking_nouns`), read the same way by the
statement check, the shown-speaker check and the pronoun's referents: texts written here."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.speaking_nouns import (
    PLACE_NOUNS,
    SPEAKING_NOUNS,
    names_a_person,
    names_a_speaker,
    singular,
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("officials", "official"),
        ("authorities", "authority"),
        ("women", "woman"),
        ("children", "child"),
        ("witnesses", "witness"),
        ("press", "press"),
    ],
)
def test_a_plural_is_read_through_its_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


@pytest.mark.parametrize("noun", ["coach", "spokeswoman", "minister", "critic", "widow"])
def test_one_person_is_a_person_and_a_speaker(noun: str) -> None:
    assert names_a_person(noun)
    assert names_a_speaker(noun)


@pytest.mark.parametrize("noun", ["ministry", "crowd", "residents", "report", "airline"])
def test_bodies_groups_and_writings_speak_but_are_no_person(noun: str) -> None:
    assert names_a_speaker(noun)
    assert not names_a_person(noun)


def test_places_are_kept_apart_from_the_nouns_that_make_a_statement() -> None:
    assert not PLACE_NOUNS & SPEAKING_NOUNS
    assert not names_a_speaker("country") and not names_a_speaker("hospitals")
    assert not names_a_speaker("reason") and not names_a_speaker("comments")


def test_a_person_noun_makes_a_broad_verb_a_view_someone_states(pipeline: Pipeline) -> None:
    # "coach" was a person to the pronoun check and the shown check but not to the
    # statement check, so "expects" was read as a state and its speaker withheld
    q = quote_with(pipeline, "The coach expects the team to win on Sunday.", "the team")
    assert q.speaker is not None and q.speaker.name == "The coach"


def test_a_place_shows_as_a_speaker_only_with_a_verb_of_saying(pipeline: Pipeline) -> None:
    q = quote_with(pipeline, '"We have no beds left," the hospital said.', "no beds")
    assert q.speaker is not None and q.speaker.name == "the hospital"


@pytest.mark.parametrize(
    ("source", "pronoun"),
    [("a critic of the plan", "he"), ("a customer of the bank", "she")],
)
def test_a_later_pronoun_continues_an_unnamed_person_the_vocabulary_knows(
    pipeline: Pipeline, source: str, pronoun: str
) -> None:
    # "critic" and "customer" were speakers to the statement check only: the pronoun
    # passed over them to the mayor named before
    text = (
        "Mayor Tom Hale defended the dam on Monday. "
        f'"It will ruin the valley," said {source}. "Nobody asked us," {pronoun} said.'
    )
    q = quote_with(pipeline, text, "Nobody asked")
    assert q.speaker is not None and q.speaker.canonical != "Tom Hale"
    assert q.speaker.name == source
