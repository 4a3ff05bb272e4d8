"""The bench's PostgreSQL store built straight from the analysed pool, without a SQLite store.

`web_latency.build_store` makes the SQLite store of N articles (copies of the pool,
new ids, dates a week apart per copy, stories copied with them) and store_scale.py
used to move it to PostgreSQL with `transfer_store`. At 1M that needs both stores on
disk at once (SQLite ~28 GB, PostgreSQL ~32-44 GB), more than the machine has free.
`build_pg_store` writes the same rows into PostgreSQL directly: the same copies (the
same `shifted` articles, ids, dates, story keys and membership seqs, in the same
order), every table written by COPY through the store's own writer (`insert_rows`),
one transaction per `BUILD_BATCH` copies. Its story keys and seqs are counted here
instead of by a `next_key`/`next_seq` round trip each (two statements a member on
PostgreSQL), and the counters are written at each commit to what the repository's
calls would have left. tests/bench/test_store_build.py checks that a small direct
build and the SQLite build moved by `transfer_store` hold the same rows (counts and
the hashes `storyline migrate` checks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from web_latency import BUILD_BATCH, _shift_value, copied_sum, pool_copies, read_pool

from storyline.engine import Storyline
from storyline.store import SqlArticleStore, open_store
from storyline.store.sql_articles import _BUMP_MENTIONS_VERSION, _row_values
from storyline.store.sql_stories import _MEMBER_COLUMNS, _STORY_COLUMNS, SqlStoryRepository
from storyline.store.sqlite_rows import _INSERTS, annotation_rows

__all__ = ["build_pg_store"]

_ARTICLE_COLUMNS = (
    "id, url, path, outlet, title, author, published, published_source, language, text, "
    "content_hash, duplicate_of, embedding, annotated, signature, ingested_at"
)
"""What `_insert_copies` (web_latency) writes of a copy, in its order."""


_FILLED = ("articles", *_INSERTS, "stories", "story_members")
"""The tables `build_pg_store` writes rows into by COPY."""


def _names(columns: str) -> list[str]:
    return [c.strip().strip('"') for c in columns.split(",")]


def _insert_columns(sql: str) -> list[str]:
    """The column list of an `INSERT INTO t (a, b) VALUES ...` statement."""
    found = re.match(r"INSERT INTO \w+ \(([^)]*)\)", sql)
    if found is None:
        raise ValueError(f"not an INSERT with a column list: {sql[:60]}")
    return _names(found.group(1))


def _drop_secondary_indexes(store: SqlArticleStore) -> list[str]:
    """Drop the non-unique indexes of the tables the copies fill; return the statements
    that make them again. Made once over the whole table after the copies (a GIN index
    over the search vector, btrees) instead of row by row as COPY goes; the unique ones
    (keys, ON CONFLICT targets) stay and check every row as it comes."""
    rows = store.conn.execute(
        "SELECT ci.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class ct ON ct.oid = i.indrelid "
        "WHERE NOT i.indisunique AND ct.relnamespace = current_schema()::regnamespace "
        "AND ct.relname = ANY(?) ORDER BY ci.relname",
        ([*_FILLED],),
    ).fetchall()
    with store.transaction():
        for name, _sql in rows:
            store.conn.execute(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in rows]


def _counter(store: SqlArticleStore, name: str) -> int:
    row = store.conn.execute("SELECT value FROM story_counters WHERE name = ?", (name,)).fetchone()
    return int(row[0])


def build_pg_store(
    pool_db: Path,
    url: str,
    total: int,
    *,
    now: str | None = None,
    entity_list: bool = True,
    say: Callable[[str], None] = lambda line: print(line, flush=True),
) -> None:
    """Copies of the pool into the store at `url` (new, empty), as `build_store` makes
    them, until `total` articles are stored; then the canonical entity list, then ANALYZE.

    `now` is the time written as `ingested_at` and a story's `created_at` (default:
    the time of the call; `build_store` writes the time of each write, to the second).
    `entity_list` False leaves the canonical entity list unbuilt (stale): a cache the
    measured reads do not use, which reads every mention (minutes at 1M)."""
    with open_store(url) as store:
        deferred = _drop_secondary_indexes(store)
        written = _write_copies(pool_db, store, total, now, say)
        begun = time.perf_counter()
        with store.transaction():
            store.conn.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for sql in deferred:
                store.conn.execute(sql)
        say(
            f"  {written} articles written; {len(deferred)} indexes made again in "
            f"{time.perf_counter() - begun:.0f} s; the entity list next"
        )
    with Storyline(url) as engine:
        if entity_list:  # the canonical entity list, built once (as build_store)
            engine.entities(limit=1)
        engine.store.refresh_statistics()


def _write_copies(
    pool_db: Path,
    store: SqlArticleStore,
    total: int,
    now: str | None,
    say: Callable[[str], None],
) -> int:
    if store.count_articles():
        raise SystemExit(f"{store.location} already holds articles: build into an empty one")
    start = time.perf_counter()
    stamp = now or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    articles, stories, members = read_pool(pool_db)
    repo = SqlStoryRepository(store)
    tables = {table: _insert_columns(sql) for table, sql in _INSERTS.items()}
    story_columns = [*_names(_STORY_COLUMNS), "created_at"]
    member_columns = _names(_MEMBER_COLUMNS)
    key, seq = _counter(store, "key"), _counter(store, "seq")
    written = 0
    with contextlib.ExitStack() as batch:
        for k, days, made in pool_copies(articles, total):
            if k % BUILD_BATCH == 0:
                if k:
                    _set_counters(store, key, seq)
                batch.close()  # commits the previous batch
                batch.enter_context(store.transaction())
            written += len(made)
            copy = list(made.values())
            store.insert_rows(
                "articles",
                _names(_ARTICLE_COLUMNS),
                [(a.id, *_row_values(a), None, stamp) for a in copy],
            )
            grouped: dict[str, list[tuple[Any, ...]]] = {}
            for a in copy:
                for table, _sql, rows in annotation_rows(a):
                    grouped.setdefault(table, []).extend(rows)
            for table, rows in grouped.items():
                if rows:
                    store.insert_rows(table, tables[table], rows)
            if grouped.get("entity_mentions"):
                store.conn.execute(_BUMP_MENTIONS_VERSION)
            story_rows: list[tuple[Any, ...]] = []
            member_rows: list[tuple[Any, ...]] = []
            for story in stories:
                own = [m for m in members[story.id] if m.article_id in made]
                if not own:
                    continue
                key += 1
                state = replace(
                    story,
                    id=f"{story.id}~{k}",
                    key=key,
                    vector_sum=copied_sum(story, k),
                    count=len(own),
                    start=_shift_value(story.start, days),
                    end=_shift_value(story.end, days),
                    central_id=f"{story.central_id}~{k}" if story.central_id else None,
                    merged_into=None,
                )
                story_rows.append((state.id, key, *repo._story_values(state), stamp))
                for m in own:
                    seq += 1
                    a = made[m.article_id]
                    flags = json.dumps(list(m.flags))
                    member_rows.append(
                        (
                            a.id,
                            state.id,
                            seq,
                            m.score,
                            a.published,
                            m.title,
                            m.outlet,
                            a.content_hash,
                            flags,
                        )
                    )
            store.insert_rows("stories", story_columns, story_rows)
            store.insert_rows("story_members", member_columns, member_rows)
            if k % 25 == 0:
                rate = written / (time.perf_counter() - start)
                say(f"  {written} articles written ({rate:.0f}/s)")
        _set_counters(store, key, seq)
    say(f"  {written} articles written in {time.perf_counter() - start:.0f} s")
    return written


def _set_counters(store: SqlArticleStore, key: int, seq: int) -> None:
    """The story counters as the repository's next_key/next_seq calls would leave them."""
    store.conn.execute("UPDATE story_counters SET value = ? WHERE name = 'key'", (key,))
    store.conn.execute("UPDATE story_counters SET value = ? WHERE name = 'seq'", (seq,))
