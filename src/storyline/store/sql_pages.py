"""The page reads of `storyline.query.reads.PageReads` in SQL both backends accept.

Every read names its columns and runs through an index (migrations 0001, 0100 and
0400; PostgreSQL: migrations_pg): a listing pages by (published, rowid) instead of
OFFSET, a story's parts are joined through story_members, and counts group an index
range. Story ids passed in are resolved ones; the rows of stories merged into them
are included. Full-text search and three planner hints are each backend's own
(`SQLitePageReads` in sqlite_pages.py, `PostgresPageReads` in pg_pages.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, Literal

from storyline.model import Article, Claim, Flag, Quote, Sentence, Span, Speaker, Timex
from storyline.query.reads import ArticleWhere, Cursor, FlagWhere, SearchRow
from storyline.query.records import (
    ArticleRef,
    ArticleSummary,
    DayCount,
    OutletCount,
    VersionView,
)
from storyline.store.sql import SqlBackend, SqlConnection
from storyline.store.sql_merged import merged_cte
from storyline.store.sql_page_cache import SqlPageCache
from storyline.store.sql_span_rows import fill_spans
from storyline.store.sqlite_rows import span_text

__all__ = [
    "EXCERPT",
    "EXCERPT_SEEK",
    "REF",
    "SqlPageReads",
    "article_filters",
    "ref_of",
    "summary_of",
]

REF = "a.id, a.title, a.outlet, a.published"
EXCERPT = 300
"""Characters of text shown around a search match."""
EXCERPT_SEEK = 50_000
"""How far into a text the excerpt's word is looked for (else the excerpt opens the text)."""
_SUMMARY = f"a.rowid, {REF}, a.published_source, a.duplicate_of, sm.story_id"
NOT_NEWS_MEMBER = '%"not_news"%'
"""A membership's flags (JSON) holding "not_news": a related page of the story (a gallery,
an index, a form; corpus/stories/assign.py), never one of its articles; a parameter, so
the LIKE pattern's % signs need no escaping in either backend."""


def ref_of(row: Sequence[Any]) -> ArticleRef:
    return ArticleRef(id=str(row[0]), title=row[1], outlet=row[2], published=row[3])


def summary_of(row: Sequence[Any]) -> tuple[ArticleSummary, Cursor]:
    summary = ArticleSummary(
        id=str(row[1]),
        title=row[2],
        outlet=row[3],
        published=row[4],
        published_source=str(row[5]),
        duplicate_of=row[6],
        story_id=row[7],
    )
    return summary, (row[4], int(row[0]))


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


def _quote(row: Sequence[Any]) -> Quote:
    """A Quote from (start, end, text, kind, cue, speaker text, start, end, canonical, named)."""
    speaker = None
    if row[5] is not None:
        speaker = Speaker(row[5], row[6], row[7], row[8], bool(row[9]))
    return Quote(int(row[0]), int(row[1]), str(row[2]), row[3], row[4], speaker)


_QUOTE_COLUMNS = (
    'q.start, q."end", q.text, q.kind, q.cue, q.speaker_text, q.speaker_start, '
    "q.speaker_end, q.speaker_canonical, q.speaker_named"
)
"""A quote's columns as stored: its text is '' when it is the article's slice (fill_spans)."""
_CLAIM_COLUMNS = (
    'c.start, c."end", c.text, c.value, c.qualifier, c.unit, c.category, c.subject, '
    "c.location, c.as_of, c.speaker"
)
"""A claim's columns as stored, as `_QUOTE_COLUMNS`."""


def _flag(row: Sequence[Any]) -> Flag:
    """A Flag from (code, severity, message, evidence JSON)."""
    evidence = tuple(Span(int(s), int(e), str(t)) for s, e, t in json.loads(row[3] or "[]"))
    return Flag(str(row[0]), row[1], str(row[2]), evidence)


class SqlPageReads(SqlPageCache):
    """`PageReads` over a SQL store (its connection, in the caller's thread), but search."""

    outlet_match = "a.outlet = ?"
    """How a listing compares outlets, ignoring case, with one parameter."""
    listing_table = "articles a"
    """The articles table of an unfiltered listing (SQLite names its covering index)."""
    recent_active = "merged_into IS NULL"
    """Active stories, in a query that must go through the end_date index."""
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

    # stories -----------------------------------------------------------------
    def stories_ending_since(self, since: str, limit: int) -> list[str]:
        rows = self.conn.execute(
            f"SELECT id FROM stories WHERE {self.recent_active} AND end_date >= ? "
            "AND count > 0 ORDER BY count DESC, end_date DESC, id LIMIT ?",
            (since, limit),
        )
        return [str(r[0]) for r in rows]

    def stories_by_size(self, offset: int, limit: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM stories WHERE merged_into IS NULL AND count > 0 "
            "ORDER BY count DESC, end_date, id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [str(r[0]) for r in rows]

    def count_stories(self) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM stories WHERE merged_into IS NULL AND count > 0"
        )
        return int(row.fetchone()[0])

    def story_volume(self, story_id: str) -> list[DayCount]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT substr(published, 1, 10), count(*) FROM story_members "
            "WHERE story_id IN (SELECT id FROM merged) AND published IS NOT NULL "
            "AND flags NOT LIKE ? GROUP BY 1 ORDER BY 1",
            (*ids, NOT_NEWS_MEMBER),
        )
        return [DayCount(str(d), int(n)) for d, n in rows]

    def story_version(self, story_id: str) -> str:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        # a re-analysed article gets new sentence rows, and new rows the highest rowids
        count, last, sentences = self.conn.execute(
            f"{merged}SELECT count(*), max(seq), (SELECT max(s.rowid) FROM sentences s "
            "WHERE s.article_id IN "
            "(SELECT article_id FROM story_members WHERE story_id IN (SELECT id FROM merged))) "
            "FROM story_members WHERE story_id IN (SELECT id FROM merged)",
            ids,
        ).fetchone()
        return f"{count}:{last}:{sentences}"

    def story_articles(self, story_id: str, limit: int) -> tuple[list[ArticleSummary], int]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        total = self.conn.execute(
            f"{merged}SELECT count(*) FROM story_members "
            "WHERE story_id IN (SELECT id FROM merged) AND flags NOT LIKE ?",
            (*ids, NOT_NEWS_MEMBER),
        ).fetchone()[0]
        return self._member_summaries(merged, ids, "NOT LIKE", limit), int(total)

    def story_related(self, story_id: str) -> list[ArticleSummary]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        return self._member_summaries(merged, ids, "LIKE", None)

    def _member_summaries(
        self,
        merged: str,
        ids: tuple[object, ...],
        flagged: Literal["LIKE", "NOT LIKE"],
        limit: int | None,
    ) -> list[ArticleSummary]:
        """A story's members in date order: its articles (`flagged` "NOT LIKE" the
        not-news flag) or its related pages ("LIKE"), one query shape for both."""
        tail, params = ("", ()) if limit is None else (" LIMIT ?", (limit,))
        rows = self.conn.execute(
            f"{merged}SELECT {_SUMMARY} FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id WHERE sm.story_id IN (SELECT id FROM merged) "
            f"AND sm.flags {flagged} ? ORDER BY a.published IS NULL, a.published, sm.seq{tail}",
            (*ids, NOT_NEWS_MEMBER, *params),
        ).fetchall()
        return [summary_of(r)[0] for r in rows]

    def story_timeline_articles(self, story_id: str) -> list[Article]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT a.id, a.text, a.title, a.url, a.outlet, a.published, "
            "a.published_source, a.content_hash, a.duplicate_of FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id WHERE sm.story_id IN (SELECT id FROM merged) "
            "AND sm.flags NOT LIKE ? ORDER BY a.published IS NULL, a.published, sm.seq",
            (*ids, NOT_NEWS_MEMBER),
        ).fetchall()
        sentences: dict[str, list[Sentence]] = {}
        for aid, start, end, date, source in self.conn.execute(
            f'{merged}SELECT s.article_id, s.start, s."end", s.date, s.date_source '
            "FROM story_members sm JOIN sentences s ON s.article_id = sm.article_id "
            "WHERE sm.story_id IN (SELECT id FROM merged) ORDER BY s.article_id, s.idx",
            ids,
        ):
            sentences.setdefault(aid, []).append(Sentence(start, end, date, source))
        timexes: dict[str, list[Timex]] = {}
        for aid, start, end, text, kind, value in self.conn.execute(
            f'{merged}SELECT t.article_id, t.start, t."end", t.text, t.type, t.value '
            "FROM story_members sm JOIN timexes t ON t.article_id = sm.article_id "
            "WHERE sm.story_id IN (SELECT id FROM merged) ORDER BY t.article_id, t.idx",
            ids,
        ):
            timexes.setdefault(aid, []).append(Timex(start, end, text, kind, value))
        return [
            Article(
                id=r[0],
                text=r[1],
                title=r[2],
                url=r[3],
                outlet=r[4],
                published=r[5],
                published_source=r[6],
                content_hash=r[7],
                duplicate_of=r[8],
                sentences=tuple(sentences.get(r[0], ())),
                timexes=tuple(
                    Timex(t.start, t.end, span_text(t.text, r[1], t.start, t.end), t.type, t.value)
                    for t in timexes.get(r[0], ())
                ),
                annotated=frozenset({"sentences", "time"}),
            )
            for r in rows
        ]

    def story_outlets(self, story_id: str) -> list[OutletCount]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT coalesce(a.outlet, '(unknown)'), count(*) FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id WHERE sm.story_id IN (SELECT id FROM merged) "
            "AND sm.flags NOT LIKE ? GROUP BY 1 ORDER BY 2 DESC, 1",
            (*ids, NOT_NEWS_MEMBER),
        )
        return [OutletCount(str(o), int(n)) for o, n in rows]

    def story_claims(self, story_id: str) -> list[tuple[ArticleRef, int, Claim]]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT {REF}, c.idx, {_CLAIM_COLUMNS} FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id JOIN claims c ON c.article_id = a.id "
            "WHERE sm.story_id IN (SELECT id FROM merged) ORDER BY a.published, a.id, c.idx",
            ids,
        )
        return [(ref_of(r), int(r[4]), Claim(*r[5:])) for r in fill_spans(self.conn, rows, 5)]

    def story_quotes(self, story_id: str) -> list[tuple[ArticleRef, Quote]]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT {REF}, {_QUOTE_COLUMNS} FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id JOIN quotes q ON q.article_id = a.id "
            "WHERE sm.story_id IN (SELECT id FROM merged) ORDER BY a.published, a.id, q.idx",
            ids,
        )
        return [(ref_of(r), _quote(r[4:])) for r in fill_spans(self.conn, rows, 4)]

    def story_flags(self, story_id: str) -> list[tuple[ArticleRef, Flag]]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT {REF}, f.code, f.severity, f.message, f.evidence "
            "FROM story_members sm JOIN articles a ON a.id = sm.article_id "
            "JOIN flags f ON f.article_id = a.id WHERE sm.story_id IN (SELECT id FROM merged) "
            "AND sm.flags NOT LIKE ? ORDER BY a.published, a.id, f.idx",
            (*ids, NOT_NEWS_MEMBER),
        )
        return [(ref_of(r), _flag(r[4:])) for r in rows]

    # articles ------------------------------------------------------------------
    def article_page(
        self, where: ArticleWhere, after: Cursor | None, limit: int
    ) -> list[tuple[ArticleSummary, Cursor]]:
        prefix, parts, params = article_filters(self.conn, where, self.outlet_match, self.dialect)
        dated_only = where.since is not None or where.until is not None
        plain = where.outlet is None and where.story_id is None
        table = self.listing_table if plain else "articles a"
        base = f"{prefix}SELECT {_SUMMARY} FROM {table} "
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
        self, words: str, where: ArticleWhere, limit: int, candidates: int, near: str
    ) -> tuple[list[SearchRow], int, bool]:
        """Count every match; rank only the `candidates` most recently stored ones (so a
        common word costs the same in a large store as in a small one); the best `limit`,
        each with an excerpt around the first `near` in the opening of its text."""
        matches = int(
            self.conn.execute(
                f"SELECT count(*) FROM {self.count_source} WHERE {self.match}", (words,)
            ).fetchone()[0]
        )
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
        if not scores:
            return [], matches, cutoff is not None
        # the excerpt's word found by a plain string search in the opening of the text:
        # a full-text snippet function tokenizes the whole text (50 ms for a 600 kB one)
        marks = ",".join("?" * len(scores))
        at = f"{self.find_in}(lower(substr(a.text, 1, {EXCERPT_SEEK})), ?) - {EXCERPT // 3}"
        rows = self.conn.execute(
            f"SELECT rowid, id, title, outlet, published, substr(text, p, {EXCERPT}), p - 1, "
            f"length(text) FROM (SELECT a.rowid AS rowid, {REF}, a.text AS text, "
            f"{self.larger}(1, {at}) AS p FROM articles a WHERE a.rowid IN ({marks})) s",
            (near.lower(), *scores),
        ).fetchall()
        found = [
            SearchRow(ref_of(r[1:5]), str(r[5] or ""), int(r[6]), int(r[7]), scores[int(r[0])])
            for r in rows
        ]
        found.sort(key=lambda row: -row.score)
        return found, matches, cutoff is not None

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
            f"SELECT {REF}, {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"WHERE q.speaker_canonical IN ({marks}) OR "
            f"(q.speaker_canonical IS NULL AND q.speaker_text IN ({marks})) "
            "ORDER BY a.published DESC, a.id, q.idx LIMIT ?",
            (*names, *names, limit),
        )
        return [(ref_of(r), _quote(r[4:])) for r in fill_spans(self.conn, rows, 4)]

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
        return [(ref_of(r), _flag(r[4:])) for r in rows]

    def story_member_ids(self, story_id: str) -> set[str]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT article_id FROM story_members "
            "WHERE story_id IN (SELECT id FROM merged)",
            ids,
        )
        return {str(r[0]) for r in rows}
