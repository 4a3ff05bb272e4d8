"""A pronoun after two people joined by "and", and gender read from a "whose" clause:
speakers18's cases on invented texts."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.genders import person_genders
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_JOINED = (
    "Astronaut Tom Brell{who} spoke to reporters outside the clinic in Vardo on Friday. "
    '"She is improving every day," {title}Brell said. Brell and Kiri Lanz, the clinic '
    "director, met the press together. Now, he said, the family wants some privacy."
)


def test_a_person_joined_to_the_last_speaker_does_not_take_his_pronoun(
    pipeline: Pipeline,
) -> None:
    # Lanz, introduced with an appositive but joined to Brell by "and", is no new subject
    # that takes "he" from Brell; neither's gender is known, so the pronoun is not guessed
    text = _JOINED.format(who="", title="")
    q = quote_with(pipeline, text, "wants some privacy")
    assert q.speaker is not None
    assert q.speaker.name is None


def test_the_last_speaker_known_to_fit_keeps_the_pronoun_over_one_joined_to_him(
    pipeline: Pipeline,
) -> None:
    text = _JOINED.format(who=", whose wife is in the clinic,", title="Mr. ")
    q = quote_with(pipeline, text, "wants some privacy")
    assert q.speaker is not None
    assert q.speaker.name == "Tom Brell"


def test_a_whose_clause_gives_the_owned_ones_gender_not_the_persons() -> None:
    text = "Mr. Tom Brell, whose wife is a pilot, flew home."
    entities = [EntityMention(4, 13, "Tom Brell", "PERSON")]
    assert person_genders(text, entities, [Sentence(0, len(text))]) == {"Tom Brell": "m"}


def test_they_after_a_body_named_as_what_it_was_is_not_guessed(pipeline: Pipeline) -> None:
    # the Red Hand group, named as the predicate, is in view as much as the police
    text = (
        "A bomb struck the market in Delvar on Sunday, killing six people. "
        '"The bomb was hidden in a cart," police said. It was the Red Hand group. '
        "They said that the attack was revenge for the arrests."
    )
    q = quote_with(pipeline, text, "revenge for the arrests")
    assert q.speaker is not None
    assert q.speaker.name is None


def test_they_keeps_the_source_that_itself_named_the_body(pipeline: Pipeline) -> None:
    # the predicate is inside what the officials said, so the officials stay in view
    text = (
        "A bomb struck the market in Delvar on Sunday. It was the Red Hand group, officials "
        "said on Monday. They said that the attack was revenge for the arrests."
    )
    q = quote_with(pipeline, text, "revenge for the arrests")
    assert q.speaker is not None
    assert q.speaker.name == "officials"
