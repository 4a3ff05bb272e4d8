"""The page reads over a PostgreSQL store: the shared SQL, and search over the tsvector.

Search keeps the SQLite contract: count every match, rank only the `candidates`
most recently stored ones (so a common word costs the same in a large store as in
a small one), return the best `limit` with an excerpt around the first `near` in
the opening of the text. Ranking is ts_rank (title 5:1 over body, length
normalised), not bm25: see storyline.store.postgres.
"""

from __future__ import annotations

from storyline.query.reads import ArticleWhere, SearchRow
from storyline.store.sql_pages import (
    EXCERPT,
    EXCERPT_SEEK,
    REF,
    SqlPageReads,
    article_filters,
    ref_of,
)

__all__ = ["PostgresPageReads"]

_RANK = "ts_rank('{0, 0, 0.2, 1.0}', a.search_vector, q, 1)"


class PostgresPageReads(SqlPageReads):
    """`PageReads` over a `PostgresStore`."""

    outlet_match = "lower(a.outlet) = lower(?)"

    def search(
        self, words: str, where: ArticleWhere, limit: int, candidates: int, near: str
    ) -> tuple[list[SearchRow], int, bool]:
        matches = int(
            self.conn.execute(
                "SELECT count(*) FROM articles a, websearch_to_tsquery('english', ?) q "
                "WHERE a.search_vector @@ q",
                (words,),
            ).fetchone()[0]
        )
        prefix, parts, params = article_filters(where, self.outlet_match)
        base = (
            f"{prefix}SELECT a.rowid{{}} FROM articles a, websearch_to_tsquery('english', ?) q "
            "WHERE " + " AND ".join(["a.search_vector @@ q", *parts])
        )
        args = (*params[:1], words, *params[1:]) if prefix else (words, *params)
        cutoff = self.conn.execute(
            base.format("") + " ORDER BY a.rowid DESC LIMIT 1 OFFSET ?",
            (*args, candidates - 1),
        ).fetchone()
        ranked_sql = base.format(f", {_RANK}")
        ranked_args: tuple[object, ...] = args
        if cutoff is not None:
            ranked_sql += " AND a.rowid >= ?"
            ranked_args = (*args, cutoff[0])
        ranked = self.conn.execute(
            ranked_sql + " ORDER BY 2 DESC, 1 DESC LIMIT ?", (*ranked_args, limit)
        )
        scores = {int(rowid): float(score) for rowid, score in ranked}
        if not scores:
            return [], matches, cutoff is not None
        marks = ",".join("?" * len(scores))
        rows = self.conn.execute(
            f"SELECT rowid, id, title, outlet, published, substr(text, p, {EXCERPT}), p - 1, "
            f"length(text) FROM (SELECT a.rowid AS rowid, {REF}, a.text AS text, "
            f"greatest(1, strpos(lower(substr(a.text, 1, {EXCERPT_SEEK})), ?) - {EXCERPT // 3}) "
            f"AS p FROM articles a WHERE a.rowid IN ({marks})) s",
            (near.lower(), *scores),
        ).fetchall()
        found = [
            SearchRow(ref_of(r[1:5]), str(r[5] or ""), int(r[6]), int(r[7]), scores[int(r[0])])
            for r in rows
        ]
        found.sort(key=lambda row: -row.score)
        return found, matches, cutoff is not None
