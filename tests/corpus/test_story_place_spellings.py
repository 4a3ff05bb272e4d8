"""A place spelled one letter apart in one story (issue 14): one place, with the evidence.
Names invented."""

from __future__ import annotations

from storyline.analyze.entities.aliases import one_letter_inside
from storyline.corpus.story_entities import story_entities
from storyline.corpus.story_place_spellings import join_story_place_spellings
from storyline.model import EntityMention


def _m(text: str, label: str) -> EntityMention:
    return EntityMention(0, len(text), text, label, text, None)


def _joined(*mentions: EntityMention) -> list[tuple[str, str | None]]:
    out, _ = join_story_place_spellings(list(mentions))
    return [(m.label, m.canonical) for m in out]


def test_one_letter_inside_a_word() -> None:
    assert one_letter_inside("Tarkesh", "Tarkhesh")  # a letter added
    assert one_letter_inside("Tarvaz", "Tarwaz")  # a letter changed
    assert one_letter_inside("Tarvaz", "Travaz")  # two neighbours swapped
    assert not one_letter_inside("Kessia", "Bessia")  # the first letter: another place
    assert not one_letter_inside("Dorvan", "Dorvani")  # an ending: another word of it
    assert not one_letter_inside("Tarvaz", "Tarwiz")  # two letters


def test_a_rarer_spelling_joins_the_storys_place_and_takes_its_type() -> None:
    got = _joined(
        _m("Tarkesh", "GPE"), _m("Tarkesh", "GPE"), _m("Tarkhesh", "ORG"), _m("Dorvan", "GPE")
    )
    assert got == [("GPE", "Tarkesh")] * 3 + [("GPE", "Dorvan")]


def test_a_tie_joins_the_spelling_typed_a_place() -> None:
    got = _joined(_m("Tarwaz", "ORG"), _m("Tarvaz", "GPE"))
    assert got == [("GPE", "Tarvaz")] * 2


def test_spellings_with_a_third_name_as_close_stay_apart() -> None:
    got = _joined(_m("Tarvaz", "GPE"), _m("Tarwaz", "GPE"), _m("Tarmaz", "GPE"))
    assert got == [("GPE", "Tarvaz"), ("GPE", "Tarwaz"), ("GPE", "Tarmaz")]


def test_short_names_people_and_two_bodies_stay_apart() -> None:
    got = _joined(
        _m("Lusa", "GPE"),
        _m("Lisa", "GPE"),  # four letters: places that short differ by chance
        _m("Marvel", "GPE"),
        _m("Marvell", "PERSON"),  # a person is no spelling of a place
        _m("Kestran", "ORG"),
        _m("Kestren", "ORG"),  # two bodies: no place reading
    )
    assert [name for _, name in got] == ["Lusa", "Lisa", "Marvel", "Marvell", "Kestran", "Kestren"]


def test_the_story_lists_one_place_with_the_reason() -> None:
    mentions = [_m("Tarkesh", "GPE")] * 3 + [_m("Tarkhesh", "ORG")]
    entities = story_entities(mentions, mentions)
    assert [(e.name, e.mentions) for e in entities] == [("Tarkesh", 4)]
    assert entities[0].alias_evidence == (
        "Tarkhesh: a spelling of Tarkesh one letter apart, in one story",
    )


def test_two_spellings_both_typed_a_place_are_two_places() -> None:
    got = _joined(_m("Hovei", "GPE"), _m("Hovei", "GPE"), _m("Havei", "GPE"))
    assert got == [("GPE", "Hovei"), ("GPE", "Hovei"), ("GPE", "Havei")]
