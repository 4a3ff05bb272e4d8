"""Near-duplicates across the whole store, with memory bounded by what is in flight.

An ingest used to hold the LSH index of every stored original (1.3-1.4 kB an
article, rebuilt from the stored signatures whenever a process started), so its
memory grew with the store without limit. Now the store keeps each original's
band keys (`band_keys`, written with the article in one transaction) and answers
which stored originals share a key with a new article; the only index held here
is that of the articles read but not stored yet (in flight in the executor), so
a copy later in the same stream is still linked to a first copy being analysed.
Each candidate is confirmed by its estimated Jaccard similarity, as before, and
the earliest confirmed one wins: stored ones (in the store's insertion order)
before those in flight, which were all read after them.

A store written before the band keys existed is filled once, on first use, from
its stored signatures (`Store.fill_signature_bands`, a page at a time).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from storyline.ingest.dedup import NUM_PERM, THRESHOLD, band_keys, signature_values

if TYPE_CHECKING:
    from storyline.store.base import Store

__all__ = ["StoredNearDuplicates"]


def _similar(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> bool:
    """Estimated Jaccard similarity at least `THRESHOLD` (the share of equal hash values)."""
    return int(np.count_nonzero(a == b)) / NUM_PERM >= THRESHOLD


class StoredNearDuplicates:
    """Which earlier article, stored or in flight, a new one nearly duplicates."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.filled = 0
        """Originals whose band keys were filled in on opening (a store older than them)."""
        if not store.signature_bands_ready():
            self.filled = store.fill_signature_bands(band_keys)
        self._seq = 0
        self._held: dict[str, tuple[int, npt.NDArray[np.uint32], tuple[int, ...]]] = {}
        self._by_key: dict[int, list[str]] = {}

    def __len__(self) -> int:
        """Articles in flight (what this object holds)."""
        return len(self._held)

    def query(self, signature: bytes, keys: Sequence[int]) -> str | None:
        """The earliest article at least `THRESHOLD` similar to `signature`, else None.

        `keys` are `band_keys(signature)`. ValueError when `signature` is not one.
        """
        values = signature_values(signature)
        for article_id, stored in self.store.near_duplicate_candidates(keys):
            try:
                other = signature_values(stored)
            except ValueError:  # a damaged stored signature is no candidate
                continue
            if _similar(values, other):
                return article_id
        found = {aid for key in keys for aid in self._by_key.get(key, ())}
        for article_id in sorted(found, key=lambda aid: self._held[aid][0]):
            if _similar(values, self._held[article_id][1]):
                return article_id
        return None

    def hold(self, article_id: str, signature: bytes, keys: Sequence[int]) -> None:
        """Index an article in flight (read, not stored yet); again: a no-op."""
        if article_id in self._held:
            return
        unique = tuple(set(keys))
        self._held[article_id] = (self._seq, signature_values(signature), unique)
        self._seq += 1
        for key in unique:
            self._by_key.setdefault(key, []).append(article_id)

    def release(self, article_id: str) -> None:
        """The article is stored (the store finds it from now on) or dropped: forget it."""
        held_now = self._held.pop(article_id, None)
        if held_now is None:
            return
        for key in held_now[2]:
            held = self._by_key.get(key)
            if held is None:
                continue
            if article_id in held:
                held.remove(article_id)
            if not held:
                del self._by_key[key]
