"""A group named in the plural and its member in the singular (issue 14): "the Verdants"
and "a Verdant candidate" are one group, whatever type the recogniser gave the singular;
a person of that name and two bodies' names stay apart. Names invented."""

from __future__ import annotations

from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str]) -> Article:
    ents = tuple(
        EntityMention(i * 10, i * 10 + len(t), t, label, t, None)
        for i, (t, label) in enumerate(mentions)
    )
    return Article(id=aid, text="x" * 1000, entities=ents)


def test_a_groups_singular_typed_a_person_or_a_body_joins_the_plural() -> None:
    arts = [
        _art("a", ("Verdants", "NORP"), ("Verdants", "NORP"), ("Verdant", "PERSON")),
        _art("b", ("Verdants", "NORP"), ("Verdant", "ORG"), ("Mara Oskel", "PERSON")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Verdant" not in ents
    group = ents["Verdants"]
    assert group.type == "NORP" and group.mentions == 5
    assert any("singular of Verdants" in r for r in group.alias_evidence)


def test_a_persons_surname_that_is_a_groups_singular_stays_the_person() -> None:
    arts = [
        _art("a", ("Verdants", "NORP"), ("Lena Verdant", "PERSON"), ("Verdant", "PERSON")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert ents["Verdants"].mentions == 1
    assert ents["Lena Verdant"].mentions == 2


def test_two_bodies_one_named_like_the_others_plural_stay_apart() -> None:
    arts = [_art("a", ("Chimes", "ORG"), ("Chime", "ORG"), ("Chimes", "ORG"))]
    ents = {e.name: e for e in build_entities(arts)}
    assert ents["Chimes"].mentions == 2 and ents["Chime"].mentions == 1


def test_a_group_typed_a_body_takes_in_its_member_typed_a_people() -> None:
    arts = [_art("a", ("Verdants", "ORG"), ("Verdants", "ORG"), ("Verdant", "NORP"))]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Verdant" not in ents and ents["Verdants"].mentions == 3


def test_a_peoples_adjective_in_ish_joins_its_noun() -> None:
    arts = [
        _art("a", ("Kestish", "NORP"), ("Kestish", "NORP"), ("Kests", "NORP")),
        _art("b", ("Vardes", "NORP"), ("Vardish", "NORP"), ("Varden", "GPE")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert ents["Kestish"].mentions == 3 and "Kests" not in ents
    assert ents["Kestish"].alias_evidence == ("Kestish: adjective of Kests",)
    assert "Vardish" not in ents and ents["Vardes"].mentions == 2
    assert ents["Varden"].type == "GPE"


def test_a_party_adjective_joins_its_members_noun_written_only_in_the_plural() -> None:
    # "Veldratic leaders" and "the Veldrats", never "a Veldrat": one party label, not two
    # rows of one story's top entities
    arts = [
        _art("a", ("Veldratic", "NORP"), ("Veldratic", "NORP"), ("Veldratic", "NORP")),
        _art("b", ("Veldrats", "NORP"), ("Veldrats", "NORP"), ("Korv", "GPE")),
        _art("c", ("Korvic", "NORP"), ("Korvs", "GPE")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Veldrats" not in ents and ents["Veldratic"].mentions == 5
    assert ents["Veldratic"].alias_evidence == ("Veldratic: adjective of Veldrats",)
    # a place's name in -s stays apart from a people's adjective: both must be NORP
    assert ents["Korvic"].mentions == 1 and ents["Korvs"].mentions == 1
