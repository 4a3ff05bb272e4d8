"""Near-duplicate detection: MinHash signatures and an LSH index over them.

Wire stories are republished by many outlets with a changed headline, a
dropped paragraph or a few edited words. Exact hashes miss those; MinHash over
word shingles estimates their Jaccard similarity, and LSH finds candidates
without comparing every pair. Signatures are bytes so the store can keep them
and rebuild the index on start-up without re-reading any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import LeanMinHash, MinHash, MinHashLSH

__all__ = [
    "NUM_PERM",
    "SHINGLE_WORDS",
    "NearDuplicateIndex",
    "minhash_signature",
    "signature_similarity",
]

NUM_PERM = 128
SHINGLE_WORDS = 3
_SEED = 1
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")}
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def minhash_signature(text: str) -> bytes:
    """The MinHash (128 permutations, word 3-shingles, case-folded) of `text`, serialised."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    mh.update_batch(list(_shingles(text)))
    lean = LeanMinHash(mh)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


def _load(signature: bytes) -> LeanMinHash:
    try:
        lean: LeanMinHash = LeanMinHash.deserialize(bytearray(signature))
    except Exception as exc:  # datasketch raises struct/numpy errors of several kinds
        raise ValueError(f"not a MinHash signature ({exc})") from None
    if len(lean.hashvalues) != NUM_PERM:
        raise ValueError(f"signature has {len(lean.hashvalues)} permutations, expected {NUM_PERM}")
    return lean


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return float(_load(a).jaccard(_load(b)))


class NearDuplicateIndex:
    """Which earlier article a new one nearly duplicates.

    LSH only proposes candidates; each is confirmed by its estimated Jaccard
    similarity so a banding false positive never links two different stories.
    "Earliest" means first added, which is the first copy when the store
    rebuilds the index in ingest order.
    """

    def __init__(self, items: Iterable[tuple[str, bytes]] = (), *, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._order: dict[str, int] = {}
        self._sigs: dict[str, LeanMinHash] = {}
        for article_id, signature in items:
            self.add(article_id, signature)

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def add(self, article_id: str, signature: bytes) -> None:
        """Index an article; adding an id again is a no-op (ingest is idempotent)."""
        if article_id in self._order:
            return
        lean = _load(signature)
        self._lsh.insert(article_id, lean)
        self._order[article_id] = len(self._order)
        self._sigs[article_id] = lean

    def query(self, signature: bytes) -> str | None:
        """The earliest indexed article at least `threshold` similar, else None."""
        lean = _load(signature)
        matches: list[str] = [
            str(key)
            for key in self._lsh.query(lean)
            if self._sigs[key].jaccard(lean) >= self.threshold
        ]
        if not matches:
            return None
        return min(matches, key=self._order.__getitem__)
