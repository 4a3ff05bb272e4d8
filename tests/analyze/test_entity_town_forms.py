"""A town written with its country is a place, whatever the recogniser typed it (issue 14,
"Ras Lanuf" PERSON in a reading of Timeline17). Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names


def test_a_town_written_with_its_country_is_a_place_not_a_person() -> None:
    # the recogniser types an unknown two-word town a person by its shape
    text = (
        "Jets struck near Ras Vell , Dorvia , on Monday .\n"
        "Ras Vell , Dorvia -LRB- KNN -RRB- -- It was dawn in Ras Vell ."
    )
    spans = [("Ras Vell", "PERSON"), ("Dorvia", "GPE"), ("Ras Vell", "PERSON")]
    got = _names(text, [*spans, ("Dorvia", "GPE"), ("KNN", "ORG"), ("Ras Vell", "PERSON")])
    assert [label for label, name in got if name == "Ras Vell"] == ["GPE", "GPE", "GPE"]


def test_people_listed_with_their_countries_stay_people() -> None:
    # a results list: no town there, the article never goes "in Ana Vell"
    text = "Results : 1. Ana Vell , Dorvia , 2:05 . 2. Bo Kessler , Tarnland , 2:07 ."
    spans = [
        ("Ana Vell", "PERSON"),
        ("Dorvia", "GPE"),
        ("Bo Kessler", "PERSON"),
        ("Tarnland", "GPE"),
    ]
    got = _names(text, spans)
    assert ("PERSON", "Ana Vell") in got and ("PERSON", "Bo Kessler") in got
