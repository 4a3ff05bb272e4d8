"""Near-duplicate detection: MinHash signatures and an LSH index over them.

Wire stories are republished by many outlets with a changed headline, a
dropped paragraph or a few edited words. Exact hashes miss those; MinHash over
word shingles estimates their Jaccard similarity, and LSH finds candidates
without comparing every pair. Signatures are bytes so the store can keep them
and rebuild the index on start-up without re-reading any text.

The index is held for the whole store in every ingest process, so it is kept
compact: signatures as rows of uint32 blocks (512 bytes each) and each LSH band
as a dict from the hash of the band's values to the row (a list only when rows
collide), instead of datasketch's MinHashLSH with a LeanMinHash object per article
and the band bytes as keys (bench/dedup_memory.py, 20k: 3,921 -> 1,167 bytes an article). The
banding (how many bands, how many rows each) is datasketch's for the threshold, and
every candidate is confirmed by its estimated Jaccard similarity as before, so the
same duplicates are found: a collision of two band hashes only adds a candidate,
which the confirmation then drops.

That index grows with the store (1.3-1.4 kB an article), so ingest no longer holds
it: the store keeps each original's band keys (`band_keys`, the same in every
process) and ingest asks it for the candidates of each new article
(storyline.ingest.dedup_store). `NearDuplicateIndex` stays for callers that
index a set of texts they hold anyway.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from datasketch import LeanMinHash, MinHash, MinHashLSH

__all__ = [
    "NUM_PERM",
    "SHINGLE_WORDS",
    "THRESHOLD",
    "NearDuplicateIndex",
    "band_keys",
    "minhash_signature",
    "signature_similarity",
    "signature_values",
]

NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.8
"""Estimated Jaccard similarity from which an article is a near-duplicate; the store's band
keys are made for this threshold's banding (changing it means filling them again)."""
_SEED = 1
_BLOCK = 1024
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
    mh = _blank_minhash().copy()
    mh.update_batch(list(_shingles(text)))
    lean = LeanMinHash(mh)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


@lru_cache(maxsize=1)
def _blank_minhash() -> MinHash:
    """An empty MinHash of the signatures' settings, copied for each text: a new MinHash
    draws its 128 permutations from the seed again (0.7 ms, a third of a short article's
    signature); a copy shares them and starts from the same empty values."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED)


def _load(signature: bytes) -> LeanMinHash:
    try:
        lean: LeanMinHash = LeanMinHash.deserialize(bytearray(signature))
    except Exception as exc:  # datasketch raises struct/numpy errors of several kinds
        raise ValueError(f"not a MinHash signature ({exc})") from None
    if len(lean.hashvalues) != NUM_PERM:
        raise ValueError(f"signature has {len(lean.hashvalues)} permutations, expected {NUM_PERM}")
    return lean


def _values(signature: bytes) -> npt.NDArray[np.uint32]:
    """The signature's hash values (datasketch keeps them below 2**32)."""
    return np.asarray(_load(signature).hashvalues, dtype=np.uint32)


def signature_values(signature: bytes) -> npt.NDArray[np.uint32]:
    """The signature's 128 hash values; ValueError when it is not a signature."""
    return _values(signature)


def band_keys(signature: bytes) -> tuple[int, ...]:
    """The LSH band keys of a signature at `THRESHOLD`, as the store keeps them.

    One signed 64-bit integer per band (it fits SQLite's INTEGER and PostgreSQL's
    BIGINT): blake2b of the band's number and its values in little-endian order, so
    every process and machine writing to one store agrees (Python's `hash` of bytes
    is salted per process). Two texts share a key when they share a band, as in
    `NearDuplicateIndex`; a collision of keys only adds a candidate, dropped by the
    confirmation. ValueError when `signature` is not a signature.
    """
    values = _values(signature).astype("<u4")
    bands, rows = _banding(THRESHOLD)
    return tuple(
        int.from_bytes(
            hashlib.blake2b(
                bytes([k]) + values[k * rows : (k + 1) * rows].tobytes(), digest_size=8
            ).digest(),
            "little",
            signed=True,
        )
        for k in range(bands)
    )


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return float(_load(a).jaccard(_load(b)))


@lru_cache(maxsize=8)
def _banding(threshold: float) -> tuple[int, int]:
    """(bands, rows per band): datasketch's choice for `threshold`, so the index finds
    the candidates its MinHashLSH would."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


class NearDuplicateIndex:
    """Which earlier article a new one nearly duplicates.

    LSH only proposes candidates; each is confirmed by its estimated Jaccard
    similarity so a banding false positive never links two different stories.
    "Earliest" means first added, which is the first copy when the store
    rebuilds the index in ingest order.
    """

    def __init__(
        self, items: Iterable[tuple[str, bytes]] = (), *, threshold: float = THRESHOLD
    ) -> None:
        self.threshold = threshold
        bands, rows = _banding(threshold)
        self._slices = [slice(k * rows, (k + 1) * rows) for k in range(bands)]
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(bands)]
        self._order: dict[str, int] = {}
        self._ids: list[str] = []
        # blocks of _BLOCK rows: growing one array by doubling left up to half of it unused
        self._blocks: list[npt.NDArray[np.uint32]] = []
        for article_id, signature in items:
            self.add(article_id, signature)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._order

    def _keys(self, values: npt.NDArray[np.uint32]) -> list[int]:
        return [hash(values[band].tobytes()) for band in self._slices]

    def add(self, article_id: str, signature: bytes) -> None:
        """Index an article; adding an id again is a no-op (ingest is idempotent)."""
        if article_id in self._order:
            return
        values = _values(signature)
        row = len(self._ids)  # one int object shared by every bucket that holds it
        if row % _BLOCK == 0:
            self._blocks.append(np.empty((_BLOCK, NUM_PERM), dtype=np.uint32))
        self._blocks[-1][row % _BLOCK] = values
        for bucket, key in zip(self._buckets, self._keys(values), strict=True):
            held = bucket.get(key)
            if held is None:
                bucket[key] = row
            elif isinstance(held, int):
                bucket[key] = [held, row]
            else:
                held.append(row)
        self._ids.append(article_id)
        self._order[article_id] = row

    def query(self, signature: bytes) -> str | None:
        """The earliest indexed article at least `threshold` similar, else None."""
        values = _values(signature)
        found: set[int] = set()
        for bucket, key in zip(self._buckets, self._keys(values), strict=True):
            held = bucket.get(key)
            if isinstance(held, int):
                found.add(held)
            elif held is not None:
                found.update(held)
        if not found:
            return None
        rows = sorted(found)
        stacked = np.stack([self._blocks[r // _BLOCK][r % _BLOCK] for r in rows])
        similar = np.count_nonzero(stacked == values, axis=1) / NUM_PERM
        # rows are in the order added: the first confirmed one is the earliest
        confirmed = [r for r, sim in zip(rows, similar, strict=True) if sim >= self.threshold]
        return self._ids[confirmed[0]] if confirmed else None
