"""A takeover's price offered for one share is the story's money, a series of its own apart
from the deal's whole value; a share's market price stays out (texts written for these tests,
through the real per-article pipeline)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.corpus.ledger.inputs import OFFER_PER_SHARE
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _listed(pipeline: Pipeline, text: str) -> dict[str, list[float]]:
    art = pipeline.run(Article(id="a1", published="2031-05-02", outlet="a.example", text=text))
    ledger = build_ledger("s", [article_input(art)])
    return {label: [r.value for r in items] for label, items in ledger_numbers([art], ledger)}


def test_an_offer_a_share_is_listed_apart_from_the_deals_value(pipeline: Pipeline) -> None:
    listed = _listed(
        pipeline,
        "Corvane Inc offered $42 a share in cash for Delmont Systems on Monday, valuing the "
        "company at about $3.1 billion. Delmont shares jumped 25 percent to $41.50 a share.",
    )
    per_share = [v for label, values in listed.items() if OFFER_PER_SHARE in label for v in values]
    assert per_share == [42]
    whole = [v for label, values in listed.items() if OFFER_PER_SHARE not in label for v in values]
    assert 3.1e9 in whole
    assert 41.5 not in whole + per_share  # the market's price of a share


def test_an_offer_in_pence_a_share_is_an_amount_in_pounds(pipeline: Pipeline) -> None:
    listed = _listed(
        pipeline,
        "Harlow Foods raised its offer for Merrin Dairy to 465 pence per share on Monday.",
    )
    per_share = [v for label, values in listed.items() if OFFER_PER_SHARE in label for v in values]
    assert per_share == [4.65]
