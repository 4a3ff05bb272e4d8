"""A migration applied in steps (issues 18/19: a large store's upgrade must not need twice its
size on disk): each step its own transaction, the migration recorded after the last, an
interrupted upgrade finished by the next open with the same result."""

from __future__ import annotations

import importlib
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from old_schema import schema_before

from storyline.store import migrate as migrate_module
from storyline.store.migrate import apply_migrations

keyed = importlib.import_module("storyline.store.migrations.1000_keyed_annotations")

NAME = "1000_keyed_annotations"
Step = Callable[[sqlite3.Connection], None]


def _value(table: str, column: str, kind: str, row: int) -> object:
    """A value a writer before 1000 could have stored in the column (coded words, days)."""
    words = keyed.CODED.get(table, {}).get(column)
    if words:
        return words[row % len(words)] if row < 3 else "a word not in the list"
    if column in keyed.DATES.get(table, ()):
        return f"2024-05-0{row + 1}" if row < 3 else "May 2024"
    if kind.upper().startswith("INT"):
        return row * 7
    if kind.upper() == "REAL":
        return row + 0.5
    return f"text {row}"


def _old_store(path: Path, *, wal: bool = False, before: str = NAME) -> sqlite3.Connection:
    """A database with every migration before `before` and four rows in each annotation
    table (written as before 1000: article ids in the rows), two articles without an
    analysis number when there are numbers."""
    conn = sqlite3.connect(path, isolation_level=None)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    schema_before(conn, before)
    for aid in ("a1", "a2", "a3"):
        conn.execute(
            "INSERT INTO articles (id, text, content_hash, ingested_at) VALUES (?, ?, ?, 'x')",
            (aid, "Some text.", aid),
        )
    if before > "0603_clustered_sentences":
        conn.execute("INSERT INTO article_analyses (article_id) VALUES ('a3')")
    for table in keyed.KEYED_TABLES:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        names = ", ".join(f'"{c[1]}"' for c in info)
        marks = ", ".join("?" for _ in info)
        for row in range(4):
            values = [("a1", "a2", "a3", "a1")[row], row, *(
                _value(table, str(c[1]), str(c[2]), row) for c in info[2:]
            )]  # fmt: skip
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)
    return conn


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        t: conn.execute(f"SELECT * FROM {t} ORDER BY article_id, idx").fetchall()
        for t in keyed.KEYED_TABLES
    }


def _schema(conn: sqlite3.Connection) -> list[tuple[object, ...]]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"
    ).fetchall()


def _kind(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute("SELECT type FROM sqlite_schema WHERE name = ?", (name,)).fetchone()
    return str(row[0])


def _recorded(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (NAME,)).fetchone()
    return row is not None


def _with_steps(
    monkeypatch: pytest.MonkeyPatch,
    wrap: Callable[[int, str, Step], Step],
    module: ModuleType = keyed,
) -> list[str]:
    """Make a module's steps go through `wrap(number, label, step)`; returns the labels run."""
    original = module.steps
    ran: list[str] = []

    def steps(conn: sqlite3.Connection) -> list[tuple[str, Step]]:
        out = []
        for number, (label, step) in enumerate(original(conn), start=1):
            inner = wrap(number, label, step)

            def run(c: sqlite3.Connection, inner: Step = inner, label: str = label) -> None:
                ran.append(label)
                inner(c)

            out.append((label, run))
        return out

    monkeypatch.setattr(module, "steps", steps)
    return ran


def test_a_store_migrated_in_steps_equals_one_migrated_in_one_go(tmp_path: Path) -> None:
    stepped = _old_store(tmp_path / "stepped.db")
    at_once = _old_store(tmp_path / "at_once.db")
    before = _dump(stepped)
    assert all(len(rows) == 4 for rows in before.values())
    applied = apply_migrations(stepped)
    assert applied[0] == NAME
    # the same migration as it was before steps: every table in one transaction
    at_once.execute("BEGIN IMMEDIATE")
    keyed.migrate(at_once)
    at_once.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (NAME,))
    at_once.execute("COMMIT")
    assert apply_migrations(at_once) == applied[1:]
    assert _dump(stepped) == _dump(at_once) == before
    assert _schema(stepped) == _schema(at_once)
    for table in keyed.KEYED_TABLES:
        rows = f"SELECT * FROM {table}_rows ORDER BY 1, 2"
        assert stepped.execute(rows).fetchall() == at_once.execute(rows).fetchall()
    assert _recorded(stepped) and apply_migrations(stepped) == []


def test_an_upgrade_interrupted_after_two_steps_opens_again_and_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = _old_store(tmp_path / "old.db")
    before = _dump(conn)

    def third_fails(number: int, label: str, step: Step) -> Step:
        def fail(c: sqlite3.Connection) -> None:
            step(c)  # its work done, then the process dies before the commit
            raise KeyboardInterrupt

        return fail if number == 3 else step

    ran = _with_steps(monkeypatch, third_fails)
    with pytest.raises(KeyboardInterrupt):
        apply_migrations(conn)
    assert ran == list(keyed.KEYED_TABLES[:3])
    kinds = [_kind(conn, t) for t in keyed.KEYED_TABLES]
    assert kinds == ["view", "view", "table", "table", "table"]  # the third rolled back
    assert not _recorded(conn)
    assert _dump(conn) == before  # nothing lost: half the tables moved, half as they were
    conn.close()

    monkeypatch.undo()
    again = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    again.execute("PRAGMA foreign_keys=ON")
    ran = _with_steps(monkeypatch, lambda number, label, step: step)
    applied = apply_migrations(again)
    assert applied[0] == NAME and _recorded(again)
    assert ran == list(keyed.KEYED_TABLES)  # the first two find their work done
    assert [_kind(again, t) for t in keyed.KEYED_TABLES] == ["view"] * 5
    assert _dump(again) == before
    fresh = _old_store(tmp_path / "fresh.db")
    apply_migrations(fresh)
    assert _schema(again) == _schema(fresh)
    for table in keyed.KEYED_TABLES:
        rows = f"SELECT * FROM {table}_rows ORDER BY 1, 2"
        assert again.execute(rows).fetchall() == fresh.execute(rows).fetchall()


def test_the_migration_is_recorded_only_after_its_last_step_each_step_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    conn = _old_store(path, wal=True)
    seen: list[tuple[str, bool, int, list[str]]] = []

    def watched(number: int, label: str, step: Step) -> Step:
        def run(c: sqlite3.Connection) -> None:
            # another connection sees the steps before committed and the record absent
            with sqlite3.connect(path) as other:
                views = other.execute(
                    "SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name"
                ).fetchall()
                recorded = other.execute(
                    "SELECT count(*) FROM schema_migrations WHERE name = ?", (NAME,)
                ).fetchone()[0]
            other.close()
            wal = Path(f"{path}-wal")
            seen.append((label, bool(recorded), wal.stat().st_size, [str(v[0]) for v in views]))
            step(c)

        return run

    _with_steps(monkeypatch, watched)
    apply_migrations(conn)
    assert [s[0] for s in seen] == list(keyed.KEYED_TABLES)
    assert not any(s[1] for s in seen)  # not recorded while a step was still to run
    assert _recorded(conn)
    # each step found the ones before it committed, and the WAL emptied by the checkpoint
    for number, (_label, _recorded_then, wal_bytes, views) in enumerate(seen):
        keyed_views = sorted(keyed.KEYED_TABLES[:number])
        assert [v for v in views if v in keyed.KEYED_TABLES] == keyed_views
        if number:
            assert wal_bytes == 0
    conn.close()


def test_a_large_store_gets_a_line_per_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    conn = _old_store(tmp_path / "old.db")
    monkeypatch.setattr(migrate_module, "PROGRESS_BYTES", 0)
    with caplog.at_level(logging.WARNING, logger="storyline.store"):
        apply_migrations(conn)
    lines = [r.getMessage() for r in caplog.records if NAME in r.getMessage()]
    assert len(lines) == len(keyed.KEYED_TABLES)
    for number, (line, table) in enumerate(zip(lines, keyed.KEYED_TABLES, strict=True), 1):
        assert f"step {number} of 5 ({table})" in line


def test_a_small_store_upgrades_quietly(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    conn = _old_store(tmp_path / "old.db")
    with caplog.at_level(logging.WARNING, logger="storyline.store"):
        assert NAME in apply_migrations(conn)
    assert not [r for r in caplog.records if NAME in r.getMessage()]


@pytest.mark.parametrize(
    ("name", "fail_at"),
    [("0600_compact_annotations", 3), ("0603_clustered_sentences", 2), (NAME, 4)],
)
def test_each_stepped_migration_resumes_to_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fail_at: int
) -> None:
    module = importlib.import_module(f"storyline.store.migrations.{name}")
    conn = _old_store(tmp_path / "old.db", before=name)
    before = _dump(conn)

    def interrupted(number: int, label: str, step: Step) -> Step:
        def fail(c: sqlite3.Connection) -> None:
            raise KeyboardInterrupt

        return fail if number == fail_at else step

    ran = _with_steps(monkeypatch, interrupted, module)
    with pytest.raises(KeyboardInterrupt):
        apply_migrations(conn)
    assert len(ran) == fail_at
    recorded = conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,))
    assert recorded.fetchone() is None
    assert _dump(conn) == before
    monkeypatch.undo()
    assert name in apply_migrations(conn)
    fresh = _old_store(tmp_path / "fresh.db", before=name)
    apply_migrations(fresh)
    assert _schema(conn) == _schema(fresh)
    assert _dump(conn) == _dump(fresh) == before
