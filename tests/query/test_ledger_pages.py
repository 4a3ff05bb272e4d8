"""Story and article pages read the claim ledger: a conflict two outlets' reports make is
on the story page, on each side's article page, and in the API twin; through the real
pipeline on a real SQLite file, with articles written for this test."""

from __future__ import annotations

from pathlib import Path

from storyline.engine import Storyline
from storyline.model import Article
from storyline.query import article_page, story_page
from storyline.query.claims import LEDGER_SOURCE

STORY = (
    ("a1", "2031-02-02", "Rescuers said 40 people were killed in the landslide in Vell."),
    ("b1", "2031-02-02", "Local officials said 25 people were killed in the landslide in Vell."),
)


def test_a_same_day_conflict_reaches_story_and_article_pages(tmp_path: Path) -> None:
    with Storyline(tmp_path / "s.db") as engine:
        engine.ingest_articles(
            Article(id=aid, text=text, published=day, outlet=f"{aid[0]}.example")
            for aid, day, text in STORY
        )
        (label,) = engine.stories()
        page = story_page(engine, label.id)
        assert page is not None
        claims = page.claims
        assert claims.source == LEDGER_SOURCE
        (killed,) = [s for s in claims.series if s.category == "killed"]
        assert killed.status == "conflicting" and killed.cumulative is True
        (conflict,) = claims.conflicts
        assert conflict.kind == "number" and "same day" in conflict.message
        assert {(e.article.id, e.value) for e in conflict.evidence} == {("a1", 40), ("b1", 25)}
        for aid, value in (("a1", 40.0), ("b1", 25.0)):
            found = article_page(engine, aid)
            assert found is not None
            (series,) = found.claims.series
            assert series.status == "conflicting" and [p.value for p in series.points] == [value]
            assert [c.message for c in found.claims.conflicts] == [conflict.message]
            # the story review's flag, shown with the article's own
            assert "contradicted" in {f.code for f in found.flags}
