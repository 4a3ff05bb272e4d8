"""PostgreSQL's `article_search` (migration 1201) holds each article's search vector in line,
copied by a trigger: after every kind of write it must hold exactly `articles`' vectors and
whether each article is an original, so that search over it finds and ranks what a search
over `articles` would."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from window_articles import window_article

from storyline.store.postgres import PostgresStore


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    yield store
    store.close()


def _copied(store: PostgresStore) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT rowid, original, search_vector::text FROM article_search ORDER BY rowid"
    ).fetchall()


def _source(store: PostgresStore) -> list[tuple[object, ...]]:
    return store.conn.execute(
        "SELECT rowid, duplicate_of IS NULL, search_vector::text FROM articles ORDER BY rowid"
    ).fetchall()


def test_the_table_follows_every_write_of_an_article(pg: PostgresStore) -> None:
    for n in range(6):
        pg.put_article(window_article(n, duplicates=True))  # w5 is a duplicate of w1
    assert _copied(pg) == _source(pg) and len(_copied(pg)) == 6
    assert [o for _, o, _ in _copied(pg)] == [True] * 5 + [False]

    again = dataclasses.replace(window_article(2), title="Kestrel Bay ferry", text="Gannets.")
    pg.put_article(again)  # written again: the row is updated in place
    pg.update_article(dataclasses.replace(window_article(3), text="A new version on Tarnholm."))
    pg.conn.execute("UPDATE articles SET duplicate_of = 'w0' WHERE id = 'w4'")
    assert _copied(pg) == _source(pg) and len(_copied(pg)) == 6
    assert [o for _, o, _ in _copied(pg)] == [True] * 4 + [False] * 2
    pg.conn.execute("DELETE FROM articles WHERE id = 'w5'")
    pg.conn.execute("DELETE FROM articles WHERE id = 'w1'")
    assert _copied(pg) == _source(pg) and len(_copied(pg)) == 4
    found = [h.article_id for w in ("gannets", "tarnholm", "ostrand") for h in pg.search(w)]
    assert found == ["w2", "w3", "w0", "w4"]


def test_a_vector_is_stored_in_line(pg: PostgresStore) -> None:
    """In `articles` a vector past about 2 kB goes out of line (TOAST); here it stays in
    the row up to about 8 kB (STORAGE MAIN), so ranking a candidate reads no more pages."""
    text = " ".join(f"word{n} tern{n} gull{n}" for n in range(120))  # a 4-5 kB vector
    pg.put_article(dataclasses.replace(window_article(0), text=text))
    size, storage = pg.conn.execute(
        "SELECT pg_column_size(s.search_vector), a.attstorage FROM article_search s, "
        "pg_attribute a WHERE a.attrelid = 'article_search'::regclass "
        "AND a.attname = 'search_vector'"
    ).fetchone()
    assert size > 2500 and storage == "m"
    toasted = pg.conn.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_class t ON t.oid = c.reltoastrelid "
        "WHERE c.relname = 'article_search'"
    ).fetchone()[0]
    if toasted:  # the table has a TOAST table: nothing of this row went into it
        name = pg.conn.execute(
            "SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = 'article_search'"
        ).fetchone()[0]
        assert pg.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] == 0
