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
"""

from __future__ import annotations

import importlib
import sqlite3

__all__ = ["migrate"]


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE article_analyses (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE)"
    )
    conn.execute(
        "INSERT INTO article_analyses (article_id) SELECT a.id FROM articles a "
        "LEFT JOIN (SELECT article_id, max(rowid) AS last FROM sentences GROUP BY article_id) s "
        "ON s.article_id = a.id ORDER BY s.last IS NOT NULL, s.last, a.rowid"
    )
    clustered = importlib.import_module("storyline.store.migrations.0600_compact_annotations")
    clustered.cluster_table(conn, "sentences")
