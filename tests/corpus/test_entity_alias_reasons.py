"""Why an alias joined an entity, for the in-article readings of issue 14: a company
written with a designator, a person by the initials of the full name. Names invented."""

from __future__ import annotations

from storyline.corpus.entities import entities_from_mentions
from storyline.model import EntityMention


def _m(text: str, label: str, canonical: str) -> EntityMention:
    return EntityMention(0, len(text), text, label, canonical, None)


def test_a_designator_form_says_why_it_joined() -> None:
    got = entities_from_mentions(
        [_m("Corvane", "ORG", "Corvane"), _m("Corvane Group", "ORG", "Corvane")]
    )
    assert len(got) == 1
    assert got[0].alias_evidence == (
        "Corvane Group: Corvane with a company designator (written bare too)",
    )


def test_a_persons_initials_say_why_they_joined() -> None:
    got = entities_from_mentions(
        [
            _m("Hollis T. Marbury", "PERSON", "Hollis T. Marbury"),
            _m("HTM", "PERSON", "Hollis T. Marbury"),
        ]
    )
    assert len(got) == 1
    assert got[0].alias_evidence == ("HTM: initials of Hollis T. Marbury",)


def test_a_designator_form_of_another_article_joins_the_bare_name() -> None:
    got = entities_from_mentions(
        [
            _m("Corvane", "ORG", "Corvane"),
            _m("Corvane Group", "ORG", "Corvane Group"),
            _m("Corvane Foods Group", "ORG", "Corvane Foods Group"),
        ]
    )
    assert sorted(e.name for e in got) == ["Corvane", "Corvane Foods Group"]
    bare = next(e for e in got if e.name == "Corvane")
    assert "Corvane Group" in bare.aliases
