"""The page reads over one SQLite store: the shared SQL, FTS5 search, SQLite's planner hints."""

from __future__ import annotations

import re
import sqlite3

from storyline.query.reads import ArticleWhere, SearchRow
from storyline.store.sql_pages import (
    EXCERPT,
    EXCERPT_SEEK,
    REF,
    SqlPageReads,
    article_filters,
    ref_of,
)

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

    def search(
        self, words: str, where: ArticleWhere, limit: int, candidates: int, near: str
    ) -> tuple[list[SearchRow], int, bool]:
        try:
            return self._search(words, where, limit, candidates, near)
        except sqlite3.OperationalError:  # FTS5 syntax the user did not mean: plain words
            return self._search(_literal_query(words), where, limit, candidates, near)

    def _search(
        self, words: str, where: ArticleWhere, limit: int, candidates: int, near: str
    ) -> tuple[list[SearchRow], int, bool]:
        matches = int(
            self.conn.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (words,)
            ).fetchone()[0]
        )
        prefix, parts, params = article_filters(where, self.outlet_match)
        base = (
            f"{prefix}SELECT articles_fts.rowid{{}} FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE " + " AND ".join(["articles_fts MATCH ?", *parts])
        )
        args = (*params[:1], words, *params[1:]) if prefix else (words, *params)
        # rank only the `candidates` most recently stored matches: bm25 over every match
        # of a common word grows with the store, over a fixed number of them it does not
        cutoff = self.conn.execute(
            base.format("") + " ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
            (*args, candidates - 1),
        ).fetchone()
        ranked_sql = base.format(", bm25(articles_fts, 5.0, 1.0)")
        ranked_args: tuple[object, ...] = args
        if cutoff is not None:
            ranked_sql += " AND articles_fts.rowid >= ?"
            ranked_args = (*args, cutoff[0])
        ranked = self.conn.execute(ranked_sql + " ORDER BY 2 LIMIT ?", (*ranked_args, limit))
        scores = {int(rowid): -float(score) for rowid, score in ranked}
        if not scores:
            return [], matches, cutoff is not None
        # an excerpt around the first `near` in the opening of each result, found by
        # instr(): FTS5's snippet() tokenizes the whole text, 50 ms for a 600 kB transcript
        marks = ",".join("?" * len(scores))
        rows = self.conn.execute(
            f"SELECT rowid, id, title, outlet, published, substr(text, p, {EXCERPT}), p - 1, "
            f"length(text) FROM (SELECT a.rowid AS rowid, {REF}, a.text AS text, "
            f"max(1, instr(lower(substr(a.text, 1, {EXCERPT_SEEK})), ?) - {EXCERPT // 3}) AS p "
            f"FROM articles a WHERE a.rowid IN ({marks}))",
            (near.lower(), *scores),
        ).fetchall()
        found = [
            SearchRow(ref_of(r[1:5]), str(r[5] or ""), int(r[6]), int(r[7]), scores[int(r[0])])
            for r in rows
        ]
        found.sort(key=lambda row: -row.score)
        return found, matches, cutoff is not None
