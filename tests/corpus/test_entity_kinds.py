"""A name typed a place but read as a vessel where the text says so is the vessel across
the corpus (issue 14); a place's shape or a lone product reading keeps it a place. Names
invented."""

from __future__ import annotations

from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str]) -> Article:
    ents = tuple(
        EntityMention(i * 10, i * 10 + len(t), t, label, t, None)
        for i, (t, label) in enumerate(mentions)
    )
    return Article(id=aid, text="x" * 1000, entities=ents)


def test_a_rig_typed_a_place_in_most_articles_is_the_vessel_some_name() -> None:
    arts = [_art(f"a{i}", ("Ocean Sable", "LOC")) for i in range(5)]
    arts += [_art("b", ("Ocean Sable", "PRODUCT"), ("Ocean Sable", "PRODUCT"))]
    (rig,) = build_entities(arts)
    assert rig.type == "PRODUCT" and rig.mentions == 7
    assert any("vessel or a rig" in r for r in rig.alias_evidence)


def test_a_place_shaped_name_or_a_single_product_reading_stays_a_place() -> None:
    arts = [_art(f"a{i}", ("Gulf of Marrow", "LOC"), ("Tarn Ridge", "LOC")) for i in range(4)]
    arts += [
        _art("b", ("Gulf of Marrow", "PRODUCT"), ("Gulf of Marrow", "PRODUCT")),
        _art("c", ("Tarn Ridge", "PRODUCT")),
    ]
    types = {e.name: e.type for e in build_entities(arts)}
    assert types == {"Gulf of Marrow": "LOC", "Tarn Ridge": "LOC"}
