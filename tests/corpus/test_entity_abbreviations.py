"""A street's or a mountain's kind abbreviated in some articles, written in full in others
(issue 14: one street shown twice among a story's top entities). Texts invented."""

from __future__ import annotations

from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str]) -> Article:
    return Article(
        id=aid,
        text="",
        entities=[EntityMention(0, 0, text, label, text, None) for text, label in mentions],
    )


def test_a_street_with_its_kind_abbreviated_joins_the_street_written_in_full() -> None:
    arts = [
        _art("a", ("Quenby Avenue", "FAC"), ("Quenby Avenue", "FAC")),
        _art("b", ("Quenby Ave.", "ORG"), ("Quenby Ave", "ORG"), ("Quenby Ave", "ORG")),
        _art("c", ("Mt Tarvo", "GPE"), ("Mount Tarvo", "LOC"), ("Mount Tarvo", "LOC")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    street = ents["Quenby Avenue"]
    assert (street.type, street.mentions) == ("FAC", 5)
    assert "Quenby Ave" not in ents and "Quenby Ave." not in ents
    assert any("abbreviated" in r for r in street.alias_evidence)
    assert (ents["Mount Tarvo"].type, ents["Mount Tarvo"].mentions) == ("LOC", 3)


def test_a_saint_or_a_short_form_with_no_full_name_written_stays_apart() -> None:
    arts = [
        _art("a", ("St Aldric", "GPE"), ("Aldric Street", "FAC")),
        _art("b", ("Dorwin Ave", "FAC")),
    ]
    names = {e.name for e in build_entities(arts)}
    assert {"St Aldric", "Aldric Street", "Dorwin Ave"} <= names
