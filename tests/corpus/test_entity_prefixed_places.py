"""A place written with and without its country's name (issue 14, held-out reading after
cfb0acf): "Ruritania Gulf Coast" and "Gulf Coast" are one region. Names invented."""

from __future__ import annotations

from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str]) -> Article:
    ents = tuple(
        EntityMention(i * 10, i * 10 + len(t), t, label, None, None)
        for i, (t, label) in enumerate(mentions)
    )
    return Article(id=aid, text="x" * 1000, entities=ents)


def test_a_region_with_its_country_prefix_joins_the_bare_region() -> None:
    arts = [
        _art("a", ("Ruritania", "GPE"), ("Ruritania Gulf Coast", "GPE")),
        _art("b", ("Gulf Coast", "LOC"), ("Gulf Coast", "LOC")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Ruritania Gulf Coast" not in ents and ents["Gulf Coast"].mentions == 3
    assert ents["Gulf Coast"].alias_evidence == (
        "Ruritania Gulf Coast: Gulf Coast with the name of the country or union it belongs to",
    )


def test_a_region_two_countries_prefix_stays_apart() -> None:
    arts = [
        _art("a", ("Ruritania", "GPE"), ("Ruritania Gulf Coast", "LOC")),
        _art("b", ("Dorvan", "GPE"), ("Dorvan Gulf Coast", "LOC"), ("Gulf Coast", "LOC")),
    ]
    ents = {e.name for e in build_entities(arts)}
    assert {"Ruritania Gulf Coast", "Dorvan Gulf Coast", "Gulf Coast"} <= ents


def test_a_body_after_a_town_name_is_not_read_as_prefixed() -> None:
    # "City Council" alone may be any town's council
    arts = [
        _art("a", ("Harlow", "GPE"), ("Harlow City Council", "ORG")),
        _art("b", ("City Council", "ORG")),
    ]
    ents = {e.name for e in build_entities(arts)}
    assert {"Harlow City Council", "City Council"} <= ents


def test_a_place_whose_first_word_is_no_country_stays_whole() -> None:
    arts = [_art("a", ("Upper Gulf Coast", "LOC")), _art("b", ("Gulf Coast", "LOC"))]
    ents = {e.name for e in build_entities(arts)}
    assert {"Upper Gulf Coast", "Gulf Coast"} <= ents


def test_a_region_typed_a_site_with_its_country_prefix_joins_the_bare_region() -> None:
    # the recogniser types "the Republic of Nordland Coast" a site (FAC) and "the Nordland
    # Coast" a place (LOC): a geographic head ("Coast") makes the site a place, one region
    arts = [
        _art("a", ("Ruritania", "GPE"), ("Ruritania Nordland Coast", "FAC")),
        _art("b", ("Ruritania Nordland Coast", "FAC"), ("Nordland Coast", "LOC")),
    ]
    ents = {e.name: e for e in build_entities(arts)}
    assert "Nordland Coast" not in ents
    assert ents["Ruritania Nordland Coast"].mentions == 3
    assert ents["Ruritania Nordland Coast"].type == "LOC"


def test_a_built_site_with_a_country_prefix_stays_apart() -> None:
    # "Ruritania Harbour Tower" is built: no geographic head, the site is not a region
    arts = [
        _art("a", ("Ruritania", "GPE"), ("Ruritania Harbour Tower", "FAC")),
        _art("b", ("Harbour Tower", "LOC")),
    ]
    ents = {e.name for e in build_entities(arts)}
    assert {"Ruritania Harbour Tower", "Harbour Tower"} <= ents
