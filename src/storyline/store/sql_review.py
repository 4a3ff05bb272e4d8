"""Cached story reviews in a SQL store: the `ReviewStore` of storyline.corpus.flags.

Tables come from migrations/0201_story_review.sql (PostgreSQL: migrations_pg/); the
SQL is what SQLite and PostgreSQL both accept (see storyline.store.sql). The payloads
are JSON strings this module never reads inside.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence

from storyline.corpus.flags.storage import ArticleHead, GroupRow
from storyline.model import Flag, Span
from storyline.store.sql import SqlBackend

log = logging.getLogger(__name__)

__all__ = ["SqlReviewStore"]

_CHUNK = 500


class SqlReviewStore:
    """`ReviewStore` over a SQL store (its connection and transactions)."""

    def __init__(self, store: SqlBackend) -> None:
        self.store = store
        self.conn = store.conn

    def review_state(self, story_id: str) -> tuple[str, str] | None:
        row = self.conn.execute(
            "SELECT version, state FROM review_stories WHERE story_id = ?", (story_id,)
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def review_members(self, story_id: str) -> set[str]:
        rows = self.conn.execute(
            "SELECT article_id FROM review_members WHERE story_id = ?", (story_id,)
        )
        return {str(r[0]) for r in rows}

    def review_group_names(self, story_id: str) -> dict[str, str]:
        rows = self.conn.execute(
            "SELECT key, names FROM review_groups WHERE story_id = ?", (story_id,)
        )
        return {str(k): str(n) for k, n in rows}

    def review_groups(
        self, story_id: str, keys: Collection[str] | None = None, *, items: bool = True
    ) -> list[GroupRow]:
        column = "items" if items else "''"
        sql = f"SELECT key, names, {column}, outcome FROM review_groups WHERE story_id = ?"
        if keys is None:
            rows = self.conn.execute(sql + " ORDER BY key", (story_id,)).fetchall()
        else:
            wanted = sorted(keys)
            rows = []
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows += self.conn.execute(
                    f"{sql} AND key IN ({marks}) ORDER BY key", (story_id, *chunk)
                ).fetchall()
        return [GroupRow(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    def save_review(
        self,
        story_id: str,
        *,
        version: str,
        state: str,
        members: Collection[str],
        groups: Mapping[str, GroupRow],
        replace: bool,
    ) -> None:
        """Best effort: on a database opened read-only, or locked by another writer past the
        busy timeout (a server answering several first views at once), the review is
        answered, not cached."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self.store.transaction() as conn:
                if replace:
                    self._drop(story_id)
                conn.execute(
                    "INSERT INTO review_stories (story_id, version, state, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(story_id) DO UPDATE SET "
                    "version = excluded.version, state = excluded.state, "
                    "updated_at = excluded.updated_at",
                    (story_id, version, state, now),
                )
                conn.executemany(
                    "INSERT INTO review_members (story_id, article_id) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
                    [(story_id, a) for a in members],
                )
                conn.executemany(
                    "INSERT INTO review_groups (story_id, key, names, items, outcome) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id, key) DO UPDATE SET "
                    "names = excluded.names, items = excluded.items, outcome = excluded.outcome",
                    [(story_id, g.key, g.names, g.items, g.outcome) for g in groups.values()],
                )
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc) and "locked" not in str(exc):
                raise
            log.warning("story review of %s not cached: %s", story_id, exc)

    def _drop(self, story_id: str) -> None:
        for table in ("review_groups", "review_members", "review_stories"):
            self.conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))

    def drop_review(self, story_id: str) -> None:
        with self.store.transaction():
            self._drop(story_id)

    def article_heads(self, article_ids: Sequence[str] | None = None) -> Iterator[ArticleHead]:
        sql = "SELECT id, outlet, title, published, duplicate_of FROM articles"
        if article_ids is None:
            ids = [
                str(r[0])
                for r in self.conn.execute(
                    "SELECT id FROM articles ORDER BY published IS NULL, published, rowid"
                )
            ]
        else:
            ids = list(article_ids)
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            heads = {str(r[0]): r for r in self.conn.execute(f"{sql} WHERE id IN ({marks})", chunk)}
            flags: dict[str, list[Flag]] = {}
            for aid, code, severity, message, evidence in self.conn.execute(
                "SELECT article_id, code, severity, message, evidence FROM flags "
                f"WHERE article_id IN ({marks}) ORDER BY article_id, idx",
                chunk,
            ):
                spans = tuple(Span(*e) for e in json.loads(evidence))
                flags.setdefault(str(aid), []).append(Flag(code, severity, message, spans))
            for aid in chunk:
                row = heads.get(aid)
                if row is not None:
                    yield ArticleHead(
                        aid, row[1], row[2], row[3], row[4], tuple(flags.get(aid, ()))
                    )
