"""The story listing and the story page, merged ids included."""

from __future__ import annotations

from web_store import WebStore

from storyline.engine import Storyline
from storyline.query import story_list, story_page


def test_stories_largest_first_merged_ones_left_out(engine: Storyline) -> None:
    listing = story_list(engine)
    assert [(s.id, s.count) for s in listing.items] == [("s-flood", 5), ("s-market", 1)]
    assert listing.total == 2
    assert [s.id for s in story_list(engine, offset=1, limit=1).items] == ["s-market"]


def test_a_merged_id_opens_the_story_that_took_it(engine: Storyline, web_store: WebStore) -> None:
    page = story_page(engine, web_store.merged)
    assert page is not None
    assert page.requested == "s-old" and page.story.id == "s-flood"
    assert {a.id for a in page.articles} == {
        "h:warning", "h:flood1", "h:copy", "h:flood2", "h:payload",
    }  # fmt: skip
    assert all(a.story_id == "s-flood" for a in page.articles)
    assert story_page(engine, "s-never") is None


def test_story_page_parts(engine: Storyline) -> None:
    page = story_page(engine, "s-flood")
    assert page is not None
    assert [(d.day, d.count) for d in page.story.volume] == [
        ("2024-04-30", 1), ("2024-05-02", 2), ("2024-05-03", 1), ("2024-05-04", 1),
    ]  # fmt: skip
    assert [(o.outlet, o.articles, [f.code for f in o.flags]) for o in page.outlets] == [
        # the stored flag of h:flood2 only: the story's review raises none, as its figures
        # make a rising toll (12, 15, 20 on three days) no other outlet's figure contradicts
        ("northpost.example", 2, []),
        ("copycat.example", 1, []),
        ("eastgazette.example", 1, []),
        ("southwire.example", 1, ["uncorroborated"]),
    ]
    assert [(g.speaker, g.named, len(g.quotes)) for g in page.quotes] == [
        ("Jane Roe", True, 1),
        ("An emergency official", False, 1),
    ]
    (series,) = page.claims.series
    assert (series.id, series.cumulative, series.status) == ("killed", True, "consistent")
    assert page.claims.conflicts == ()
    assert [(p.value, p.as_of, p.article.id) for p in series.points] == [
        (12.0, "2024-05-01", "h:flood1"),
        (15.0, "2024-05-03", "h:flood2"),
        (20.0, "2024-05-04", "h:payload"),
    ]
    days = [d.date for d in page.timeline.entries]
    assert days == sorted(days) and "2024-05-03" in days
    cited = {c.article.id for d in page.timeline.entries for s in d.sentences for c in s.citations}
    assert "h:copy" not in cited  # copies are not material for a timeline
    assert page.more_articles == 0


def test_article_limit_says_how_many_more(engine: Storyline) -> None:
    page = story_page(engine, "s-flood", article_limit=2)
    assert page is not None
    assert [a.id for a in page.articles] == ["h:warning", "h:flood1"]
    assert page.more_articles == 3
