"""PostgreSQL finds annotation rows by their article through a plain, deduplicated index
(migration 0700), not a unique (article_id, idx) key: a fraction of its size.

Asserted: the five large annotation tables have no primary key and an index on
article_id (flags keeps its key); an article's rows still come back in their order
after being rewritten; and on rows shaped like an analysed article's (forty mentions
an article) the article_id index takes under half the pages a unique (article_id,
idx) index over the same rows takes. Sizes, not timings.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyline.model import Article, EntityMention, Sentence
from storyline.store.postgres import PostgresStore

ANNOTATIONS = ("sentences", "entity_mentions", "timexes", "quotes", "claims")


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    yield store
    store.close()


def _article(aid: str, mentions: int) -> Article:
    text = " ".join(f"Name{i} spoke." for i in range(mentions))
    return Article(
        id=aid,
        text=text,
        content_hash=f"h-{aid}",
        sentences=tuple(Sentence(13 * i, 13 * i + 12, None, "none") for i in range(mentions)),
        entities=tuple(
            EntityMention(13 * i, 13 * i + 5, f"Name{i}", "PERSON", f"Name{i}")
            for i in range(mentions)
        ),
    )


def test_annotation_tables_have_an_article_index_and_no_key(pg: PostgresStore) -> None:
    for table in ANNOTATIONS:
        keys = pg.conn.execute(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = CAST(? AS regclass) "
            "AND contype = 'p'",
            (table,),
        ).fetchone()
        assert keys[0] == 0, table
        (indexdef,) = pg.conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = ? AND indexname = ?",
            (table, f"{table}_article"),
        ).fetchone()
        assert indexdef.endswith("(article_id)") and "UNIQUE" not in indexdef
    flags_key = pg.conn.execute(
        "SELECT count(*) FROM pg_constraint WHERE conrelid = 'flags'::regclass AND contype = 'p'"
    ).fetchone()
    assert flags_key[0] == 1


def test_rewritten_rows_read_back_in_their_order(pg: PostgresStore) -> None:
    first = _article("a1", 12)
    pg.put_article(first)
    pg.put_article(_article("a2", 3))
    again = Article(
        id="a1",
        text=first.text,
        content_hash="h-a1",
        sentences=first.sentences[::-1][:5][::-1],
        entities=first.entities[7:],
    )
    pg.put_article(again)  # an update: the rows are deleted and written again
    (read,) = pg.get_articles(["a1"])
    assert read.sentences == again.sentences
    assert read.entities == again.entities
    assert [m.text for m in read.entities] == [f"Name{i}" for i in range(7, 12)]


def test_the_article_index_is_a_fraction_of_a_unique_key(pg: PostgresStore) -> None:
    for n in range(150):
        pg.put_article(_article(f"article-{n:04d}", 40))
    pg.conn.execute("CREATE UNIQUE INDEX mentions_key ON entity_mentions(article_id, idx)")
    plain, keyed = pg.conn.execute(
        "SELECT pg_relation_size('entity_mentions_article'), pg_relation_size('mentions_key')"
    ).fetchone()
    assert plain * 2 < keyed, (plain, keyed)
