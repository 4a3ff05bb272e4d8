"""Initials in one article of a story, the full name in another (issue 14). Names invented."""

from __future__ import annotations

from storyline.corpus.story_initials import join_story_initials
from storyline.model import EntityMention


def _m(text: str, label: str) -> EntityMention:
    return EntityMention(0, len(text), text, label, text, None)


def _names(*mentions: EntityMention) -> list[str | None]:
    return [m.canonical for m in join_story_initials(list(mentions))]


def test_initials_join_the_storys_one_name_of_their_type_with_them() -> None:
    got = _names(
        _m("Hollis T. Marbury", "PERSON"),
        _m("HTM", "PERSON"),
        _m("Kestrel Harbour Board", "ORG"),
        _m("KHB", "ORG"),
    )
    assert got == ["Hollis T. Marbury"] * 2 + ["Kestrel Harbour Board"] * 2


def test_initials_two_names_share_or_of_two_letters_or_another_type_stay() -> None:
    got = _names(
        _m("Kestrel Harbour Board", "ORG"),
        _m("Kelp Harvest Bureau", "ORG"),
        _m("KHB", "ORG"),
        _m("Keen Plans", "ORG"),
        _m("KP", "ORG"),
        _m("Tarn Valley Rail", "ORG"),
        _m("TVR", "PERSON"),
    )
    assert got[2] == "KHB" and got[4] == "KP" and got[6] == "TVR"
