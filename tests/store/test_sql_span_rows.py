"""Span texts of page rows are sliced in Python from one read of each article's text
(sql_span_rows.fill_spans), by the rule the SQL slice used; PostgreSQL no longer
decompresses an article's text once per quote. Timings are never asserted."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.model import Article, Quote
from storyline.store.postgres import PostgresStore
from storyline.store.sql import SqlConnection
from storyline.store.sql_span_rows import fill_spans
from storyline.store.sqlite import SQLiteStore

TEXT = 'The mayor said "the river will crest tonight" and "roads close at six".'


def _article(aid: str) -> Article:
    first = TEXT.index("the river")
    second = TEXT.index("roads")
    return Article(
        id=aid,
        text=TEXT,
        content_hash=f"h-{aid}",
        quotes=(
            Quote(first, first + 28, "the river will crest tonight", "direct"),
            Quote(second, second + 17, "roads close at six", "direct"),  # end one short: kept whole
        ),
    )


class _Counting:
    def __init__(self, conn: SqlConnection) -> None:
        self.conn = conn
        self.statements: list[str] = []

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any:
        self.statements.append(sql)
        return self.conn.execute(sql, parameters)


def test_fill_spans_slices_empty_texts_and_keeps_the_rest(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        store.put_article(_article("a1"))
        rows = [
            ("a1", 16, 44, "", "x"),
            ("a1", 16, 44, "kept as written", "y"),
            ("a1", 10, 5, "", "z"),  # no valid range: stays ''
            ("gone", 0, 3, "", "w"),  # no such article: stays ''
        ]
        counting = _Counting(store.conn)
        filled = fill_spans(counting, rows, 1)  # type: ignore[arg-type]
        assert filled == [
            ["a1", 16, 44, "the river will crest tonight", "x"],
            ["a1", 16, 44, "kept as written", "y"],
            ["a1", 10, 5, "", "z"],
            ["gone", 0, 3, "", "w"],
        ]
        assert len(counting.statements) == 1  # both articles' texts in one read
        assert fill_spans(counting, [("a1", 0, 3, "The", "v")], 1) == [["a1", 0, 3, "The", "v"]]
        assert len(counting.statements) == 1  # nothing to slice: nothing read


def test_story_and_speaker_quotes_read_each_text_once_on_postgres(pg_url: str) -> None:
    with PostgresStore(pg_url) as pg:
        for aid in ("a1", "a2"):
            pg.put_article(_article(aid))
        stored = [r[0] for r in pg.conn.execute("SELECT text FROM quotes ORDER BY article_id, idx")]
        assert stored == ["", "roads close at six", "", "roads close at six"]
        reads = pg.page_reads()
        counting = _Counting(pg.conn)
        reads.conn = counting  # type: ignore[attr-defined]
        pg.conn.execute("UPDATE quotes SET speaker_text = 'mayor'")
        found = reads.speaker_quotes(["mayor"], 10)
        assert [q.text for _, q in found] == [
            "the river will crest tonight",
            "roads close at six",
        ] * 2
        quote_sql, texts = counting.statements
        assert "substr" not in quote_sql and texts.startswith("SELECT id, text FROM articles")
