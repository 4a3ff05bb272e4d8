"""A body's bare name across a corpus (session 46): an event or a fund named after a
company does not absorb the company's bare name, though one article wrote the word beside
it. Texts invented."""

from __future__ import annotations

from storyline.corpus.entities import build_entities
from storyline.model import Article, EntityMention


def _art(aid: str, *mentions: tuple[str, str, str]) -> Article:
    return Article(
        id=aid,
        text="",
        entities=[EntityMention(0, 0, text, label, canon, None) for text, label, canon in mentions],
    )


def test_an_event_named_after_a_company_keeps_apart_from_it() -> None:
    conference = "Velmar Developers Conference"
    arts = [
        _art("a", (conference, "ORG", conference), ("Velmar", "ORG", conference)),
        _art("b", ("Velmar", "ORG", "Velmar"), ("Velmar", "ORG", "Velmar")),
        _art("c", (conference, "ORG", conference)),
    ]
    names = {e.name: e.mentions for e in build_entities(arts)}
    assert names == {"Velmar": 2, conference: 3}


def test_a_fund_named_after_a_company_keeps_apart_from_it() -> None:
    arts = [
        _art("a", ("Velmar Foundation", "ORG", "Velmar Foundation")),
        _art("b", ("Velmar", "ORG", "Velmar"), ("Velmar Foundation", "ORG", "Velmar Foundation")),
    ]
    names = {e.name: e.mentions for e in build_entities(arts)}
    assert names == {"Velmar": 1, "Velmar Foundation": 2}


def test_a_company_still_absorbs_its_first_word() -> None:
    arts = [
        _art(
            "a",
            ("Carver Aerospace", "ORG", "Carver Aerospace"),
            ("Carver", "ORG", "Carver Aerospace"),
        ),
        _art("b", ("Carver", "ORG", "Carver")),
    ]
    names = {e.name: e.mentions for e in build_entities(arts)}
    assert names == {"Carver Aerospace": 3}
