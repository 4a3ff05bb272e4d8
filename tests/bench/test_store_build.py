"""bench/store_build.py: the PostgreSQL store built straight from the pool holds what the
SQLite build moved by `transfer_store` holds (row counts and the hashes `migrate` checks)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from storyline.corpus.stories import Membership, StoryState
from storyline.model import Article, Claim, EntityMention, Flag, Quote, Sentence, Speaker, Timex
from storyline.store import SqlArticleStore, open_store
from storyline.store.transfer import TABLES, table_digest, transfer_store

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import store_build  # noqa: E402
import web_latency  # noqa: E402
from pg_server import fresh_database  # noqa: E402

CLOCK = {"articles": "ingested_at", "stories": "created_at"}
"""Columns holding the time of the write: set to one value in both stores before comparing."""


def _article(n: int, **kw: Any) -> Article:
    text = f'Mayor Odra Velk said "the Tarn bridge opens" on Monday; {n} lanes were closed.'
    return Article(
        id=f"p{n}",
        text=text,
        title=f"Tarn bridge {n}",
        url=f"https://example.org/p{n}",
        outlet="example.org",
        published="2031-05-0" + str(n),
        published_source="metadata",
        content_hash=f"hash-p{n}",
        sentences=(Sentence(0, len(text), "2031-05-05", "timex"),),
        entities=(EntityMention(6, 15, "Odra Velk", "PERSON", "Odra Velk", "Mayor"),),
        timexes=(Timex(44, 53, "on Monday", "DATE", "2031-05-05"),),
        quotes=(
            Quote(21, 42, "the Tarn bridge opens", "direct", "said", Speaker("Odra Velk", 6, 15)),
        ),
        claims=(Claim(55, 72, f"{n} lanes were closed", float(n), "exact", as_of="2031-05-04"),),
        flags=(Flag("unsourced", "info", "no source"),) if n % 2 else (),
        annotated=frozenset({"sentences", "entities"}),
        **kw,
    )


def _pool(db: Path) -> None:
    """Five analysed articles (one a duplicate) in two stories; one article in none."""
    with open_store(db) as pool:
        for n in range(1, 5):
            pool.put_article(_article(n))
        pool.put_article(_article(5, duplicate_of="p1"))
        repo = pool.stories()
        for sid, own in (("s-a", ["p1", "p3"]), ("s-b", ["p2", "p4"])):
            key = repo.next_key()
            vector = np.arange(384, dtype=np.float32) * key
            repo.add_story(
                StoryState(
                    sid, key, vector, len(own), "2031-05-01", "2031-05-04",
                    terms={"bridge": 1.5}, entities={"Odra Velk": 2}, title=f"Story {sid}",
                    central_id=own[0], central_score=0.8,
                )
            )  # fmt: skip
            for aid in own:
                repo.add_member(
                    Membership(aid, sid, repo.next_seq(), 0.7, "2031-05-01", "T", "example.org")
                )


@pytest.fixture()
def second_pg_url(pg_server: Any) -> Iterator[str]:
    yield from fresh_database(pg_server)


def _indexes(store: SqlArticleStore) -> list[str]:
    rows = store.conn.execute(
        "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexdef"
    )
    return [str(r[0]) for r in rows]


def _digests(store: SqlArticleStore) -> dict[str, tuple[int, str]]:
    for table, column in CLOCK.items():
        store.conn.execute(f"UPDATE {table} SET {column} = '2031-01-01T00:00:00+00:00'")
    return {
        table: table_digest(store, table, store.table_columns(table), key) for table, key in TABLES
    }


def test_direct_build_equals_build_then_move(
    tmp_path: Path, pg_url: str, second_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_latency, "BUILD_BATCH", 2)  # several commits, in both builders
    monkeypatch.setattr(store_build, "BUILD_BATCH", 2)
    pool = tmp_path / "pool.db"
    _pool(pool)
    lite = tmp_path / "store.db"
    web_latency.build_store(pool, lite, 17)  # 3 whole copies and 2 articles of a 4th
    with open_store(lite) as source, open_store(pg_url) as moved:
        assert transfer_store(source, moved).ok
    store_build.build_pg_store(pool, second_pg_url, 17, say=lambda _line: None)
    with open_store(pg_url) as moved, open_store(second_pg_url) as direct:
        assert direct.count_articles() == 17
        assert direct.stories().count_active() == 8  # 2 a copy, 4 copies
        expected = _digests(moved)
        got = _digests(direct)
        assert got == expected
        assert {t for t, (rows, _) in got.items() if rows} >= {
            "articles", "sentences", "entity_mentions", "timexes", "quotes", "claims",
            "flags", "stories", "story_members", "story_counters", "corpus_state", "entities",
        }  # fmt: skip
        # rowid (left out of the digests) numbers the articles in the same order
        order = "SELECT id FROM articles ORDER BY rowid"
        assert direct.conn.execute(order).fetchall() == moved.conn.execute(order).fetchall()
        # the indexes dropped for the copies are all made again, as they were
        assert _indexes(direct) == _indexes(moved)
        # the counters go on where the copies stopped: a story made next gets a new key
        assert direct.stories().next_key() == moved.stories().next_key() == 9


def test_direct_build_wants_an_empty_store(tmp_path: Path, pg_url: str) -> None:
    pool = tmp_path / "pool.db"
    _pool(pool)
    store_build.build_pg_store(pool, pg_url, 5, say=lambda _line: None)
    with pytest.raises(SystemExit, match="already holds articles"):
        store_build.build_pg_store(pool, pg_url, 5, say=lambda _line: None)


def test_story_index_built_with_its_hnsw_index_made_after(tmp_path: Path, pg_url: str) -> None:
    pool = tmp_path / "pool.db"
    _pool(pool)
    store_build.build_pg_store(pool, pg_url, 17, say=lambda _line: None)
    with open_store(pg_url) as store:
        before = _indexes(store)
    store_build.build_story_index(pg_url, say=lambda _line: None)
    with open_store(pg_url) as store:
        assert _indexes(store) == before  # the HNSW index made again as it was
        keys = store.conn.execute("SELECT key FROM story_vectors ORDER BY key").fetchall()
        assert [k for (k,) in keys] == list(range(1, 9))  # one row per active story
        assert len(store.story_index(384)) == store.stories().count_active()
