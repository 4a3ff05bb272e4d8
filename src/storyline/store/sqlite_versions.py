"""Article versions in SQLite: keep the version an update replaces, and read them back.

Tables from migrations/0500_article_versions.sql. The current version of an
article lives in `articles` (with its annotations in their tables); each
version it replaced is one `article_versions` row holding that version's text,
claims and flags as JSON, the time it was seen and the diff to the version
after it. Writing happens inside the caller's transaction (`archive_current`),
so an update is all-or-nothing with the new version's row and annotations.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import asdict
from typing import Any

from storyline.model import ArticleVersion, Claim, Flag, Span
from storyline.store.sql import SqlConnection
from storyline.store.sqlite_rows import span_sql

__all__ = ["MAX_DIFF_CHARS", "archive_current", "read_versions", "text_diff"]

MAX_DIFF_CHARS = 200_000
"""A diff longer than this is cut (with a note): a rewrite, not a correction."""


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _units(text: str) -> list[str]:
    """Sentences, paragraph by paragraph: an update usually changes one sentence of a paragraph."""
    return [part for line in text.splitlines() for part in _SENTENCE_END.split(line) if part]


def text_diff(old: str, new: str) -> str:
    """A unified diff of two texts, sentence by sentence, without context lines."""
    lines = difflib.unified_diff(_units(old), _units(new), "before", "after", lineterm="", n=0)
    diff = "\n".join(lines)
    if len(diff) > MAX_DIFF_CHARS:
        return diff[:MAX_DIFF_CHARS] + f"\n… diff cut at {MAX_DIFF_CHARS:,} characters"
    return diff


def _claims_json(conn: SqlConnection, article_id: str) -> str:
    rows = conn.execute(
        f'SELECT c.start, c."end", {span_sql("c", "a")}, c.value, c.qualifier, c.unit, '
        "c.category, c.subject, c.location, c.as_of, c.speaker, c.change, c.cause, c.certainty "
        "FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ? "
        "ORDER BY c.idx",
        (article_id,),
    ).fetchall()
    return json.dumps([asdict(Claim(*row)) for row in rows])


def _flags_json(conn: SqlConnection, article_id: str) -> str:
    rows = conn.execute(
        "SELECT code, severity, message, evidence FROM flags WHERE article_id = ? ORDER BY idx",
        (article_id,),
    ).fetchall()
    return json.dumps(
        [{"code": c, "severity": s, "message": m, "evidence": json.loads(e)} for c, s, m, e in rows]
    )


def archive_current(conn: SqlConnection, article_id: str, new_text: str, now: str) -> int | None:
    """Copy the stored version of `article_id` into article_versions; its version number.

    Must run inside the transaction that then writes the new version. None when
    the article is not stored.
    """
    row = conn.execute(
        "SELECT version, coalesce(updated_at, ingested_at), title, published, text, "
        "content_hash FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    version, seen_at, title, published, text, content_hash = row
    conn.execute(
        "INSERT INTO article_versions (article_id, version, seen_at, replaced_at, "
        "title, published, text, content_hash, claims, flags, diff) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, version) DO UPDATE SET "
        "seen_at = excluded.seen_at, replaced_at = excluded.replaced_at, title = excluded.title, "
        "published = excluded.published, text = excluded.text, "
        "content_hash = excluded.content_hash, claims = excluded.claims, "
        "flags = excluded.flags, diff = excluded.diff",
        (
            article_id,
            int(version),
            seen_at,
            now,
            title,
            published,
            text,
            content_hash,
            _claims_json(conn, article_id),
            _flags_json(conn, article_id),
            text_diff(str(text), new_text),
        ),
    )
    return int(version)


def _claims(raw: str) -> tuple[Claim, ...]:
    return tuple(Claim(**c) for c in json.loads(raw))


def _flags(raw: str) -> tuple[Flag, ...]:
    return tuple(
        Flag(f["code"], f["severity"], f["message"], tuple(Span(*s) for s in f["evidence"]))
        for f in json.loads(raw)
    )


def read_versions(
    conn: SqlConnection, article_id: str, current: Any | None
) -> list[ArticleVersion]:
    """Every version of an article, oldest first; `current` is its stored Article (or None)."""
    rows = conn.execute(
        "SELECT version, seen_at, title, published, text, content_hash, claims, flags, diff "
        "FROM article_versions WHERE article_id = ? ORDER BY version",
        (article_id,),
    ).fetchall()
    out: list[ArticleVersion] = []
    previous_diff = ""
    for version, seen_at, title, published, text, chash, claims, flags, diff in rows:
        out.append(
            ArticleVersion(
                article_id=article_id,
                version=int(version),
                seen_at=str(seen_at),
                text=str(text),
                content_hash=str(chash),
                title=title,
                published=published,
                claims=_claims(claims),
                flags=_flags(flags),
                diff=previous_diff,
            )
        )
        previous_diff = str(diff)
    if current is not None:
        meta = conn.execute(
            "SELECT version, coalesce(updated_at, ingested_at) FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        out.append(
            ArticleVersion(
                article_id=article_id,
                version=int(meta[0]),
                seen_at=str(meta[1]),
                text=current.text,
                content_hash=current.content_hash,
                title=current.title,
                published=current.published,
                claims=current.claims,
                flags=current.flags,
                diff=previous_diff,
                current=True,
            )
        )
    return out
