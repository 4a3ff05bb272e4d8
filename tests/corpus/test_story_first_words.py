"""A body's first word alone in one story is the one body the story names in full (issue
14, held-out reading after cfb0acf): "Harlow" and "Harlow Mae". Names invented."""

from __future__ import annotations

from storyline.corpus.story_entities import story_entities
from storyline.model import EntityMention


def _m(text: str, label: str) -> EntityMention:
    return EntityMention(0, len(text), text, label, text, None)


def _rows(store: list[EntityMention], story: list[EntityMention]) -> set[tuple[str, str, int]]:
    return {(e.name, e.type, e.mentions) for e in story_entities(store + story, story)}


def test_a_body_first_word_in_another_article_of_the_story_is_the_body() -> None:
    story = [_m("Harlow Mae", "ORG"), _m("Harlow Mae", "ORG"), _m("Harlow", "ORG")]
    story += [_m("Harlow", "PERSON"), _m("Tarn", "GPE")]
    assert _rows([], story) == {("Harlow Mae", "ORG", 4), ("Tarn", "GPE", 1)}


def test_a_word_another_name_of_the_story_holds_stays_apart() -> None:
    story = [_m("Harlow Mae", "ORG"), _m("Cade Harlow", "PERSON"), _m("Harlow", "ORG")]
    assert ("Harlow", "ORG", 1) in _rows([], story)
    story = [_m("Harlow Mae", "ORG"), _m("Harlow Bay", "LOC"), _m("Harlow", "ORG")]
    assert ("Harlow", "ORG", 1) in _rows([], story)


def test_a_word_two_bodies_start_or_a_place_word_stays_apart() -> None:
    story = [_m("Harlow Mae", "ORG"), _m("Harlow Trust", "ORG"), _m("Harlow", "ORG")]
    assert ("Harlow", "ORG", 1) in _rows([], story)
    story = [_m("Dorvan Mae", "ORG"), _m("Dorvan", "GPE")]
    assert ("Dorvan", "GPE", 1) in _rows([], story)


def test_a_word_written_far_more_often_than_the_body_is_its_own_name() -> None:
    story = [_m("Senate Mae", "ORG")] + [_m("Senate", "ORG")] * 4
    assert ("Senate", "ORG", 4) in _rows([], story)


def test_a_towns_name_beside_its_police_department_stays_the_town() -> None:
    story = [_m("Velmar Police Department", "ORG")] * 2 + [_m("Velmar Police", "ORG")]
    story += [_m("Velmar", "ORG")] * 3
    rows = _rows([], story)
    assert ("Velmar", "ORG", 3) in rows
    assert ("Velmar Police Department", "ORG", 3) in rows
