"""Stories in a SQL store (SQLite or PostgreSQL): the `StoryRepository` of corpus.stories.

Tables come from migrations/0100_stories.sql, 0101_story_names.sql and
0102_story_threads.sql (which thread belongs to which story); on PostgreSQL from
migrations_pg/. The SQL is what both accept (see storyline.store.sql). Story vectors
are stored as float32 sums (BLOB) so adding an article is one row update; term, name
and entity profiles are small JSON maps, bounded by the assigner. The ANN index over
centroids lives in a file next to the database (`index_path`) and is only a cache of these rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import numpy as np

from storyline.corpus.stories.records import (
    Membership,
    MergeRecord,
    StoryState,
    ThreadLink,
    Vector,
)
from storyline.corpus.stories.repository import follow_links
from storyline.store.sql import SqlBackend
from storyline.store.sql_merged import merged_cte

__all__ = ["SqlStoryRepository", "index_path"]

_STORY_COLUMNS = (
    "id, key, vector_sum, count, start_date, end_date, terms, entities, outlets, title, "
    "central_id, central_score, merged_into, names"
)
_MEMBER_COLUMNS = "article_id, story_id, seq, score, published, title, outlet, content_hash, flags"


_THREADS_HELD = {
    # two recursive terms, each joined through its own index
    "sqlite": "WITH RECURSIVE held(id) AS (SELECT id FROM stories WHERE id = ? UNION "
    "SELECT thread FROM story_threads JOIN held ON story_threads.story = held.id UNION "
    "SELECT source FROM story_merges JOIN held ON story_merges.target = held.id) ",
    # PostgreSQL allows one recursive term: both edges in one (SQLite would rescan them
    # whole at every step of the recursion if written so)
    "postgresql": "WITH RECURSIVE held(id) AS (SELECT id FROM stories WHERE id = ? UNION "
    "SELECT e.child FROM (SELECT thread AS child, story AS parent FROM story_threads "
    "UNION ALL SELECT source, target FROM story_merges) e JOIN held ON e.parent = held.id) ",
}
"""What a story holds (its threads, and what was merged into them), per SQL dialect."""


_NONZERO_VECTOR = {
    "sqlite": "vector_sum != zeroblob(length(vector_sum))",
    "postgresql": "vector_sum <> decode(repeat('00', length(vector_sum)), 'hex')",
}
"""A story's vector sum with a byte that is not zero: it has a centroid (`iter_centroids`
skips the rest, whose norm is 0)."""


def _compact(value: object) -> str:
    """JSON without the blanks after `,` and `:` (issue 19, a smaller database): a story's
    term, name and entity maps are its largest columns, and the blanks were two bytes of
    every entry; `json.loads` reads both forms alike."""
    return json.dumps(value, separators=(",", ":"))


_DROP_MAPS = "UPDATE stories SET terms = '{}', entities = '{}', outlets = '{}', names = '{}' "
"""A merged story's term, entity, outlet and name maps emptied (issue 19, a smaller
database): the merge added them into the target, and every reader resolves a merged id to
its target first (assignment, consolidation, threads, story pages and exports skip or
resolve merged stories; no merge is ever undone: a re-clustering writes a reused story's
state whole). They were about half of the stories table. Its id, title, dates, count and
vector stay, so old ids still resolve and the row reads as before."""


def index_path(db_path: str | Path) -> Path:
    """Where the story index of a database lives: <db>.stories.usearch."""
    path = Path(db_path)
    return path.with_name(path.name + ".stories.usearch")


def _story(row: tuple[object, ...]) -> StoryState:
    blob = row[2]
    assert isinstance(blob, bytes | memoryview)
    return StoryState(
        id=str(row[0]),
        key=int(str(row[1])),
        vector_sum=np.frombuffer(blob, dtype=np.float32).copy(),
        count=int(str(row[3])),
        start=str(row[4]) if row[4] else None,
        end=str(row[5]) if row[5] else None,
        terms=json.loads(str(row[6])),
        entities=json.loads(str(row[7])),
        outlets=json.loads(str(row[8])),
        title=str(row[9]),
        central_id=str(row[10]) if row[10] else None,
        central_score=float(str(row[11])),
        merged_into=str(row[12]) if row[12] else None,
        names=json.loads(str(row[13])),
    )


def _member(row: tuple[object, ...]) -> Membership:
    return Membership(
        article_id=str(row[0]),
        story_id=str(row[1]),
        seq=int(str(row[2])),
        score=float(str(row[3])) if row[3] is not None else None,
        published=str(row[4]) if row[4] else None,
        title=str(row[5]) if row[5] is not None else None,
        outlet=str(row[6]) if row[6] is not None else None,
        content_hash=str(row[7] or ""),
        flags=tuple(json.loads(str(row[8]))),
    )


class SqlStoryRepository:
    """`StoryRepository` over a SQL store (its connection and transactions)."""

    def __init__(self, store: SqlBackend) -> None:
        self.store = store
        self.conn = store.conn
        self._depth = 0

    @property
    def index_path(self) -> Path | None:
        """The store's cache file of the story index (None: the index lives in memory)."""
        return self.store.story_index_path()

    @contextmanager
    def _atomic(self) -> Iterator[object]:
        if self._depth:
            self._depth += 1
            try:
                yield None
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.store.transaction():
                yield None
        finally:
            self._depth = 0

    def atomic(self) -> AbstractContextManager[object]:
        return self._atomic()

    def _bump(self, name: str, by: int = 1) -> int:
        with self._atomic():
            self.conn.execute(
                "UPDATE story_counters SET value = value + ? WHERE name = ?", (by, name)
            )
            row = self.conn.execute(
                "SELECT value FROM story_counters WHERE name = ?", (name,)
            ).fetchone()
        return int(row[0])

    def next_key(self) -> int:
        return self._bump("key")

    def next_seq(self) -> int:
        return self._bump("seq")

    def _story_values(self, s: StoryState) -> tuple[object, ...]:
        return (
            np.asarray(s.vector_sum, dtype=np.float32).tobytes(),
            s.count,
            s.start,
            s.end,
            _compact(s.terms),
            _compact(s.entities),
            _compact(s.outlets),
            s.title,
            s.central_id,
            s.central_score,
            s.merged_into,
            _compact(s.names),
        )

    def add_story(self, story: StoryState) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._atomic():
            self.conn.execute(
                f"INSERT INTO stories ({_STORY_COLUMNS}, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (story.id, story.key, *self._story_values(story), now),
            )

    def update_story(self, story: StoryState) -> None:
        with self._atomic():
            self.conn.execute(
                "UPDATE stories SET vector_sum=?, count=?, start_date=?, end_date=?, terms=?, "
                "entities=?, outlets=?, title=?, central_id=?, central_score=?, merged_into=?, "
                "names=? WHERE id=?",
                (*self._story_values(story), story.id),
            )

    def get_story(self, story_id: str) -> StoryState | None:
        row = self.conn.execute(
            f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        return _story(row) if row else None

    def get_story_by_key(self, key: int) -> StoryState | None:
        row = self.conn.execute(
            f"SELECT {_STORY_COLUMNS} FROM stories WHERE key = ?", (key,)
        ).fetchone()
        return _story(row) if row else None

    def get_stories_by_keys(self, keys: Sequence[int]) -> dict[int, StoryState]:
        wanted = sorted(set(keys))
        found: dict[int, StoryState] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {_STORY_COLUMNS} FROM stories WHERE key IN ({marks})", chunk
            ):
                story = _story(row)
                found[story.key] = story
        return found

    def active_stories(self) -> Iterator[StoryState]:
        cursor = self.conn.execute(
            f"SELECT {_STORY_COLUMNS} FROM stories WHERE merged_into IS NULL ORDER BY key"
        )
        for row in cursor:
            yield _story(row)

    def iter_centroids(self) -> Iterator[tuple[int, str | None, str | None, Vector]]:
        """Only the columns an index rebuild needs: no JSON parsing, one vector at a time."""
        cursor = self.store.stream(
            "SELECT key, start_date, end_date, vector_sum FROM stories WHERE merged_into IS NULL"
        )
        for key, start, end, blob in cursor:
            vector = np.frombuffer(blob, dtype=np.float32)
            norm = float(np.linalg.norm(vector))
            if norm > 0.0:
                yield int(key), start, end, (vector / norm).astype(np.float32)

    def count_active(self) -> int:
        row = self.conn.execute("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL").fetchone()
        return int(row[0])

    def count_indexed(self) -> int:
        """Counted in SQL, no vector read: an index check at every open stays one query."""
        nonzero = _NONZERO_VECTOR[self.store.dialect]
        row = self.conn.execute(
            f"SELECT COUNT(*) FROM stories WHERE merged_into IS NULL AND {nonzero}"
        ).fetchone()
        return int(row[0])

    def add_member(self, member: Membership) -> None:
        with self._atomic():
            self.conn.execute(
                f"INSERT INTO story_members ({_MEMBER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    member.article_id,
                    member.story_id,
                    member.seq,
                    member.score,
                    member.published,
                    member.title,
                    member.outlet,
                    member.content_hash,
                    json.dumps(list(member.flags)),
                ),
            )

    def membership(self, article_id: str) -> Membership | None:
        row = self.conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM story_members WHERE article_id = ?", (article_id,)
        ).fetchone()
        return _member(row) if row else None

    def members(self, story_id: str) -> list[Membership]:
        merged, ids = merged_cte(self.conn, story_id, self.store.dialect)  # why: sql_merged
        rows = self.conn.execute(
            f"{merged}SELECT {_MEMBER_COLUMNS} FROM story_members "
            "WHERE story_id IN (SELECT id FROM merged) ORDER BY seq",
            ids,
        ).fetchall()
        return [_member(r) for r in rows]

    def article_with_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT article_id FROM story_members WHERE content_hash = ? ORDER BY seq LIMIT 1",
            (content_hash,),
        ).fetchone()
        return str(row[0]) if row else None

    def record_merge(self, merge: MergeRecord) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._atomic():
            self.conn.execute(
                "INSERT INTO story_merges (source, target, score, seq, merged_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (merge.source, merge.target, merge.score, merge.seq, now),
            )
            self.conn.execute(
                "UPDATE stories SET merged_into = ? WHERE id = ?", (merge.target, merge.source)
            )
            self.conn.execute(f"{_DROP_MAPS}WHERE id = ?", (merge.source,))

    def merges(self) -> list[MergeRecord]:
        rows = self.conn.execute(
            "SELECT source, target, score, seq FROM story_merges ORDER BY seq"
        ).fetchall()
        return [MergeRecord(str(r[0]), str(r[1]), float(r[2]), int(r[3])) for r in rows]

    def resolve(self, story_id: str) -> str:
        seen: set[str] = set()
        current = story_id
        while current not in seen:
            seen.add(current)
            row = self.conn.execute(
                "SELECT merged_into FROM stories WHERE id = ?", (current,)
            ).fetchone()
            if row is None or row[0] is None:
                return current
            current = str(row[0])
        return current

    def doc_count(self) -> int:
        row = self.conn.execute("SELECT value FROM story_counters WHERE name = 'docs'").fetchone()
        return int(row[0]) if row else 0

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        wanted = list(set(terms))
        found: dict[str, int] = dict.fromkeys(wanted, 0)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for term, df in self.conn.execute(
                f"SELECT term, df FROM story_term_df WHERE term IN ({marks})", chunk
            ):
                found[str(term)] = int(df)
        return found

    def add_document_terms(self, terms: Iterable[str]) -> None:
        with self._atomic():
            self.conn.executemany(
                "INSERT INTO story_term_df(term, df) VALUES (?, 1) "
                "ON CONFLICT (term) DO UPDATE SET df = story_term_df.df + 1",
                [(t,) for t in set(terms)],
            )
            self._bump("docs")

    # threads of a story ---------------------------------------------------
    def link_thread(self, link: ThreadLink) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._atomic():
            self.conn.execute(
                "INSERT INTO story_threads (thread, story, score, seq, linked_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (thread) DO UPDATE SET "
                "story = excluded.story, score = excluded.score, seq = excluded.seq, "
                "linked_at = excluded.linked_at",
                (link.thread, link.story, link.score, link.seq, now),
            )

    def thread_links(self) -> list[ThreadLink]:
        rows = self.conn.execute(
            "SELECT thread, story, score, seq FROM story_threads ORDER BY seq"
        ).fetchall()
        return [ThreadLink(str(r[0]), str(r[1]), float(r[2]), int(r[3])) for r in rows]

    def clear_thread_links(self) -> None:
        with self._atomic():
            self.conn.execute("DELETE FROM story_threads")

    def _link_target(self, thread_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story FROM story_threads WHERE thread = ?", (thread_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def story_of(self, thread_id: str) -> str:
        return follow_links(thread_id, self.resolve, self._link_target)

    def threads_of(self, story_id: str) -> list[str]:
        root = self.story_of(story_id)
        rows = self.conn.execute(
            _THREADS_HELD[self.store.dialect]
            + "SELECT stories.id FROM stories JOIN held ON stories.id = held.id "
            "WHERE stories.merged_into IS NULL ORDER BY stories.key",
            (root,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    # batch re-clustering --------------------------------------------------
    def apply_recluster(
        self,
        stories: list[StoryState],
        members: list[Membership],
        retired: dict[str, tuple[str, float]],
        df: dict[str, int],
        docs: int,
        links: list[ThreadLink] | None = None,
    ) -> int:
        """Replace the partition in one transaction; returns how many articles moved.

        `links` (which thread belongs to which story) replace the recorded ones.

        `stories` may reuse existing ids (their state is replaced); `retired` maps
        ids that are no longer used to the story that took most of their articles
        (recorded as merges so they still resolve). Every moved article gets a
        row in story_moves and the flag "reclustered".
        """
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        moved = 0
        with self._atomic():
            for story in stories:
                story.merged_into = None
                if self.get_story(story.id) is None:
                    self.add_story(story)
                else:
                    self.conn.execute(
                        "UPDATE stories SET key = ? WHERE id = ?", (story.key, story.id)
                    )
                    self.update_story(story)
                self.conn.execute("DELETE FROM story_merges WHERE source = ?", (story.id,))
            for old, (target, score) in retired.items():
                self.conn.execute(
                    "INSERT INTO story_merges (source, target, score, seq, merged_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                    "target = excluded.target, score = excluded.score, seq = excluded.seq, "
                    "merged_at = excluded.merged_at",
                    (old, target, score, self.next_seq(), now),
                )
                self.conn.execute("UPDATE stories SET merged_into = ? WHERE id = ?", (target, old))
                self.conn.execute(f"{_DROP_MAPS}WHERE id = ?", (old,))
            for member in members:
                before = self.membership(member.article_id)
                if before is None:
                    self.add_member(member)
                    continue
                if before.story_id == member.story_id:
                    continue
                moved += 1
                flags = json.dumps(sorted({*before.flags, "reclustered"}))
                self.conn.execute(
                    "UPDATE story_members SET story_id = ?, flags = ? WHERE article_id = ?",
                    (member.story_id, flags, member.article_id),
                )
                self.conn.execute(
                    "INSERT INTO story_moves (article_id, from_story, to_story, seq, moved_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (member.article_id, before.story_id, member.story_id, self.next_seq(), now),
                )
            if links is not None:
                self.clear_thread_links()
                for link in links:
                    self.link_thread(link)
            self.conn.execute("DELETE FROM story_term_df")
            self.conn.executemany(
                "INSERT INTO story_term_df(term, df) VALUES (?, ?)", list(df.items())
            )
            self.conn.execute("UPDATE story_counters SET value = ? WHERE name = 'docs'", (docs,))
        return moved
