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


def _names_and_types(mentions: list[EntityMention]) -> list[tuple[str, str]]:
    return sorted((e.name, e.type) for e in entities_from_mentions(mentions))


def test_a_company_typed_a_person_where_its_designator_is_not_written_joins_it() -> None:
    # one article writes "Tarrow Freight Holdings"; others "Tarrow Freight's depot" and
    # "Tarrow's bosses", which the recogniser reads as a person
    got = _names_and_types(
        [
            _m("Tarrow Freight Holdings", "ORG", "Tarrow Freight Holdings"),
            _m("Tarrow Freight Holdings", "ORG", "Tarrow Freight Holdings"),
            _m("Tarrow Freight", "PERSON", "Tarrow Freight"),
            _m("Tarrow", "PERSON", "Tarrow Freight"),
        ]
    )
    assert got == [("Tarrow Freight", "ORG")]


def test_a_person_named_like_a_company_stays_a_person() -> None:
    # the founder written by his surname is a person: the company keeps apart from him
    founder = [
        _m("Harlow Jones & Co.", "ORG", "Harlow Jones & Co."),
        _m("Harlow Jones", "PERSON", "Harlow Jones"),
        _m("Jones", "PERSON", "Harlow Jones"),
    ]
    assert ("Harlow Jones", "PERSON") in _names_and_types(founder)
    # with a title, too
    titled = [
        _m("Mirren Group", "ORG", "Mirren Group"),
        EntityMention(0, 6, "Mirren", "PERSON", "Mirren", "chairman"),
    ]
    assert ("Mirren", "PERSON") in _names_and_types(titled)
    # and a lone word that is a person's surname elsewhere in the corpus
    surname = [
        _m("Mirren Group", "ORG", "Mirren Group"),
        _m("Mirren", "PERSON", "Mirren"),
        _m("Alma Mirren", "PERSON", "Alma Mirren"),
    ]
    assert ("Mirren Group", "ORG") in _names_and_types(surname)
