"""API tokens: shown once, kept only as a digest, replaced on demand."""

from __future__ import annotations

from pathlib import Path

from storyline.store.sql_tokens import SqlTokens, token_digest
from storyline.store.sqlite import SQLiteStore


def test_issue_check_and_replace(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with SQLiteStore(path) as store:
        tokens = SqlTokens(store)
        assert not tokens.any()
        first = tokens.issue()
        assert tokens.any() and tokens.valid(first)
        assert (
            not tokens.valid(first + "x") and not tokens.valid("") and not tokens.valid("a" * 600)
        )
        second = tokens.issue(replace=True)
        assert tokens.valid(second) and not tokens.valid(first)
        stored = store.conn.execute("SELECT hash FROM api_tokens").fetchall()
    assert stored == [(token_digest(second),)]
    # the token itself is nowhere in the database file
    assert second.encode() not in path.read_bytes()
    assert len(second) >= 40
