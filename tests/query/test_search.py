"""Search pages: the store's full-text search, with filters and checked parameters."""

from __future__ import annotations

import pytest

from storyline.engine import Storyline
from storyline.query import QueryError, search_page
from storyline.query.access import page_reads
from storyline.query.reads import ArticleWhere
from storyline.query.search import query_terms, snippet_marks


def test_hits_with_snippets_and_filters(engine: Storyline) -> None:
    page = search_page(engine, "death toll")
    assert [h.article.id for h in page.hits] == ["h:flood2"]
    assert (page.matches, page.more_matches, page.ranked_among) == (1, False, None)
    hit = page.hits[0]
    assert [hit.snippet[a:b].lower() for a, b in hit.marks] == ["death", "toll"]
    assert search_page(engine, "Tarnwick", outlet="southwire.example").hits[0].article.id == (
        "h:flood2"
    )
    assert search_page(engine, "Tarnwick", until="2024-04-30").hits[0].article.id == "h:warning"


def test_empty_query_finds_nothing_and_odd_syntax_is_read_as_words(engine: Storyline) -> None:
    assert search_page(engine, "   ").hits == ()
    assert search_page(engine, 'boats" (').hits[0].article.id in {"h:flood1", "h:copy"}


def test_bad_limit_and_day(engine: Storyline) -> None:
    with pytest.raises(QueryError, match=r"^limit:"):
        search_page(engine, "floods", limit=1000)
    with pytest.raises(QueryError, match=r"^since:"):
        search_page(engine, "floods", since="05/01/2024")


def test_only_the_most_recent_matches_are_ranked_past_the_cap(engine: Storyline) -> None:
    reads = page_reads(engine)
    everything, matches, capped = reads.search("Tarnwick", ArticleWhere(), 10, 100, "tarnwick")
    assert matches == 6 and not capped and len(everything) == 6
    recent, matches, capped = reads.search("Tarnwick", ArticleWhere(), 10, 2, "tarnwick")
    assert matches == 6 and capped
    # the two stored last among the matches (store order: flood articles, then the rest)
    assert {r.article.id for r in recent} == {"h:undated", "h:copy"}
    southwire = ArticleWhere(outlet="southwire.example")
    filtered, _, capped = reads.search("Tarnwick", southwire, 10, 2, "tarnwick")
    assert [r.article.id for r in filtered] == ["h:flood2"] and not capped


def test_excerpt_around_the_word_with_the_terms_marked(engine: Storyline) -> None:
    (hit,) = search_page(engine, "rising").hits
    assert hit.snippet.startswith("… ") and "rising" in hit.snippet
    assert [hit.snippet[a:b] for a, b in hit.marks] == ["rising"]


def test_snippet_marks() -> None:
    text, marks = snippet_marks("Floods  hit\nthe town", 10, 40, ["flood", "town"])
    assert text == "… Floods hit the town …"
    assert [text[a:b] for a, b in marks] == ["Floods", "town"]
    assert snippet_marks("all of it", 0, 9, ["x"]) == ("all of it", ())
    assert query_terms('"boats" OR (rain AND flood*)') == ["boats", "rain", "flood"]


def test_the_count_is_a_lower_bound_past_the_cap(
    engine: Storyline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six articles match "Tarnwick": a cap of 5 says "more than 5", a cap of 6 says 6."""
    monkeypatch.setattr("storyline.query.search.MATCH_CAP", 5)
    page = search_page(engine, "Tarnwick")
    assert (page.matches, page.more_matches, len(page.hits)) == (5, True, 6)
    monkeypatch.setattr("storyline.query.search.MATCH_CAP", 6)
    page = search_page(engine, "Tarnwick")
    assert (page.matches, page.more_matches, len(page.hits)) == (6, False, 6)
