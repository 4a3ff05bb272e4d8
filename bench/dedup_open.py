"""What an ingest pays to open the near-duplicate index of an existing store: seconds and RSS.

Before (main at 4c84c87) the first article of every ingest process rebuilt the
in-memory LSH index from every stored signature (`Admission.dedup_index`); now
the store keeps the band keys and the index opens without reading them
(`Admission.near_duplicates`), except once, on a store written before the keys
existed, which is filled in then. Run with main's src on PYTHONPATH for the
before figure (the bench finds whichever method the code has). Then `--probes N`
near-duplicate look-ups of stored articles' own signatures (each finds itself or
an earlier copy), timed one by one.

    .venv/bin/python bench/dedup_open.py --db STORE [--probes 200]

Opens the store as given: on this branch that applies migration 0900 and fills the
band keys of an older store (copy a shared bench store first). Prints figures;
never asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import time
from itertools import islice
from pathlib import Path

import storyline.ingest.dedup
from storyline.run.admit import Admission
from storyline.store import open_store

with contextlib.suppress(ImportError):  # main at 4c84c87 has no dedup_store
    import storyline.ingest.dedup_store  # noqa: F401


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--probes", type=int, default=200)
    args = parser.parse_args()
    with open_store(args.db) as store:
        articles = store.count_articles()
        probes = list(islice(store.iter_signatures(), 0, None, max(1, articles // args.probes)))
        gc.collect()
        admission = Admission(store)
        before = _rss_mb()
        start = time.perf_counter()
        index = (
            admission.near_duplicates()
            if hasattr(admission, "near_duplicates")
            else admission.dedup_index()  # type: ignore[attr-defined]
        )
        seconds = time.perf_counter() - start
        grown = _rss_mb() - before
        filled = getattr(index, "filled", 0)
        print(
            f"{args.db}: {articles} articles; opening the near-duplicate index "
            f"{seconds:.2f} s, RSS +{grown:.0f} MB ({type(index).__name__}"
            + (f", band keys filled for {filled} originals)" if filled else ")"),
            flush=True,
        )
        times = []
        found = 0
        for _aid, signature in probes[: args.probes]:
            start = time.perf_counter()
            if hasattr(admission, "near_duplicates"):
                from storyline.ingest.dedup import band_keys

                hit = index.query(signature, band_keys(signature))
            else:
                hit = index.query(signature)
            times.append((time.perf_counter() - start) * 1000)
            found += hit is not None
        if times:
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            print(
                f"  {len(times)} look-ups of stored signatures: p50 {statistics.median(times):.3f} "
                f"ms, p95 {p95:.3f} ms, {found} found (each finds itself or an earlier copy)"
            )


if __name__ == "__main__":
    main()
