"""Pieces the floor benchmarks share: the article sample, a busy core, memory, child runs.

Every measured run happens in a fresh child process (`python bench/ingest_floor.py
_child ...`), so one run's models and caches never flatter or burden the next,
and each child's peak memory is its own.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
TIMELINE17 = SHARED / "timeline17"


def timeline17_files() -> list[Path]:
    return sorted(TIMELINE17.glob("*/articles.jsonl.gz"))


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a gzipped JSONL file."""
    with gzip.open(path, "rt") as fh:
        return [json.loads(line) for line in fh]


def write_sample(count: int, path: Path, *, skip: int = 0) -> tuple[int, int]:
    """`count` Timeline17 articles taken in turn from each topic folder, as one JSONL file.

    Round robin over the 13 folders so every topic, outlet and article length is in
    the sample; ids are prefixed with the folder so two folders' ids never collide.
    `skip` leaves out the first rounds (a second, disjoint sample). Returns
    (articles, words).
    """
    folders = [read_rows(f) for f in timeline17_files()]
    picked: list[dict[str, Any]] = []
    round_ = skip
    while len(picked) < count and any(round_ < len(rows) for rows in folders):
        for folder, rows in zip(timeline17_files(), folders, strict=True):
            if round_ < len(rows) and len(picked) < count:
                row = dict(rows[round_])
                row["id"] = f"{folder.parent.name}-{row['id']}"
                picked.append(row)
        round_ += 1
    with path.open("w") as fh:
        for row in picked:
            fh.write(json.dumps(row) + "\n")
    return len(picked), sum(len(str(r["text"]).split()) for r in picked)


@contextmanager
def sample_folder(count: int) -> Iterator[tuple[Path, Path, int, int]]:
    """A temporary folder holding a `count`-article sample.jsonl: (folder, sample, articles,
    words). Exits 2 with one line if ../shared/data/timeline17 is absent."""
    if not timeline17_files():
        print("no Timeline17 articles under ../shared/data/timeline17", file=sys.stderr)
        raise SystemExit(2)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        sample = tmp / "sample.jsonl"
        articles, words = write_sample(count, sample)
        yield tmp, sample, articles, words


def write_chunks(sample: Path, folder: Path, size: int) -> int:
    """The sample cut into JSONL files of `size` articles (chunk-000.jsonl, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = sample.read_text().splitlines(keepends=True)
    for n, start in enumerate(range(0, len(lines), size)):
        (folder / f"chunk-{n:03d}.jsonl").write_text("".join(lines[start : start + size]))
    return (len(lines) + size - 1) // size


def sample_texts(path: Path) -> list[str]:
    """The article texts exactly as ingest will see them (through the JSONL reader)."""
    from storyline.ingest import IngestOptions, read_source
    from storyline.ingest.discover import discover_items
    from storyline.model import Article

    found = discover_items([str(path)])
    texts: list[str] = []
    for source in found.sources:
        for item in read_source(source, IngestOptions()):
            if isinstance(item, Article):
                texts.append(item.text)
    return texts


def _spin() -> None:
    while True:
        pass


@contextmanager
def busy_core(enabled: bool = True) -> Iterator[None]:
    """A process spinning on one core for the duration (a loaded machine), then stopped."""
    if not enabled:
        yield
        return
    spinner = multiprocessing.get_context("spawn").Process(target=_spin, daemon=True)
    spinner.start()
    time.sleep(0.2)
    try:
        yield
    finally:
        spinner.terminate()
        spinner.join()


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_mb(pid: int) -> float | None:
    """Another live process's peak resident memory (VmHWM), in MB; None if gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_child(*args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `ingest_floor.py _child ARGS` in a fresh interpreter; its last stdout line is JSON."""
    command = [sys.executable, str(Path(__file__).with_name("ingest_floor.py")), "_child", *args]
    done = subprocess.run(
        command,
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
