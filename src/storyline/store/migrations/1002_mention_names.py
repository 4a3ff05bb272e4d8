"""Issue 19, a smaller database: an entity mention keeps its canonical name's number.

Every entity mention row kept its entity's canonical name as text (10 bytes on
average on Timeline17, "Hosni Mubarak" in hundreds of rows), and so did every entry
of `entity_mentions_canonical`, the index the entity pages read mentions through:
together a quarter of the store besides the article text. A store names a few
thousand entities against hundreds of thousands of mentions, so each name is now
kept once, in `canonical_names` (its number, its text; UNIQUE on the text), and the
row and the index entry keep the number (1-2 bytes; 0, no byte, for a mention with no
canonical name: the names' row 0 has none).

What readers and writers see does not change: the view `entity_mentions` (migration
1000) gives the name back through a join, and its INSTEAD OF triggers add a
name not seen before and store its number. A lookup by name (`m.canonical IN (...)`:
mention_days, mention_stories) reads the name's number from the UNIQUE index and then
the rows through `entity_mentions_canonical`, as before: the view joins the names
with an inner join so that the planner may start from the name (through a LEFT JOIN
it scanned the whole index); tests/store/test_mention_names.py checks the plans. A
name stays in `canonical_names` when its last mention goes (an article analysed
again usually names the same entities; a few bytes a name).

The column must hold integers, so `entity_mentions_rows` is written again with
`canonical` declared INTEGER (a TEXT column would turn the number back into text),
its rows copied in key order, then its index built again. PostgreSQL keeps its
table as it is (1000 left it so too): its B-tree indexes keep a repeated key once
(deduplication), so the name repeated in the index costs little there.

A later migration that alters entity_mentions must build its view again with this
module's `create_view` (not 1000's `key_table`, which knows nothing of the names).
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable

__all__ = ["NAMES", "create_view", "migrate", "steps"]

NAMES = "canonical_names"
"""The table keeping each canonical name once: (id INTEGER PRIMARY KEY, name UNIQUE); its
row 0 has no name and stands for a mention with none."""

_TABLE = "entity_mentions"
_ROWS = "entity_mentions_rows"
_COLUMN = "canonical"

_keyed = importlib.import_module("storyline.store.migrations.1000_keyed_annotations")


def _q(name: str) -> str:
    return f'"{name}"'


def _columns(conn: sqlite3.Connection) -> list[tuple[str, str, bool, str | None]]:
    """(name, declared type, NOT NULL, default) of the rows table after `analysis`."""
    info = conn.execute(f"PRAGMA table_info({_ROWS})").fetchall()
    return [
        (str(name), str(kind), bool(notnull), None if default is None else str(default))
        for _cid, name, kind, notnull, default, _pk in info[1:]
    ]


def steps(conn: sqlite3.Connection) -> list[tuple[str, Callable[[sqlite3.Connection], None]]]:
    """One step: the rewrite in its own transaction, followed by a WAL checkpoint, and
    logged with its progress on a large store (store/migrate.py)."""
    return [(_TABLE, migrate)]


def migrate(conn: sqlite3.Connection) -> None:
    """Rewrite the mention rows with the name's number; idempotent (a rows table whose
    canonical is already INTEGER is left as it is, its view built again)."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {NAMES} (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    conn.execute(f"INSERT OR IGNORE INTO {NAMES} (id, name) VALUES (0, NULL)")
    columns = _columns(conn)
    for trigger in ("insert", "delete", "update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {_TABLE}_{trigger}")
    conn.execute(f"DROP VIEW IF EXISTS {_TABLE}")
    if dict((c[0], c[1]) for c in columns).get(_COLUMN, "").upper() != "INTEGER":
        _rewrite(conn, columns)
    create_view(conn)


def _rewrite(conn: sqlite3.Connection, columns: list[tuple[str, str, bool, str | None]]) -> None:
    indexes = [
        str(sql)
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (_ROWS,),
        )
    ]
    definitions = []
    for name, kind, notnull, default in columns:
        if name == _COLUMN:
            definitions.append(f"{_q(name)} INTEGER NOT NULL DEFAULT 0")
            continue
        column = f"{_q(name)} {kind}".rstrip()
        if notnull:
            column += " NOT NULL"
        if default is not None:
            column += f" DEFAULT {default}"
        definitions.append(column)
    conn.execute(
        f"INSERT OR IGNORE INTO {NAMES} (name) SELECT DISTINCT CAST({_COLUMN} AS TEXT) "
        f"FROM {_ROWS} WHERE {_COLUMN} IS NOT NULL"
    )
    new = f"{_ROWS}_named"
    conn.execute(f"DROP TABLE IF EXISTS {new}")
    conn.execute(
        f"CREATE TABLE {new} (analysis INTEGER NOT NULL "
        "REFERENCES article_analyses(seq) ON DELETE CASCADE, "
        f"{', '.join(definitions)}, PRIMARY KEY (analysis, idx)) WITHOUT ROWID"
    )
    names = [c[0] for c in columns]
    picked = ["coalesce(n.id, 0)" if c == _COLUMN else f"r.{_q(c)}" for c in names]
    conn.execute(
        f"INSERT INTO {new} (analysis, {', '.join(_q(c) for c in names)}) "
        f"SELECT r.analysis, {', '.join(picked)} FROM {_ROWS} r "
        f"LEFT JOIN {NAMES} n ON n.name = CAST(r.{_COLUMN} AS TEXT) ORDER BY r.analysis, r.idx"
    )
    (before,) = conn.execute(f"SELECT count(*) FROM {_ROWS}").fetchone()
    (after,) = conn.execute(f"SELECT count(*) FROM {new}").fetchone()
    if before != after:  # pragma: no cover - a copy in one transaction
        raise sqlite3.DatabaseError(f"{_ROWS}: {before} rows, {after} copied; not migrated")
    conn.execute(f"DROP TABLE {_ROWS}")
    conn.execute(f"ALTER TABLE {new} RENAME TO {_ROWS}")
    for sql in indexes:
        conn.execute(sql)


def create_view(conn: sqlite3.Connection) -> None:
    """The view `entity_mentions` over its rows (1000's view, the canonical name read
    back from `canonical_names`) and the triggers that write through it."""
    columns = [
        (name, default if notnull and default is not None else None)
        for name, _kind, notnull, default in _columns(conn)
    ]
    number = "(SELECT seq FROM article_analyses WHERE article_id = {}.article_id)"
    given = f"CAST(new.{_q(_COLUMN)} AS TEXT)"
    name_of = f"coalesce((SELECT id FROM {NAMES} WHERE name = {given}), 0)"
    add_name = (
        f"INSERT OR IGNORE INTO {NAMES} (name) SELECT CAST(new.{_q(_COLUMN)} AS TEXT) "
        f"WHERE new.{_q(_COLUMN)} IS NOT NULL; "
    )

    def shown(column: str) -> str:
        if column == _COLUMN:
            return "n.name"
        return str(_keyed._shown(_TABLE, column, f"r.{_q(column)}"))

    def new(column: str, default: str | None) -> str:
        if column == _COLUMN:
            return name_of
        value = f"new.{_q(column)}"
        if default is not None:  # a view has no defaults: the table's, as before
            value = f"coalesce({value}, {default})"
        return str(_keyed._stored(_TABLE, column, value))

    names = ", ".join(_q(c) for c, _ in columns)
    conn.execute(
        f"CREATE VIEW {_TABLE} (article_id, {names}) AS "
        f"SELECT x.article_id, {', '.join(shown(c) for c, _ in columns)} "
        f"FROM {_ROWS} r JOIN article_analyses x ON x.seq = r.analysis "
        f"JOIN {NAMES} n ON n.id = r.{_q(_COLUMN)}"
    )
    conn.execute(
        f"CREATE TRIGGER {_TABLE}_insert INSTEAD OF INSERT ON {_TABLE} BEGIN "
        "INSERT OR IGNORE INTO article_analyses (article_id) VALUES (new.article_id); "
        f"{add_name}"
        f"INSERT INTO {_ROWS} (analysis, {names}) VALUES "
        f"({number.format('new')}, {', '.join(new(c, d) for c, d in columns)}); END"
    )
    conn.execute(
        f"CREATE TRIGGER {_TABLE}_delete INSTEAD OF DELETE ON {_TABLE} BEGIN "
        f"DELETE FROM {_ROWS} WHERE analysis = {number.format('old')} AND idx = old.idx; END"
    )
    conn.execute(
        f"CREATE TRIGGER {_TABLE}_update INSTEAD OF UPDATE ON {_TABLE} BEGIN "
        "INSERT OR IGNORE INTO article_analyses (article_id) VALUES (new.article_id); "
        f"{add_name}"
        f"UPDATE {_ROWS} SET analysis = {number.format('new')}, "
        f"{', '.join(f'{_q(c)} = {new(c, d)}' for c, d in columns)} "
        f"WHERE analysis = {number.format('old')} AND idx = old.idx; END"
    )
