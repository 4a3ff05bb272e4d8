"""A body's last word alone joins the one body whose name it ends, across a corpus; a word two
bodies end in, a kind noun, and a place's last word stay apart."""

from __future__ import annotations

from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str]) -> Article:
    ents = tuple(
        EntityMention(i * 10, i * 10 + len(t), t, label, t, None)
        for i, (t, label) in enumerate(mentions)
    )
    return Article(id=aid, text="x" * 1000, entities=ents)


def test_a_teams_nickname_typed_a_product_joins_the_team() -> None:
    arts = [
        _art("a", ("Velmar Falls Harriers", "ORG"), ("Harriers", "ORG")),
        _art("b", ("Harriers", "PRODUCT"), ("Harriers", "PRODUCT"), ("Harriers", "PRODUCT")),
        _art("c", ("Velmar Falls Harriers", "ORG")),
        _art("d", ("Falls Harriers", "ORG")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    # the nested names are one team: the word joins the most written of them
    assert "Harriers" not in ents and "Falls Harriers" in ents
    team = ents["Velmar Falls Harriers"]
    assert team.type == "ORG" and team.mentions == 6


def test_a_word_two_bodies_end_in_a_kind_and_a_place_stay_apart() -> None:
    arts = [
        _art("a", ("Velmar Harriers", "ORG"), ("Tarn Harriers", "ORG"), ("Harriers", "ORG")),
        _art("b", ("Dorvan Parliament", "ORG"), ("Parliament", "ORG")),
        _art("c", ("Quenby Holdings", "ORG"), ("Holdings", "ORG")),
        _art("d", ("New Tarvo", "GPE"), ("Tarvo", "GPE")),
        _art("e", ("University of Marrow", "ORG"), ("Marrow", "ORG")),
        # across a corpus a force's kind alone may be any country's own
        _art("f", ("Dorvanian Navy", "ORG"), ("Navy", "ORG")),
    ]
    ents = {e.name for e in build_entities(arts)}
    assert {"Harriers", "Parliament", "Holdings", "Tarvo", "Marrow", "Navy"} <= ents


def test_a_bodys_name_with_its_trade_words_ending_changed_is_one_body() -> None:
    arts = [
        _art("a", ("QuenTel Distribution", "ORG"), ("QuenTel Distribution", "ORG")),
        _art("b", ("Quentel Distributors", "ORG")),
        # three names alike but the last word: a family of names, left alone
        _art("c", ("Marrow Energy", "ORG"), ("Marrow Energies", "ORG"), ("Marrow Engines", "ORG")),
        # another word past the stem: two bodies
        _art("d", ("Tarn International", "ORG"), ("Tarn Internet", "ORG")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Quentel Distributors" not in ents and ents["QuenTel Distribution"].mentions == 3
    assert {"Marrow Energy", "Marrow Energies", "Marrow Engines"} <= set(ents)
    assert {"Tarn International", "Tarn Internet"} <= set(ents)


def test_a_teams_name_with_its_towns_name_is_the_team() -> None:
    arts = [
        _art("a", ("Velmar", "GPE"), ("Tarn Harriers", "ORG"), ("Tarn Harriers", "ORG")),
        _art("b", ("Velmar Tarn Harriers", "ORG")),
        # a council after a town's name is that town's: any town's, left apart
        _art("c", ("Dorvan", "GPE"), ("Dorvan City Council", "ORG"), ("City Council", "ORG")),
        # two towns before one name: which one is unknown
        _art("d", ("Marrow", "GPE"), ("Quenby", "GPE"), ("Marrow Red Kites", "ORG")),
        _art("e", ("Quenby Red Kites", "ORG"), ("Red Kites", "ORG")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Velmar Tarn Harriers" not in ents and ents["Tarn Harriers"].mentions == 3
    assert {"Dorvan City Council", "City Council"} <= set(ents)
    assert {"Marrow Red Kites", "Quenby Red Kites", "Red Kites"} <= set(ents)


def test_a_states_guard_stays_apart_from_the_guard_named_alone() -> None:
    arts = [
        _art("a", ("National Guard", "ORG"), ("National Guard", "ORG"), ("Velmar", "GPE")),
        _art("b", ("Velmar National Guard", "ORG")),
    ]
    names = {e.name for e in build_entities(arts)}
    assert {"National Guard", "Velmar National Guard"} <= names


def test_a_body_without_its_last_kind_word_joins_the_one_body_with_it() -> None:
    arts = [
        _art("a", ("Velmar Police Department", "ORG"), ("Velmar Police Department", "ORG")),
        _art("b", ("Velmar Police", "ORG")),
        # two bodies one kind word longer: the short name may be either
        _art("c", ("Tarn Fire", "ORG"), ("Tarn Fire Service", "ORG")),
        _art("d", ("Tarn Fire Department", "ORG")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    police = ents["Velmar Police Department"]
    assert police.mentions == 3 and "Velmar Police" not in ents
    assert any("without its kind" in r for r in police.alias_evidence)
    assert {"Tarn Fire", "Tarn Fire Service", "Tarn Fire Department"} <= set(ents)
