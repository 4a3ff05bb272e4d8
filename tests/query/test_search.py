"""Search pages: the store's full-text search, with filters and checked parameters."""

from __future__ import annotations

import pytest

from storyline.engine import Storyline
from storyline.query import QueryError, search_page


def test_hits_with_snippets_and_filters(engine: Storyline) -> None:
    page = search_page(engine, "death toll")
    assert [h.article.id for h in page.hits] == ["h:flood2"]
    assert "[death]" in page.hits[0].snippet.lower()
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
