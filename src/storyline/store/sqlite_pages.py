"""The page reads over one SQLite store: the shared SQL, FTS5 search, SQLite's planner hints."""

from __future__ import annotations

import re
import sqlite3

from storyline.query.reads import ArticleWhere, SearchRow
from storyline.store.sql import SqlConnection
from storyline.store.sql_merged import merged_cte
from storyline.store.sql_pages import SqlPageReads

__all__ = ["SQLitePageReads"]


def _literal_query(words: str) -> str:
    """Any text as an FTS5 query of quoted words, so it never fails to parse."""
    return " ".join(f'"{w}"' for w in re.findall(r"\w+", words)) or '""'


class SQLitePageReads(SqlPageReads):
    """`PageReads` over a `SQLiteStore`: bm25 search over FTS5."""

    outlet_match = "a.outlet = ? COLLATE NOCASE"
    # all articles, or a date range: the covering index (SQLite would take the narrower
    # one on published alone, then read each row, text and all, for duplicate_of)
    listing_table = "articles a INDEXED BY articles_listing"
    # "+merged_into": through the end_date index (few recent stories), not through the
    # size index (every story, in size order, until enough recent ones turn up)
    recent_active = "+merged_into IS NULL"
    match_source = "articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
    count_source = "articles_fts"
    match = "articles_fts MATCH ?"
    match_rowid = "articles_fts.rowid"
    rank = "-bm25(articles_fts, 5.0, 1.0)"

    def search(
        self,
        words: str,
        where: ArticleWhere,
        limit: int,
        candidates: int,
        near: str,
        count_cap: int | None = None,
    ) -> tuple[list[SearchRow], int, bool]:
        try:
            return super().search(words, where, limit, candidates, near, count_cap)
        except sqlite3.OperationalError:  # FTS5 syntax the user did not mean: plain words
            literal = _literal_query(words)
            return super().search(literal, where, limit, candidates, near, count_cap)

    def story_version(self, story_id: str) -> str:
        """Members, the last membership change and the latest analysis of a member.

        Since 0603 `sentences` has no rowid; the analysis an article's annotations were
        last written by is its number in `article_analyses` (a new one each write). A
        store before 0603 (opened by code whose migrations stop earlier) has no such
        table and keeps the shared version, from the highest sentence rowid.
        """
        if not _has_table(self.conn, "article_analyses"):
            return super().story_version(story_id)
        merged, ids = merged_cte(self.conn, story_id)
        count, last, analysis = self.conn.execute(
            f"{merged}SELECT count(*), max(seq), (SELECT max(x.seq) FROM article_analyses x "
            "WHERE x.article_id IN "
            "(SELECT article_id FROM story_members WHERE story_id IN (SELECT id FROM merged))) "
            "FROM story_members WHERE story_id IN (SELECT id FROM merged)",
            ids,
        ).fetchone()
        return f"{count}:{last}:a{analysis}"


def _has_table(conn: SqlConnection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None
