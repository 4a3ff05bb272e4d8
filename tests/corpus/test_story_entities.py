"""A story's top entities are the store's canonical entities, counted on the story's mentions."""

from __future__ import annotations

from storyline.corpus.story_entities import story_entities
from storyline.model import EntityMention


def _m(text: str, label: str) -> EntityMention:
    return EntityMention(0, len(text), text, label, text, None)


def test_a_story_lists_a_short_form_under_the_stores_long_name_and_its_one_type() -> None:
    store = [_m("Bay of Tarvo", "LOC")] * 6 + [_m("Bay", "LOC")] * 2 + [_m("Kell", "GPE")]
    # the story's own few mentions type the long name otherwise and hold too little to join
    story = [_m("Bay of Tarvo", "FAC"), _m("Bay", "LOC"), _m("Kell", "GPE"), _m("Kell", "GPE")]
    top = story_entities(store + story, story)
    assert [(e.name, e.type, e.mentions) for e in top] == [
        ("Bay of Tarvo", "LOC", 2),
        ("Kell", "GPE", 2),
    ]
    assert any("short form" in r for r in top[0].alias_evidence)


def test_a_story_mention_the_store_does_not_hold_is_counted_not_dropped() -> None:
    top = story_entities([_m("Kell", "GPE")], [_m("Kell", "GPE"), _m("Orin Dask", "PERSON")])
    assert {(e.name, e.mentions) for e in top} == {("Kell", 1), ("Orin Dask", 1)}


def test_a_lone_surname_is_the_stores_person_only_where_the_story_names_them_in_full() -> None:
    store = [_m("Dana Vale", "PERSON")] * 4 + [_m("Vale", "PERSON")] * 3
    # the story never names Dana Vale: its "Vale" may be anyone of that name
    top = story_entities(store, [_m("Vale", "PERSON"), _m("Vale", "PERSON")])
    assert [(e.name, e.mentions) for e in top] == [("Vale", 2)]
    top = story_entities(store, [_m("Vale", "PERSON"), _m("Dana Vale", "PERSON")])
    assert [(e.name, e.mentions) for e in top] == [("Dana Vale", 2)]
