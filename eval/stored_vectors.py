"""Proof that storing embeddings in one byte a dimension moves no document (issue 19).

The engine assigns an article with its embedding as the store gives it back
(engine_ingest._as_stored), so the stored precision is what story assignment sees. This
clusters ECB+ and Timeline17 in process (eval.clusters.cluster, default settings,
the cached embeddings of eval/story_inputs) twice: with every embedding as half
floats give it back (the format before) and as `encode_embedding` stores it now,
and prints for each corpus and level the B-cubed F1 against the gold labels both
ways and the documents whose cluster differs (B-cubed of one partition against the
other; 1.0000 and 0 documents when they are the same). Prints, asserts nothing.

    .venv/bin/python -m eval.stored_vectors
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from eval.clusters import bcubed_rows, cluster, f1_of
from eval.story_inputs import documents, embedded_articles

__all__ = ["main"]


def _half(vector: Sequence[float]) -> tuple[float, ...]:
    """A vector as half floats give it back (the stored format before the byte one)."""
    return struct.unpack(f"<{len(vector)}e", struct.pack(f"<{len(vector)}e", *vector))


def _stored(vector: Sequence[float]) -> tuple[float, ...]:
    from storyline.store.sqlite_rows import decode_embedding, encode_embedding

    return decode_embedding(encode_embedding(vector))


def _as(articles: Sequence[Any], round_trip: Any) -> list[Any]:
    return [
        replace(a, embedding=round_trip(a.embedding)) if a.embedding is not None else a
        for a in articles
    ]


def _moved(before: Mapping[str, str], after: Mapping[str, str]) -> tuple[float, int]:
    """B-cubed F1 of `after` against `before`, and the documents whose cluster-mates differ."""
    rows = bcubed_rows(before, after)
    ids = sorted(before)
    members: dict[str, set[str]] = {}
    for doc, label in after.items():
        members.setdefault(label, set()).add(doc)
    mates: dict[str, set[str]] = {}
    for doc, label in before.items():
        mates.setdefault(label, set()).add(doc)
    moved = sum(1 for d in ids if d not in after or mates[before[d]] != members[after[d]])
    return f1_of(rows, ids)[2], moved


def main() -> int:
    for name in ("ecb", "t17"):
        docs = documents(name)
        gold = {d["id"]: d["label"] for d in docs}
        articles = embedded_articles(docs)
        half = cluster(_as(articles, _half))
        byte = cluster(_as(articles, _stored))
        for level in ("threads", "stories"):
            a, b = getattr(half, level), getattr(byte, level)
            f_half = f1_of(bcubed_rows(gold, a), sorted(gold))[2]
            f_byte = f1_of(bcubed_rows(gold, b), sorted(gold))[2]
            same, moved = _moved(a, b)
            print(
                f"{name:4} {level:8} F1 half {f_half:.4f}  one byte {f_byte:.4f}  "
                f"partition agreement {same:.4f}, {moved} of {len(gold)} documents moved"
            )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
