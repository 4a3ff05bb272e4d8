"""Latest developments are never empty while the story dates something: when its newest
weeks date nothing they tell, the latest dated days before them are shown, and the brief
says so (texts written for the test)."""

from __future__ import annotations

from storyline.analyze.pipeline import Pipeline
from storyline.corpus.briefing import BriefingLimits, build_briefing
from storyline.model import Article

_EARLY = (
    ("a", "2031-03-02", "The Brun river burst its banks in Velm on Sunday , flooding 300 homes ."),
    (
        "b",
        "2031-03-05",
        "Engineers in Velm closed the Brun dam on Wednesday after a crack was found .",
    ),
)
_LATE = ("c", "2031-05-20", '"We will rebuild every home ," Mayor Ana Ruiz of Velm said .')


def _brief(items: tuple[tuple[str, str, str], ...]) -> tuple[list[str], list[str]]:
    pipeline = Pipeline(["sentences", "entities", "time", "quotes", "claims"])
    articles = [
        pipeline.run(Article(id=i, text=t, published=day, outlet="o.example"))
        for i, day, t in items
    ]
    brief = build_briefing(articles, limits=BriefingLimits.page())
    return [d.date for d in brief.latest], list(brief.notes)


def test_a_story_whose_newest_weeks_date_nothing_shows_its_latest_dated_days() -> None:
    days, notes = _brief((*_EARLY, _LATE))
    assert days and days[0] == "2031-03-05"
    assert days == sorted(days, reverse=True)
    assert any("nothing dated in the 14 days before 2031-05-20" in n for n in notes)


def test_a_story_with_news_in_its_newest_weeks_says_nothing_of_a_wider_window() -> None:
    days, notes = _brief(_EARLY)
    assert days[0] == "2031-03-05"
    assert not any("nothing dated" in n for n in notes)
