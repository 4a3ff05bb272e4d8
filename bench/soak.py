"""Crash soak: SIGKILL `storyline ingest` at random moments and check nothing is lost or doubled.

Writes real Timeline17 articles (../shared/data/timeline17, 1,000+ of them) as
JSONL files into a work folder, then runs `storyline ingest FOLDER --db soak.db`
again and again, killing the whole process group with SIGKILL after a random
delay, `--trials` times; then lets one run finish. After every kill it checks:
PRAGMA integrity_check is "ok"; no article committed before the kill is gone;
every stored article's annotations are whole (an English article the pipeline
annotated has its sentences; flags and language agree). After the final run:
the stored ids are exactly the ids the input holds, every original article is
in exactly one story, and every membership points at a stored article.
Prints each trial and the totals, and exits 1 if any check failed.

    .venv/bin/python bench/soak.py [--trials 20] [--articles 1200] [--seed 15]
    make soak
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
BIN = Path(sys.executable).parent / "storyline"


def write_input(folder: Path, limit: int) -> int:
    """Timeline17 articles as JSONL files of 100 lines; returns how many were written."""
    records: list[dict[str, object]] = []
    for path in sorted((SHARED / "timeline17").glob("*/articles.jsonl.gz")):
        topic = path.parent.name
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                obj = json.loads(line)
                obj["url"] = f"https://t17.example/{topic}/{obj['id']}"
                records.append(obj)
    random.Random(0).shuffle(records)
    records = records[:limit]
    for start in range(0, len(records), 100):
        chunk = records[start : start + 100]
        (folder / f"part-{start // 100:03d}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8"
        )
    return len(records)


def expected_ids(folder: Path) -> set[str]:
    """The ids the input holds, read the way ingest reads them (no analysis)."""
    from storyline.ingest import IngestOptions, discover, read_source
    from storyline.model import Article

    ids: set[str] = set()
    for source in discover([str(folder)]):
        for item in read_source(source, IngestOptions()):
            if isinstance(item, Article):
                ids.add(item.id)
    return ids


AFTER_KILL_CHECKS = (
    (
        "SELECT count(*) FROM articles a WHERE a.annotated LIKE '%\"sentences\"%' "
        "AND length(a.text) > 0 AND NOT EXISTS "
        "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)",
        "articles marked annotated without their sentences",
    ),
    (
        "SELECT count(*) FROM sentences s WHERE NOT EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = s.article_id)",
        "sentence rows without their article",
    ),
    (
        "SELECT count(*) FROM (SELECT article_id FROM story_members "
        "GROUP BY article_id HAVING count(*) > 1)",
        "articles in more than one story",
    ),
)
FINAL_CHECKS = (
    (
        "SELECT count(*) FROM articles WHERE duplicate_of IS NULL AND id NOT IN "
        "(SELECT article_id FROM story_members)",
        "original articles in no story",
    ),
    (
        "SELECT count(*) FROM story_members m WHERE NOT EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = m.article_id)",
        "story memberships of articles not stored",
    ),
)
"""(query counting violations, what they are): each must count 0."""


def _failed_counts(conn: sqlite3.Connection, checks: tuple[tuple[str, str], ...]) -> list[str]:
    problems: list[str] = []
    for sql, what in checks:
        count = int(conn.execute(sql).fetchone()[0])
        if count:
            problems.append(f"{count} {what}")
    return problems


def check_store(db: Path, before: set[str]) -> tuple[set[str], list[str]]:
    """(stored ids, problems) after a kill; `before` are ids stored before this trial."""
    problems: list[str] = []
    if not db.exists():
        return set(), problems
    conn = sqlite3.connect(db)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            problems.append(f"integrity_check: {verdict}")
        ids = {str(r[0]) for r in conn.execute("SELECT id FROM articles")}
        lost = before - ids
        if lost:
            problems.append(f"{len(lost)} committed articles lost, e.g. {sorted(lost)[:3]}")
        problems += _failed_counts(conn, AFTER_KILL_CHECKS)
    finally:
        conn.close()
    return ids, problems


def final_checks(db: Path, wanted: set[str]) -> list[str]:
    problems: list[str] = []
    conn = sqlite3.connect(db)
    try:
        ids = {str(r[0]) for r in conn.execute("SELECT id FROM articles")}
        if ids != wanted:
            problems.append(
                f"stored {len(ids)} ids, input has {len(wanted)}: "
                f"{len(wanted - ids)} missing, {len(ids - wanted)} unexpected"
            )
        problems += _failed_counts(conn, FINAL_CHECKS)
    finally:
        conn.close()
    return problems


def run_once(folder: Path, db: Path, kill_after: float | None, log: Path) -> tuple[int, float]:
    """(exit code or -9, seconds); kills the whole process group after `kill_after`."""
    env = {**os.environ, "NO_COLOR": "1"}
    start = time.monotonic()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [str(BIN), "ingest", str(folder), "--db", str(db)],
            stdout=out,
            stderr=out,
            env=env,
            start_new_session=True,
        )
        try:
            code = proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            code = -9
    return code, time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--min-delay", type=float, default=3.0)
    parser.add_argument("--max-delay", type=float, default=25.0)
    parser.add_argument("--keep", type=Path, default=None, help="work folder to keep")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = args.keep or Path(tempfile.mkdtemp(prefix="storyline-soak-"))
    folder = work / "input"
    folder.mkdir(parents=True, exist_ok=True)
    written = write_input(folder, args.articles)
    wanted = expected_ids(folder)
    db = work / "soak.db"
    log = work / "ingest.log"
    print(f"input: {written} Timeline17 articles in {folder} ({len(wanted)} distinct ids)")
    stored: set[str] = set()
    failures: list[str] = []
    kills = 0
    trial = 0
    while kills < args.trials:
        trial += 1
        delay = rng.uniform(args.min_delay, args.max_delay)
        code, spent = run_once(folder, db, delay, log)
        ids, problems = check_store(db, stored)
        kills += code == -9
        status = "killed" if code == -9 else f"finished (exit {code})"
        print(
            f"trial {trial}: {status} after {spent:.1f} s; stored {len(ids)} "
            f"(+{len(ids - stored)}); problems: {problems or 'none'}",
            flush=True,
        )
        failures += [f"trial {trial}: {p}" for p in problems]
        stored |= ids
        if code != -9:
            break  # the ingest finished before the kill: the rest is the final check
    code, spent = run_once(folder, db, None, log)
    ids, problems = check_store(db, stored)
    problems += final_checks(db, wanted)
    failures += [f"final: {p}" for p in problems]
    print(f"final run: exit {code} after {spent:.1f} s; stored {len(ids)}; problems: "
          f"{problems or 'none'}")  # fmt: skip
    print(f"SIGKILL trials: {kills}; checks failed: {len(failures)}; log: {log}")
    for failure in failures:
        print(f"  {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
