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

Columns holding one of a few words the code itself writes (a sentence's date
source, an entity's label, a timex's type, a quote's kind and how its speaker was
found, a claim's qualifier, category, change and certainty) keep that word's number
in a fixed list (`CODED`: 0 and 1 take no byte at all, the rest one) instead of the
word (4-12 bytes), in each of thousands of rows an article set. The view gives the
word back; a word not in the list is kept as it is. The lists are fixed here for
good: a number once written always means the same word. A date written YYYY-MM-DD
(a sentence's date, a timex's value, a claim's as-of date: `DATES`) is kept as the
number YYYYMMDD, 4 bytes instead of 10, and read back as the same text. Numbers only
ever stand for these: any other value is stored as text, as the TEXT column did.

The move runs in steps, one table each (`steps`; store/migrate.py says why: disk):
each its own transaction, so the WAL holds one table's rows at most, not all five
(a 30 GB store's single transaction had an 11.4 GB WAL and growing). A table
already a view is done and skipped, so an upgrade interrupted between tables
goes on where it stopped at the next open.

A later migration that alters one of these tables must alter `<table>_rows` and
build the view and its triggers again (`key_table` of this module does both; for
entity_mentions, whose canonical names 1002 keeps by number, 1002's `create_view`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from functools import partial

__all__ = [
    "CODED",
    "DATES",
    "KEYED_TABLES",
    "create_view",
    "key_table",
    "migrate",
    "rows_table",
    "steps",
]

KEYED_TABLES = ("sentences", "entity_mentions", "timexes", "quotes", "claims")

CODED: dict[str, dict[str, tuple[str, ...]]] = {
    "sentences": {"date_source": ("timex", "published", "none")},
    # the OntoNotes labels of spaCy's English models, in their documented order
    "entity_mentions": {
        "label": (
            "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
            "LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
            "CARDINAL",
        )
    },
    "timexes": {"type": ("DATE", "TIME", "DURATION", "SET")},
    "quotes": {
        "kind": ("direct", "indirect"),
        "speaker_resolution": (
            "name", "pronoun", "relative", "role", "continuation", "description", "unresolved",
        ),
    },
    "claims": {
        "qualifier": ("exact", "more_than", "less_than", "about", "at_least", "up_to"),
        "category": (
            "other", "money", "percent", "killed", "injured", "missing", "rescued",
            "evacuated", "displaced", "arrested", "hostages", "aided", "cases",
        ),
        "change": ("total", "event", "increment", "part", "projection", "rate"),
        "certainty": ("confirmed", "suspected"),
    },
}  # fmt: skip
"""Per table, per column, the words stored as their position in the tuple (never reorder)."""

DATES: dict[str, tuple[str, ...]] = {
    "sentences": ("date",),
    "timexes": ("value",),
    "claims": ("as_of",),
}
"""Per table, the columns where a date written YYYY-MM-DD is stored as the number YYYYMMDD."""

_DAY = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def rows_table(table: str) -> str:
    """The name of the table holding a keyed view's rows."""
    return f"{table}_rows"


def migrate(conn: sqlite3.Connection) -> None:
    """Every table in one go (as `steps`, in the caller's transaction)."""
    for _label, step in steps(conn):
        step(conn)


def steps(conn: sqlite3.Connection) -> list[tuple[str, Callable[[sqlite3.Connection], None]]]:
    """One step a table, each idempotent (`key_table` leaves a view as it is)."""
    return [(table, partial(key_table, table=table)) for table in KEYED_TABLES]


def _kind(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("SELECT type FROM sqlite_schema WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else None


def _literal(word: str) -> str:
    return "'" + word.replace("'", "''") + "'"


def _as_text(value: str) -> str:
    """What a TEXT column made of a value: numbers became their text."""
    number = f"typeof({value}) IN ('integer', 'real')"
    return f"CASE WHEN {number} THEN CAST({value} AS TEXT) ELSE {value} END"


def _encode(words: tuple[str, ...], value: str) -> str:
    """SQL giving a word's number, or the value as a TEXT column would have kept it."""
    cases = " ".join(f"WHEN {_literal(w)} THEN {n}" for n, w in enumerate(words))
    return f"CASE {value} {cases} ELSE {_as_text(value)} END"


def _decode(words: tuple[str, ...], value: str) -> str:
    """SQL giving back the word of a stored number (anything else as stored)."""
    cases = " ".join(f"WHEN {n} THEN {_literal(w)}" for n, w in enumerate(words))
    return (
        f"CASE WHEN typeof({value}) = 'integer' THEN CASE {value} {cases} ELSE {value} END "
        f"ELSE {value} END"
    )


def _encode_day(value: str) -> str:
    """SQL storing a YYYY-MM-DD text as the number YYYYMMDD (4 bytes, not 10)."""
    day = (
        f"CAST(substr({value}, 1, 4) || substr({value}, 6, 2) || substr({value}, 9, 2) AS INTEGER)"
    )
    return (
        f"CASE WHEN typeof({value}) = 'text' AND {value} GLOB '{_DAY}' THEN {day} "
        f"ELSE {_as_text(value)} END"
    )


def _decode_day(value: str) -> str:
    """SQL giving back the YYYY-MM-DD text of a stored number (anything else as stored)."""
    return (
        f"CASE WHEN typeof({value}) = 'integer' THEN printf('%04d-%02d-%02d', "
        f"{value} / 10000, {value} / 100 % 100, {value} % 100) ELSE {value} END"
    )


def key_table(conn: sqlite3.Connection, table: str) -> None:
    """Move `table`'s rows into `<table>_rows` keyed by (analysis, idx), the words of
    its CODED columns as numbers, and make `table` a view of them with its triggers.
    A table that is already a view stays as it is.

    Raises sqlite3.DatabaseError when a row cannot be moved (an article id with no
    article): the migration's transaction is then rolled back, nothing is lost."""
    if _kind(conn, table) != "table":
        return
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    names = [str(c[1]) for c in info]
    if names[:2] != ["article_id", "idx"]:
        raise sqlite3.DatabaseError(f"unexpected columns of {table}: {names[:4]}")
    coded = {*CODED.get(table, {}), *DATES.get(table, ())}
    columns: list[tuple[str, str | None]] = []  # (name, default when NOT NULL has one)
    definitions = []
    for _cid, name, kind, notnull, default, _pk in info[1:]:
        # a coded column has no type: its numbers stay numbers, its other values text
        column = f'"{name}"' if name in coded else f'"{name}" {kind}'
        if notnull:
            column += " NOT NULL"
        if default is not None:
            column += f" DEFAULT {default}"
        definitions.append(column)
        columns.append((str(name), str(default) if notnull and default is not None else None))
    indexes = [
        str(sql)
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (table,),
        )
    ]
    rows = rows_table(table)
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
        f"INSERT INTO {rows} (analysis, {', '.join(f'{_q(c)}' for c, _ in columns)}) "
        f"SELECT x.seq, {', '.join(_stored(table, c, f't.{_q(c)}') for c, _ in columns)} "
        f"FROM {table} t JOIN article_analyses x ON x.article_id = t.article_id "
        "ORDER BY x.seq, t.idx"
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
    create_view(conn, table, columns)


def _q(name: str) -> str:
    return f'"{name}"'


def _stored(table: str, column: str, value: str) -> str:
    """SQL of what `<table>_rows` keeps of a column's value."""
    words = CODED.get(table, {}).get(column)
    if words:
        return _encode(words, value)
    return _encode_day(value) if column in DATES.get(table, ()) else value


def _shown(table: str, column: str, value: str) -> str:
    """SQL of what the view shows of a column `<table>_rows` keeps (`_stored` undone)."""
    words = CODED.get(table, {}).get(column)
    if words:
        return _decode(words, value)
    return _decode_day(value) if column in DATES.get(table, ()) else value


def create_view(
    conn: sqlite3.Connection, table: str, columns: list[tuple[str, str | None]]
) -> None:
    """The view `table` over `<table>_rows` (article_id, then `columns`: each name and
    the default a write leaving it out gets), and the triggers that write through it."""
    rows = rows_table(table)
    number = "(SELECT seq FROM article_analyses WHERE article_id = {}.article_id)"
    shown = [_shown(table, c, f"r.{_q(c)}") for c, _ in columns]

    def new(column: str, default: str | None) -> str:
        value = f"new.{_q(column)}"
        if default is not None:  # a view has no defaults: the table's, as before
            value = f"coalesce({value}, {default})"
        return _stored(table, column, value)

    names = ", ".join(_q(c) for c, _ in columns)
    conn.execute(
        f"CREATE VIEW {table} (article_id, {names}) AS "
        f"SELECT x.article_id, {', '.join(shown)} "
        f"FROM {rows} r JOIN article_analyses x ON x.seq = r.analysis"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_insert INSTEAD OF INSERT ON {table} BEGIN "
        "INSERT OR IGNORE INTO article_analyses (article_id) VALUES (new.article_id); "
        f"INSERT INTO {rows} (analysis, {names}) VALUES "
        f"({number.format('new')}, {', '.join(new(c, d) for c, d in columns)}); END"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_delete INSTEAD OF DELETE ON {table} BEGIN "
        f"DELETE FROM {rows} WHERE analysis = {number.format('old')} AND idx = old.idx; END"
    )
    conn.execute(
        f"CREATE TRIGGER {table}_update INSTEAD OF UPDATE ON {table} BEGIN "
        "INSERT OR IGNORE INTO article_analyses (article_id) VALUES (new.article_id); "
        f"UPDATE {rows} SET analysis = {number.format('new')}, "
        f"{', '.join(f'{_q(c)} = {new(c, d)}' for c, d in columns)} "
        f"WHERE analysis = {number.format('old')} AND idx = old.idx; END"
    )
