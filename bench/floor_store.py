"""Floor benchmark pieces around the store: table sizes, long pages, start-up and search.

The 100,000-article store for the search figure is built once without analysis
(the fast path: article rows and their full-text index, written in one
transaction) and kept under $STORYLINE_BENCH_CACHE (default
/tmp/storyline-bench), keyed by its size, so later runs time only the search.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from floor_common import read_rows, timeline17_files

REPO = Path(__file__).resolve().parents[1]
STORYLINE = Path(sys.executable).with_name("storyline")
SEARCHES = ("ceasefire talks", "oil spill", "swine flu vaccine", "Mubarak", "the")
PAGE_FOLDER = "EgyptianProtest_cnn"


def table_sizes(db: Path) -> list[tuple[str, int]]:
    """(table or index, bytes) largest first, from SQLite's dbstat."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    finally:
        conn.close()
    return [(str(n), int(s)) for n, s in rows]


def vacuumed_bytes(db: Path, copy: Path) -> int:
    """The size of `db` rewritten by VACUUM INTO `copy` (the database as written is left
    as it is): what the pages would take packed, against what an ingest leaves."""
    copy.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    try:
        conn.execute("VACUUM INTO ?", (str(copy),))
    finally:
        conn.close()
    return copy.stat().st_size


def empty_store_bytes(db: Path) -> int:
    """The size of a store with every migration applied and nothing in it."""
    from storyline.store.sqlite import SQLiteStore

    SQLiteStore(db).close()
    return db.stat().st_size


def _folder_texts(name: str) -> list[str]:
    path = next(p for p in timeline17_files() if p.parent.name == name)
    return [str(row["text"]) for row in read_rows(path)]


def write_pages(tmp: Path, short_words: int = 1000, long_words: int = 70_000) -> tuple[Path, Path]:
    """A ~1,000-word page and a ~70,000-word page of real news text (one topic's articles
    joined by blank lines, the way a live blog or a long report runs on)."""
    texts = _folder_texts(PAGE_FOLDER)
    joined: list[str] = []
    count = 0
    for text in texts:
        joined.append(text)
        count += len(text.split())
        if count >= long_words:
            break
    long = "\n\n".join(joined)
    words = long.split(" ")
    cut = " ".join(words[:short_words])
    end = long.find(". ", len(cut))
    short = long[: end + 1] if end > 0 else cut
    short_path, long_path = tmp / "short-page.txt", tmp / "long-page.txt"
    short_path.write_text(short)
    long_path.write_text(long)
    return short_path, long_path


def _cache_dir() -> Path:
    folder = Path(os.environ.get("STORYLINE_BENCH_CACHE", "/tmp/storyline-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def search_store(articles: int) -> Path:
    """A store of `articles` articles (Timeline17 texts, cycled, each copy its own article)."""
    db = _cache_dir() / f"search-{articles}.db"
    if db.exists():
        return db
    from storyline.store.sqlite import SQLiteStore

    partial = db.with_suffix(".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    SQLiteStore(partial).close()  # the current schema, migrations applied
    rows = [(folder.parent.name, row) for folder in timeline17_files() for row in read_rows(folder)]
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn = sqlite3.connect(partial)
    conn.execute("BEGIN")
    for n in range(articles):
        folder, row = rows[n % len(rows)]
        copy = n // len(rows)
        text = str(row["text"])[:4000].rsplit(" ", 1)[0]
        day = dt.date.fromisoformat(str(row["time"])[:10]) + dt.timedelta(days=copy)
        title = text.split(" . ")[0][:120]
        digest = hashlib.sha256(f"{copy}\0{text}".encode()).hexdigest()
        conn.execute(
            "INSERT INTO articles (id, url, outlet, title, published, published_source, text, "
            "content_hash, annotated, ingested_at) VALUES (?, ?, ?, ?, ?, 'metadata', ?, ?, "
            "'[]', ?)",
            (
                f"b-{n}",
                f"https://{folder.split('_')[-1]}.example/{n}",
                folder.split("_")[-1],
                title,
                day.isoformat(),
                text,
                digest,
                now,
            ),
        )
    conn.execute("COMMIT")
    conn.close()
    partial.rename(db)
    return db


def _min_wall(command: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def startup_figures(tmp: Path, articles: int) -> list[str]:
    """Wall times (best of 5) of the interpreter alone, every command's --help, and searches."""
    lines = []
    bare = _min_wall([sys.executable, "-c", "pass"])
    lines.append(f"python -c pass: {bare:.3f} s (the interpreter alone)")
    helps = [("--help",)] + [
        (name, "--help")
        for name in ("ingest", "search", "articles", "show", "stories", "timeline", "analyze")
    ]
    for args in helps:
        seconds = _min_wall([str(STORYLINE), *args])
        lines.append(f"storyline {' '.join(args)}: {seconds:.3f} s")
    start = time.perf_counter()
    db = search_store(articles)
    built = time.perf_counter() - start
    size = db.stat().st_size / 1e6
    lines.append(f"search store: {articles:,} articles, {size:.0f} MB (ready in {built:.0f} s)")
    for query in SEARCHES:
        seconds = _min_wall([str(STORYLINE), "search", query, "--db", str(db)])
        lines.append(f"storyline search {query!r}: {seconds:.3f} s")
    return lines
