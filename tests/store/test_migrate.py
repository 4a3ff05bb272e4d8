"""Migrations under concurrent first opens: of several processes opening a new database at
once, one applies each migration and the others find it recorded (no "table already
exists", nothing applied twice)."""

from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from concurrent_open import open_at_once

from storyline.store import open_store
from storyline.store.migrate import _statements, migration_scripts, python_migrations
from storyline.store.sqlite import SQLiteStore

OPENERS = 4


def test_processes_opening_a_new_sqlite_file_at_once_all_succeed(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    for trial in range(3):
        path = str(tmp_path / f"new-{trial}.db")
        barrier = ctx.Barrier(OPENERS)
        out: mp.Queue[str] = ctx.Queue()
        procs = [
            ctx.Process(target=open_at_once, args=(path, barrier, out)) for _ in range(OPENERS)
        ]
        for p in procs:
            p.start()
        results = [out.get(timeout=120) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        assert results == ["ok 0"] * OPENERS
        with SQLiteStore(path) as store:
            names = [r[0] for r in store.conn.execute("SELECT name FROM schema_migrations")]
        expected = sorted(n for n, _ in [*migration_scripts(), *python_migrations()])
        assert sorted(names) == expected  # each recorded once (name is the primary key)


def test_threads_opening_a_new_postgres_database_at_once_all_succeed(pg_url: str) -> None:
    def first_open(_: int) -> int:
        with open_store(pg_url) as store:
            return store.count_articles()

    with ThreadPoolExecutor(OPENERS) as pool:
        assert list(pool.map(first_open, range(OPENERS))) == [0] * OPENERS


def test_a_script_splits_into_whole_statements_triggers_included() -> None:
    script = (
        "-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT ';');\n"
        "CREATE TRIGGER g AFTER INSERT ON t BEGIN\n  INSERT INTO t VALUES ('a');\nEND;\n"
    )
    parts = _statements(script)
    assert len(parts) == 2
    assert parts[0].strip().endswith("DEFAULT ';');") and parts[1].strip().endswith("END;")
