"""The home page: the latest days counted back from the newest article, not from today."""

from __future__ import annotations

from pathlib import Path

from storyline.engine import Storyline
from storyline.query import home_page


def test_latest_days_stories_volume_and_outlets(engine: Storyline) -> None:
    home = home_page(engine, days=7)
    assert (home.latest_day, home.since_day, home.articles) == ("2024-05-04", "2024-04-28", 7)
    # the market story ended in March: not one of these days
    assert [s.id for s in home.stories] == ["s-flood"]
    assert sum(d.count for d in home.stories[0].volume) == 5
    assert [(d.day, d.count) for d in home.volume] == [
        ("2024-04-30", 1), ("2024-05-02", 2), ("2024-05-03", 1), ("2024-05-04", 1),
    ]  # fmt: skip
    assert home.outlets[0].outlet == "northpost.example" and home.outlets[0].count == 2


def test_a_longer_window_reaches_older_stories(engine: Storyline) -> None:
    home = home_page(engine, days=60, window=60)
    assert [s.id for s in home.stories] == ["s-flood", "s-market"]
    assert home.volume[0].day == "2024-03-11"


def test_an_empty_store_has_an_empty_home(tmp_path: Path) -> None:
    with Storyline(tmp_path / "empty.db") as engine:
        home = home_page(engine)
    assert home.latest_day is None and home.articles == 0 and home.stories == ()
