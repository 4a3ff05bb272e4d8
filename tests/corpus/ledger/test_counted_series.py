"""Counts of things no category names (customers, votes) lined up as series by their noun.

Stories written for these tests (invented companies, people and places), through the
real per-article pipeline.
"""

from __future__ import annotations

import pytest
from ledger_stories import ledger_of, story

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing.numbers import ledger_numbers
from storyline.corpus.ledger import (
    Ledger,
    LedgerState,
    article_input,
    build_ledger,
    series_label,
)
from storyline.corpus.ledger.counted import counted_group, counted_label


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims"])


def by_label(ledger: Ledger) -> dict[str, list[tuple[str, float]]]:
    return {series_label(s): [(p.article, p.value) for p in s.points] for s in ledger.series}


def test_the_customers_a_breach_affected_are_a_series(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-03-02", "Pellor said hackers stole the data of 2.1 million customers."),
        ("b1", "2031-03-04", "Pellor now says the breach affected 4.6 million customers."),
    )
    ledger = ledger_of(arts)
    assert by_label(ledger)["customers"] == [("a1", 2_100_000), ("b1", 4_600_000)]
    shown = dict(ledger_numbers(arts, ledger))["customers"]
    assert [(r.value, r.unit) for r in shown] == [
        (2_100_000, "customers"),
        (4_600_000, "customers"),
    ]


def test_a_noun_counted_in_one_article_only_is_no_series(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-03-02", "Pellor said hackers stole the data of 2.1 million customers."),
        ("b1", "2031-03-04", "Pellor closed 14 shops after the breach, a spokesman said."),
    )
    labels = set(by_label(ledger_of(arts)))
    assert "shops" not in labels and "customers" not in labels


def test_a_margin_is_apart_from_the_votes_and_outlets_disagreeing_on_it_conflict(
    pipeline: Pipeline,
) -> None:
    arts = story(
        pipeline,
        (
            "a1",
            "2031-05-10",
            "Ilse Varon held a lead of 6,443 votes over Tomas Brekk, the commission said.",
        ),
        (
            "b1",
            "2031-05-10",
            "Brekk's campaign said Varon was ahead by only 4,100 votes in its own count.",
        ),
    )
    ledger = ledger_of(arts)
    assert by_label(ledger)["votes: lead"] == [("a1", 6443), ("b1", 4100)]
    (conflict,) = ledger.conflicts
    assert {e.value for e in conflict.evidence} == {6443, 4100}


def test_counted_groups_name_the_noun_and_leave_durations_out() -> None:
    assert counted_group("customers", "Hackers stole the data of ") == "other|customer"
    assert counted_group("identity numbers", "They took ") == "other|identity number"
    assert counted_group("votes", "Varon won by ") == "other|vote:lead"
    assert counted_group("votes", "Varon's lead over Tomas Brekk had narrowed to ") == (
        "other|vote:lead"
    )
    assert counted_group("years", "The plant ran for ") is None
    assert counted_group(None, "It rose to ") is None
    assert counted_label("vote:lead") == "votes: lead"
    assert counted_label("child") == "children"
    assert counted_label("identity number") == "identity numbers"


def test_two_sources_of_one_article_giving_different_figures_conflict(
    pipeline: Pipeline,
) -> None:
    arts = story(
        pipeline,
        (
            "a1",
            "2031-05-10",
            "Ilse Varon held a lead of 6,443 votes over Tomas Brekk, the electoral commission"
            " said on Sunday. Brekk's campaign said its own parallel count put him ahead by"
            " 9,000 votes.",
        ),
        ("b1", "2031-05-11", "The commission said Varon's lead had narrowed to 5,900 votes."),
    )
    ledger = ledger_of(arts)
    assert by_label(ledger)["votes: lead"] == [("a1", 6443), ("a1", 9000), ("b1", 5900)]
    (conflict,) = ledger.conflicts
    assert {e.value for e in conflict.evidence} == {6443, 9000}
    assert "sources disagree" in conflict.message


def test_one_source_giving_two_figures_of_a_day_is_no_dispute(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        (
            "a1",
            "2031-06-03",
            "Police said 12 people were killed in the fighting in the north. Police said 19"
            " people were killed in the south.",
        ),
    )
    assert ledger_of(arts).conflicts == ()


def test_two_sources_in_one_article_disagreeing_on_a_toll_conflict(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        (
            "a1",
            "2031-06-03",
            "Police said 12 people were killed in the clashes. Organisers said 19 people died"
            " in the clashes.",
        ),
    )
    (conflict,) = ledger_of(arts).conflicts
    assert {e.value for e in conflict.evidence} == {12, 19}


def test_a_noun_few_of_a_storys_articles_count_is_no_series(pipeline: Pipeline) -> None:
    texts = [
        ("a1", "2031-03-02", "Pellor said hackers stole the data of 2.1 million customers."),
        ("b1", "2031-03-04", "Pellor now says the breach affected 4.6 million customers."),
        ("c1", "2031-03-05", "Pellor shares fell after the breach, traders said."),
        ("d1", "2031-03-06", "The regulator opened an inquiry into the breach at Pellor."),
        ("e1", "2031-03-07", "Pellor hired an outside firm to review its systems."),
        ("f1", "2031-03-08", "Pellor's chief executive apologised for the breach."),
    ]
    arts = story(pipeline, *texts)
    assert "customers" in by_label(ledger_of(arts[:4]))  # two of four articles
    assert "customers" not in by_label(ledger_of(arts))  # two of six


def test_an_incremental_ledger_reads_a_nouns_share_as_a_fresh_one(pipeline: Pipeline) -> None:
    texts = [
        ("a1", "2031-03-02", "Pellor said hackers stole the data of 2.1 million customers."),
        ("b1", "2031-03-04", "Pellor now says the breach affected 4.6 million customers."),
        ("c1", "2031-03-05", "Pellor shares fell after the breach, traders said."),
        ("d1", "2031-03-06", "The regulator opened an inquiry into the breach at Pellor."),
        ("e1", "2031-03-07", "Pellor hired an outside firm to review its systems."),
        ("f1", "2031-03-08", "Pellor's chief executive apologised for the breach."),
    ]
    inputs = [article_input(a) for a in story(pipeline, *texts)]
    state = LedgerState()
    for inp in inputs:
        state.add([inp])
        fresh = build_ledger("s", inputs[: len(state.articles)])
        assert state.ledger("s") == fresh


def test_a_claim_far_from_a_confirmed_count_is_no_dispute(pipeline: Pipeline) -> None:
    """Values further apart than MAX_RATIO may count different things (a hospital's intake
    against a nationwide toll), in one article as across articles: not raised."""
    arts = story(
        pipeline,
        ("a1", "2031-03-02", "Pellor said hackers stole the data of 2.1 million customers."),
        (
            "b1",
            "2031-03-05",
            "Pellor said on Thursday that the breach affected 4.6 million customers. Grey"
            " Lantern, the hacking group, said on Thursday that it held data on 9 million"
            " customers.",
        ),
    )
    assert ledger_of(arts).conflicts == ()


def test_an_incidents_count_and_a_weeks_count_of_two_sources_are_no_dispute(
    pipeline: Pipeline,
) -> None:
    arts = story(
        pipeline,
        (
            "a1",
            "2031-06-04",
            "Twelve people were killed on Wednesday when shells hit a crowded"
            " market, a rebel spokesman said. At least 27 people have been killed this week,"
            " the city's mayor said.",
        ),
    )
    assert ledger_of(arts).conflicts == ()


def test_two_sources_counting_a_bare_noun_differently_in_one_article_is_no_dispute(
    pipeline: Pipeline,
) -> None:
    """A bare noun's count says nothing of which of them it counts: 'all 14 patients'
    of one source and the '11 patients' in a ward of another are different groups."""
    texts = [
        (
            "a1",
            "2031-04-03",
            "Health officials in Varn Province confirmed 14 cases of Sennet fever on Saturday."
            " Dr. Ilse Marrow told reporters that all 14 patients lived near the grain market."
            " A spokesman for the district hospital, Piet Dahlberg, said 11 patients were being"
            " treated in an isolation ward.",
        ),
        ("b1", "2031-04-04", "Ilse Marrow said 20 patients had been admitted by Sunday."),
    ]
    ledger = ledger_of(story(pipeline, *texts))
    assert sorted(v for _, v in by_label(ledger)["patients"]) == [11, 14, 20]
    assert ledger.conflicts == ()
