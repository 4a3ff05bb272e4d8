"""Numbers that are no figure of the story: rates and confidence levels (texts written for
these tests, through the real per-article pipeline)."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.corpus.ledger.reported_figures import no_reported_figure
from storyline.model import Article, Claim


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _listed(art: Article) -> list[tuple[str, float]]:
    """(label, value) of every figure the brief's numbers section would list."""
    ledger = build_ledger("s", [article_input(art)])
    return [(label, r.value) for label, items in ledger_numbers([art], ledger) for r in items]


def test_a_rate_is_no_count_in_the_ledger_nor_in_the_brief(pipeline: Pipeline) -> None:
    art = pipeline.run(
        Article(
            id="a1",
            published="2031-03-02",
            outlet="a.example",
            text="Health officials in Brolk said 14 people have been infected with the fever. "
            "The fever tends to, on average, infect three people for every one case, "
            "said Dr Ana Velt.",
        )
    )
    values = [v for _, v in _listed(art)]
    assert 14 in values
    assert 3 not in values
    assert sorted(p.value for p in article_input(art).points) == [14]


def test_a_confidence_level_is_no_reported_percentage(pipeline: Pipeline) -> None:
    art = pipeline.run(
        Article(
            id="a2",
            published="2031-03-02",
            outlet="a.example",
            text="Prices in Velmar rose 12 percent in March, the bureau said. "
            "Its model predicts with 95 percent probability that prices will not fall.",
        )
    )
    values = [v for _, v in _listed(art)]
    assert 12 in values
    assert 95 not in values


def test_a_figure_of_an_earlier_disaster_named_in_a_comparison_is_history(
    pipeline: Pipeline,
) -> None:
    text = (
        "The Orla rig fire is the largest loss since the 1994 Velm platform disaster , which "
        "resulted in about $ 2.5 billion of insured losses , said Ana Velt . "
        "The insurers of the Orla rig have reported $ 400 million of losses , said Ana Velt ."
    )
    art = pipeline.run(Article(id="a3", published="2031-03-02", outlet="a.example", text=text))
    past = {p.value: p.past for p in article_input(art).points}
    assert past == {2_500_000_000: True, 400_000_000: False}


def test_a_figure_of_an_outbreak_that_still_runs_is_no_history(pipeline: Pipeline) -> None:
    text = (
        "Brolk saw its largest rally since the 2029 start of the Orla epidemic , which "
        "has killed 300 people , officials said ."
    )
    art = pipeline.run(Article(id="a4", published="2031-03-02", outlet="a.example", text=text))
    assert [(p.value, p.past) for p in article_input(art).points] == [(300, False)]


def test_per_a_source_is_no_rate() -> None:
    text = "The storm killed 14 people , per police in Orla , and kills two people per day ."

    def claim(figure: str, value: float) -> Claim:
        at = text.index(figure)
        return Claim(
            start=at, end=at + len(figure), text=figure, value=value, qualifier="exact",
            unit="people", category="killed",
        )  # fmt: skip

    art = Article(id="a5", text=text)
    assert not no_reported_figure(art, claim("14 people", 14))
    assert no_reported_figure(art, claim("two people", 2))


def test_a_share_price_and_its_move_are_no_money_of_the_story(pipeline: Pipeline) -> None:
    text = (
        "Orla Oil agreed to pay $ 40 million , or 2 percent of its revenue , to the fishermen , "
        "the company said . "
        "Its shares fell $ 2.15 , or 4.1 percent , to close at $ 50.20 a share . "
        "Its bonds closed at $ 51.30 ."
    )
    art = pipeline.run(Article(id="a6", published="2031-03-02", outlet="a.example", text=text))
    values = [v for _, v in _listed(art)]
    assert 40_000_000 in values
    assert 2.15 not in values
    assert 50.2 not in values
    assert 51.3 not in values  # "closed at $ 51.30"


def test_a_share_of_likely_voters_is_no_confidence_level(pipeline: Pipeline) -> None:
    text = (
        "A poll found 52 percent of likely voters back the plan . "
        "Kell is 80 percent likely to win , the poll said ."
    )
    art = pipeline.run(Article(id="a7", published="2031-03-02", outlet="a.example", text=text))
    values = [v for _, v in _listed(art)]
    assert 52 in values
    assert 80 not in values


def test_the_storys_money_with_its_share_is_no_price_move(pipeline: Pipeline) -> None:
    text = (
        "Velm Oil will lose $ 2 billion , or 5 percent of its revenue , the firm said . "
        "Sales at Orla Foods fell $ 300 million , or 12 percent , in May . "
        "The Brun fund opened with $ 50 million in donations ."
    )
    art = pipeline.run(Article(id="a8", published="2031-03-02", outlet="a.example", text=text))
    money = [c for c in art.claims if c.category == "money"]
    assert sorted(c.value for c in money) == [50_000_000, 300_000_000, 2_000_000_000]
    assert not any(no_reported_figure(art, c) for c in money)


def test_a_percentage_a_stock_moved_by_is_no_figure_of_the_story(pipeline: Pipeline) -> None:
    text = (
        "Velm Oil 's stock closed at $ 31.68 a share , down nearly 8 percent . "
        "The Orla index rose 2 percent on Friday . "
        "Prices in Velmar rose 12 percent in March , the bureau said ."
    )
    art = pipeline.run(Article(id="a9", published="2031-03-02", outlet="a.example", text=text))
    values = [v for _, v in _listed(art)]
    assert 8 not in values
    assert 2 not in values
    assert 12 in values
