"""Issue 19, a smaller database: annotation rows keyed by a small integer, not the article id.

Every row of sentences, entity_mentions, timexes, quotes and claims began with its
article's id (an 18-character text hash), and so did every entry of their indexes:
about a third of the bytes of those tables. Those ids are also random, so rows of a
new article landed in the middle of each B-tree and left its pages half full (a
store as written was 6% larger than the same store vacuumed).

Each table's rows now live in `<table>_rows`, keyed by (analysis, idx): `analysis`
is the article's number in `article_analyses` (0603; one row per article, a new,
never reused number each time its annotations are written). The numbers only grow,
so new rows are appended at the end of each tree, and an integer of one to three
bytes replaces the 18-byte id in the table and in each of its indexes.

What readers and writers see does not change: `<table>` becomes a view with the
same columns in the same order (the article id read back through article_analyses),
and INSTEAD OF triggers turn an insert, update or delete on the view into one on
the rows (an insert gives an article with no analysis number yet its number
first). So every query of both backends, `storyline migrate` and the storage
contract run unchanged; PostgreSQL keeps its tables as they are (its rows are heap
tuples with the id as a column either way, and the store protocol hides the
difference). `flags` stays as it is: a few rows a store, ordered by its rowid.

A later migration that alters one of these tables must alter `<table>_rows` and
build the view and its triggers again (`key_table` of this module does both).
"""

from __future__ import annotations

import re
import sqlite3

__all__ = ["KEYED_TABLES", "key_table", "migrate", "rows_table"]

KEYED_TABLES = ("sentences", "entity_mentions", "timexes", "quotes", "claims")


def rows_table(table: str) -> str:
    """The name of the table holding a keyed view's rows."""
    return f"{table}_rows"


def migrate(conn: sqlite3.Connection) -> None:
    for table in KEYED_TABLES:
        key_table(conn, table)


def _kind(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT type FROM sqlite_schema WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def key_table(conn: sqlite3.Connection, table: str) -> None:
    """Move `table`'s rows into `<table>_rows` keyed by (analysis, idx) and make `table`
    a view of them with its triggers. A table that is already a view stays as it is.

    Raises sqlite3.DatabaseError when a row cannot be moved (an article id with no
    article): the migration's transaction is then rolled back, nothing is lost."""
    if _kind(conn, table) != "table":
        return
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    names = [str(c[1]) for c in info]
    if names[:2] != ["article_id", "idx"]:
        raise sqlite3.DatabaseError(f"unexpected columns of {table}: {names[:4]}")
    rest = names[1:]  # idx and every column after it, in table order
    definitions = []
    for _cid, name, kind, notnull, default, _pk in info[1:]:
        column = f'"{name}" {kind}'
        if notnull:
            column += " NOT NULL"
        if default is not None:
            column += f" DEFAULT {default}"
        definitions.append(column)
    indexes = [
        str(sql)
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (table,),
        )
    ]
    rows = rows_table(table)
    quoted = [f'"{c}"' for c in rest]
    conn.execute(
        f"CREATE TABLE {rows} (analysis INTEGER NOT NULL "
        "REFERENCES article_analyses(seq) ON DELETE CASCADE, "
        f"{', '.join(definitions)}, PRIMARY KEY (analysis, idx)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT OR IGNORE INTO article_analyses (article_id) "
        f"SELECT DISTINCT t.article_id FROM {table} t "
        "WHERE t.article_id IN (SELECT id FROM articles)"
    )
    conn.execute(
        f"INSERT INTO {rows} (analysis, {', '.join(quoted)}) "
        f"SELECT x.seq, {', '.join(f't.{q}' for q in quoted)} FROM {table} t "
        "JOIN article_analyses x ON x.article_id = t.article_id ORDER BY x.seq, t.idx"
    )
    (before,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    (after,) = conn.execute(f"SELECT count(*) FROM {rows}").fetchone()
    if before != after:
        raise sqlite3.DatabaseError(
            f"{table}: {before - after} of {before} rows name no stored article; not migrated"
        )
    conn.execute(f"DROP TABLE {table}")
    for sql in indexes:
        conn.execute(
            re.sub(rf"\bON\s+[\"`]?{table}[\"`]?\s*\(", f"ON {rows}(", sql, count=1, flags=re.I)
        )
    create_view(conn, table, rest)


def create_view(conn: sqlite3.Connection, table: str, columns: list[str]) -> None:
    """The view `table` over `<table>_rows` (article_id, then `columns`), and the
    triggers that write through it."""
    rows = rows_table(table)
    quoted = [f'"{c}"' for c in columns]
    number = "(SELECT seq FROM article_analyses WHERE article_id = {}.article_id)"
    conn.execute(
        f"CREATE VIEW {table} (article_id, {', '.join(quoted)}) AS "
        f"SELECT x.article_id, {', '.join(f'r.{q}' for q in quoted)} "
        f"FROM {rows} r JOIN article_analyses x ON x.seq = r.analysis"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {table} BEGIN "
        "INSERT OR IGNORE INTO article_analyses (article_id) VALUES (new.article_id); "
        f"INSERT INTO {rows} (analysis, {', '.join(quoted)}) VALUES "
        f"({number.format('new')}, {', '.join(f'new.{q}' for q in quoted)}); END"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_delete INSTEAD OF DELETE ON {table} BEGIN "
        f"DELETE FROM {rows} WHERE analysis = {number.format('old')} AND idx = old.idx; END"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_update INSTEAD OF UPDATE ON {table} BEGIN "
        "INSERT OR IGNORE INTO article_analyses (article_id) VALUES (new.article_id); "
        f"UPDATE {rows} SET analysis = {number.format('new')}, "
        f"{', '.join(f'{q} = new.{q}' for q in quoted)} "
        f"WHERE analysis = {number.format('old')} AND idx = old.idx; END"
    )
