"""A body's head noun alone in one story is the one body of the story with that head
(issue 14: 'Council' beside 'Security Council'). Names invented."""

from __future__ import annotations

from storyline.corpus.story_entities import story_entities
from storyline.model import EntityMention


def _m(text: str, label: str) -> EntityMention:
    return EntityMention(0, len(text), text, label, text, None)


def _rows(story: list[EntityMention]) -> set[tuple[str, str, int]]:
    return {(e.name, e.type, e.mentions) for e in story_entities(story, story)}


def test_a_head_alone_is_the_one_body_with_that_head() -> None:
    story = [_m("Tarn Watch Council", "ORG")] * 3 + [_m("Council", "ORG"), _m("Vell", "GPE")]
    assert _rows(story) == {("Tarn Watch Council", "ORG", 4), ("Vell", "GPE", 1)}


def test_a_head_two_bodies_share_or_another_name_holds_stays_apart() -> None:
    story = [_m("Tarn Watch Council", "ORG"), _m("Vell Trade Council", "ORG")]
    assert ("Council", "ORG", 1) in _rows([*story, _m("Council", "ORG")])
    story = [_m("Tarn Watch Council", "ORG"), _m("Council Bluffs", "GPE"), _m("Council", "ORG")]
    assert ("Council", "ORG", 1) in _rows(story)


def test_a_head_written_far_more_often_or_typed_otherwise_stays_apart() -> None:
    story = [_m("Tarn Watch Council", "ORG")] + [_m("Council", "ORG")] * 4
    assert ("Council", "ORG", 4) in _rows(story)
    story = [_m("Tarn Watch Council", "ORG"), _m("Council", "PERSON")]
    assert ("Council", "PERSON", 1) in _rows(story)


def test_a_head_that_opens_a_longer_name_of_the_store_stays_apart() -> None:
    store = [_m("Lodge Energy Committee", "ORG")]
    story = [_m("Grey Lodge", "ORG")] * 3 + [_m("Lodge", "ORG")]
    assert ("Lodge", "ORG", 1) in {
        (e.name, e.type, e.mentions) for e in story_entities(store + story, story)
    }
