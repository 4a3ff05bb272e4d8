"""Issue 19, a smaller database: per-article annotation tables clustered on their key.

Each large annotation table (entity mentions, timexes, quotes, claims) becomes a
WITHOUT ROWID table on its primary key (article_id, idx). A rowid table kept every
key twice, once in the table and once in the automatic index of its primary key;
now the table is that index, and an article's annotations lie together in order
(one range read per article). Columns, names and meaning are unchanged, so every
query keeps working. `sentences` stays a rowid table: the web pages read the
highest sentence rowid of a story as a version of its analysis; so does `flags`
(a few rows an article), whose rowid orders the store's flag list newest first.

The table is rebuilt from its definition as it stands (read from sqlite_schema),
so columns and indexes that earlier migrations added come along. The indexes on
sentences(date) and timexes(value) are dropped: no query uses them (a story's
sentences and timexes are read by article).

It runs in steps, one table each, then the dropped indexes (`steps`; store/migrate.py
says why: a store's WAL then holds one rebuilt table at most, not all four). A table
already clustered is skipped, so an interrupted upgrade goes on where it stopped.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import partial

__all__ = ["CLUSTERED_TABLES", "DROPPED_INDEXES", "cluster_table", "migrate", "steps"]

CLUSTERED_TABLES = ("entity_mentions", "timexes", "quotes", "claims")
DROPPED_INDEXES = ("sentences_date", "timexes_value")


def migrate(conn: sqlite3.Connection) -> None:
    """Every step in one go (in the caller's transaction)."""
    for _label, step in steps(conn):
        step(conn)


def steps(conn: sqlite3.Connection) -> list[tuple[str, Callable[[sqlite3.Connection], None]]]:
    """One step a table, then one dropping DROPPED_INDEXES; each finds its work done."""
    tables = [(table, partial(cluster_table, table=table)) for table in CLUSTERED_TABLES]
    return [*tables, ("dropped indexes", _drop_indexes)]


def _drop_indexes(conn: sqlite3.Connection) -> None:
    for index in DROPPED_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {index}")


def cluster_table(conn: sqlite3.Connection, table: str) -> None:
    """Rebuild `table` as a WITHOUT ROWID table on its primary key, with its indexes
    (those in DROPPED_INDEXES left out); a table already clustered, or absent, stays."""
    row = conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    if row is None:
        return
    definition = str(row[0]).rstrip().rstrip(";")
    if re.search(r"WITHOUT\s+ROWID\s*$", definition, re.IGNORECASE):
        return
    indexes = [
        str(sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (table,),
        )
        if name not in DROPPED_INDEXES
    ]
    staging = f"{table}_clustered"
    head = re.match(r"CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?[\"`]?\w+[\"`]?", definition, re.I)
    if head is None:
        raise sqlite3.DatabaseError(f"unexpected definition of table {table}: {definition[:80]}")
    conn.execute(f"CREATE TABLE {staging}{definition[head.end() :]} WITHOUT ROWID")
    conn.execute(f"INSERT INTO {staging} SELECT * FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {staging} RENAME TO {table}")
    for sql in indexes:
        conn.execute(sql)
