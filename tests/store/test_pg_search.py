"""`Store.search` on PostgreSQL ranks only the most recently stored matches.

The limit is lowered to 2 here so a store of four articles shows the rule: the
best-ranked article overall is left out when it is older than the newest two
matches, and within those the order is still by rank."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyline.model import Article
from storyline.store import ArticleFilter
from storyline.store.postgres import PostgresStore


def _article(aid: str, title: str, text: str) -> Article:
    return Article(id=aid, text=text, title=title, content_hash=f"h-{aid}")


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    # stored in this order: rowids rise, so "old" is the oldest match
    store.put_article(_article("old", "Harbour flood", "The harbour flood closed the port."))
    store.put_article(_article("mid", "Council vote", "A vote on the budget; flood defences."))
    store.put_article(_article("other", "Market day", "Nothing about water at all."))
    store.put_article(_article("new", "Flood warning", "A flood warning for the harbour."))
    yield store
    store.close()


def test_search_ranks_every_match_when_there_are_few(pg: PostgresStore) -> None:
    hits = [h.article_id for h in pg.search("flood")]
    assert sorted(hits) == ["mid", "new", "old"]
    assert hits[-1] == "mid"  # the word only in its body: ranked below title matches


def test_search_ranks_only_the_newest_candidates(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", 2)
    hits = pg.search("flood")
    # "old" has the word in its title and would rank above "mid", but is older
    # than the two newest matches ("new", "mid")
    assert [h.article_id for h in hits] == ["new", "mid"]
    assert hits[0].score >= hits[1].score
    assert "[" in hits[0].snippet


def test_candidates_are_counted_after_the_filter(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", 1)
    hits = pg.search("flood", ArticleFilter(limit=5))
    assert [h.article_id for h in hits] == ["new"]
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", 2)
    # "-warning" drops "new": the newest two matches left are "old" alone
    assert [h.article_id for h in pg.search("harbour -warning")] == ["old"]
    assert pg.search("nomatchword") == []
