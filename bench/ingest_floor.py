"""Ingest against its floor: the bare spaCy tok2vec+ner time on the same texts (issue 19).

Prints figures, asserts nothing. Every run is a fresh child process. On a
machine whose speed drifts (cores shared with other work), compared runs take
turns: the floor runs on each article as the ingest reads it (in one process,
its time taken out of the ingest's), and one worker and a pool of two ingest
each half of the sample in turns (1, 2, then 2, 1), so drift slows both alike.

    .venv/bin/python bench/ingest_floor.py [--articles 150] [--sections all] [--keep DB]

`--keep DB` copies the store the size section wrote to DB (its tables, plans, rows).

Sections (comma list, default all):
  ratio    full ingest / floor on a quiet machine, then what `size` prints
  size     one whole ingest: memory, database size as written and vacuumed, table by table
  loaded   the same with one core kept busy by a spinning process
  profile  where the time goes, per stage and step, against the floor (wall and CPU seconds)
  workers  --workers 2 against --workers 1 (wall time, models warm), memory per process
  pages    a 1,000-word page and a 70,000-word page: time per word, peak memory
  startup  `storyline --help`, and `storyline search` on a 100,000-article store
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from floor_common import busy_core, run_child, sample_folder, write_chunks

SECTIONS = ("ratio", "loaded", "profile", "workers", "pages", "startup")


def _paired(sample: Path, tmp: Path, tag: str, *extra: str) -> dict[str, Any]:
    """The floor and the ingest in turns, article by article, in one child; prints the ratio."""
    paired = run_child("paired", str(sample), str(tmp / f"{tag}.db"), *extra)
    floor, ingest = paired["floor"], paired["ingest"]
    print(
        f"  floor (spaCy tok2vec+ner, one doc at a time): {floor:.1f} s "
        f"({paired['words'] / floor:,.0f} words/s)"
    )
    print(
        "  full ingest (default stages, embeddings, stories, SQLite; the floor run on each "
        f"article as it is read, its time taken out): {ingest:.1f} s"
    )
    print(f"  ratio: {ingest / floor:.2f}x")
    if "floor_cpu" in paired:
        floor_cpu, ingest_cpu = paired["floor_cpu"], paired["ingest_cpu"]
        print(
            f"  the same in CPU seconds of the process: floor {floor_cpu:.1f} s, ingest "
            f"{ingest_cpu:.1f} s, ratio {ingest_cpu / floor_cpu:.2f}x"
        )
    return paired


def section_ratio(sample: Path, tmp: Path) -> None:
    print("== ratio, quiet machine")
    _paired(sample, tmp, "quiet")
    section_size(sample, tmp)


def _input_text_bytes(sample: Path) -> int:
    """Bytes of the sample's article texts as given: the stored text is what is left after
    cleaning, so dropping more furniture lowers it and raises a ratio to it, though the
    database for the same input got no larger."""
    total = 0
    for line in sample.read_text("utf-8").splitlines():
        record = json.loads(line) if line.strip() else {}
        body = next((record[k] for k in ("text", "body", "content") if record.get(k)), "")
        total += len(str(body).encode())
    return total


def section_size(sample: Path, tmp: Path, keep: Path | None = None) -> None:
    """One ingest of the whole sample: its time, peak memory and database size (the store
    copied to `keep` when given, to read its tables and query plans afterwards)."""
    whole = run_child("ingest", str(sample), str(tmp / "whole.db"))
    print(f"  one ingest of the whole sample: {whole['seconds']:.1f} s ({whole['summary']})")
    for error in whole["errors"]:
        print(f"    error: {error}")
    db, text = whole["db_bytes"], whole["text_bytes"]
    given = _input_text_bytes(sample)
    print(
        f"  database: {db / 1e6:.1f} MB for {text / 1e6:.1f} MB of article text: "
        f"{db / text:.2f}x; ingest peak memory {whole['peak_mb']:.0f} MB (one process)"
    )
    print(
        f"  the same against the text as given ({given / 1e6:.2f} MB, before page furniture "
        f"and comments are cleaned off): {db / given:.2f}x"
    )
    from floor_store import empty_store_bytes, table_sizes, vacuumed_bytes

    vacuumed = vacuumed_bytes(tmp / "whole.db", tmp / "vacuumed.db")
    print(f"  the same database vacuumed: {vacuumed / 1e6:.2f} MB, {vacuumed / text:.2f}x")
    empty = empty_store_bytes(tmp / "empty.db")
    print(
        f"  an empty store (every table and index one page at least): {empty / 1e6:.2f} MB; "
        f"the rest, {(db - empty) / 1e6:.2f} MB, is {(db - empty) / text:.2f}x the text "
        "(what a larger store tends to)"
    )
    for name, size in table_sizes(tmp / "whole.db")[:14]:
        print(f"    {name:<36} {size / 1e6:7.2f} MB  {size / text:5.2f}x text")
    if keep is not None:
        shutil.copyfile(tmp / "whole.db", keep)


def section_loaded(sample: Path, tmp: Path) -> None:
    print("== ratio, one core kept busy by a spinning process")
    with busy_core():
        _paired(sample, tmp, "loaded")


def section_profile(sample: Path, tmp: Path) -> None:
    """Each step's wall seconds against the floor's, and its CPU seconds against the
    floor's CPU seconds: on a loaded machine the wall shares move with the load (a step
    waiting for a core counts), so the CPU shares are the ones to compare between runs."""
    print(
        "== where the time goes (one process, warm models; wall seconds and % of the floor's "
        "wall time, then CPU seconds and % of the floor's CPU time)"
    )
    paired = _paired(sample, tmp, "profile", "--profile")
    floor, total = paired["floor"], paired["ingest"]
    profile: dict[str, float] = paired["profile"]
    cpu: dict[str, float] = paired.get("profile_cpu", {})
    floor_cpu, total_cpu = paired.get("floor_cpu", 0.0), paired.get("ingest_cpu", 0.0)

    def row(name: str, wall: float, used: float | None) -> str:
        line = f"    {name:<44} {wall:7.2f} s  {100 * wall / floor:5.1f}%"
        if used is not None and floor_cpu:
            line += f"   CPU {used:7.2f} s  {100 * used / floor_cpu:5.1f}%"
        return line

    for name, seconds in sorted(profile.items(), key=lambda kv: -kv[1]):
        print(row(name, seconds, cpu.get(name)))
    top = sum(v for k, v in profile.items() if not k.startswith(" "))
    top_cpu = sum(v for k, v in cpu.items() if not k.startswith(" "))
    rest_cpu = total_cpu - top_cpu if cpu else None
    print(row("reading, dedup lookups, other", total - top, rest_cpu))
    if "spacy_default" in paired:
        wall, used = paired["spacy_default"], paired["spacy_default_cpu"]
        print(
            "  for reference, spaCy's own default pipeline (tok2vec, tagger, parser, "
            "attribute_ruler, lemmatizer, ner) on the same texts, one doc at a time, in the "
            f"same turns: {wall:.1f} s = {wall / floor:.2f}x the floor"
            + (f", CPU {used:.1f} s = {used / floor_cpu:.2f}x" if floor_cpu else "")
        )


def section_workers(chunks: Path, tmp: Path) -> None:
    print("== --workers 2 against --workers 1 (each half of the sample in turns, models warm)")
    both = run_child("workers", str(chunks), str(tmp / "w1.db"), str(tmp / "w2.db"))
    peaks = ", ".join(f"{p:.0f}" for p in both["worker_peak_mb"])
    one, two, stored = both["one"], both["two"], both["stored"]
    print(
        f"  machine load (1-minute average, 2 = both cores busy): {both['load'][0]:.2f} before, "
        f"{both['load'][1]:.2f} after"
    )
    print(f"  1 worker (in process): {one:.1f} s, {stored[0] / one:.2f} articles/s")
    print(
        f"  2 workers: {two:.1f} s, {stored[1] / two:.2f} articles/s (peak memory of each "
        f"worker: {peaks} MB; of the driver: {both['driver_peak_mb']:.0f} MB)"
    )
    print(f"  speed-up (wall time): {one / two:.2f}x")
    cpu_one = both["driver_cpu_one"]
    driver, workers = both["driver_cpu_two"], both["worker_cpu"]
    busiest = max([driver, *workers])
    quiet = max(busiest, (driver + sum(workers)) / 2)
    print(
        f"  CPU seconds: 1 worker {cpu_one:.1f} s; 2 workers {driver + sum(workers):.1f} s "
        f"(driver {driver:.1f} s, workers {', '.join(f'{w:.1f}' for w in workers)} s)"
    )
    print(
        f"  on a quiet 2-core machine (CPU time; 2 workers take the larger of half the CPU "
        f"time and the busiest process's): {cpu_one / quiet:.2f}x"
    )
    if both["workers_restarted"]:
        print("  (a worker was replaced during the run: its CPU time is partly missing)")


def section_pages(tmp: Path) -> None:
    from floor_store import write_pages

    print("== one long page against a short one (default stages + embedding, warm)")
    short, long = write_pages(tmp)
    small = min((run_child("page", str(short)) for _ in range(3)), key=lambda r: r["seconds"])
    big = run_child("page", str(long))
    ratio = big["seconds"] / small["seconds"]
    words = big["words"] / small["words"]
    print(
        f"  {small['words']:,} words: {small['seconds']:.2f} s (peak {small['peak_mb']:.0f} MB); "
        f"{big['words']:,} words: {big['seconds']:.1f} s (peak {big['peak_mb']:.0f} MB)"
    )
    print(f"  {ratio:.0f}x the time for {words:.0f}x the words ({ratio / words:.2f} per word)")
    for name in sorted(big["profile"], key=lambda k: -big["profile"][k]):
        a, b = small["profile"].get(name, 0.0), big["profile"][name]
        per_word = (b / a) / words if a else float("nan")
        print(f"    {name:<44} {a:6.3f} s -> {b:7.2f} s  ({per_word:.2f}x per word)")


def section_startup(tmp: Path, articles: int) -> None:
    from floor_store import startup_figures

    print("== start-up and search through the command line")
    for line in startup_figures(tmp, articles):
        print(f"  {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--sections", default="all")
    parser.add_argument("--search-articles", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="copy the size section's store here")
    args = parser.parse_args()
    sections = SECTIONS if args.sections == "all" else tuple(args.sections.split(","))
    with sample_folder(args.articles) as (tmp, sample, count, words):
        print(f"sample: {count} Timeline17 articles, {words:,} words, round robin over topics")
        chunks = tmp / "chunks"
        write_chunks(sample, chunks, (count + 1) // 2)
        runs = {
            "ratio": lambda: section_ratio(sample, tmp),
            "size": lambda: section_size(sample, tmp, args.keep),
            "loaded": lambda: section_loaded(sample, tmp),
            "profile": lambda: section_profile(sample, tmp),
            "workers": lambda: section_workers(chunks, tmp),
            "pages": lambda: section_pages(tmp),
            "startup": lambda: section_startup(tmp, args.search_articles),
        }
        for name in sections:
            runs[name]()
            sys.stdout.flush()
    return 0


def child(argv: list[str]) -> int:
    from floor_runs import run_floor, run_ingest, run_page, run_paired, run_workers

    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("floor", "ingest", "paired", "workers", "page"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "floor":
        result = run_floor(args.paths[0])
    elif args.what == "ingest":
        result = run_ingest(
            args.paths[0], args.paths[1], workers=args.workers, profile=args.profile, cold=args.cold
        )
    elif args.what == "paired":
        result = run_paired(args.paths[0], args.paths[1], profile=args.profile)
    elif args.what == "workers":
        result = run_workers(*args.paths[:3])
    else:
        result = run_page(args.paths[0])
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        raise SystemExit(child(sys.argv[2:]))
    raise SystemExit(main())
