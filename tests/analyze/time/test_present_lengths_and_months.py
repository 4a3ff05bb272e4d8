"""Issue 16: "now" opening a sentence, counts after "for", the decade ahead, race times, months.

Each class came from news nobody had tuned on; the sentences here are written for the
tests, not taken from any corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest
from timex_helpers import found

from storyline.analyze.time import tag_timexes

MID_MARCH = dt.date(2012, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "The dam held for a week. Now, engineers say the water is rising again.",
        "Now, following the storm, the harbour is closed.",
        '"Now, we have nothing left," the farmer said.',
    ],
)
def test_now_opening_a_sentence_about_the_present_is_present_ref(text: str) -> None:
    assert found(text, MID_MARCH)["Now"] == ("DATE", "PRESENT_REF")


@pytest.mark.parametrize(
    "text",
    [
        "The rally ended. Now for the scores from the valley league.",
        "Now then, where did we leave the boat?",
        "Now, let us look at the ferry timetable.",
    ],
)
def test_now_opening_a_turn_in_the_talk_is_not_a_time(text: str) -> None:
    assert "Now" not in found(text, MID_MARCH)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The mayor was jailed for eight years earlier this month.", "eight years"),
        ("The orchard had lain empty for eight years previously.", "eight years"),
        ("She ran the mill for nearly eight years back then.", "nearly eight years"),
        ("The bakery will stay open for eight years from now.", "eight years"),
    ],
)
def test_a_count_after_for_is_a_length_not_an_offset(text: str, expr: str) -> None:
    assert found(text, MID_MARCH)[expr] == ("DURATION", "P8Y")


def test_the_same_count_without_for_still_points_back() -> None:
    assert found("The mill closed eight years earlier.", MID_MARCH)["eight years earlier"] == (
        "DATE",
        "2004",
    )
    got = found("The mayor was jailed for eight years earlier this month.", MID_MARCH)
    assert got["earlier this month"] == ("DATE", "2012-03")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The port will need $3 billion over the next decade.", "the next decade"),
        ("In the coming decade, the river towns will grow.", "the coming decade"),
        ("The next decade will test the new dykes.", "The next decade"),
    ],
)
def test_the_decade_ahead_is_a_duration(text: str, expr: str) -> None:
    assert found(text, MID_MARCH)[expr] == ("DURATION", "P10Y")


def test_a_named_decade_stays_a_date() -> None:
    assert found("Rents doubled in the 1990s.", MID_MARCH)["the 1990s"] == ("DATE", "199")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Kemboi won the hill race in 3:07:35.", "3:07:35", "PT3H7M35S"),
        ("Her 2:21:05 was a course record.", "2:21:05", "PT2H21M5S"),
        ("The relay team finished in 1:02:03.4 on the wet track.", "1:02:03.4", "PT1H2M3.4S"),
        ("The recording runs 0:45:00 without a break.", "0:45:00", "PT45M"),
    ],
)
def test_clock_durations_are_lengths(text: str, expr: str, value: str) -> None:
    assert found(text, MID_MARCH)[expr] == ("DURATION", value)


@pytest.mark.parametrize(
    "text",
    [
        "The siren sounded at 10:30:00 in the valley.",
        "Posted 2012-03-01 06:18:00 by the harbour office.",
        "The ferry left at 06:18:00 GMT.",
        "Doors closed 10:30:00 PM sharp.",
    ],
)
def test_clock_readings_are_not_lengths(text: str) -> None:
    kinds = {t.text: t.type for t in tag_timexes(text, MID_MARCH)}
    assert "DURATION" not in kinds.values()
    assert not any(":" in t for t in kinds)


def test_a_month_named_in_the_past_tense_goes_back_up_to_eleven_months() -> None:
    # read by cue words (no tagger): June said in March with a past verb is last June
    got = tag_timexes("Floods reached the valley in June.", MID_MARCH, pos=False)
    assert [(t.text, t.value) for t in got] == [("June", "2011-06")]
    got = tag_timexes("Floods will reach the valley in June.", MID_MARCH, pos=False)
    assert [(t.text, t.value) for t in got] == [("June", "2012-06")]


def test_the_month_next_to_the_publication_date_keeps_the_nearest_year() -> None:
    # a past reporting verb often reports on the month ahead ("told of cuts in April")
    got = found("The board told growers of cuts to water supply in April.", MID_MARCH)
    assert got["April"] == ("DATE", "2012-04")
