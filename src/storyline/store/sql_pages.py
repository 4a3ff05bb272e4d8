"""The page reads of `storyline.query.reads.PageReads` in SQL both backends accept.

Every read names its columns and runs through an index (migrations 0001, 0100 and
0400; PostgreSQL: migrations_pg): a listing pages by (published, rowid) instead of
OFFSET, a story's parts are joined through story_members, and counts group an index
range. Story ids passed in are resolved ones; the rows of stories merged into them
are included. The story lists and a story's parts are a mixin of their own
(`SqlStoryPages` in sql_story_pages.py), the columns read and the records made of a row
shared with it (sql_page_rows.py). Full-text search and three planner hints are each
backend's own (`SQLitePageReads` in sqlite_pages.py, `PostgresPageReads` in pg_pages.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from storyline.model import Flag, Quote
from storyline.query.reads import ArticleWhere, Cursor, FlagWhere, SearchRow
from storyline.query.records import ArticleRef, ArticleSummary, DayCount, OutletCount, VersionView
from storyline.store.sql import SqlBackend, SqlConnection
from storyline.store.sql_merged import merged_cte
from storyline.store.sql_page_cache import SqlPageCache
from storyline.store.sql_page_rows import (
    NOT_NEWS_MEMBER,
    QUOTE_COLUMNS,
    REF,
    SUMMARY,
    flag_of,
    quote_of,
    ref_of,
    summary_of,
)
from storyline.store.sql_span_rows import fill_spans
from storyline.store.sql_story_pages import SqlStoryPages

__all__ = [
    "EXCERPT",
    "EXCERPT_SEEK",
    "REF",
    "SqlPageReads",
    "article_filters",
    "ref_of",
    "summary_of",
]

EXCERPT = 300
"""Characters of text shown around a search match."""
EXCERPT_SEEK = 50_000
"""How far into a text the excerpt's word is looked for (else the excerpt opens the text)."""


def _next_day(day: str) -> str:
    """The day after `day` (YYYY-MM-DD): the exclusive end of an inclusive range."""
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()


def article_filters(
    conn: SqlConnection,
    where: ArticleWhere,
    outlet_match: str = "a.outlet = ?",
    dialect: str = "sqlite",
) -> tuple[str, list[str], list[object]]:
    """(CTE prefix, conditions on `a`, parameters) of a listing's filters; when a story is
    named the prefix defines `merged(id)` (`sql_merged.merged_cte`, which reads the
    story's merges on `conn`) and its parameters come first."""
    parts: list[str] = []
    params: list[object] = []
    prefix = ""
    if where.story_id is not None:
        prefix, first = merged_cte(conn, where.story_id, dialect)
        params.extend(first)
        parts.append(
            "a.id IN (SELECT article_id FROM story_members "
            "WHERE story_id IN (SELECT id FROM merged) AND flags NOT LIKE ?)"
        )
        params.append(NOT_NEWS_MEMBER)
    if where.outlet is not None:
        parts.append(outlet_match)
        params.append(where.outlet)
    if where.since is not None:
        parts.append("a.published >= ?")
        params.append(where.since[:10])
    if where.until is not None:
        parts.append("a.published < ?")
        params.append(_next_day(where.until))
    return prefix, parts, params


class SqlPageReads(SqlStoryPages, SqlPageCache):
    """`PageReads` over a SQL store (its connection, in the caller's thread), but search."""

    outlet_match = "a.outlet = ?"
    """How a listing compares outlets, ignoring case, with one parameter."""
    listing_table = "articles a"
    """The articles table of an unfiltered listing (SQLite names its covering index)."""
    # full-text search, in each backend's words: where matches come from (with `a`, the
    # articles; without them if it can: for counting, and for ranking unfiltered), the
    # condition taking the query as its one parameter, the matched row's number, a score
    # (higher is better), and two string functions
    match_source = "articles a"
    count_source = "articles a"
    match = ""
    match_rowid = "a.rowid"
    rank = ""
    find_in = "instr"
    larger = "max"

    def __init__(self, store: SqlBackend) -> None:
        self.conn = store.conn
        self.dialect = store.dialect

    # the latest days ---------------------------------------------------------
    def latest_day(self) -> str | None:
        row = self.conn.execute("SELECT max(published) FROM articles").fetchone()
        return str(row[0])[:10] if row and row[0] else None

    def day_counts(self, since: str) -> list[DayCount]:
        rows = self.conn.execute(
            "SELECT substr(published, 1, 10), count(*) FROM articles "
            "WHERE published >= ? GROUP BY 1 ORDER BY 1",
            (since,),
        )
        return [DayCount(str(d), int(n)) for d, n in rows]

    def outlet_counts(self, since: str, limit: int) -> list[OutletCount]:
        rows = self.conn.execute(
            "SELECT coalesce(outlet, '(unknown)'), count(*) FROM articles "
            "WHERE published >= ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
            (since, limit),
        )
        return [OutletCount(str(o), int(n)) for o, n in rows]

    # articles ------------------------------------------------------------------
    def article_page(
        self, where: ArticleWhere, after: Cursor | None, limit: int
    ) -> list[tuple[ArticleSummary, Cursor]]:
        prefix, parts, params = article_filters(self.conn, where, self.outlet_match, self.dialect)
        dated_only = where.since is not None or where.until is not None
        plain = where.outlet is None and where.story_id is None
        table = self.listing_table if plain else "articles a"
        base = f"{prefix}SELECT {SUMMARY} FROM {table} "
        base += "LEFT JOIN story_members sm ON sm.article_id = a.id WHERE "
        found: list[tuple[ArticleSummary, Cursor]] = []
        if after is None or after[0] is not None:
            dated = ["a.published IS NOT NULL", *parts]
            dated_params = list(params)
            if after is not None:
                dated.append("(a.published, a.rowid) < (?, ?)")
                dated_params += [after[0], after[1]]
            sql = base + " AND ".join(dated)
            sql += " ORDER BY a.published DESC, a.rowid DESC LIMIT ?"
            found += [summary_of(r) for r in self.conn.execute(sql, (*dated_params, limit))]
        if len(found) < limit and not dated_only:
            undated = ["a.published IS NULL", *parts]
            undated_params = list(params)
            if after is not None and after[0] is None:
                undated.append("a.rowid < ?")
                undated_params.append(after[1])
            sql = base + " AND ".join(undated) + " ORDER BY a.rowid DESC LIMIT ?"
            rows = self.conn.execute(sql, (*undated_params, limit - len(found)))
            found += [summary_of(r) for r in rows]
        return found

    def search(
        self,
        words: str,
        where: ArticleWhere,
        limit: int,
        candidates: int,
        near: str,
        count_cap: int | None = None,
    ) -> tuple[list[SearchRow], int, bool]:
        """Count the matches (up to `count_cap` + 1); rank only the `candidates` most
        recently stored ones (so a common word costs the same in a large store as in a
        small one); the best `limit`, each with an excerpt around the first `near` in the
        opening of its text."""
        matches = self._count_matches(words, count_cap)
        prefix, parts, params = article_filters(self.conn, where, self.outlet_match, self.dialect)
        row = self.match_rowid
        # the article rows only when a filter reads them: joined, every candidate's row is
        # read (a page each, text and all; SQLite, "Hosni Mubarak": 51 -> 14 ms ranked, warm)
        source = self.match_source if parts else self.count_source
        base = f"{prefix}SELECT {row}{{}} FROM {source} WHERE " + " AND ".join([self.match, *parts])
        args = (*params[:1], words, *params[1:]) if prefix else (words, *params)
        cutoff = self.conn.execute(
            base.format("") + f" ORDER BY {row} DESC LIMIT 1 OFFSET ?",
            (*args, candidates - 1),
        ).fetchone()
        ranked_sql = base.format(f", {self.rank}")
        ranked_args: tuple[object, ...] = args
        if cutoff is not None:
            ranked_sql += f" AND {row} >= ?"
            ranked_args = (*args, cutoff[0])
        ranked = self.conn.execute(ranked_sql + " ORDER BY 2 DESC LIMIT ?", (*ranked_args, limit))
        scores = {int(rowid): float(score) for rowid, score in ranked}
        return self._search_rows(scores, near), matches, cutoff is not None

    def _count_matches(self, words: str, cap: int | None = None) -> int:
        """How many articles match the words, before any filter; with a `cap`, at most
        `cap` + 1, so that "more than `cap`" can be told from `cap`: the count of every
        match reads each match (on PostgreSQL its heap page), a cost that grows with the
        store (session 35: 50 / 76 ms p50 / p95 at 300k), the bounded one does not."""
        matching = f"FROM {self.count_source} WHERE {self.match}"
        if cap is None:
            row = self.conn.execute(f"SELECT count(*) {matching}", (words,)).fetchone()
        else:
            sql = f"SELECT count(*) FROM (SELECT 1 {matching} LIMIT ?) m"
            row = self.conn.execute(sql, (words, cap + 1)).fetchone()
        return int(row[0])

    def _search_rows(self, scores: dict[int, float], near: str) -> list[SearchRow]:
        """The hits (rowid: score, best first) as rows, in that order, each with an excerpt
        around the first `near`: the word found by a plain string search in the opening of
        the text (a full-text snippet function tokenizes the whole text, 50 ms for a
        600 kB one)."""
        if not scores:
            return []
        marks = ",".join("?" * len(scores))
        at = f"{self.find_in}(lower(substr(a.text, 1, {EXCERPT_SEEK})), ?) - {EXCERPT // 3}"
        rows = self.conn.execute(
            f"SELECT rowid, id, title, outlet, published, substr(text, p, {EXCERPT}), p - 1, "
            f"length(text) FROM (SELECT a.rowid AS rowid, {REF}, a.text AS text, "
            f"{self.larger}(1, {at}) AS p FROM articles a WHERE a.rowid IN ({marks})) s",
            (near.lower(), *scores),
        ).fetchall()
        place = {rowid: i for i, rowid in enumerate(scores)}
        rows.sort(key=lambda r: place[int(r[0])])
        return [
            SearchRow(ref_of(r[1:5]), str(r[5] or ""), int(r[6]), int(r[7]), scores[int(r[0])])
            for r in rows
        ]

    def article_ref(self, article_id: str) -> ArticleRef | None:
        row = self.conn.execute(
            f"SELECT {REF} FROM articles a WHERE a.id = ?", (article_id,)
        ).fetchone()
        return ref_of(row) if row else None

    def article_versions(self, article_id: str) -> list[VersionView]:
        # (migration 0500) earlier versions, then the article row as the current one
        earlier = self.conn.execute(
            "SELECT version, seen_at, title, published, diff FROM article_versions "
            "WHERE article_id = ? ORDER BY version",
            (article_id,),
        ).fetchall()
        found = [
            VersionView(int(v), str(seen), t, p, False, str(d)) for v, seen, t, p, d in earlier
        ]
        row = self.conn.execute(
            "SELECT version, coalesce(updated_at, ingested_at), title, published FROM articles "
            "WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is not None:
            found.append(VersionView(int(row[0]), str(row[1]), row[2], row[3], True, ""))
        return found

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else None

    # speakers and entities -----------------------------------------------------
    def speaker_quotes(self, names: Sequence[str], limit: int) -> list[tuple[ArticleRef, Quote]]:
        marks = ",".join("?" * len(names))
        rows = self.conn.execute(
            f"SELECT {REF}, {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE (q.speaker_canonical IN ({marks}) OR "
            f"(q.speaker_canonical IS NULL AND q.speaker_text IN ({marks}))) "
            # what states nothing is no one's quote (Quote.stated), and is not counted
            # against the limit
            "AND (q.speaker_resolution IS NULL OR q.speaker_resolution <> 'unstated') "
            "ORDER BY a.published DESC, a.id, q.idx LIMIT ?",
            (*names, *names, limit),
        )
        return [(ref_of(r), quote_of(r[4:])) for r in fill_spans(self.conn, rows, 4)]

    def mention_days(self, names: Sequence[str]) -> list[DayCount]:
        marks = ",".join("?" * len(names))
        rows = self.conn.execute(
            "SELECT substr(a.published, 1, 10), count(*) FROM entity_mentions m "
            f"JOIN articles a ON a.id = m.article_id WHERE m.canonical IN ({marks}) "
            "AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1",
            tuple(names),
        )
        return [DayCount(str(d), int(n)) for d, n in rows]

    def mention_stories(self, names: Sequence[str], limit: int) -> list[tuple[str, int]]:
        marks = ",".join("?" * len(names))
        rows = self.conn.execute(
            "SELECT sm.story_id, count(DISTINCT m.article_id) FROM entity_mentions m "
            f"JOIN story_members sm ON sm.article_id = m.article_id WHERE m.canonical IN ({marks}) "
            "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
            (*names, limit),
        )
        return [(str(s), int(n)) for s, n in rows]

    # flags ---------------------------------------------------------------------
    def flags(self, where: FlagWhere, offset: int, limit: int) -> list[tuple[ArticleRef, Flag]]:
        parts: list[str] = []
        params: list[object] = []
        for column, value in (
            ("f.code", where.code),
            ("f.severity", where.severity),
            ("f.article_id", where.article_id),
        ):
            if value is not None:
                parts.append(f"{column} = ?")
                params.append(value)
        clause = ("WHERE " + " AND ".join(parts)) if parts else ""
        rows = self.conn.execute(
            f"SELECT {REF}, f.code, f.severity, f.message, f.evidence FROM flags f "
            f"JOIN articles a ON a.id = f.article_id {clause} "
            "ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [(ref_of(r), flag_of(r[4:])) for r in rows]
