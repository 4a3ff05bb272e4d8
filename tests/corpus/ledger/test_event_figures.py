"""Numbers that count no event of the story (corpus/ledger/figures.py): a range's bound, a
yearly rate, a composition share, one side of "N of M", "lives" never lost. Texts written
for these tests, through the real per-article pipeline."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import article_input, build_ledger
from storyline.corpus.ledger.figures import no_event_figure
from storyline.model import Article, Claim


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def _values(pipeline: Pipeline, text: str) -> list[float]:
    """Every value the brief's numbers section would list for an article of `text`."""
    art = pipeline.run(Article(id="a1", published="2031-03-02", outlet="a.example", text=text))
    ledger = build_ledger("s", [article_input(art)])
    return [r.value for _, items in ledger_numbers([art], ledger) for r in items]


def test_a_yearly_range_is_no_toll(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "The Velm fever has killed 31 people in Brolk, officials said on Monday. "
        "Marsh fever kills 20,000 to 40,000 people in a normal year, including children.",
    )
    assert 31 in values
    assert 40_000 not in values and 20_000 not in values


def test_a_range_bound_is_no_figure_but_a_change_keeps_its_total(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "Orla lawyers said the estimates were too high by as much as 20 to 50 percent. "
        "Health officials in Brolk said 14 people have been infected with the fever.",
    )
    assert 50 not in values and 20 not in values
    assert 14 in values


def _claim(text: str, figure: str, category: str = "killed") -> Claim:
    start = text.index(figure)
    value = float(figure.replace("$", "").split()[0].replace(",", ""))
    return Claim(start, start + len(figure), figure, value, "exact", "people", category)


def test_range_ends_between_and_to_but_not_from_to_nor_two_figures() -> None:
    text = (
        "Between 20 and 30 people died in Orla. The toll rose from 40 to 55 people on Monday. "
        "Storms killed 8 and injured 12 people in Brun."
    )
    claims = tuple(
        _claim(text, f) for f in ("20", "30 people", "40", "55 people", "8", "12 people")
    )
    art = Article(id="a1", text=text, claims=claims)
    bound = {c.text: no_event_figure(art, c) for c in claims}
    assert bound == {
        "20": True,
        "30 people": True,
        "40": False,
        "55 people": False,
        "8": False,
        "12 people": False,
    }


def test_a_rate_by_period_but_not_a_count_dated_a_week_ago() -> None:
    text = "Malaria kills 900 people a year in Orla. A blast killed 11 people a week ago in Brun."
    claims = tuple(_claim(text, f) for f in ("900 people", "11 people"))
    art = Article(id="a1", text=text, claims=claims)
    assert [no_event_figure(art, c) for c in claims] == [True, False]


def test_a_composition_share_is_no_event_figure(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "A bomb killed 6 people in Brun on Monday, police said. "
        "Brun is 80 percent Velmish, and its residents voted in large numbers.",
    )
    assert 6 in values
    assert 80 not in values


def test_one_side_of_n_of_m_is_no_count(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "Orla fever is seen as the worst threat since Brun fever re-emerged, killing 140 "
        "people of 230 infected in 9 countries. "
        "Health officials in Brolk said 14 people have been infected with the fever.",
    )
    assert 140 not in values and 230 not in values
    assert 14 in values


def test_part_of_a_named_group_keeps_its_count() -> None:
    text = (
        "Five of the 12 crew were killed, gunmen killed 4 of 30 passengers, "
        "and 3 people of 20 infected died."
    )
    claims = tuple(_claim(text, f) for f in ("12 crew", "4", "30 passengers", "3 people", "20"))
    art = Article(id="a1", text=text, claims=claims)
    assert [no_event_figure(art, c) for c in claims] == [False, False, False, True, True]


def test_lives_no_sentence_says_were_lost_are_no_toll(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "The flood claimed 17 lives in Orla on Monday, officials said. "
        "A comment below the article read: A fox has 7 lives.",
    )
    assert 17 in values
    assert 7 not in values


def test_a_share_that_says_of_what_is_no_composition() -> None:
    text = "Brun is 80 percent Velmish. The oil left is less than 0.1 percent of the total spilled."
    claims = (
        Claim(8, 18, "80 percent", 80.0, "exact", "percent", "percent"),
        Claim(
            text.index("less"),
            text.index(" spilled"),
            "less than 0.1 percent of the total",
            0.1,
            "less_than",
            "percent",
            "percent",
        ),
    )
    art = Article(id="a1", text=text, claims=claims)
    assert [no_event_figure(art, c) for c in claims] == [True, False]


def test_a_change_by_n_to_a_total_keeps_the_total(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "The death toll from the floods in Orla rose by 12 to 57 on Tuesday, officials said.",
    )
    assert 57 in values


def test_by_before_a_range_of_percent_still_reads_a_range() -> None:
    text = (
        "The toll rose by 12 to 57 people. Velm cut its budget by 20 to 30 percent. "
        "Fish cost more by $ 2 to $ 4 a pound."
    )
    claims = (
        _claim(text, "12"),
        _claim(text, "57 people"),
        _claim(text, "20", "percent"),
        _claim(text, "30 percent", "percent"),
        _claim(text, "$ 2", "money"),
        _claim(text, "$ 4", "money"),
    )
    art = Article(id="a1", text=text, claims=claims)
    assert [no_event_figure(art, c) for c in claims] == [False, False, True, True, True, True]


def test_a_toll_in_a_single_day_is_no_rate(pipeline: Pipeline) -> None:
    values = _values(
        pipeline, "The storm killed 40 people in a single day in Orla, officials said."
    )
    assert 40 in values


def test_a_share_an_adverb_follows_is_no_composition() -> None:
    text = (
        "Unemployment in Velm was 12 percent nationwide. Turnout was 61 percent overall. "
        "Support was 40 percent locally. Brun is 80 percent Velmish."
    )
    claims = tuple(
        _claim(text, f, "percent") for f in ("12 percent", "61 percent", "40 percent", "80 percent")
    )
    art = Article(id="a1", text=text, claims=claims)
    assert [no_event_figure(art, c) for c in claims] == [False, False, False, True]


def test_a_spaced_dash_sets_off_an_aside_not_a_range() -> None:
    text = (
        "The blast killed 14 people and injured 20 - 3 of them firefighters. "
        "Between 5 and 8 people died in Brun, and 30-40 homes burned."
    )
    claims = tuple(_claim(text, f) for f in ("14 people", "20", "3 of them", "5", "8 people"))
    claims += (
        Claim(text.index("30-"), text.index("30-") + 2, "30", 30.0, "exact", None, "other"),
        _claim(text, "40 homes", "other"),
    )
    art = Article(id="a1", text=text, claims=claims)
    assert [no_event_figure(art, c) for c in claims] == [
        False,
        False,
        False,
        True,
        True,
        True,
        True,
    ]


def test_range_partners_found_whatever_the_order_of_claims() -> None:
    text = "Officials said 250,000 to 500,000 people fled Orla, and 7 people died."
    ends = (_claim(text, "250,000"), _claim(text, "500,000 people"), _claim(text, "7 people"))
    art = Article(id="a1", text=text, claims=(ends[2], ends[1], ends[0]))
    assert [no_event_figure(art, c) for c in ends] == [True, True, False]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A farm bill in Orla includes a $ 2-per-bushel tax credit for growers.", "$ 2-per-bushel"),
        ("The Brolk council gave each volunteer a $4-a-day allowance.", "$4"),
        ("Velm charges $ 3 per head for the ferry to Brun.", "$ 3"),
    ],
)
def test_so_much_per_unit_is_a_rate_not_an_amount(text: str, figure: str) -> None:
    start = text.index(figure)
    claim = Claim(start, start + len(figure), figure, 1.0, "exact", "USD", "money")
    assert no_event_figure(Article(id="r", text=text, claims=(claim,)), claim)


def test_a_per_unit_credit_is_not_listed_but_the_bill_is(pipeline: Pipeline) -> None:
    values = _values(
        pipeline,
        "The Orla parliament on Monday passed a $ 30 billion farm bill. "
        "The bill includes a $ 2-per-bushel tax credit for growers in Brolk.",
    )
    assert 2 not in values


def test_an_amount_before_per_cent_or_a_person_is_no_rate() -> None:
    text = "Brolk paid $ 40 million to Ana Velt. The Orla fund rose 5 per cent to $ 9 million."
    claims = tuple(
        Claim(text.index(f), text.index(f) + len(f), f, 1.0, "exact", "USD", "money")
        for f in ("$ 40 million", "$ 9 million")
    )
    art = Article(id="r", text=text, claims=claims)
    assert not any(no_event_figure(art, c) for c in claims)
