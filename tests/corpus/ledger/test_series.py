"""Series and number conflicts on hand-made points (one stage, no model)."""

from __future__ import annotations

import random
from dataclasses import replace

from storyline.corpus.ledger.keys import cause_key, group_key, location_key, subject_key
from storyline.corpus.ledger.records import ArticleInput, PointInput
from storyline.corpus.ledger.series import build_group
from storyline.corpus.ledger.state import LedgerState, build_ledger


def point(
    article: str,
    value: float,
    as_of: str | None,
    *,
    qualifier: str = "exact",
    category: str = "killed",
    published: str | None = None,
    outlet: str | None = None,
    subject: str | None = "people",
    location: str | None = None,
    cause: str | None = None,
    sentence: str = "",
    start: int = 0,
) -> PointInput:
    return PointInput(
        article=article,
        outlet=outlet or f"{article}.example",
        published=published or as_of,
        claim=0,
        category=category,
        value=value,
        qualifier=qualifier,
        as_of=as_of,
        start=start,
        end=start + 2,
        text=f"{value:g}",
        speaker=None,
        unit="people",
        subject=subject,
        location=location,
        cause=cause,
        group=group_key(category, "people"),
        subject_key=subject_key(category, subject),
        location_key=location_key(location),
        cause_key=cause_key(cause),
        sentence=sentence or f"{article}-{start}",
    )


def test_a_toll_rising_within_one_day_is_no_conflict() -> None:
    early = point("a", 10, "2031-01-05", published="2031-01-05T06:00:00")
    late = point("b", 16, "2031-01-05", published="2031-01-05T20:00:00")
    assert build_group("killed|people", [early, late]).conflicts == ()
    # the other way round (the later report lower) is a conflict
    lower = point("c", 7, "2031-01-05", published="2031-01-05T22:00:00")
    (conflict,) = build_group("killed|people", [early, lower]).conflicts
    assert {e.article for e in conflict.evidence} == {"a", "c"}


def test_a_range_and_its_bound_are_too_close_to_call() -> None:
    more = point("a", 30, "2031-01-05", qualifier="more_than")
    exact = point("b", 30, "2031-01-06")
    assert build_group("killed|people", [more, exact]).conflicts == ()


def test_undated_and_year_only_reports_are_shown_but_not_compared() -> None:
    pts = [point("a", 100, "2031-01-05"), point("b", 3, None), point("c", 2, "2031")]
    result = build_group("killed|people", pts)
    assert result.conflicts == ()
    assert sorted(p.article for s in result.series for p in s.points) == ["a", "b", "c"]


def test_a_cause_of_its_own_keeps_its_own_series() -> None:
    story = [point("a", 40, "2031-01-05"), point("b", 55, "2031-01-07")]
    other = point("c", 250_000, "2031-01-06", cause="seasonal flu")
    result = build_group("killed|people", [*story, other])
    assert sorted(s.id for s in result.series) == ["killed", "killed-seasonal-flu"]
    assert result.conflicts == ()


def test_a_story_with_ten_thousand_claims_gives_a_bounded_result() -> None:
    rng = random.Random(7)
    inputs = []
    for i in range(2000):
        pts = tuple(
            point(
                f"a{i}", rng.choice([100, 120, 140, 90]), f"2031-02-{1 + (i + j) % 28:02d}", start=j
            )
            for j in range(5)
        )
        inputs.append(ArticleInput(f"a{i}", f"o{i % 40}", "2031-02-28", points=pts))
    ledger = build_ledger("big", inputs)
    assert sum(len(s.points) for s in ledger.series) == 10_000
    # conflicts are between neighbouring value clusters and capped per report, never per pair
    assert 0 < len(ledger.conflicts) < 2_000


def test_articles_with_no_claims_give_an_empty_ledger() -> None:
    ledger = build_ledger("empty", [ArticleInput("a", None, None), ArticleInput("b", None, None)])
    assert ledger.series == () and ledger.conflicts == ()


def test_adding_an_article_recomputes_only_its_groups_and_matches_a_rebuild() -> None:
    first = [
        ArticleInput("a", "x", "2031-01-01", points=(point("a", 10, "2031-01-01"),)),
        ArticleInput(
            "b",
            "y",
            "2031-01-02",
            points=(point("b", 400, "2031-01-02", category="missing"),),
        ),
    ]
    state = LedgerState()
    state.add(first)
    later = ArticleInput("c", "z", "2031-01-03", points=(point("c", 8, "2031-01-03"),))
    touched = state.add([later])
    assert touched == {"n|killed|people"}
    assert state.ledger("s") == build_ledger("s", [*first, later])
    assert state.add([later]) == set()  # the same article again changes nothing


def test_values_far_apart_count_different_things() -> None:
    near = [point("a", 40, "2031-01-05"), point("b", 25, "2031-01-05")]
    assert len(build_group("killed|people", near).conflicts) == 1  # 1.6x apart
    far = [point("a", 40, "2031-01-05"), point("b", 12, "2031-01-05")]
    assert build_group("killed|people", far).conflicts == ()  # 3.3x: a city and a country


def test_an_article_giving_one_day_several_values_is_not_compared() -> None:
    mixed = [
        point("a", 40, "2031-01-05", start=0),
        point("a", 25, "2031-01-05", start=50),  # the same article, another figure that day
        point("b", 30, "2031-01-05"),
    ]
    assert build_group("killed|people", mixed).conflicts == ()


def test_a_sentence_about_places_the_story_does_not_name_is_not_compared() -> None:
    from storyline.corpus.ledger.records import StoryNames

    abroad = replace(point("b", 25, "2031-01-05"), places=("farland",))
    home = point("a", 40, "2031-01-05")
    names = StoryNames(main=frozenset({"homeland"}), known=frozenset({"homeland"}), judged=True)
    assert build_group("killed|people", [home, abroad], names).conflicts == ()
    small_story = StoryNames(known=frozenset({"homeland"}), judged=False)
    also_abroad = replace(point("a", 40, "2031-01-05"), places=("farland",))
    assert len(build_group("killed|people", [also_abroad, abroad], small_story).conflicts) == 1


def test_reports_naming_different_places_count_different_places() -> None:
    from storyline.corpus.ledger.records import StoryNames

    names = StoryNames(main=frozenset({"homeland"}), known=frozenset({"homeland"}))
    port = replace(point("a", 13, "2031-01-05"), places=("port town",))
    square = replace(point("b", 11, "2031-01-05"), places=("homeland", "capital"))
    toll = replace(point("c", 9, "2031-01-06"), places=("homeland",))  # the story's own place
    assert build_group("killed|people", [port, square, toll], names).conflicts == ()
    both = replace(point("d", 16, "2031-01-05"), places=("port town", "capital"))
    assert len(build_group("killed|people", [port, both], names).conflicts) == 1


def test_how_a_count_was_reached_is_read_from_its_words() -> None:
    from storyline.corpus.ledger.keys import measure_of

    assert measure_of("at least 500 deaths", "Our sources in the city estimate ") == "estimated"
    assert measure_of("302 deaths", "The monitors have documented ") == "confirmed"
    assert measure_of("40 people", "The storm killed ") == ""
    assert measure_of("40 people", "Police believed on Monday that the storm killed ") == ""
    assert measure_of("40 cases", "", "suspected") == "estimated"
    assert measure_of("about 90 people", "which officials suspect has killed ") == "estimated"


def test_a_running_count_is_bound_by_the_reports_of_the_few_days_before() -> None:
    from storyline.corpus.ledger.numbers import FELL_WINDOW_DAYS

    assert FELL_WINDOW_DAYS is not None
    pts = [point("a", 40, "2031-01-01"), point("b", 30, "2031-01-02")]
    assert len(build_group("killed|people", pts).conflicts) == 1  # the next day: a fall
    later = 1 + FELL_WINDOW_DAYS
    weeks = [point("a", 40, "2031-01-01"), point("b", 30, f"2031-01-{later + 10:02d}")]
    assert build_group("killed|people", weeks).conflicts == ()  # another count, weeks on


def test_an_estimate_and_a_confirmed_count_are_not_compared() -> None:
    estimate = replace(point("a", 1000, "2031-01-05", category="cases"), measure="estimated")
    confirmed = replace(point("b", 590, "2031-01-07", category="cases"), measure="confirmed")
    assert build_group("cases|people", [estimate, confirmed]).conflicts == ()
    plain = point("c", 600, "2031-01-07", category="cases")
    assert len(build_group("cases|people", [estimate, plain]).conflicts) == 1


def test_a_count_its_sentence_dates_to_an_earlier_year_is_not_compared() -> None:
    earlier_blast = replace(point("a", 15, "2031-01-05"), past=True)
    this_blast = point("b", 11, "2031-01-09")
    group = build_group("killed|people", [earlier_blast, this_blast])
    assert group.conflicts == ()
    assert sorted(p.value for s in group.series for p in s.points) == [11, 15]  # still shown


def test_a_class_in_line_with_the_main_count_joins_its_series() -> None:
    pts = [
        point("a", 60, "2031-01-05", category="missing"),
        point("b", 38, "2031-01-06", category="missing"),
        point("c", 9, "2031-01-08", category="missing", subject="passengers"),
        point("d", 4, "2031-01-10", category="missing"),
    ]
    (series,) = build_group("missing|people", pts).series
    assert [p.value for p in series.points] == [60, 38, 9, 4]


def test_a_rising_toll_no_second_outlet_repeats_is_not_uncorroborated() -> None:
    pts = [
        point("a", 12, "2031-01-02"),
        point("b", 15, "2031-01-03"),
        point("a2", 20, "2031-01-04", outlet="a.example"),
        point("c", 24, "2031-01-06"),
    ]
    assert build_group("killed|people", pts).unsupported == ()


def test_a_figure_other_outlets_leave_no_room_for_is_uncorroborated() -> None:
    pts = [
        point("a", 60, "2031-01-04", category="missing"),
        point("b", 100, "2031-01-05", category="missing"),  # a spike between 60 and 62
        point("c", 62, "2031-01-06", category="missing"),
        point("d", 8, "2031-01-05", category="missing", location="Farbay"),  # another place
    ]
    group = build_group("missing|people", pts)
    assert group.conflicts == ()  # a level may move: no rule is broken
    assert [e.article for e in group.unsupported] == ["b"]


def test_a_series_is_labelled_with_a_place_only_when_every_report_gives_it() -> None:
    """The label heads every line of a series: a count naming no place is not Farbay's."""
    placed = [
        point("a", 40, "2031-01-05", category="injured", location="Farbay"),
        point("b", 75, "2031-01-06", category="injured", location="Farbay"),
    ]
    unplaced = point("c", 300, "2031-01-07", category="injured")
    (only,) = build_group("injured|people", placed).series
    assert only.location == "Farbay"
    for s in build_group("injured|people", [*placed, unplaced]).series:
        if any(p.article == "c" for p in s.points):
            assert s.location is None


def test_a_lone_place_the_story_is_not_about_is_a_detail() -> None:
    """One place in a group's counts is the story's own only when the story names it: "31
    killed in Ostrava" in a story whose articles all name Velden is Ostrava's count."""
    from storyline.corpus.ledger.records import StoryNames

    toll = [point("a", 4, "2031-01-05"), point("b", 6, "2031-01-06")]
    city = point("c", 31, "2031-01-07", location="Ostrava")
    velden = StoryNames(main=frozenset({"velden"}), known=frozenset({"velden"}))
    series = build_group("killed|people", [*toll, city], velden).series
    (ostrava,) = [s for s in series if any(p.article == "c" for p in s.points)]
    assert ostrava.location == "Ostrava"
    assert [p.article for p in ostrava.points] == ["c"]
    # the story's own place, or a story too small to say what it is about: the toll
    home = StoryNames(main=frozenset({"ostrava"}), known=frozenset({"ostrava"}))
    for names in (home, StoryNames()):
        (one,) = build_group("killed|people", [*toll, city], names).series
        assert [p.article for p in one.points] == ["a", "b", "c"]


def test_a_count_of_a_named_people_never_joins_the_toll() -> None:
    """ "Some 26 Egyptians have died" is in line with a pandemic's toll of 50 and 65, but it
    counts Egypt's dead: its own series, labelled with them."""
    toll = [point("a", 50, "2031-05-14"), point("b", 65, "2031-05-15")]
    egyptians = point("c", 26, "2031-05-10", qualifier="about", subject="Egyptians")
    series = build_group("killed|people", [*toll, egyptians]).series
    assert [sorted(p.article for p in s.points) for s in series] == [["a", "b"], ["c"]]
    assert series[1].subject == "Egyptians"
    # a common noun in line with the toll still joins it ("9 passengers" among "38 missing")
    passengers = point("c", 30, "2031-05-10", qualifier="about", subject="passengers")
    (joined,) = build_group("killed|people", [*toll, passengers]).series
    assert len(joined.points) == 3
