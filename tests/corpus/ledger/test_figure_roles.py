"""What a brief lists for figures whose words give them a role other than the story's count:
a change's size and the level it started from, a family's size, a killing only tried,
someone's earlier record, a year long past, a company only described. Every text is written
for these tests."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.model import Article

Listed = tuple[str, float, str | None, str | None]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _article(pipeline: Pipeline, text: str) -> Article:
    return pipeline.run(Article(id="a1", published="2031-05-12", outlet="a.example", text=text))


def _listed(pipeline: Pipeline, text: str) -> list[Listed]:
    """(label, value, as of, speaker) of every figure the brief's numbers section lists."""
    art = _article(pipeline, text)
    ledger = build_ledger("s", [article_input(art)])
    return [
        (label, r.value, r.as_of, r.speaker)
        for label, items in ledger_numbers([art], ledger)
        for r in items
    ]


def _values(listed: list[Listed], *, earlier: bool) -> set[float]:
    return {v for label, v, _, _ in listed if label.endswith(", earlier") == earlier}


def test_a_change_shows_its_new_level_and_keeps_the_old_one_as_earlier(
    pipeline: Pipeline,
) -> None:
    text = (
        "Velmar Brewing said on Tuesday that its net income rose 5% to $238.3 million from "
        "$226.5 million a year earlier."
    )
    listed = _listed(pipeline, text)
    assert 238_300_000 in _values(listed, earlier=False)
    assert 226_500_000 not in _values(listed, earlier=False)
    assert [as_of for _, v, as_of, _ in listed if v == 226_500_000] == ["2030-05-06"]
    size = [c for c in _article(pipeline, text).claims if c.value == 5]
    assert [c.change for c in size] == ["increment"]


@pytest.mark.parametrize(
    "text",
    [
        "Sales at Quenby Foods fell 12% to $40 million from $45.5 million, the company said.",
        "Dorvan Mills said revenue climbed from $45.5 million to $40 million in the quarter.",
        "Profit at Tarvel Steel dropped to $40 million from $45.5 million.",
    ],
)
def test_the_level_a_change_started_from_is_an_undated_earlier_value(
    pipeline: Pipeline, text: str
) -> None:
    listed = _listed(pipeline, text)
    assert 40_000_000 in _values(listed, earlier=False)
    assert 45_500_000 not in _values(listed, earlier=False)
    assert [as_of for _, v, as_of, _ in listed if v == 45_500_000] == [None]


def test_the_size_of_a_toll_change_is_no_range_bound(pipeline: Pipeline) -> None:
    listed = _listed(pipeline, "The death toll in Velmar Falls rose 12 to 57 on Tuesday.")
    assert 57 in _values(listed, earlier=False)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Marisol Quenby, a mother of three, was killed in the crash on Route 9. In all, 12 "
            "people died.",
            12,
            3,
        ),
        ("The 35-year-old and father to two boys died at the scene; 6 people were killed.", 6, 2),
        (
            "Dorn Halvey was charged with attempting to murder at least three people after the "
            "shooting killed 2 guards.",
            2,
            3,
        ),
        ("Halvey faces charges of attempted murder of four people; 5 people died.", 5, 4),
        ("The gunman, who had four prior arrests, killed two people at the mall.", 2, 4),
    ],
)
def test_who_someone_is_or_what_they_tried_is_no_count_of_the_event(
    pipeline: Pipeline, text: str, kept: float, dropped: float
) -> None:
    values = {v for _, v, _, _ in _listed(pipeline, text)}
    assert kept in values
    assert dropped not in values


def test_a_figure_of_a_year_long_past_is_dated_by_that_year(pipeline: Pipeline) -> None:
    listed = _listed(pipeline, "It was the deadliest crash since 1972, when 40 people died.")
    assert [(label.endswith(", earlier"), as_of) for label, v, as_of, _ in listed if v == 40] == [
        (True, "1972")
    ]


def test_a_company_only_described_is_no_source(pipeline: Pipeline) -> None:
    listed = _listed(
        pipeline,
        "Tarvel Power Holdings agreed to buy Quenby Gas Co. for $2 billion. The utility "
        "holding company said 12 workers were injured in a fire.",
    )
    assert [speaker for _, v, _, speaker in listed if v == 12] == [None]


def test_the_year_a_thing_was_founded_does_not_date_the_sentences_figure(
    pipeline: Pipeline,
) -> None:
    listed = _listed(
        pipeline, "The Dorvan Dam, built in 1958, collapsed on Monday, killing 40 people."
    )
    assert [label.endswith(", earlier") for label, v, _, _ in listed if v == 40] == [False]
