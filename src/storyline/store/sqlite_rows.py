"""Mapping between model records and relational rows (shared by SQL backends)."""

from __future__ import annotations

import json
import math
import struct
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from storyline.model import (
    Article,
    Claim,
    Entity,
    EntityMention,
    Flag,
    Quote,
    Sentence,
    Span,
    Speaker,
    Timex,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "ANNOTATION_TABLES",
    "annotation_rows",
    "article_from_rows",
    "decode_embedding",
    "encode_embedding",
    "entity_from_row",
    "span_sql",
    "span_text",
    "stored_span_text",
]

ANNOTATION_TABLES = ("sentences", "entity_mentions", "timexes", "quotes", "claims", "flags")

_INSERTS = {
    "sentences": 'INSERT INTO sentences (article_id, idx, start, "end", date, date_source) '
    "VALUES (?, ?, ?, ?, ?, ?)",
    "entity_mentions": 'INSERT INTO entity_mentions (article_id, idx, start, "end", text, label, '
    "canonical, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "timexes": 'INSERT INTO timexes (article_id, idx, start, "end", text, type, value) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    "quotes": 'INSERT INTO quotes (article_id, idx, start, "end", text, kind, cue, speaker_text, '
    "speaker_start, speaker_end, speaker_canonical, speaker_named, speaker_resolution, "
    "speaker_from_start, speaker_from_end, speaker_from_text) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "claims": 'INSERT INTO claims (article_id, idx, start, "end", text, value, qualifier, unit, '
    "category, subject, location, as_of, speaker, change, cause, certainty) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "flags": "INSERT INTO flags (article_id, idx, code, severity, message, evidence) "
    "VALUES (?, ?, ?, ?, ?, ?)",
}


def stored_span_text(span: str, text: str, start: int, end: int) -> str:
    """What an entity mention, quote, claim or timex row keeps of its text: '' when it is
    exactly the article's characters [start, end) (the usual case), so the article body
    is not stored a second time; anything else (a span whose text was tidied) is kept
    whole."""
    if span and 0 <= start < end <= len(text) and text[start:end] == span:
        return ""
    return span


def span_text(stored: str, text: str, start: int, end: int) -> str:
    """The text of a span row read back: the article's slice when the row kept ''."""
    return text[start:end] if stored == "" and 0 <= start < end else stored


def span_sql(span: str, article: str) -> str:
    """`span_text` in SQL (SQLite and PostgreSQL: substr counts characters, from 1; the
    casts because PostgreSQL has no substr over BIGINT offsets)."""
    start, end = f"{span}.start", f'{span}."end"'
    return (
        f"CASE WHEN {span}.text = '' AND {start} >= 0 AND {start} < {end} "
        f"THEN substr({article}.text, CAST({start} + 1 AS INTEGER), "
        f"CAST({end} - {start} AS INTEGER)) ELSE {span}.text END"
    )


_HALF = 1
"""Format byte of an embedding stored as little-endian IEEE half floats."""
_HALF_MAX = 65504.0
_INT8 = 2
"""Format byte of an embedding stored as a float32 scale and one signed byte a dimension."""
_INT8_STEPS = 127


def encode_embedding(vector: Sequence[float]) -> bytes:
    """An embedding as a blob: a format byte, a float32 scale and one signed byte a
    dimension (each value `round(x / scale)`, scale = the largest |x| / 127); half floats
    for a vector of odd length; float32 if neither can hold it.

    The byte per dimension keeps each value to within half a step of 1/254 of the
    vector's largest value: a MiniLM unit vector's cosine with another moves by about
    1e-3 at most, far below what tells two stories apart (`eval.stored_vectors` clusters
    ECB+ and Timeline17 with the vectors as stored each way and counts the documents
    placed otherwise), and the blob is 389 bytes for 384 dimensions (769 as half floats,
    1,536 as float32). Every format's length is odd, so a blob from before the format
    byte (float32, a multiple of four bytes) is still read as it was written; half-float
    blobs stay readable.
    """
    import numpy as np  # here: a command that only reads the store never loads it

    # in float64, as Python's floats: the same steps as `round(x / scale)` (half to even)
    values = np.asarray(vector, dtype=np.float64)
    if not np.isfinite(values).all():
        return array("f", vector).tobytes()
    if len(vector) % 2 == 0:
        top = float(np.abs(values).max()) if len(vector) else 0.0
        scale = array("f", [top / _INT8_STEPS])[0]  # as the blob keeps it (inf if too large)
        if scale > 0.0 and math.isfinite(scale):
            steps = np.clip(np.rint(values / scale), -_INT8_STEPS, _INT8_STEPS).astype("<i1")
            return bytes([_INT8]) + struct.pack("<f", scale) + steps.tobytes()
        if top == 0.0:
            return bytes([_INT8]) + struct.pack(f"<f{len(vector)}b", 0.0, *([0] * len(vector)))
    if all(abs(x) <= _HALF_MAX for x in vector):
        return bytes([_HALF]) + struct.pack(f"<{len(vector)}e", *vector)
    return array("f", vector).tobytes()


def decode_embedding(blob: bytes) -> tuple[float, ...]:
    """The vector of a blob written by `encode_embedding` (or a float32 blob from before)."""
    if len(blob) % 2 == 1 and blob[0] == _INT8 and len(blob) >= 5:
        (scale,) = struct.unpack_from("<f", blob, 1)
        return tuple(scale * q for q in struct.unpack_from(f"<{len(blob) - 5}b", blob, 5))
    if len(blob) % 2 == 1 and blob[0] == _HALF:
        return struct.unpack(f"<{(len(blob) - 1) // 2}e", blob[1:])
    vec = array("f")
    vec.frombytes(blob)
    return tuple(vec)


def annotation_rows(article: Article) -> list[tuple[str, str, list[tuple[Any, ...]]]]:
    """(table, insert statement, rows) for every annotation of the article."""
    aid, body = article.id, article.text
    rows: dict[str, list[tuple[Any, ...]]] = {
        "sentences": [
            (aid, i, s.start, s.end, s.date, s.date_source) for i, s in enumerate(article.sentences)
        ],
        "entity_mentions": [
            (
                aid,
                i,
                e.start,
                e.end,
                stored_span_text(e.text, body, e.start, e.end),
                e.label,
                e.canonical,
                e.role,
            )
            for i, e in enumerate(article.entities)
        ],
        "timexes": [
            (
                aid,
                i,
                t.start,
                t.end,
                stored_span_text(t.text, body, t.start, t.end),
                t.type,
                t.value,
            )
            for i, t in enumerate(article.timexes)
        ],
        "quotes": [_quote_row(aid, i, q, body) for i, q in enumerate(article.quotes)],
        "claims": [
            (
                aid,
                i,
                c.start,
                c.end,
                stored_span_text(c.text, body, c.start, c.end),
                c.value,
                c.qualifier,
                c.unit,
                c.category,
                c.subject,
                c.location,
                c.as_of,
                c.speaker,
                c.change,
                c.cause,
                c.certainty,
            )
            for i, c in enumerate(article.claims)
        ],
        "flags": [
            (
                aid,
                i,
                f.code,
                f.severity,
                f.message,
                json.dumps([[s.start, s.end, s.text] for s in f.evidence]),
            )
            for i, f in enumerate(article.flags)
        ],
    }
    return [(table, _INSERTS[table], rows[table]) for table in ANNOTATION_TABLES]


def _quote_row(aid: str, i: int, q: Quote, body: str) -> tuple[Any, ...]:
    sp = q.speaker
    evidence = sp.resolved_from if sp else None
    return (
        aid,
        i,
        q.start,
        q.end,
        stored_span_text(q.text, body, q.start, q.end),
        q.kind,
        q.cue,
        sp.text if sp else None,
        sp.start if sp else None,
        sp.end if sp else None,
        sp.canonical if sp else None,
        (1 if sp.named else 0) if sp else None,
        sp.resolution if sp else None,
        evidence.start if evidence else None,
        evidence.end if evidence else None,
        evidence.text if evidence else None,
    )


def _speaker(r: Sequence[Any]) -> Speaker | None:
    """The speaker columns of a quotes row (7-11, and 12-15 since migration 0300)."""
    if r[7] is None:
        return None
    resolution = r[12] if len(r) > 12 else None
    evidence = Span(r[13], r[14], r[15]) if len(r) > 15 and r[13] is not None else None
    return Speaker(r[7], r[8], r[9], r[10], bool(r[11]), resolution, evidence)


def article_from_rows(row: Sequence[Any], tables: dict[str, list[Any]]) -> Article:
    """Rebuild an Article from its `articles` row and its annotation rows (ordered by idx)."""
    (aid, url, path, outlet, title, author, published, source, language, text, chash, dup) = row[
        :12
    ]
    embedding_blob, annotated = row[12], row[13]
    embedding = decode_embedding(bytes(embedding_blob)) if embedding_blob else None
    return Article(
        id=aid,
        text=text,
        title=title,
        url=url,
        path=path,
        outlet=outlet,
        author=author,
        published=published,
        published_source=source,
        language=language,
        content_hash=chash,
        duplicate_of=dup,
        embedding=embedding,
        annotated=frozenset(json.loads(annotated or "[]")),
        sentences=tuple(Sentence(r[2], r[3], r[4], r[5]) for r in tables["sentences"]),
        entities=tuple(
            EntityMention(r[2], r[3], span_text(r[4], text, r[2], r[3]), r[5], r[6], r[7])
            for r in tables["entity_mentions"]
        ),
        timexes=tuple(
            Timex(r[2], r[3], span_text(r[4], text, r[2], r[3]), r[5], r[6])
            for r in tables["timexes"]
        ),
        quotes=tuple(
            Quote(r[2], r[3], span_text(r[4], text, r[2], r[3]), r[5], r[6], _speaker(r))
            for r in tables["quotes"]
        ),
        claims=tuple(
            Claim(r[2], r[3], span_text(r[4], text, r[2], r[3]), *r[5:16]) for r in tables["claims"]
        ),
        flags=tuple(
            Flag(r[2], r[3], r[4], tuple(Span(*s) for s in json.loads(r[5])))
            for r in tables["flags"]
        ),
    )


def entity_from_row(row: Sequence[Any]) -> Entity:
    return Entity(
        id=row[0],
        name=row[1],
        type=row[2],
        aliases=tuple(json.loads(row[3])),
        roles=tuple(json.loads(row[4])),
        mentions=int(row[5]),
        alias_evidence=tuple(json.loads(row[6])) if len(row) > 6 and row[6] else (),
    )
