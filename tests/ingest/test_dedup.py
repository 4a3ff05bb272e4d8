from __future__ import annotations

import random

import pytest

from storyline.ingest.dedup import NearDuplicateIndex, minhash_signature, signature_similarity

_VOCAB = [
    "the",
    "council",
    "said",
    "minister",
    "officials",
    "city",
    "river",
    "budget",
    "police",
    "vote",
    "report",
    "water",
    "people",
    "government",
    "week",
    "year",
    "school",
    "road",
    "market",
    "talks",
    "border",
    "army",
    "court",
    "health",
    "crisis",
    "aid",
]


def _article(seed: int, words: int = 300) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(_VOCAB) + str(rng.randint(0, 40)) for _ in range(words))


def test_signature_is_bytes_and_deterministic() -> None:
    text = _article(1)
    sig = minhash_signature(text)
    assert isinstance(sig, bytes) and sig == minhash_signature(text)
    assert signature_similarity(sig, sig) == 1.0


def test_exact_and_near_copies_found_distinct_text_not() -> None:
    original = _article(1)
    words = original.split()
    for i in (15, 90, 160, 230, 280):
        words[i] = "edited"
    near = " ".join(words)
    index = NearDuplicateIndex([("first", minhash_signature(original))])
    index.add("other", minhash_signature(_article(2)))
    assert index.query(minhash_signature(original)) == "first"
    assert index.query(minhash_signature(near)) == "first"
    assert index.query(minhash_signature(_article(3))) is None


def test_earliest_match_wins_and_readding_is_a_noop() -> None:
    text = _article(5)
    sig = minhash_signature(text)
    index = NearDuplicateIndex()
    index.add("a", sig)
    index.add("b", minhash_signature(text + " extra"))
    index.add("a", sig)
    assert len(index) == 2 and "a" in index
    assert index.query(sig) == "a"


def test_rebuild_from_stored_pairs() -> None:
    pairs = [(f"id{i}", minhash_signature(_article(i))) for i in range(5)]
    index = NearDuplicateIndex(pairs)
    assert index.query(pairs[3][1]) == "id3"


def test_bad_signature_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="signature"):
        NearDuplicateIndex().query(b"nope")
