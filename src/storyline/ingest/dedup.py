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

The signature is computed here, not by datasketch's MinHash: importing datasketch
imports scipy (0.6 s of every ingest process's start, for an integral that only picks
the banding). The bytes are the ones datasketch 2.0 writes for the same text (its default
"affine32" scheme: 32-bit SHA-1 of each shingle, mixed by MurmurHash3's finaliser,
permuted by a * h + b mod 2**32 with a and b drawn from numpy's RandomState(1);
tests/ingest/test_dedup.py compares them), so stored signatures and band keys are
unchanged; a signature of another scheme is still read, by datasketch.

That index grows with the store (1.3-1.4 kB an article), so ingest no longer holds
it: the store keeps each original's band keys (`band_keys`, the same in every
process) and ingest asks it for the candidates of each new article
(storyline.ingest.dedup_store). `NearDuplicateIndex` stays for callers that
index a set of texts they hold anyway.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import numpy.typing as npt

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
    hashes = np.fromiter(
        (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in _shingles(text)),
        dtype=np.uint32,
    )
    a, b = _permutations()
    # uint32 arithmetic wraps (mod 2**32), as datasketch's affine permutations do
    permuted = _mix(hashes)[:, None] * a + b
    values = permuted.min(axis=0) if len(hashes) else np.full(NUM_PERM, _MAX_HASH)
    return _LAYOUT.pack(_SEED, -NUM_PERM, _AFFINE32, *(int(v) for v in values))


_MAX_HASH = np.uint32((1 << 32) - 1)
_AFFINE32 = 1
"""datasketch's code for its (default) 32-bit affine scheme, written in the signature."""
_LAYOUT = struct.Struct(f"@qiB{NUM_PERM}I")
"""A signature's bytes: seed, minus the number of values, the scheme, the values."""
_HEAD = struct.Struct("@qi")
_VALUES_AT = struct.calcsize("@qiB0I")


def _mix(hashes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finaliser, applied to every shingle hash before permuting."""
    hashes = hashes ^ (hashes >> np.uint32(16))
    hashes = hashes * np.uint32(0x85EBCA6B)
    hashes = hashes ^ (hashes >> np.uint32(13))
    hashes = hashes * np.uint32(0xC2B2AE35)
    return hashes ^ (hashes >> np.uint32(16))


@lru_cache(maxsize=1)
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """The 128 (a, b) pairs, drawn once from a RandomState seeded with the signatures'
    seed, in datasketch's order: every odd a (2k + 1, k below 2**31), then every b."""
    draws = np.random.RandomState(_SEED)
    a = draws.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draws.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _load(signature: bytes) -> npt.NDArray[np.uint32]:
    """The hash values of a serialised signature; ValueError when it is not one."""
    try:
        _seed, count = _HEAD.unpack_from(signature, 0)
        if count >= 0 or signature[_HEAD.size] != _AFFINE32:
            return _load_other(signature)  # another scheme's layout: datasketch reads it
        values = struct.unpack_from(f"@{-count}I", signature, _VALUES_AT)
    except (struct.error, IndexError) as exc:
        raise ValueError(f"not a MinHash signature ({exc})") from None
    if -count != NUM_PERM:
        raise ValueError(f"signature has {-count} permutations, expected {NUM_PERM}")
    return np.asarray(values, dtype=np.uint32)


def _scheme(signature: bytes) -> tuple[int, int]:
    """(seed, scheme code) of a signature _load has read (0 for datasketch's legacy one)."""
    seed, count = _HEAD.unpack_from(signature, 0)
    return int(seed), 0 if count >= 0 else signature[_HEAD.size]


def _load_other(signature: bytes) -> npt.NDArray[np.uint32]:
    from datasketch import LeanMinHash

    try:
        lean = LeanMinHash.deserialize(bytearray(signature))
    except Exception as exc:  # datasketch raises struct/numpy errors of several kinds
        raise ValueError(f"not a MinHash signature ({exc})") from None
    if len(lean.hashvalues) != NUM_PERM:
        raise ValueError(f"signature has {len(lean.hashvalues)} permutations, expected {NUM_PERM}")
    return np.asarray(lean.hashvalues, dtype=np.uint32)


def _values(signature: bytes) -> npt.NDArray[np.uint32]:
    """The signature's hash values (datasketch keeps them below 2**32)."""
    return _load(signature)


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
    first, second = _load(a), _load(b)
    (seed_a, scheme_a), (seed_b, scheme_b) = _scheme(a), _scheme(b)
    if scheme_a != scheme_b:
        raise ValueError("Cannot compute Jaccard given MinHash with different permutation schemes")
    if seed_a != seed_b:
        raise ValueError("Cannot compute Jaccard given MinHash with different seeds")
    return float(np.count_nonzero(first == second) / NUM_PERM)


@lru_cache(maxsize=8)
def _banding(threshold: float) -> tuple[int, int]:
    """(bands, rows per band): datasketch's choice for `threshold`, so the index finds
    the candidates its MinHashLSH would. The store's threshold's is written down
    (tests/ingest/test_dedup.py checks it against datasketch): asking datasketch imports
    scipy, 0.6 s of an ingest's start."""
    if threshold == THRESHOLD and NUM_PERM == 128:
        return _STORE_BANDING
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return int(lsh.b), int(lsh.r)


_STORE_BANDING = (9, 13)
"""datasketch's (bands, rows) for THRESHOLD 0.8 and 128 permutations."""


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
