"""Ledgers of short stories written for these tests, through the real per-article pipeline.

A rising toll, a same-day contradiction, a falling cumulative count, a falling
level that is fine, copies counted once, and a count of a sub-group kept apart.
"""

from __future__ import annotations

import pytest
from ledger_stories import ledger_of, story

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.flags import review_articles
from storyline.corpus.ledger import Ledger, article_input, disagreements
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims", "flags"])


def killed(ledger: Ledger) -> list[tuple[str, float]]:
    (series,) = [s for s in ledger.series if s.category == "killed"]
    return [(p.article, p.value) for p in series.points]


def test_a_rising_toll_is_one_consistent_series(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-02-01", "At least 8 people died when the dam burst, police said."),
        ("b1", "2031-02-02", "The number of people killed rose to 19, the governor said."),
        ("c1", "2031-02-04", "The death toll now stands at 31, officials said."),
    )
    ledger = ledger_of(arts)
    assert killed(ledger) == [("a1", 8), ("b1", 19), ("c1", 31)]
    (series,) = [s for s in ledger.series if s.category == "killed"]
    assert series.cumulative and series.status == "consistent"
    assert ledger.conflicts == ()


def test_a_same_day_contradiction_names_both_sides(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-02-02", "Rescuers said 40 people were killed in the landslide."),
        ("b1", "2031-02-02", "Local officials said 25 people were killed in the landslide."),
    )
    ledger = ledger_of(arts)
    (conflict,) = ledger.conflicts
    assert conflict.kind == "number" and conflict.series == "killed"
    assert {(e.article, e.value) for e in conflict.evidence} == {("a1", 40), ("b1", 25)}
    assert "same day" in conflict.message
    (d,) = disagreements(ledger)
    assert d.about == "killed" and len(d.reports) == 2


def test_a_falling_cumulative_count_conflicts_with_the_earlier_bound(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-03-01", "More than 50 people have died in the fire, the mayor said."),
        ("b1", "2031-03-02", "The fire killed 35 people, a fire brigade spokesman said."),
        ("c1", "2031-03-03", "The fire has killed 58 people, the mayor said."),
    )
    ledger = ledger_of(arts)
    (conflict,) = ledger.conflicts
    assert {(e.article, e.value) for e in conflict.evidence} == {("a1", 50), ("b1", 35)}
    assert "cannot fall" in conflict.message
    review = review_articles("s", arts)
    assert [f.code for f in review.flags["b1"]] == ["contradicted"]
    assert "contradicted" not in [f.code for f in review.flags.get("c1", ())]


def test_a_falling_level_is_fine(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-04-01", "About 70 hikers are missing after the avalanche, police said."),
        ("b1", "2031-04-02", "Police said 25 hikers were still missing."),
        ("c1", "2031-04-04", "Only 3 hikers remain missing, police said."),
    )
    ledger = ledger_of(arts)
    (series,) = [s for s in ledger.series if s.category == "missing"]
    assert not series.cumulative and series.status == "consistent"
    assert [p.value for p in series.points] == [70, 25, 3]
    assert ledger.conflicts == ()


def test_a_copied_sentence_is_one_report(pipeline: Pipeline) -> None:
    text = "The number of people killed in the quake rose to 23, the governor said."
    arts = story(pipeline, ("a1", "2031-05-01", text), ("b1", "2031-05-01", text))
    (series,) = ledger_of(arts).series
    (point,) = series.points
    assert point.article == "a1" and point.copies == ("b1",)


def test_a_count_of_a_sub_group_keeps_a_series_of_its_own(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-06-01", "The shelling killed 120 people in the city, officials said."),
        ("b1", "2031-06-02", "More than 20 soldiers were killed in the shelling, the army said."),
        ("c1", "2031-06-03", "The shelling has killed 140 people, officials said."),
    )
    ledger = ledger_of(arts)
    ids = sorted(s.id for s in ledger.series if s.category == "killed")
    assert ids == ["killed", "killed-soldier"]
    assert ledger.conflicts == ()


def test_absurd_values_are_kept_flagged_and_left_out_of_checks(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-07-01", "Officials said 12 people died in the collapse."),
        ("b1", "2031-07-02", "A blog claimed 1000000000000000 people died in the collapse."),
        ("c1", "2031-07-03", "Officials said 15 people died in the collapse."),
    )
    review = review_articles("s", arts)
    (series,) = [s for s in review.ledger.series if s.category == "killed"]
    absurd = [p for p in series.points if p.absurd]
    assert [p.article for p in absurd] == ["b1"]
    assert review.ledger.conflicts == ()
    assert "absurd_value" in [f.code for f in arts[1].flags]


def test_a_count_of_an_earlier_event_is_no_disagreement(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-08-03", "The explosion at the refinery killed 11 workers, the company said."),
        (
            "b1",
            "2031-08-04",
            "The explosion killed 11 workers, police said. A 2019 blast at the same refinery "
            "killed 15 people, police said.",
        ),
    )
    ledger = ledger_of(arts)
    assert ledger.conflicts == ()
    old = [p for s in ledger.series for p in s.points if p.value == 15]
    assert [p.as_of for p in old] == ["2019"]  # dated by its own event, not compared by day


def test_places_the_world_and_other_pandemics_stay_apart(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-04-20", "The new virus has killed 150 people in Peru, officials said."),
        ("b1", "2031-04-20", "The virus has killed 2,000 people worldwide, the agency said."),
        ("c1", "2031-04-21", "The 1918 pandemic killed 50 million people, historians say."),
        ("d1", "2031-04-22", "The virus has now killed 190 people in Peru, officials said."),
    )
    ledger = ledger_of(arts)
    assert ledger.conflicts == ()
    killed = {s.id: [p.value for p in s.points] for s in ledger.series if s.category == "killed"}
    assert any(values == [150, 190] for values in killed.values()), killed
    assert not any(2000 in v and 150 in v for v in killed.values()), killed


def test_an_incident_count_is_compared_within_its_day_only(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-10-04", "A car bomb killed 40 people in the market on Monday, police said."),
        ("b1", "2031-10-06", "Clashes in the north have killed 18 people, officials said."),
    )
    ledger = ledger_of(arts)
    incidents = {p.article: p.incident for s in ledger.series for p in s.points}
    assert incidents == {"a1": True, "b1": False}
    assert ledger.conflicts == ()  # 18 after 40 is another incident, not a falling toll


def _point_of(article: Article, value: float) -> tuple[str, bool]:
    (p,) = [p for p in article_input(article).points if p.value == value]
    return p.measure, p.past


def test_how_a_count_was_reached_and_an_earlier_year_are_read_from_its_sentence(
    pipeline: Pipeline,
) -> None:
    (art,) = story(
        pipeline,
        (
            "a1",
            "2031-03-02",
            "Doctors estimate that 400 people have been infected, the ministry said. "
            "Laboratories have confirmed 120 people infected, the ministry said. "
            "A 2019 outbreak in the same valley killed 35 people, officials said. "
            "The outbreak has killed 22 people, officials said.",
        ),
    )
    assert _point_of(art, 400)[0] == "estimated"
    assert _point_of(art, 120)[0] == "confirmed"
    assert _point_of(art, 35)[1] is True
    assert _point_of(art, 22) == ("", False)


def test_the_sides_of_a_proportion_are_no_counts(pipeline: Pipeline) -> None:
    (art,) = story(
        pipeline,
        (
            "a1",
            "2031-03-02",
            "Officials said 14 people were killed in the storm. "
            "Only eight in 10 patients were treated, doctors said.",
        ),
    )
    assert sorted(p.value for p in article_input(art).points) == [14]


def test_an_earlier_disaster_does_not_contradict_the_toll(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-04-02", "The mine collapse killed 11 people, police said."),
        (
            "b1",
            "2031-04-05",
            "The owner was fined over a 2024 blast at the same mine that killed 15 people, "
            "police said.",
        ),
        ("c1", "2031-04-06", "The collapse has killed 11 people, police said."),
    )
    ledger = ledger_of(arts)
    assert ledger.conflicts == ()
    assert sorted(v for _, v in killed(ledger)) == [11, 11, 15]  # the old figure is shown


def test_a_count_in_one_city_does_not_contradict_the_toll(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-05-06", "In Marseille, 6 people were killed by the storm, police said."),
        ("b1", "2031-05-06", "The storm has killed 9 people, police said."),
    )
    assert ledger_of(arts).conflicts == ()


def test_a_count_since_a_day_is_dated_by_its_report(pipeline: Pipeline) -> None:
    (art,) = story(
        pipeline,
        (
            "a1",
            "2031-03-06",
            "Monitors reported 84 deaths since Tuesday, the group said. "
            "Police said 12 people were killed on Monday.",
        ),
    )
    dated = {p.value: p.as_of for p in article_input(art).points}
    assert dated[84] == "2031-03-06"  # up to the report, not as of Tuesday
    assert dated[12] == "2031-03-03"  # one day's count keeps its day


def test_a_place_naming_who_speaks_is_no_place_of_the_count(pipeline: Pipeline) -> None:
    arts = story(
        pipeline,
        ("a1", "2031-05-06", "The storm killed 6 people, Spain's interior ministry said."),
        ("b1", "2031-05-06", "The storm has killed 9 people, police said."),
    )
    (p,) = article_input(arts[0]).points
    assert p.places == ()  # "Spain's interior ministry": who speaks, not where they died
    assert len(ledger_of(arts).conflicts) == 1


def test_a_count_its_sentence_dates_months_back_is_of_an_earlier_event(
    pipeline: Pipeline,
) -> None:
    (art,) = story(
        pipeline,
        (
            "a1",
            "2031-06-01",
            "A gunman killed 2 workers at the Velmar Falls plant on Thursday, police said. "
            "In February, a student opened fire at Dorvan College, killing 5 people. "
            "In May, a fire at the plant injured 4 workers, police said. "
            "The February floods in Velmar have killed 30 people so far, officials said. "
            "Earlier this year, a driver in Dorvan hit a crowd, leaving 7 people dead.",
        ),
    )
    assert _point_of(art, 7)[1] is True
    assert _point_of(art, 2)[1] is False
    assert _point_of(art, 30)[1] is False  # a count still running: today's figure
    assert _point_of(art, 5)[1] is True  # four months before the article: another event
    assert _point_of(art, 4)[1] is False  # last month: may be the story's own


def test_a_count_from_the_month_its_story_began_is_of_today(pipeline: Pipeline) -> None:
    (art,) = story(
        pipeline,
        (
            "a1",
            "2031-06-20",
            "Since March, police arrested 300 protesters in Velmar Falls, officials said. "
            "The outbreak, which began in February, killed 40 people in Dorvan, the ministry "
            "said on Monday. In February, a student opened fire at Dorvan College, killing 5 "
            "people.",
        ),
    )
    assert _point_of(art, 300)[1] is False  # the span the count covers opens in March
    assert _point_of(art, 40)[1] is False
    assert _point_of(art, 5)[1] is True  # a month back, with nothing running: another event
