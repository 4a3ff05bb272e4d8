"""The story reads of `storyline.query.reads.PageReads` in SQL both backends accept.

A story's parts (its articles and related pages, volume, outlets, timeline, claims,
quotes, flags) are read through story_members, with the rows of the stories merged into
it (`sql_merged.merged_cte`); the story lists page an index. A mixin of its own, apart
from the article, search, speaker and flag reads of `sql_pages.SqlPageReads` (which
inherits it), so that each module holds one kind of read; it needs only a connection and
its dialect.
"""

from __future__ import annotations

from typing import Literal

from storyline.model import Article, Claim, Flag, Quote, Sentence, Timex
from storyline.query.records import ArticleRef, ArticleSummary, DayCount, OutletCount
from storyline.store.sql import SqlConnection
from storyline.store.sql_merged import merged_cte
from storyline.store.sql_page_rows import (
    CLAIM_COLUMNS,
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
from storyline.store.sqlite_rows import span_text

__all__ = ["SqlStoryPages"]


class SqlStoryPages:
    """Story lists and a story's parts; mixed into `SqlPageReads`."""

    conn: SqlConnection
    dialect: str
    recent_active = "merged_into IS NULL"
    """Active stories, in a query that must go through the end_date index."""

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
            f"{merged}SELECT {SUMMARY} FROM story_members sm "
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
            f"{merged}SELECT {REF}, c.idx, {CLAIM_COLUMNS} FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id JOIN claims c ON c.article_id = a.id "
            "WHERE sm.story_id IN (SELECT id FROM merged) ORDER BY a.published, a.id, c.idx",
            ids,
        )
        return [(ref_of(r), int(r[4]), Claim(*r[5:])) for r in fill_spans(self.conn, rows, 5)]

    def story_quotes(self, story_id: str) -> list[tuple[ArticleRef, Quote]]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT {REF}, {QUOTE_COLUMNS} FROM story_members sm "
            "JOIN articles a ON a.id = sm.article_id JOIN quotes q ON q.article_id = a.id "
            "WHERE sm.story_id IN (SELECT id FROM merged) ORDER BY a.published, a.id, q.idx",
            ids,
        )
        return [(ref_of(r), quote_of(r[4:])) for r in fill_spans(self.conn, rows, 4)]

    def story_flags(self, story_id: str) -> list[tuple[ArticleRef, Flag]]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT {REF}, f.code, f.severity, f.message, f.evidence "
            "FROM story_members sm JOIN articles a ON a.id = sm.article_id "
            "JOIN flags f ON f.article_id = a.id WHERE sm.story_id IN (SELECT id FROM merged) "
            "AND sm.flags NOT LIKE ? ORDER BY a.published, a.id, f.idx",
            (*ids, NOT_NEWS_MEMBER),
        )
        return [(ref_of(r), flag_of(r[4:])) for r in rows]

    def story_member_ids(self, story_id: str) -> set[str]:
        merged, ids = merged_cte(self.conn, story_id, self.dialect)
        rows = self.conn.execute(
            f"{merged}SELECT article_id FROM story_members "
            "WHERE story_id IN (SELECT id FROM merged)",
            ids,
        )
        return {str(r[0]) for r in rows}
