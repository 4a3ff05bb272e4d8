"""The source rules given the article's mention starts and people, built once, answer as
they do building them for each source (turns.py: `entity_starts`, `person_places`)."""

from __future__ import annotations

from storyline.analyze.quotes.record import Attribution
from storyline.analyze.quotes.turns import (
    appositive_before,
    appositive_head,
    entity_starts,
    inverted_subject,
    person_places,
)
from storyline.model import EntityMention


def _mention(text: str, name: str, label: str, after: int = 0) -> EntityMention:
    start = text.index(name, after)
    return EntityMention(start, start + len(name), name, label)


TEXT = (
    "Dorvan Mills hired staff . Marisol Quenby , science director for the conservation "
    "group Velmar Watch told the paper it was over . The head of the flu team , Oren Pike , "
    "said it had shifted . `` We waited , '' remarked Ivo Tarrant at the Kestra Lodge ."
)
ENTITIES = [
    _mention(TEXT, "Dorvan Mills", "ORG"),
    _mention(TEXT, "Marisol Quenby", "PERSON"),
    _mention(TEXT, "Velmar Watch", "ORG"),
    _mention(TEXT, "Oren Pike", "PERSON"),
    _mention(TEXT, "Ivo Tarrant", "PERSON"),
    _mention(TEXT, "Kestra Lodge", "FAC"),
]
VERBS = [TEXT.index(v) for v in ("hired", "told", "said", "waited", "remarked")]


def test_person_places_are_the_people_in_order() -> None:
    assert entity_starts(ENTITIES) == [e.start for e in ENTITIES]
    assert person_places(ENTITIES) == [1, 3, 4]
    assert person_places([ENTITIES[0], ENTITIES[2]]) == []


def test_appositive_head_with_the_lists_built_once() -> None:
    starts, people = entity_starts(ENTITIES), person_places(ENTITIES)
    group = (ENTITIES[2].start, ENTITIES[2].end)
    quenby = (ENTITIES[1].start, ENTITIES[1].end)
    assert appositive_head(TEXT, group, ENTITIES, VERBS, starts, people) == quenby
    for e in ENTITIES:
        source = (e.start, e.end)
        assert appositive_head(TEXT, source, ENTITIES, VERBS, starts, people) == appositive_head(
            TEXT, source, ENTITIES, VERBS
        )
    # no person before the source: none to hang the appositive on
    bodies = [ENTITIES[0], ENTITIES[2]]
    assert (
        appositive_head(TEXT, group, bodies, VERBS, entity_starts(bodies), person_places(bodies))
        is None
    )


def test_appositive_before_and_inverted_subject_with_the_starts_built_once() -> None:
    starts = entity_starts(ENTITIES)
    said = TEXT.index("said")
    pike = (ENTITIES[3].start, ENTITIES[3].end)
    assert appositive_before(TEXT, said, ENTITIES, starts) == pike
    for cue in VERBS:
        assert appositive_before(TEXT, cue, ENTITIES, starts) == appositive_before(
            TEXT, cue, ENTITIES
        )
    remarked = TEXT.index("remarked")
    a = Attribution(remarked, remarked + len("remarked"), "remarked", None, None)
    source = (TEXT.index("We"), TEXT.index("We") + 2)
    tarrant = (ENTITIES[4].start, ENTITIES[4].end)
    assert inverted_subject(TEXT, source, a, ENTITIES, starts) == tarrant
    assert inverted_subject(TEXT, source, a, ENTITIES) == tarrant
