"""Issue 19, a smaller database: `sentences` clustered on (article_id, idx) too.

0600 left `sentences` a rowid table because the web pages read the highest sentence
rowid of a story as the version of its analysis (a re-analysed article got new
sentence rows, and new rows the highest rowids). That version now comes from
`article_analyses`: one row per article, given a new, never reused number
(AUTOINCREMENT) each time the article's annotations are written
(SQLiteStore._write_annotations; SQLitePageReads.story_version reads it). With the
version elsewhere, `sentences` becomes a WITHOUT ROWID table like the other
annotation tables: its key is no longer stored twice (table and primary-key index),
the largest single saving left among the annotation tables.

Existing articles get their analysis numbers in the order of their highest sentence
rowid, so the order of analyses seen so far is kept. PostgreSQL keeps its sentences
as they are (sql_pages.story_version reads its sentence rowid; a table there is a
heap with its own index either way).

It runs in two steps (`steps`; store/migrate.py says why: disk), the numbers then
the rebuilt table, each skipped when found done, so an interrupted upgrade goes on
where it stopped.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable

__all__ = ["migrate", "steps"]


def migrate(conn: sqlite3.Connection) -> None:
    """Both steps in one go (in the caller's transaction)."""
    for _label, step in steps(conn):
        step(conn)


def steps(conn: sqlite3.Connection) -> list[tuple[str, Callable[[sqlite3.Connection], None]]]:
    return [("article_analyses", _number_analyses), ("sentences", _cluster_sentences)]


def _number_analyses(conn: sqlite3.Connection) -> None:
    """Give every article its analysis number (skipped when the table is there: the
    step creating it also filled it, in one transaction)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'article_analyses'"
    ).fetchone()
    if row is not None:
        return
    conn.execute(
        "CREATE TABLE article_analyses (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )
    conn.execute(
        "INSERT INTO article_analyses (article_id) SELECT a.id FROM articles a "
        "LEFT JOIN (SELECT article_id, max(rowid) AS last FROM sentences GROUP BY article_id) s "
        "ON s.article_id = a.id ORDER BY s.last IS NOT NULL, s.last, a.rowid"
    )


def _cluster_sentences(conn: sqlite3.Connection) -> None:
    """Rebuild sentences WITHOUT ROWID (0600's cluster_table: a clustered one stays)."""
    clustered = importlib.import_module("storyline.store.migrations.0600_compact_annotations")
    clustered.cluster_table(conn, "sentences")
