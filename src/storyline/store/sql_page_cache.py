"""The page cache of `PageReads` in SQL both backends accept.

Apart from the page reads because it is the one part that writes, and the one
`storyline warm` leans on: a check asks whether a row exists at a version without
reading its payload (tens of kB for a large story's parts, in overflow pages).
"""

from __future__ import annotations

import datetime as dt
import logging

from storyline.store.sql import SqlConnection

__all__ = ["SqlPageCache"]

log = logging.getLogger("storyline.store")


class SqlPageCache:
    """Cached page parts by key, each valid for one version (story version and code digest)."""

    conn: SqlConnection

    def cached(self, key: str, version: str) -> str | None:
        row = self.conn.execute(
            "SELECT payload FROM page_cache WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return str(row[0]) if row else None

    def has_cached(self, key: str, version: str) -> bool:
        # the primary key's index finds the row; only its version is compared, the
        # payload (tens of kB for a large story's parts, in overflow pages) is not read
        row = self.conn.execute(
            "SELECT 1 FROM page_cache WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return row is not None

    def store_cached(self, key: str, version: str, payload: str) -> None:
        """Best effort: a database opened read-only still serves pages, only uncached."""
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            self.conn.execute(
                "INSERT INTO page_cache (key, version, payload, built_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET version = excluded.version, "
                "payload = excluded.payload, built_at = excluded.built_at",
                (key, version, payload, stamp),
            )
        except Exception as exc:
            log.warning("page cache not written for %s: %s", key, exc)
