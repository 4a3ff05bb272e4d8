"""API tokens of one database, kept as SHA-256 digests only (migration 0400; SQL of both backends).

A token is a random 256-bit secret, so a plain digest is enough to check it and
useless to anyone who reads the database: the token itself is shown once, when it
is made, and never stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from storyline.store.sql import SqlBackend

__all__ = ["SqlTokens", "token_digest"]


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class SqlTokens:
    def __init__(self, store: SqlBackend) -> None:
        self.store = store

    def any(self) -> bool:
        return self.store.conn.execute("SELECT 1 FROM api_tokens LIMIT 1").fetchone() is not None

    def issue(self, *, replace: bool = False) -> str:
        """A new token (returned once); `replace` revokes every earlier one in the same step."""
        token = secrets.token_urlsafe(32)
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.store.transaction() as conn:
            if replace:
                conn.execute("DELETE FROM api_tokens")
            conn.execute(
                "INSERT INTO api_tokens (hash, created_at) VALUES (?, ?)",
                (token_digest(token), stamp),
            )
        return token

    def valid(self, token: str) -> bool:
        if not token or len(token) > 512:
            return False
        row = self.store.conn.execute(
            "SELECT 1 FROM api_tokens WHERE hash = ?", (token_digest(token),)
        ).fetchone()
        return row is not None
