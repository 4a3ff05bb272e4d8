"""Span texts of page rows filled in Python from one read of each article's text.

A quote, claim or timex row keeps '' as its text when the text is the article's own
characters [start, end) (issue 19). Sliced in SQL (`sqlite_rows.span_sql`), PostgreSQL
reads the article's text for every row it slices: the text is stored compressed
(TOAST), so each row decompresses the whole article again. A story page's quotes, 1,581
rows of 29 articles of 12 kB, took 180-240 ms that way against 4 ms for the rows
alone. So the page reads fetch the rows as stored and the texts of their articles once
each, and slice here with `span_text`, the same rule as the SQL. (SQLite stores the text
uncompressed; the same code serves both.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from storyline.store.sql import SqlConnection
from storyline.store.sql_merged import MAX_LISTED
from storyline.store.sqlite_rows import span_text

__all__ = ["fill_spans"]


def fill_spans(conn: SqlConnection, rows: Iterable[Sequence[Any]], start: int) -> list[list[Any]]:
    """`rows` (the article's id in column 0, a span's start, end and stored text at
    `start`, `start` + 1 and `start` + 2) with every '' text replaced by its slice of
    the article's text; each article's text is read once, in lists of `MAX_LISTED` ids."""
    out = [list(r) for r in rows]
    wanted = sorted({str(r[0]) for r in out if r[start + 2] == ""})
    texts: dict[str, str] = {}
    for i in range(0, len(wanted), MAX_LISTED):
        chunk = wanted[i : i + MAX_LISTED]
        marks = ", ".join("?" * len(chunk))
        found = conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk)
        texts.update((str(aid), str(text)) for aid, text in found)
    for row in out:
        text = texts.get(str(row[0]))
        if row[start + 2] == "" and text is not None:
            row[start + 2] = span_text("", text, int(row[start]), int(row[start + 1]))
    return out
