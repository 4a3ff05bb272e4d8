"""PostgreSQL's search reads the tsvectors of the candidates that can still enter the best
only (`storyline.store.pg_rank`): the stored lengths, the bound on ts_rank they give,
and the answer, which must be the one of scoring every candidate.

The store: invented articles about a ferry town, of very different lengths (a few
words to a few thousand), the word in the title of some, in the body only of others,
once or many times, so that the bound is tight for some and loose for others."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence

import pytest

from storyline.model import Article
from storyline.store import ArticleFilter, pg_rank
from storyline.store.pg_connection import PgConnection
from storyline.store.postgres import PostgresStore

QUERIES = ["ferry", "harbour", "ferry harbour", "ferry or gull", '"harbour master"', "-ferry"]
_FILLER = "the tide came in over the grey slipway while gulls argued on the rail"


def _article(n: int, rng: random.Random) -> Article:
    words = rng.choices(_FILLER.split(), k=rng.choice([3, 12, 60, 400, 2500]))
    for word in ("ferry", "harbour master", "gull"):
        for _ in range(rng.choice([0, 0, 1, 1, 3, 20])):
            words.insert(rng.randrange(len(words) + 1), word)
    title = rng.choice(["Ferry to Maelholm", "Harbour news", "", "Tides", "The harbour ferry"])
    return Article(id=f"r{n}", title=title or None, text=" ".join(words), content_hash=f"h{n}")


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    rng = random.Random(7)
    for n in range(90):
        store.put_article(_article(n, rng))
    yield store
    store.close()


def _every_scored(store: PostgresStore, query: str) -> list[tuple[int, float]]:
    """Every match of the query scored, best first: what the search must agree with."""
    rows = store.conn.execute(
        f"SELECT a.rowid, {pg_rank.RANK} FROM articles a, websearch_to_tsquery('english', ?) q "
        "WHERE a.search_vector @@ q",
        (query,),
    ).fetchall()
    return sorted(((int(r), float(s)) for r, s in rows), key=lambda rs: (-rs[1], rs[0]))


def test_stored_length_is_the_one_ts_rank_divides_by(pg: PostgresStore) -> None:
    rows = pg.conn.execute(
        "SELECT l.length, ts_rank('{0, 0, 0.2, 1.0}', a.search_vector, q, 0), "
        f"{pg_rank.RANK} FROM articles a JOIN article_search_lengths l ON l.rowid = a.rowid, "
        "websearch_to_tsquery('english', 'ferry') q WHERE a.search_vector @@ q"
    ).fetchall()
    assert len(rows) > 20
    for length, raw, normalised in rows:
        assert normalised == pytest.approx(raw / math.log2(length + 1), rel=1e-5)


def test_bound_is_never_below_the_score(pg: PostgresStore) -> None:
    for query in QUERIES:
        rows = pg.conn.execute(
            f"SELECT {pg_rank.RANK}, numnode(q) > 1 OR to_tsvector('english', "
            "coalesce(a.title, '')) @@ q, l.length FROM articles a "
            "JOIN article_search_lengths l ON l.rowid = a.rowid, "
            "websearch_to_tsquery('english', ?) q WHERE a.search_vector @@ q",
            (query,),
        ).fetchall()
        assert rows, query
        for score, titled, length in rows:
            assert score <= pg_rank.bound(bool(titled), int(length)), query
    assert pg_rank.bound(False, None) == math.inf


def _counting_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> list[int]:
    """Patch `pg_rank._scores` to count the vectors it reads."""
    read: list[int] = []
    real = pg_rank._scores

    def counted(conn: PgConnection, query: str, rowids: Sequence[int]) -> list[tuple[int, float]]:
        read.append(len(rowids))
        return real(conn, query, rowids)

    monkeypatch.setattr(pg_rank, "_scores", counted)
    return read


@pytest.mark.parametrize("limit", [1, 3, 20, 200])
def test_search_answers_as_if_every_candidate_were_scored(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    read = _counting_scores(monkeypatch)
    for query in QUERIES:
        expected = _every_scored(pg, query)[:limit]
        hits = pg.search(query, ArticleFilter(limit=limit))
        ids = dict(pg.conn.execute("SELECT rowid, id FROM articles").fetchall())
        assert [h.article_id for h in hits] == [ids[r] for r, _ in expected], query
        assert [h.score for h in hits] == pytest.approx([s for _, s in expected]), query
    assert read and len(read) <= 2 * len(QUERIES)


def test_few_vectors_are_read_for_a_common_word(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "ferry" matches most articles; the best three are known after reading a few more."""
    read = _counting_scores(monkeypatch)
    matches = len(_every_scored(pg, "ferry"))
    pg.search("ferry", ArticleFilter(limit=3))
    assert matches > 40
    assert sum(read) < matches / 2


def test_an_article_without_a_stored_length_is_still_ranked(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lengths missing (a database written before migration 1200 finished, say): those
    candidates are always read, and the answer does not change."""
    pg.conn.execute("DELETE FROM article_search_lengths WHERE rowid % 3 = 0")
    for query in QUERIES:
        expected = _every_scored(pg, query)[:5]
        got = pg._newest_ranked(query, "", [], 5)[0]
        assert [r for r, _ in got] == [r for r, _ in expected], query


def test_lengths_follow_writes_updates_and_deletes(pg: PostgresStore) -> None:
    def length(aid: str) -> int | None:
        row = pg.conn.execute(
            "SELECT l.length FROM article_search_lengths l JOIN articles a ON a.rowid = l.rowid "
            "WHERE a.id = ?",
            (aid,),
        ).fetchone()
        return None if row is None else int(row[0])

    pg.put_article(Article(id="short", title="Gull", text="A gull.", content_hash="s1"))
    assert length("short") == 2  # "gull" in the title and in the body: two positions
    pg.update_article(
        Article(
            id="short", title="Gull", text="A gull on the ferry, then a gull.", content_hash="s2"
        )
    )
    assert length("short") == 4  # gull x3, ferri
    counted = pg.conn.execute("SELECT count(*) FROM article_search_lengths").fetchone()[0]
    assert counted == pg.count_articles()
    pg.conn.execute("DELETE FROM articles WHERE id = 'short'")
    assert length("short") is None
    assert pg.conn.execute("SELECT count(*) FROM article_search_lengths").fetchone()[0] == (
        counted - 1
    )
