"""Page and API latency of `storyline serve` over a store of 100k articles, under load.

The store: a pool of real Timeline17 articles goes through the full pipeline once
(sentences, entities, time, quotes, claims, embeddings, stories), then is copied
until the store holds `--articles` articles, each copy with new ids and every date
shifted by a week more than the previous copy (publication dates, timex values,
sentence dates, claim as-of dates), its stories copied with it. Copies are written
through `SQLiteStore.put_article` and the story repository, so the pages read real
annotations and real stories; only the analysis is not repeated. Both databases are
kept in --workdir and reused by the next run.

Then `storyline warm` builds every story's review and page parts (what `serve`
would otherwise build on a story's, or one of its articles', first view); its time
is printed; on a store already warm it only checks each story. `--no-warm` skips it
and empties the page cache instead, to measure first views that build everything.

Then `storyline serve` runs on a free loopback port, in its own process, and a
bounded local generator (asyncio + httpx, --concurrency requests in flight, at most
--requests requests and --time-limit seconds, loopback only) sends a shuffled mix of
home, story, article, search and /api/articles requests. First views of story pages
(the first request for each in this server process; without the warm-up they build
and cache the story's review and timeline) are measured apart, before the mix.
The mix runs twice: the first pass reads rows no request read before (from disk
unless the OS still caches them: the store is several GB), the second the same again.
The reference is a static file from the same server under the same load: the
floor of the framework and the machine, printed as a ratio beside each p50 and p95.

    .venv/bin/python bench/web_latency.py [--articles 100000] [--pool 400]
        [--concurrency 8] [--requests 2000] [--time-limit 300] [--workdir DIR] [--rebuild]
        [--no-warm] [--build-only]

`--build-only` builds the stores (once; they are slow to build) and stops, so that the
runs measuring latency reuse them.

Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import gzip
import json
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import httpx
import numpy as np

from storyline.corpus.stories import Membership, StoryState
from storyline.engine import Storyline
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article, Sentence, Timex
from storyline.store.sql_articles import _BUMP_MENTIONS_VERSION, _row_values
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_rows import annotation_rows
from storyline.store.sqlite_stories import SQLiteStoryRepository

REPO = Path(__file__).resolve().parents[1]
T17 = REPO.parent / "shared" / "data" / "timeline17"
STEP_DAYS = 7
BUILD_BATCH = 10
"""Copies of the pool written per transaction by `build_store`."""
COPY_TURN = 0.1
"""How far `copied_sum` turns a copied story's centroid: noise of this fraction of its
length (cosine to the original about 0.995)."""
TARGET_MS = 100.0
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


# the store ------------------------------------------------------------------------
def pool_records(size: int) -> list[RawRecord]:
    """Articles of every Timeline17 folder in turn, `size` in all; the folder's suffix
    (cnn, bbc, reuters, ...) is the outlet."""
    per: list[list[RawRecord]] = []
    for folder in sorted(p for p in T17.iterdir() if (p / "articles.jsonl.gz").exists()):
        outlet = folder.name.rsplit("_", 1)[-1]
        with gzip.open(folder / "articles.jsonl.gz", "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        per.append([
            RawRecord(text=r["text"], published=r["time"], outlet=outlet)
            for r in rows if r["text"].strip()
        ])  # fmt: skip
    out: list[RawRecord] = []
    i = 0
    while len(out) < size and any(i < len(p) for p in per):
        out.extend(p[i] for p in per if i < len(p))
        i += 1
    return out[:size]


def build_pool(db: Path, size: int) -> None:
    """The pool through the full pipeline and story assignment, as `storyline ingest` would."""
    articles = [
        a
        for i, record in enumerate(pool_records(size))
        if isinstance(a := build_article(record, f"pool[{i}]"), Article)
    ]
    start = time.perf_counter()
    with Storyline(db) as engine:
        report = engine.ingest_articles(articles)
    print(f"pool: {report.summary()} in {time.perf_counter() - start:.0f} s", flush=True)


def _shift_value(value: str | None, days: int) -> str | None:
    """A date-valued string moved by `days`; coarser values (a year, a week) are kept."""
    if not value or not _DAY.match(value):
        return value
    try:
        day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)
    except ValueError:
        return value
    return day.isoformat() + value[10:]


def copied_sum(story: StoryState, copy: int) -> np.ndarray:
    """The vector sum of copy `copy` of a pool story: the pool's (copy 0), else turned a
    little by noise drawn from the story's id and the copy number (the same every build).

    Copied unchanged, the 49 pool stories of a 1M store had ~2,500 copies each with
    identical centroids: an HNSW graph over thousands of identical vectors is a case
    no real store has (pgvector's search found none of the exact 8 nearest at 1M,
    ties counted), and which of the copies an exact search lists is arbitrary."""
    vector = np.asarray(story.vector_sum, dtype=np.float32)
    if copy == 0:
        return vector
    rng = np.random.default_rng([zlib.crc32(story.id.encode()), copy])
    noise = rng.standard_normal(vector.shape)
    noise *= COPY_TURN * float(np.linalg.norm(vector)) / max(float(np.linalg.norm(noise)), 1e-12)
    return (vector + noise).astype(np.float32)


def shifted(a: Article, copy: int, days: int) -> Article:
    return replace(
        a,
        id=f"{a.id}~{copy}",
        content_hash=f"{a.content_hash}~{copy}",
        duplicate_of=f"{a.duplicate_of}~{copy}" if a.duplicate_of else None,
        published=_shift_value(a.published, days),
        sentences=tuple(
            Sentence(s.start, s.end, _shift_value(s.date, days), s.date_source) for s in a.sentences
        ),
        timexes=tuple(
            Timex(t.start, t.end, t.text, t.type, _shift_value(t.value, days) or t.value)
            for t in a.timexes
        ),
        claims=tuple(replace(c, as_of=_shift_value(c.as_of, days)) for c in a.claims),
        embedding=None,
    )


def _insert_copies(conn: sqlite3.Connection, copies: list[Article]) -> None:
    """New articles with their annotations, in the caller's transaction: the rows
    `put_article` writes for a new article (same statements), without its per-article
    transaction and existence check (a copy's ids are new). Writing the pool's copies
    in few transactions made the build 1.6x as fast as one transaction per article
    (4,000 articles: 11.7 -> 7.6 s), and far less written to disk at 1M (see build_store)."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO articles (id, url, path, outlet, title, author, published, "
        "published_source, language, text, content_hash, duplicate_of, embedding, "
        "annotated, signature, ingested_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(a.id, *_row_values(a), None, now) for a in copies],
    )
    grouped: dict[str, tuple[str, list[tuple[object, ...]]]] = {}
    for a in copies:
        for table, sql, rows in annotation_rows(a):
            grouped.setdefault(table, (sql, []))[1].extend(rows)
    for sql, rows in grouped.values():
        if rows:
            conn.executemany(sql, rows)
    if grouped.get("entity_mentions", ("", []))[1]:
        conn.execute(_BUMP_MENTIONS_VERSION)


def read_pool(pool_db: Path) -> tuple[list[Article], list[StoryState], dict[str, list[Membership]]]:
    """The analysed pool's articles (in the order stored), its active stories and their
    members: what every bench builder copies."""
    with SQLiteStore(pool_db) as pool:
        ids = [str(r[0]) for r in pool.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        articles = pool.get_articles(ids)
        repo = SQLiteStoryRepository(pool)
        stories = list(repo.active_stories())
        members = {s.id: repo.members(s.id) for s in stories}
    return articles, stories, members


def pool_copies(
    articles: Sequence[Article], total: int
) -> Iterator[tuple[int, int, dict[str, Article]]]:
    """Each copy of the pool until `total` articles are made: its number, its shift in days
    (`STEP_DAYS` per copy) and its articles by the original's id (the last copy short)."""
    made_so_far = 0
    for k in range(-(-total // len(articles))):
        days = k * STEP_DAYS
        made = {a.id: shifted(a, k, days) for a in articles[: total - made_so_far]}
        made_so_far += len(made)
        yield k, days, made


def build_store(pool_db: Path, db: Path, total: int) -> None:
    """Copies of the pool, dates a week apart per copy, until `total` articles are stored."""
    start = time.perf_counter()
    articles, stories, members = read_pool(pool_db)
    written = 0
    with SQLiteStore(db) as store, contextlib.ExitStack() as batch:
        # A bulk build: a large page cache and no fsync (a build stopped midway is thrown
        # away, see store_scale.py), and one transaction per BUILD_BATCH copies. With the
        # defaults (2 MB cache, a commit per copy) a copy of 400 articles wrote some 260 MB
        # at 60k articles (WAL pages and checkpoints of index pages touched at random).
        store.conn.execute("PRAGMA cache_size=-1000000")
        store.conn.execute("PRAGMA synchronous=OFF")
        repo = SQLiteStoryRepository(store)
        for k, days, made in pool_copies(articles, total):
            if k % BUILD_BATCH == 0:
                batch.close()
                batch.enter_context(repo.atomic())
            written += len(made)
            _insert_copies(store.conn, list(made.values()))
            with repo.atomic():
                for story in stories:
                    own = [m for m in members[story.id] if m.article_id in made]
                    if not own:
                        continue
                    central = f"{story.central_id}~{k}" if story.central_id else None
                    state = replace(
                        story,
                        id=f"{story.id}~{k}",
                        key=repo.next_key(),
                        vector_sum=copied_sum(story, k),
                        count=len(own),
                        start=_shift_value(story.start, days),
                        end=_shift_value(story.end, days),
                        central_id=central,
                        merged_into=None,
                    )
                    repo.add_story(state)
                    for m in own:
                        copy = made[m.article_id]
                        repo.add_member(
                            replace(
                                m,
                                article_id=copy.id,
                                story_id=state.id,
                                seq=repo.next_seq(),
                                published=copy.published,
                                content_hash=copy.content_hash,
                            )
                        )
            if k % 25 == 0:
                rate = written / (time.perf_counter() - start)
                print(f"  {written} articles written ({rate:.0f}/s)", flush=True)
    with Storyline(db) as engine:
        engine.entities(limit=1)  # the canonical entity list, built once
    print(f"store: {written} articles in {time.perf_counter() - start:.0f} s", flush=True)


# the load -------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Recorder:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self.errors: dict[str, list[str]] = {}

    async def get(self, client: httpx.AsyncClient, kind: str, path: str) -> None:
        start = time.perf_counter()
        try:
            response = await client.get(path)
            ok = response.status_code == 200
            problem = f"{response.status_code} {path}"
        except httpx.HTTPError as exc:
            ok, problem = False, f"{type(exc).__name__} {path}"
        elapsed = (time.perf_counter() - start) * 1000
        self.times.setdefault(kind, []).append(elapsed)
        if not ok:
            self.errors.setdefault(kind, []).append(problem)


async def run_load(
    base: str, requests: list[tuple[str, str]], concurrency: int, limit_s: float
) -> tuple[Recorder, float]:
    recorder = Recorder()
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    deadline = time.perf_counter() + limit_s
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker() -> None:
            while not queue.empty() and time.perf_counter() < deadline:
                kind, path = queue.get_nowait()
                await recorder.get(client, kind, path)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return recorder, time.perf_counter() - start


def plan(db: Path, total: int, rng: random.Random) -> tuple[list[str], list[tuple[str, str]]]:
    """Story ids for first views, and the shuffled mix of requests."""
    with SQLiteStore(db) as store:
        conn = store.conn
        stories = [str(r[0]) for r in conn.execute(
            "SELECT id FROM stories WHERE merged_into IS NULL AND count >= 2 "
            "ORDER BY random() LIMIT 300"
        )]  # fmt: skip
        articles = [str(r[0]) for r in conn.execute(
            "SELECT id FROM articles ORDER BY random() LIMIT 3000"
        )]  # fmt: skip
        outlets = [str(r[0]) for r in conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL"
        )]  # fmt: skip
        names = [str(r[0]) for r in conn.execute(
            "SELECT name FROM entities ORDER BY mentions DESC LIMIT 60"
        )]  # fmt: skip
        last = str(conn.execute("SELECT max(published) FROM articles").fetchone()[0])[:10]
    last_day = dt.date.fromisoformat(last)
    kinds = ["home", "story", "article", "search", "api/articles"]
    mix: list[tuple[str, str]] = []
    for i in range(total):
        kind = kinds[i % len(kinds)]
        if kind == "home":
            path = "/"
        elif kind == "story":
            path = f"/stories/{quote(rng.choice(stories), safe=':~')}"
        elif kind == "article":
            path = f"/articles/{quote(rng.choice(articles), safe=':~')}"
        elif kind == "search":
            words = rng.sample(names, 2) if rng.random() < 0.3 else [rng.choice(names)]
            path = "/search?q=" + quote(" ".join(words))
        else:
            path = "/api/articles?limit=50"
            choice = rng.random()
            if choice < 0.3:
                path += "&outlet=" + quote(rng.choice(outlets))
            elif choice < 0.6:
                since = last_day - dt.timedelta(days=rng.randint(0, 700))
                path += f"&since={since}&until={since + dt.timedelta(days=30)}"
        mix.append((kind, path))
    mix += [("static file (reference)", "/static/style.css")] * (total // 10)
    rng.shuffle(mix)
    return stories, mix


def report(recorder: Recorder, elapsed: float, floor: tuple[float, float] | None) -> None:
    """One line per kind of request; `floor`: the reference's (p50, p95) for the ratios."""
    done = sum(len(v) for v in recorder.times.values())
    print(f"{done} requests in {elapsed:.1f} s ({done / elapsed:.0f}/s)")
    print(f"{'request':28} {'n':>5} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
          f" {'p95/100ms':>9} {'p50/ref':>8} {'p95/ref':>8}")  # fmt: skip
    for kind, values in sorted(recorder.times.items()):
        p50, p95 = statistics.median(values), _percentile(values, 0.95)
        ratios = f"{p50 / floor[0]:8.1f} {p95 / floor[1]:8.1f}" if floor else "       -        -"
        print(
            f"{kind:28} {len(values):5d} {len(recorder.errors.get(kind, [])):6d} {p50:8.1f} "
            f"{p95:8.1f} {max(values):8.1f} {p95 / TARGET_MS:9.2f} {ratios}"
        )
    for kind, problems in recorder.errors.items():
        print(f"  {kind} errors, first: {problems[:3]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pool", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--first-views", type=int, default=40)
    parser.add_argument("--time-limit", type=float, default=300.0)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/storyline-web-bench"))
    parser.add_argument("--rebuild", action="store_true", help="Build both stores again.")
    parser.add_argument(
        "--build-only",
        action="store_true",
        help="Build the stores (if missing) and stop: later runs reuse them.",
    )
    parser.add_argument(
        "--no-warm",
        action="store_true",
        help="Skip `storyline warm` and empty the page cache: first views build everything.",
    )
    parser.add_argument(
        "--page-search",
        metavar="URL",
        help="Only time the web/API search over the store at URL, in process (web_search.py).",
    )
    parser.add_argument(
        "--capped-only",
        action="store_true",
        help="With --page-search: leave out the variants that read every match (1M: seconds each).",
    )
    args = parser.parse_args()
    if args.page_search:
        from web_search import page_search

        page_search(args.page_search, args.requests, capped_only=args.capped_only)
        return
    if not T17.is_dir():
        raise SystemExit(f"{T17} not found: the pool comes from ../shared/data/timeline17")
    args.workdir.mkdir(parents=True, exist_ok=True)
    pool_db = args.workdir / f"pool-{args.pool}.db"
    db = args.workdir / f"web-{args.articles}-{args.pool}.db"
    if args.rebuild:
        for path in args.workdir.glob("*.db*"):
            path.unlink()
    if not pool_db.exists():
        build_pool(pool_db, args.pool)
    if not db.exists():
        build_store(pool_db, db, args.articles)
    if args.build_only:
        print(f"stores ready in {args.workdir}: {pool_db.name}, {db.name}")
        return
    binary = Path(sys.executable).with_name("storyline")
    if args.no_warm:
        with SQLiteStore(db) as store:
            store.conn.execute("DELETE FROM page_cache")  # first views are really first
    else:
        start = time.perf_counter()
        done = subprocess.run(
            [str(binary), "warm", "--db", str(db)], capture_output=True, text=True, check=False
        )
        summary = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        print(f"storyline warm: {summary[0]} ({time.perf_counter() - start:.0f} s with start-up)")
    with SQLiteStore(db) as store:
        stats = store.stats()
        n_stories = SQLiteStoryRepository(store).count_active()
    print(f"store: {stats.articles} articles, {n_stories} stories, "
          f"{stats.first_date} .. {stats.last_date}, {len(stats.outlets)} outlets")  # fmt: skip
    rng = random.Random(17)
    stories, mix = plan(db, args.requests, rng)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(binary), "serve", "--db", str(db), "--port", str(port), "--warm", "0"],
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/static/style.css", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        first = [("story, first view", f"/stories/{quote(s, safe=':~')}") for s in stories]
        built = "built and cached" if args.no_warm else "read from the warm cache"
        print(f"\nfirst views of {args.first_views} stories (review and parts {built}), "
              f"concurrency {args.concurrency}:")  # fmt: skip
        cold, elapsed = asyncio.run(
            run_load(base, first[: args.first_views], args.concurrency, args.time_limit)
        )
        report(cold, elapsed, None)
        # every story of the mix seen once, so the mix measures what a reader sees next
        asyncio.run(run_load(base, first, args.concurrency, args.time_limit))
        for name in ("first pass (rows not read before)", "second pass (the same requests)"):
            print(f"\nmixed load, {name}, concurrency {args.concurrency}, "
                  f"at most {len(mix)} requests / {args.time_limit:.0f} s:")  # fmt: skip
            warm, elapsed = asyncio.run(run_load(base, mix, args.concurrency, args.time_limit))
            ref = warm.times.get("static file (reference)")
            floor = (statistics.median(ref), _percentile(ref, 0.95)) if ref else None
            report(warm, elapsed, floor)
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
