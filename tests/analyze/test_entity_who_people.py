"""A site's name of a person's shape followed by ", who" is a person: no building is
"who" (ages.followed_by_who). Texts and names invented; recogniser mentions by hand."""

from __future__ import annotations

from entity_spans import names


def test_a_site_shaped_name_followed_by_who_is_a_person() -> None:
    text = (
        "`` The risk is small , '' Orrin Hall , who directs the wildlife agency , said . "
        "Hall said he had read the report ."
    )
    found = names(text, [("Orrin Hall", "FAC"), ("Hall", "PERSON")])
    assert found == [("PERSON", "Orrin Hall"), ("PERSON", "Orrin Hall")]


def test_the_people_of_a_place_followed_by_who_leave_the_place_a_place() -> None:
    text = "Aid reached the people of Tarvo Falls , who had waited a week ."
    assert names(text, [("Tarvo Falls", "GPE")]) == [("GPE", "Tarvo Falls")]


def test_a_building_followed_by_which_stays_a_site() -> None:
    text = "Orrin Hall , which seats 900 , reopened on Friday after the fire ."
    assert names(text, [("Orrin Hall", "FAC")]) == [("FAC", "Orrin Hall")]


def test_a_square_after_a_preposition_followed_by_who_stays_a_site() -> None:
    text = "It was the people in Tarvo Square , who slept in the cold , that won ."
    assert names(text, [("Tarvo Square", "FAC")]) == [("FAC", "Tarvo Square")]
