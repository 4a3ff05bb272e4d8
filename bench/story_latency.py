"""Story assignment latency with 10k, 100k and 1M articles stored, and peak memory.

Stores are generated, not embedded: a pool of real Timeline17 articles is embedded
once and clustered for real; each generated replica of that pool gets new ids,
dates shifted to a random offset within a ten-year range and a small random
rotation of every vector (so replicas are distinct points, as different stories
are). Stories, memberships and term statistics are bulk-inserted into a real
SQLite database and the centroid index is built and saved next to it. Then real
pool articles, with new ids and shifted dates, are assigned one at a time through
`StoryAssigner` (SQL reads, index search, scoring, writes, commit): that is the
latency measured. Embedding time is excluded (it does not depend on the store).
After the probes, the stories they touched are consolidated once, as an ingest
batch would be (`consolidate_s`, `absorbed`), then linked into the stories they are
threads of (`link_s`, `linked`: threads.py).
Each size runs in its own process so peak memory (max RSS) is per size.

    .venv/bin/python bench/story_latency.py [--sizes 10000,100000,1000000] [--pool 600]
        [--probes 200] [--workdir /tmp/story-bench] [--vectors cache.npy]

Prints figures; never asserts timings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
T17 = REPO.parent / "shared" / "data" / "timeline17"
SPREAD_DAYS = 3650


def pool_articles(size: int) -> list[dict[str, str]]:
    """The first articles of every Timeline17 folder, round robin, `size` in all."""
    folders = sorted(p for p in T17.iterdir() if (p / "articles.jsonl.gz").exists())
    per: list[list[dict[str, str]]] = []
    for folder in folders:
        with gzip.open(folder / "articles.jsonl.gz", "rt") as fh:
            rows = [json.loads(line) for line in fh]
        per.append([r for r in rows if r["text"].strip()])
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < size and any(i < len(p) for p in per):
        out.extend(p[i] for p in per if i < len(p))
        i += 1
    return out[:size]


def load_pool(size: int, cache: Path | None) -> tuple[list[dict[str, str]], np.ndarray]:
    from storyline.analyze.embed import article_embedding_text, default_embedder
    from storyline.model import Article

    rows = pool_articles(size)
    if cache is not None and cache.exists():
        vectors = np.load(cache)
        if len(vectors) == len(rows):
            return rows, vectors
    texts = [article_embedding_text(Article(id=r["id"], text=r["text"])) for r in rows]
    vectors = default_embedder().embed(texts)
    if cache is not None:
        np.save(cache, vectors)
    return rows, vectors


def _shift(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date[:10]) + dt.timedelta(days=days)).isoformat()


def build_store(db: Path, size: int, rows: list[dict[str, str]], vectors: np.ndarray) -> float:
    """Generate a store of `size` articles from the clustered pool; returns seconds taken."""
    from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner
    from storyline.corpus.stories.index import UsearchCentroidIndex
    from storyline.model import Article
    from storyline.store.sql_stories import SqlStoryRepository, index_path
    from storyline.store.sqlite import SQLiteStore

    start = time.perf_counter()
    base = InMemoryStoryRepository()
    assigner = StoryAssigner(base, embedder=None)
    arts = [
        Article(id=r["id"], text=r["text"], published=r["time"], embedding=tuple(map(float, v)))
        for r, v in zip(rows, vectors, strict=True)
    ]
    list(assigner.assign_many(arts))
    stories = list(base.active_stories())
    members = {s.id: [m for m in base.members(s.id)] for s in stories}
    rng = np.random.default_rng(7)
    first = min(r["time"] for r in rows)
    replicas = -(-size // len(rows))
    with SQLiteStore(db) as store:
        repo = SqlStoryRepository(store)
        conn = store.conn
        conn.execute("BEGIN")
        key = seq = written = 0
        for r in range(replicas):
            offset = (
                int(rng.integers(0, SPREAD_DAYS))
                - (dt.date.fromisoformat(first) - dt.date(2000, 1, 1)).days
            )
            story_rows, member_rows = [], []
            for story in stories:
                if written >= size:
                    break
                key += 1
                noise = rng.normal(0, 0.02, story.vector_sum.shape).astype(np.float32)
                vec = story.vector_sum + noise * max(1, story.count)
                sid = f"{story.id}-{r}"
                story_rows.append(
                    (
                        sid,
                        key,
                        vec.astype(np.float32).tobytes(),
                        story.count,
                        _shift(story.start, offset) if story.start else None,
                        _shift(story.end, offset) if story.end else None,
                        json.dumps(story.terms),
                        "{}",
                        "{}",
                        story.title,
                        f"{story.central_id}-{r}",
                        story.central_score,
                        "2024-01-01T00:00:00",
                    )
                )
                for m in members[story.id]:
                    seq += 1
                    written += 1
                    member_rows.append(
                        (
                            f"{m.article_id}-{r}",
                            sid,
                            seq,
                            m.score,
                            _shift(m.published, offset) if m.published else None,
                            m.title,
                            None,
                            f"{m.content_hash}-{r}",
                            "[]",
                        )
                    )
            conn.executemany(
                "INSERT INTO stories (id, key, vector_sum, count, start_date, end_date, terms, "
                "entities, outlets, title, central_id, central_score, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                story_rows,
            )
            conn.executemany(
                "INSERT INTO story_members (article_id, story_id, seq, score, published, title, "
                "outlet, content_hash, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                member_rows,
            )
        df = base.df
        conn.executemany(
            "INSERT INTO story_term_df(term, df) VALUES (?, ?)",
            [(t, n * replicas) for t, n in df.items()],
        )
        conn.execute("UPDATE story_counters SET value = ? WHERE name = 'key'", (key,))
        conn.execute("UPDATE story_counters SET value = ? WHERE name = 'seq'", (seq,))
        conn.execute("UPDATE story_counters SET value = ? WHERE name = 'docs'", (written,))
        conn.execute("COMMIT")
        UsearchCentroidIndex(384, index_path(db)).rebuild(repo)
    return time.perf_counter() - start


def measure(
    db: Path, rows: list[dict[str, str]], vectors: np.ndarray, probes: int
) -> dict[str, float]:
    from storyline.corpus.stories.stored import stored_assigner
    from storyline.model import Article
    from storyline.store.sqlite import SQLiteStore

    rng = random.Random(11)
    run = time.strftime("%H%M%S")
    first = min(r["time"] for r in rows)
    start_open = time.perf_counter()
    timings: list[float] = []
    with SQLiteStore(db) as store:
        with stored_assigner(store) as assigner:
            opened = time.perf_counter() - start_open
            created = 0
            touched: set[str] = set()
            for n in range(probes):
                i = rng.randrange(len(rows))
                offset = (
                    rng.randrange(SPREAD_DAYS)
                    - (dt.date.fromisoformat(first) - dt.date(2000, 1, 1)).days
                )
                article = Article(
                    id=f"probe-{run}-{n}",
                    text=rows[i]["text"],
                    published=_shift(rows[i]["time"], offset),
                    content_hash=f"probe-{run}-{n}",
                    embedding=tuple(map(float, vectors[i])),
                )
                t0 = time.perf_counter()
                result = assigner.assign(article)
                timings.append(time.perf_counter() - t0)
                created += result.created
                touched.add(result.story_id)
            t0 = time.perf_counter()
            absorbed = len(assigner.consolidate(touched))
            consolidate_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            linked = len(assigner.link(touched))
            link_s = time.perf_counter() - t0
        stories = store.conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        articles = store.conn.execute("SELECT COUNT(*) FROM story_members").fetchone()[0]
    timings.sort()
    return {
        "articles": articles,
        "stories": stories,
        "open_s": opened,
        "median_ms": 1000 * statistics.median(timings),
        "p95_ms": 1000 * timings[int(0.95 * (len(timings) - 1))],
        "new_story_share": created / probes,
        "consolidate_s": consolidate_s,
        "absorbed": absorbed,
        "link_s": link_s,
        "linked": linked,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_one(size: int, args: argparse.Namespace) -> None:
    rows, vectors = load_pool(args.pool, Path(args.vectors) if args.vectors else None)
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"stories-{size}.db"
    for stale in workdir.glob(f"stories-{size}.db*"):
        stale.unlink()
    built = build_store(db, size, rows, vectors)
    result = measure(db, rows, vectors, args.probes)
    result["build_s"] = built
    result["db_mb"] = db.stat().st_size / 2**20
    print(json.dumps({"size": size, **result}), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--pool", type=int, default=600)
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--workdir", default="/tmp/story-bench")
    parser.add_argument("--vectors", default="/tmp/story-bench/pool.npy")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one, args)
        return 0
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    load_pool(args.pool, Path(args.vectors) if args.vectors else None)  # embed once
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [
            sys.executable,
            __file__,
            "--one",
            str(size),
            "--pool",
            str(args.pool),
            "--probes",
            str(args.probes),
            "--workdir",
            args.workdir,
            "--vectors",
            args.vectors,
        ]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"size {size}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
            break
        result = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{result['articles']:>8} articles {result['stories']:>7} stories | "
            f"assign median {result['median_ms']:.1f} ms p95 {result['p95_ms']:.1f} ms | "
            f"open {result['open_s']:.1f} s | build {result['build_s']:.0f} s | "
            f"consolidate {result['consolidate_s']:.2f} s ({result['absorbed']} absorbed) | "
            f"link {result['link_s']:.2f} s ({result['linked']} linked) | "
            f"peak RSS {result['peak_rss_mb']:.0f} MB | db {result['db_mb']:.0f} MB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
