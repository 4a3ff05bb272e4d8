"""A town the recogniser typed a person, read "near" it, and a page header's place before
the bar and the date (issue 14). Texts and names invented."""

from __future__ import annotations

from entity_spans import names as _names

from storyline.analyze.entities.canonical import RawMention
from storyline.analyze.entities.edges import repair_edges


def test_a_lone_person_word_after_near_is_a_place() -> None:
    text = (
        "Mark Hawley found an old cottage near Pendrow . The tea rooms at Pendrow are good ."
        " Hawley stood near Mark ."
    )
    spans = [
        ("Mark Hawley", "PERSON"),
        ("Pendrow", "PERSON"),
        ("Pendrow", "PERSON"),
        ("Hawley", "PERSON"),
        ("Mark", "PERSON"),
    ]
    assert _names(text, spans) == [
        ("PERSON", "Mark Hawley"),
        ("GPE", "Pendrow"),
        ("GPE", "Pendrow"),
        ("PERSON", "Mark Hawley"),
        ("PERSON", "Mark Hawley"),
    ]


def test_a_titled_name_after_near_stays_a_person() -> None:
    text = "Mr Pendrow sat near Pendrow 's wife ."
    spans = [("Mr Pendrow", "PERSON"), ("Pendrow", "PERSON")]
    assert [label for label, _ in _names(text, spans)] == ["PERSON", "PERSON"]


def test_a_page_headers_place_before_the_bar_and_date_is_no_entity() -> None:
    text = "Arms deals lost : media TARN CITY | Thu Mar 3 , 2011 8:55 am EST Norland will lose ."
    place = text.index("TARN CITY")
    raw = [
        RawMention(place, place + 9, "GPE"),
        RawMention(text.index("Norland"), text.index("Norland") + 7, "GPE"),
    ]
    assert [text[m.start : m.end] for m in repair_edges(text, raw)] == ["Norland"]


def test_a_people_typed_name_with_an_owner_appositive_is_a_business() -> None:
    text = (
        "BP tried to pass the blame on to Deltamarine . Officials from Deltamarine , the rig"
        " owner , told Congress . The Dorvanians , a proud people , voted ."
    )
    spans = [
        ("BP", "ORG"),
        ("Deltamarine", "NORP"),
        ("Deltamarine", "NORP"),
        ("Congress", "ORG"),
        ("Dorvanians", "NORP"),
    ]
    assert _names(text, spans) == [
        ("ORG", "BP"),
        ("ORG", "Deltamarine"),
        ("ORG", "Deltamarine"),
        ("ORG", "Congress"),
        ("NORP", "Dorvanians"),
    ]
