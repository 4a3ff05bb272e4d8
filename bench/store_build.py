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

import datetime as dt
import json
import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from web_latency import BUILD_BATCH, STEP_DAYS, _shift_value, copied_sum, read_pool, shifted

from storyline.corpus.stories import Membership, StoryState
from storyline.engine import Storyline
from storyline.model import Article
from storyline.store import SqlArticleStore, open_store
from storyline.store.sql_articles import _BUMP_MENTIONS_VERSION, _row_values
from storyline.store.sql_stories import _MEMBER_COLUMNS, _STORY_COLUMNS, SqlStoryRepository
from storyline.store.sqlite_rows import _INSERTS, annotation_rows

__all__ = ["build_pg_store", "build_story_index"]

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


def build_story_index(url: str, say: Callable[[str], None] = print) -> None:
    """The story index (pgvector's `story_vectors`) filled by the store's own `rebuild`,
    with its HNSW index dropped first and made again after over all the rows: the first
    open of a bench store would otherwise insert every centroid into the graph one by
    one (115,000 distinct centroids: 783 s niced, session 34), inside a measurement."""
    from storyline.store.pg_story_index import PgVectorCentroidIndex

    with open_store(url) as store:
        index = store.story_index(384)
        if not isinstance(index, PgVectorCentroidIndex):
            say("  no pgvector: the story index stays in memory")
            return
        begun = time.perf_counter()
        rows = store.conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
            "AND tablename = 'story_vectors' AND indexdef LIKE '%USING hnsw%'"
        ).fetchall()
        for name, _sql in rows:
            store.conn.execute(f'DROP INDEX "{name}"')
        held = index.rebuild(store.stories())
        with store.transaction():
            store.conn.execute("SET LOCAL maintenance_work_mem = '1GB'")
            for _name, sql in rows:
                store.conn.execute(str(sql))
        say(f"  story index: {held} centroids in {time.perf_counter() - begun:.0f} s")


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
    copies = _plan(len(articles), total)
    server = _ServerCopies(store, articles)
    key, seq = _counter(store, "key"), _counter(store, "seq")
    written = 0
    for first in range(0, len(copies), BUILD_BATCH):
        batch = copies[first : first + BUILD_BATCH]
        with store.transaction():
            if batch[0][0] == 0:  # the pool itself: from Python, as every copy once was
                _write_pool_copy(store, articles, stamp)
                server.found_pool()
            server.copy([c for c in batch if c[0] > 0])
            for k, days, n in batch:
                key, seq = _write_stories(store, stories, members, articles[:n], k, days,
                                          key, seq, stamp)  # fmt: skip
                written += n
                if k % 25 == 0:
                    rate = written / (time.perf_counter() - start)
                    say(f"  {written} articles written ({rate:.0f}/s)")
            _set_counters(store, key, seq)
    say(f"  {written} articles written in {time.perf_counter() - start:.0f} s")
    return written


def _plan(pool: int, total: int) -> list[tuple[int, int, int]]:
    """The copies `pool_copies` makes: (number, shift in days, articles), the last short."""
    return [(k, k * STEP_DAYS, min(pool, total - k * pool)) for k in range(-(-total // pool))]


def _write_pool_copy(store: SqlArticleStore, articles: list[Article], stamp: str) -> None:
    """Copy 0 (the pool's articles as `shifted(a, 0, 0)` makes them) by COPY: the rows
    every later copy is made from, server-side (`_ServerCopies`)."""
    copy = [shifted(a, 0, 0) for a in articles]
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
            store.insert_rows(table, _insert_columns(_INSERTS[table]), rows)
    if grouped.get("entity_mentions"):
        store.conn.execute(_BUMP_MENTIONS_VERSION)


_SHIFTED = {"articles": ("published",), "sentences": ("date",), "timexes": ("value",),
            "claims": ("as_of",)}  # fmt: skip
"""The date-valued columns `shifted` moves (`_shift_value`), by table."""
_COPY_ID = {"id", "content_hash", "duplicate_of", "article_id"}
"""Columns holding `{value}~{copy}`: copy 0's `~0` becomes `~k`."""


class _ServerCopies:
    """Copies 1.. of the pool made by the server from copy 0's rows (INSERT ... SELECT,
    one statement a table for a batch of copies), instead of each copy's articles and
    annotation rows built in Python and sent by COPY (158-175 articles/s at 1M). The
    shifts `shifted` applies are written in SQL: `~0` of ids and hashes becomes `~k`,
    and a date-valued string Python would move (found by `_shift_value` itself over the
    pool's values, passed as a list) becomes its date plus `days`, the rest of the string
    kept. Rows come in the order the Python builder writes them (copy, article, idx), so
    identity columns (rowid) are numbered alike. tests/bench/test_store_build.py checks
    the result against the SQLite build moved by `transfer_store`."""

    def __init__(self, store: SqlArticleStore, articles: list[Article]) -> None:
        self.store = store
        self.pool = len(articles)
        self.first_rowid = 0
        values: set[str] = set()
        for a in articles:
            values.add(a.published or "")
            values.update(s.date or "" for s in a.sentences)
            values.update(t.value or "" for t in a.timexes)
            values.update(c.as_of or "" for c in a.claims)
        mentioned = [i for i, a in enumerate(articles) if a.entities]
        self.first_mentioned = mentioned[0] if mentioned else len(articles)
        self.dated = sorted(v for v in values if _shift_value(v, STEP_DAYS) != v)
        self.columns = {"articles": _names(_ARTICLE_COLUMNS)}
        self.columns.update({t: _insert_columns(sql) for t, sql in _INSERTS.items()})

    def found_pool(self) -> None:
        row = self.store.conn.execute("SELECT min(rowid) FROM articles").fetchone()
        self.first_rowid = int(row[0])

    def _value(self, table: str, column: str) -> str:
        source = "a" if table == "articles" else "x"
        name = f'{source}."{column}"'
        if column in _COPY_ID:
            return f"left({name}, -2) || '~' || c.k"
        if column in _SHIFTED.get(table, ()):
            return (
                f"CASE WHEN {name} IN (SELECT v FROM dated) THEN to_char(CAST(left({name}, 10) "
                f"AS date) + CAST(c.days AS integer), 'YYYY-MM-DD') || substr({name}, 11) "
                f"ELSE {name} END"
            )
        return name

    def copy(self, batch: list[tuple[int, int, int]]) -> None:
        if not batch:
            return
        ks, days, ns = ([c[i] for c in batch] for i in range(3))
        for table, columns in self.columns.items():
            join = "" if table == "articles" else f"{table} x JOIN "
            on = "" if table == "articles" else " ON a.id = x.article_id"
            order = "c.k, a.rowid" + ("" if table == "articles" else ", x.idx")
            names = ", ".join(f'"{c}"' for c in columns)
            values = ", ".join(self._value(table, c) for c in columns)
            self.store.conn.execute(
                "WITH dated AS (SELECT unnest(CAST(? AS text[])) AS v), "
                "c AS (SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), "
                "CAST(? AS bigint[])) AS c(k, days, n)) "
                f"INSERT INTO {table} ({names}) SELECT {values} FROM {join}articles a{on} "
                "CROSS JOIN c WHERE a.rowid >= ? AND a.rowid < ? AND a.rowid - ? < c.n "
                f"ORDER BY {order}",
                (self.dated, ks, days, ns, self.first_rowid, self.first_rowid + self.pool,
                 self.first_rowid),
            )  # fmt: skip
        for _k, _days, n in batch:  # as the Python builder: once a copy holding mentions
            if self.first_mentioned < n:
                self.store.conn.execute(_BUMP_MENTIONS_VERSION)


def _write_stories(
    store: SqlArticleStore,
    stories: list[StoryState],
    members: dict[str, list[Membership]],
    copied: list[Article],
    k: int,
    days: int,
    key: int,
    seq: int,
    stamp: str,
) -> tuple[int, int]:
    """Copy k of the pool's stories and their members (those among the `copied` pool
    articles), keys and seqs counted on from `key` and `seq`; returns the last of each."""
    repo = SqlStoryRepository(store)
    story_columns = [*_names(_STORY_COLUMNS), "created_at"]
    made = {a.id: a for a in copied}
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
            member_rows.append((
                f"{a.id}~{k}", state.id, seq, m.score, _shift_value(a.published, days),
                m.title, m.outlet, f"{a.content_hash}~{k}", json.dumps(list(m.flags)),
            ))  # fmt: skip
    store.insert_rows("stories", story_columns, story_rows)
    store.insert_rows("story_members", _names(_MEMBER_COLUMNS), member_rows)
    return key, seq


def _set_counters(store: SqlArticleStore, key: int, seq: int) -> None:
    """The story counters as the repository's next_key/next_seq calls would leave them."""
    store.conn.execute("UPDATE story_counters SET value = ? WHERE name = 'key'", (key,))
    store.conn.execute("UPDATE story_counters SET value = ? WHERE name = 'seq'", (seq,))
