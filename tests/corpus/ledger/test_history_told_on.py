"""A sentence that goes on telling the history its paragraph's previous sentence dates (a
past blast's toll, an old settlement) reports that year's figure, not the story's. Every
text is written for these tests."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.model import Article

Listed = tuple[str, float, str | None]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _listed(pipeline: Pipeline, text: str) -> list[Listed]:
    """(label, value, as of) of every figure the brief's numbers section lists."""
    art = pipeline.run(Article(id="a1", published="2031-05-12", outlet="a.example", text=text))
    ledger = build_ledger("s", [article_input(art)])
    return [
        (label, r.value, r.as_of) for label, items in ledger_numbers([art], ledger) for r in items
    ]


def _dating(listed: list[Listed], value: float) -> list[tuple[bool, str | None]]:
    """(listed as an earlier value, as of) of each listing of `value`."""
    return [(label.endswith(", earlier"), as_of) for label, v, as_of in listed if v == value]


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        (
            "The 2019 blast at the Varnholt refinery was the worst in its long record. A "
            "tower overfilled with fuel and the explosion killed 15 workers.",
            15,
            "2019",
        ),
        (
            "Corvane Shipping was fined $150 million for the 2011 tanker spill off Teller "
            "Point. It also agreed to pay $900 million to settle the claims.",
            900_000_000,
            "2011",
        ),
    ],
)
def test_a_sentence_going_on_with_a_dated_history_is_of_that_year(
    pipeline: Pipeline, text: str, value: float, year: str
) -> None:
    assert _dating(_listed(pipeline, text), value) == [(True, year)]


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph turns back to the story
        "The 2019 blast at the Varnholt refinery killed 15 workers.\n\nA fire at the Ossery "
        "plant killed 11 workers.",
        # words of now
        "The 2019 blast at the Varnholt refinery killed 15 workers. The fire at the Ossery "
        "plant has killed 11 workers.",
        # a time of its own
        "The 2019 blast at the Varnholt refinery killed 15 workers. On Monday, a fire at the "
        "Ossery plant killed 11 workers.",
    ],
)
def test_a_sentence_of_now_after_a_dated_history_keeps_its_own_date(
    pipeline: Pipeline, text: str
) -> None:
    assert [earlier for earlier, _ in _dating(_listed(pipeline, text), 11)] == [False]


def test_a_story_event_months_back_is_not_carried_as_history(pipeline: Pipeline) -> None:
    listed = _listed(
        pipeline,
        "In February, the Ossery plant was shut after a leak. A fire there killed 11 workers.",
    )
    assert [earlier for earlier, _ in _dating(listed, 11)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        # the year dates a relative clause's detail of a sentence of now
        "Ana Ruiz, whose party won the vote in 2019, is calling for calm. Eleven workers "
        "died in the Ossery fire.",
        # the year opens a span running on
        "Quenby Oil ran the Ossery mine from May 2019 to March 2020. An inspection found "
        "that 11 workers were injured there.",
    ],
)
def test_a_year_that_dates_a_detail_of_the_sentence_before_is_not_carried(
    pipeline: Pipeline, text: str
) -> None:
    assert [earlier for earlier, _ in _dating(_listed(pipeline, text), 11)] == [False]


def test_a_day_whose_year_the_text_does_not_write_dates_no_history(pipeline: Pipeline) -> None:
    # "September 11" told in May 2031 is read as 2030's: a year the text never wrote
    listed = _listed(
        pipeline,
        "The Ossery attack of September 11 was the worst in memory. A fire at the Quenby "
        "plant killed 11 workers.",
    )
    assert [earlier for earlier, _ in _dating(listed, 11)] == [False]
