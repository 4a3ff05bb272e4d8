"""The web/API search (`PageReads.search`: what /search and the API's search call, via
`query.search.search_page`) timed in process over a stored store, PostgreSQL or SQLite.

Each query runs in turn, on the same `PageReads` and connection: the shared SQL
(`SqlPageReads.search`: count every match, the `candidates`-th newest match as a cutoff
over all of them, rank from it on; PostgreSQL's search before it found its candidates
in windows), this store's own search (on PostgreSQL the windows of
`postgres.newest_ranked`) counting every match (before session 35's cap) and counting
up to `MATCH_CAP` (what `search_page` asks now), and the two counts alone. The other
arguments are those `search_page` passes (20 hits, `CANDIDATES`, the first word for the
excerpt). The queries: single words from the openings of stored texts, three
in ten a pair of them, drawn with a fixed seed. The reference is `SELECT 1` through
the same connection. Prints figures; never asserts timings.

With `capped_only` (`--capped-only`) the variants that read every match (the shared SQL,
the count of every match, with and without the search) are left out: at 1M articles
each took seconds a query, so the bench could not finish at that size.

    .venv/bin/python bench/web_latency.py --page-search URL [--requests 300] [--capped-only]
"""

from __future__ import annotations

import random
import re
import statistics
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from storyline.query.reads import ArticleWhere
from storyline.query.search import CANDIDATES, MATCH_CAP, query_terms
from storyline.store import open_store
from storyline.store.sql_pages import SqlPageReads

__all__ = ["page_search"]

_WORD = re.compile(r"[A-Za-z]{4,}")


def _ms(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _kept(out: list[Any], call: Callable[[], Any]) -> None:
    """Call and keep the result (the search counting every match: its count is printed)."""
    out.append(call())


def _p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


_UNCAPPED = ("shared SQL", "search, count all", "count all alone")
"""The variants that read every match of a query (left out by `capped_only`)."""


def page_search(url: str, n: int, seed: int = 18, *, capped_only: bool = False) -> None:
    rng = random.Random(seed)
    with open_store(url) as store:
        reads = store.page_reads()
        assert isinstance(reads, SqlPageReads)
        openings = store.conn.execute(
            "SELECT substr(text, 1, 200) FROM articles ORDER BY id LIMIT 5000"
        ).fetchall()
        words = sorted({w.lower() for (t,) in openings for w in _WORD.findall(str(t))})
        queries = [
            " ".join(rng.sample(words, 2)) if rng.random() < 0.3 else rng.choice(words)
            for _ in range(n)
        ]
        where = ArticleWhere()
        for q in queries[:20]:  # warm the caches a little
            reads.search(q, where, 20, CANDIDATES, q)
        floor = [_ms(lambda: store.conn.execute("SELECT 1").fetchone()) for _ in queries]
        labels = [
            "shared SQL",
            "search, count all",
            "search, count to cap",
            "count all alone",
            "count to cap alone",
        ]
        if capped_only:
            labels = [label for label in labels if label not in _UNCAPPED]
        times: dict[str, list[float]] = {label: [] for label in labels}
        capped = over = 0
        for i, q in enumerate(queries):
            near = (query_terms(q) or [q])[0]
            if not capped_only:
                times["shared SQL"].append(
                    _ms(partial(SqlPageReads.search, reads, q, where, 20, CANDIDATES, near))
                )
            found: list[Any] = []
            both: list[tuple[str, Callable[[], Any]]] = [
                (
                    "search, count all",
                    partial(_kept, found, partial(reads.search, q, where, 20, CANDIDATES, near)),
                ),
                (
                    "search, count to cap",
                    partial(
                        _kept,
                        found,
                        partial(reads.search, q, where, 20, CANDIDATES, near, MATCH_CAP),
                    ),
                ),
            ]
            if capped_only:
                both = both[1:]
            for label, call in both[:: 1 if i % 2 else -1]:  # in turn first: same caches
                times[label].append(_ms(call))
            # either kept result tells both: a count to the cap is cap + 1 when over it
            capped += bool(found[0][2])
            over += found[0][1] > MATCH_CAP
            if not capped_only:
                times["count all alone"].append(_ms(partial(reads._count_matches, q)))
            times["count to cap alone"].append(_ms(partial(reads._count_matches, q, MATCH_CAP)))
        base = _p95(floor)
        print(
            f"page search over {store.count_articles()} articles ({store.location}), "
            f"{n} queries, {capped} with more than {CANDIDATES} matches, {over} more than "
            f"{MATCH_CAP:,}{' (counted to the cap)' if capped_only else ''}; reference "
            f"SELECT 1 p95 {base:.3f} ms"
        )
        for label, values in times.items():
            p95 = _p95(values)
            print(
                f"  {label:20} p50 {statistics.median(values):8.2f} ms  p95 {p95:8.2f} ms  "
                f"max {max(values):8.2f} ms  (p95 = {p95 / base:,.0f}x reference)"
            )
