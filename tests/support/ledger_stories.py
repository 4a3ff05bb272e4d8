"""Shared helpers for the ledger tests: a story of invented articles through the real
pipeline, and its ledger."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.ledger import Ledger, article_input, build_ledger
from storyline.model import Article

__all__ = ["ledger_of", "story"]


def story(pipeline: Pipeline, *items: tuple[str, str, str]) -> list[Article]:
    """Articles from (id, published, text); the outlet is the id's first letter."""
    return [
        pipeline.run(Article(id=aid, text=text, published=day, outlet=f"{aid[0]}.example"))
        for aid, day, text in items
    ]


def ledger_of(articles: list[Article]) -> Ledger:
    """The ledger of one story ("s") made of `articles`."""
    return build_ledger("s", [article_input(a) for a in articles])
