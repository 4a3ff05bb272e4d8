"""Cross-corpus entities: surnames merge only when unambiguous; different people never merge."""

from __future__ import annotations

from storyline.corpus.entities import (
    build_entities,
    entities_from_mentions,
    entity_id,
    format_entity,
)
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str, str | None, str | None]) -> Article:
    ents = tuple(
        EntityMention(i * 10, i * 10 + len(t), t, label, canon, role)
        for i, (t, label, canon, role) in enumerate(mentions)
    )
    return Article(id=aid, text="x" * 1000, entities=ents)


def test_merges_forms_and_keeps_roles() -> None:
    arts = [
        _art(
            "a",
            ("Antony Blinken", "PERSON", "Antony Blinken", "Secretary of State"),
            ("Blinken", "PERSON", "Antony Blinken", None),
            ("U.S.", "GPE", "United States", None),
        ),
        _art(
            "b",
            ("Blinken", "PERSON", "Blinken", None),
            ("the United States", "GPE", "United States", None),
            ("Netanyahu", "PERSON", "Netanyahu", None),
            ("Biden", "PERSON", "Biden", None),
        ),
        _art("c", ("Benjamin Netanyahu", "PERSON", "Benjamin Netanyahu", "Prime Minister")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    blinken = ents["Antony Blinken"]
    assert blinken.mentions == 3 and blinken.roles == ("Secretary of State",)
    assert "Blinken" in blinken.aliases and blinken.type == "PERSON"
    us = ents["United States"]
    assert set(us.aliases) == {"U.S.", "the United States"} and us.type == "GPE"
    assert ents["Benjamin Netanyahu"].mentions == 2
    assert "Biden" in ents and "Netanyahu" not in ents
    assert blinken.id == entity_id("PERSON", "Antony Blinken") == "person:antony-blinken"
    assert "Secretary of State" in format_entity(blinken)


def test_ambiguous_surname_stays_apart() -> None:
    arts = [
        _art("a", ("Hillary Clinton", "PERSON", "Hillary Clinton", None)),
        _art("b", ("Bill Clinton", "PERSON", "Bill Clinton", None)),
        _art("c", ("Clinton", "PERSON", "Clinton", None)),
    ]
    names = {e.name for e in build_entities(arts)}
    assert names == {"Hillary Clinton", "Bill Clinton", "Clinton"}


def test_empty_input() -> None:
    assert build_entities([]) == []


def test_names_differing_only_in_punctuation_become_one_entity() -> None:
    text = "Al-Shifa hospital and Al Shifa hospital"
    art = Article(
        id="a",
        text=text,
        entities=(
            EntityMention(0, 8, "Al-Shifa", "FAC", "Al-Shifa"),
            EntityMention(22, 30, "Al Shifa", "FAC", "Al Shifa"),
        ),
    )
    found = build_entities([art])
    assert len({e.id for e in found}) == len(found) == 1
    assert found[0].mentions == 2


def test_from_mentions_equals_from_articles() -> None:
    arts = [
        _art("a", ("Blinken", "PERSON", "Blinken", None)),
        _art("b", ("Antony Blinken", "PERSON", "Antony Blinken", "Secretary of State")),
    ]
    mentions = [m for a in arts for m in a.entities]
    assert entities_from_mentions(mentions) == build_entities(arts)
    assert [e.name for e in entities_from_mentions(mentions)] == ["Antony Blinken"]
