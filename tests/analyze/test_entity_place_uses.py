"""A town the small model types a body or a person throughout an article is a place where
the text writes it after "in", "near" or "residents of"; a company written after "a stake
in" stays a body. Names invented."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, EntityMention


def _entities(text: str) -> list[EntityMention]:
    return list(Pipeline(["sentences", "entities"]).run(Article(id="a", text=text)).entities)


def _flood(town: str) -> str:
    return (
        f"{town.upper()} - Floodwater rose in {town} on Monday. The council of {town} said "
        f"300 homes were evacuated. {town} has not flooded since 1998. Residents of {town} "
        f"were moved to a school. Police in {town} closed the bridge."
    )


@pytest.mark.parametrize("town", ["Haverstrand", "Velgate", "Dunmarrow"])
def test_a_town_written_after_prepositions_of_place_is_a_place(town: str) -> None:
    found = _entities(_flood(town))
    labels = {e.label for e in found if e.text.casefold() == town.casefold()}
    assert labels == {"GPE"}, [(e.text, e.label) for e in found]


def test_a_body_with_a_speech_verb_stays_a_body() -> None:
    text = (
        "Haverstrand said on Monday it would build a plant in Tarrow. Investors in "
        "Haverstrand were told the plant would open in May. Workers in Haverstrand "
        "plants went on strike. Haverstrand said it would talk to the union."
    )
    found = _entities(text)
    labels = {e.label for e in found if e.text == "Haverstrand"}
    assert labels and "GPE" not in labels, [(e.text, e.label) for e in found]


def test_a_surname_of_a_person_named_in_full_stays_the_person() -> None:
    text = (
        "Ilse Velgate spoke in Tarrow on Monday. Crowds cheered in Velgate 's honour. "
        "Velgate said the vote was close. Critics in Velgate 's party were quiet."
    )
    found = _entities(text)
    labels = {e.label for e in found if e.text == "Velgate"}
    assert labels == {"PERSON"}, [(e.text, e.label) for e in found]


def test_a_body_s_common_name_after_in_stays_a_body() -> None:
    text = (
        "The bill stalled in Congress on Monday. Many people in Congress opposed it, and "
        "the mood in Congress was grim, Ana Rusk said."
    )
    found = _entities(text)
    labels = {e.label for e in found if e.text == "Congress"}
    assert labels and "GPE" not in labels, [(e.text, e.label) for e in found]
