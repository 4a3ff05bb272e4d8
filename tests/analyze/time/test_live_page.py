"""A live page's bare weekday: the nearest such day on either side of its dateline (live.py)."""

from __future__ import annotations

import datetime as dt

from storyline.analyze.time import tag_timexes
from storyline.analyze.time.live import is_live_page

FRIDAY = dt.date(2019, 3, 8)

LIVE = (
    "Harbour strike: live updates\n"
    "(Update 9:40 p.m. local time) The port authority met union leaders on Saturday, "
    "a spokeswoman said.\n"
    "(Update 6:05 p.m. local time) Dock workers walked out on Thursday.\n"
    "Update 2:15 p.m. Ferries were cancelled late Saturday.\n"
)
ARTICLE = (
    "The port authority met union leaders on Saturday, a spokeswoman said.\n"
    "Dock workers walked out on Thursday.\n"
)


def _weekdays(text: str) -> dict[str, str]:
    days = ("saturday", "thursday", "late saturday")
    return {t.text.lower(): t.value for t in tag_timexes(text, FRIDAY) if t.text.lower() in days}


def test_stamped_updates_make_a_live_page() -> None:
    assert is_live_page(LIVE)
    assert is_live_page("[4.29pm] Rain.\n[3.05pm] Wind.\n")


def test_one_stamp_or_prose_clock_times_are_no_live_page() -> None:
    assert not is_live_page(ARTICLE)
    assert not is_live_page("Update 9:40 p.m. The vote was held.\nIt passed.\n")
    assert not is_live_page("The talks began at 9:40 p.m. and ended at 11:05 p.m.\n")
    assert not is_live_page("12.50 million shares traded.\n10.25 percent fell.\n")


def test_a_live_pages_weekday_after_its_dateline_is_the_next_one() -> None:
    # On a Friday live page, a Saturday update's "Saturday" is the next day, not six days
    # before; "Thursday" stays the day before (the nearer of the two either way).
    assert _weekdays(LIVE) == {
        "saturday": "2019-03-09",
        "thursday": "2019-03-07",
        "late saturday": "2019-03-09",
    }


def test_a_finished_articles_past_weekday_is_still_the_one_before() -> None:
    assert _weekdays(ARTICLE) == {"saturday": "2019-03-02", "thursday": "2019-03-07"}


def test_a_modified_weekday_on_a_live_page_keeps_its_modifier() -> None:
    text = LIVE + "They first met last Saturday.\n"
    found = [t.value for t in tag_timexes(text, FRIDAY) if t.text.lower() == "last saturday"]
    assert found == ["2019-03-02"]
