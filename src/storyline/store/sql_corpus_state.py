"""Corpus-wide state, entities and feeds in SQL both backends accept.

The version counters in `corpus_state` (entity mentions, entities, embedding model), the
entity table built from the mentions, and the feed poll state are each one small table
read and written whole, unlike the per-article rows `SqlArticleStore` keeps; they are a
mixin of their own so that the article store stays about articles. Needs only a
connection, a transaction and the backend's case-insensitive comparison.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from storyline.model import Entity, FeedState
from storyline.store.sql import SqlConnection
from storyline.store.sqlite_rows import entity_from_row

__all__ = ["SqlCorpusState"]


class SqlCorpusState:
    """Corpus counters, entities and feeds; mixed into `SqlArticleStore`."""

    conn: SqlConnection

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _nocase(self, column: str) -> str:
        """SQL comparing `column` with one `?` parameter, ignoring case."""
        raise NotImplementedError

    # corpus-level ----------------------------------------------------------
    def _version(self, name: str) -> int:
        row = self.conn.execute("SELECT value FROM corpus_state WHERE name = ?", (name,)).fetchone()
        return int(row[0]) if row else 0

    def mentions_version(self) -> int:
        return self._version("entity_mentions")

    def embedding_model(self) -> int:
        return self._version("embedding_model")

    def set_embedding_model(self, code: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO corpus_state (name, value) VALUES ('embedding_model', ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (code,),
            )

    def has_embeddings(self) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE embedding IS NOT NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def entities_stale(self) -> bool:
        return self._version("entities") != self.mentions_version()

    def replace_entities(self, entities: Sequence[Entity], *, version: int | None = None) -> None:
        with self.transaction() as conn:
            built_from = self.mentions_version() if version is None else version
            conn.execute(
                "INSERT INTO corpus_state (name, value) VALUES ('entities', ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (built_from,),
            )
            conn.execute("DELETE FROM entity_aliases")
            conn.execute("DELETE FROM entities")
            conn.executemany(
                "INSERT INTO entities (id, name, type, aliases, roles, mentions, alias_evidence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.id,
                        e.name,
                        e.type,
                        json.dumps(e.aliases),
                        json.dumps(e.roles),
                        e.mentions,
                        json.dumps(e.alias_evidence),
                    )
                    for e in entities
                ],
            )
            conn.executemany(
                "INSERT INTO entity_aliases (alias, entity_id) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING",
                # In order, name first: the table keeps one spelling per alias case-blind,
                # and a set's order changes from run to run ('Cheney' or 'CHENEY').
                [(alias, e.id) for e in entities for alias in dict.fromkeys((e.name, *e.aliases))],
            )

    def list_entities(self, *, type: str | None = None, limit: int | None = None) -> list[Entity]:
        sql = "SELECT id, name, type, aliases, roles, mentions, alias_evidence FROM entities"
        params: list[object] = []
        if type:
            sql += " WHERE type = ?"
            params.append(type)
        sql += " ORDER BY mentions DESC, name"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [entity_from_row(r) for r in self.conn.execute(sql, params)]

    def find_entity(self, name: str) -> Entity | None:
        row = self.conn.execute(
            "SELECT e.id, e.name, e.type, e.aliases, e.roles, e.mentions, e.alias_evidence "
            "FROM entity_aliases x "
            f"JOIN entities e ON e.id = x.entity_id WHERE {self._nocase('x.alias')} "
            "ORDER BY e.mentions DESC LIMIT 1",
            (name.strip(),),
        ).fetchone()
        return entity_from_row(row) if row else None

    # feeds -----------------------------------------------------------------
    def get_feed(self, url: str) -> FeedState | None:
        row = self.conn.execute(
            "SELECT url, etag, last_modified, last_checked, failures, next_due, last_error "
            "FROM feeds WHERE url = ?",
            (url,),
        ).fetchone()
        return FeedState(*row) if row else None

    def put_feed(self, feed: FeedState) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO feeds (url, etag, last_modified, last_checked, failures, next_due, "
                "last_error) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                "etag=excluded.etag, last_modified=excluded.last_modified, "
                "last_checked=excluded.last_checked, failures=excluded.failures, "
                "next_due=excluded.next_due, last_error=excluded.last_error",
                (
                    feed.url,
                    feed.etag,
                    feed.last_modified,
                    feed.last_checked,
                    feed.failures,
                    feed.next_due,
                    feed.last_error,
                ),
            )
