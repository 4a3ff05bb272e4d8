"""The `?`-parameter surface over psycopg: placeholders, escaping, transactions, loss."""

from __future__ import annotations

import pytest

from storyline.store.pg_connection import DatabaseUnavailable, pg_sql
from storyline.store.postgres import PostgresStore


def test_placeholders_become_psycopg_ones_outside_quotes_only() -> None:
    assert pg_sql("SELECT a FROM t WHERE b = ? AND c = ?") == (
        "SELECT a FROM t WHERE b = %s AND c = %s"
    )
    assert pg_sql("SELECT '?', \"odd?name\" FROM t WHERE x = ?") == (
        "SELECT '?', \"odd?name\" FROM t WHERE x = %s"
    )
    assert pg_sql("SELECT 'it''s ?' WHERE y LIKE '50%' AND z = ?") == (
        "SELECT 'it''s ?' WHERE y LIKE '50%%' AND z = %s"
    )
    assert pg_sql("SELECT 10 % 3") == "SELECT 10 %% 3"


def test_a_literal_percent_and_question_mark_reach_the_server_unchanged(pg_url: str) -> None:
    with PostgresStore(pg_url) as store:
        row = store.conn.execute("SELECT '50% ?', ?, 7 % 4", ("x?",)).fetchone()
        assert row == ("50% ?", "x?", 3)


def test_transaction_is_all_or_nothing_and_nests(pg_url: str) -> None:
    with PostgresStore(pg_url) as store:
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("INSERT INTO feeds (url) VALUES (?)", ("https://a/feed",))
            with store.transaction():  # joins the outer one
                conn.execute("INSERT INTO feeds (url) VALUES (?)", ("https://b/feed",))
            raise RuntimeError("boom")
        assert store.conn.execute("SELECT count(*) FROM feeds").fetchone() == (0,)
        assert not store.conn.in_transaction


def test_a_closed_pool_is_a_storage_error_naming_the_server(pg_url: str) -> None:
    store = PostgresStore(pg_url, connect_timeout=1.0)
    store.close()
    with pytest.raises(DatabaseUnavailable, match="went away or cannot be reached") as caught:
        store.count_articles()
    assert "postgresql://" in str(caught.value) and caught.value.committed is False
