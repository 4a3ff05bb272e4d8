"""Memory of the near-duplicate index per stored article, against datasketch's MinHashLSH.

Every ingest process held the index of the whole store (`NearDuplicateIndex`,
rebuilt from the stored signatures), so its size per article decided how large a
store one process could ingest into; ingest now asks the store instead
(storyline.ingest.dedup_store), and `NearDuplicateIndex` remains for texts a
caller holds anyway. Signatures of distinct texts are made directly
from random hash values (each article then fills its own bucket in every band: the
largest the index gets); the reference is the index as it was before (datasketch's
MinHashLSH and a LeanMinHash per article), built from the same signatures in the
same run. Memory is what tracemalloc sees allocated while building.

    .venv/bin/python bench/dedup_memory.py [--sizes 20000 100000]

Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from storyline.ingest.dedup import NUM_PERM, NearDuplicateIndex


def _signatures(n: int, seed: int = 18) -> list[tuple[str, bytes]]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        mh = MinHash(num_perm=NUM_PERM, seed=1)
        mh.hashvalues = rng.integers(0, 2**32 - 1, NUM_PERM, dtype=np.uint64)
        lean = LeanMinHash(mh)
        buf = bytearray(lean.bytesize())
        lean.serialize(buf)
        out.append((f"article-{i:07d}", bytes(buf)))
    return out


def _reference(items: list[tuple[str, bytes]]) -> Any:
    """The index before: MinHashLSH plus a LeanMinHash and an order entry per article."""
    lsh = MinHashLSH(threshold=0.8, num_perm=NUM_PERM)
    order, sigs = {}, {}
    for aid, sig in items:
        lean = LeanMinHash.deserialize(bytearray(sig))
        lsh.insert(aid, lean)
        order[aid] = len(order)
        sigs[aid] = lean
    return lsh, order, sigs


def _measured(build: Callable[[], Any]) -> tuple[int, float]:
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    kept = build()
    seconds = time.perf_counter() - start
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return size, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    args = parser.parse_args()
    for n in args.sizes:
        items = _signatures(n)
        ids = sum(len(aid) + 49 for aid, _ in items)  # the id strings, held by both
        new, t_new = _measured(lambda: NearDuplicateIndex(items))  # noqa: B023
        old, t_old = _measured(lambda: _reference(items))  # noqa: B023
        print(
            f"{n:>8} articles: compact {new / n:,.0f} B/article ({t_new:.1f} s to build), "
            f"MinHashLSH {old / n:,.0f} B/article ({t_old:.1f} s); "
            f"id strings {ids / n:.0f} B/article are not counted (made before)"
        )


if __name__ == "__main__":
    main()
