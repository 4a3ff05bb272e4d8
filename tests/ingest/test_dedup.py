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


def _reference_query(
    items: list[tuple[str, bytes]], signature: bytes, threshold: float
) -> str | None:
    """datasketch's own MinHashLSH, confirmed and earliest-first: what the compact
    index replaced, kept here as the answer it must give."""
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    sigs = {}
    for aid, sig in items:
        sigs[aid] = LeanMinHash.deserialize(bytearray(sig))
        lsh.insert(aid, sigs[aid])
    probe = LeanMinHash.deserialize(bytearray(signature))
    order = [aid for aid, _ in items]
    found = [k for k in lsh.query(probe) if sigs[k].jaccard(probe) >= threshold]
    return min(found, key=order.index) if found else None


def test_compact_index_finds_what_datasketch_lsh_finds() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(400)]
    bases = [" ".join(rng.choice(vocabulary) for _ in range(120)) for _ in range(30)]

    def edited(text: str, changes: int) -> str:
        words = text.split()
        for _ in range(changes):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        return " ".join(words)

    # stored: each base, and for some a lightly edited copy (so earliest-first matters)
    items = [(f"b{i}", minhash_signature(t)) for i, t in enumerate(bases)]
    items += [(f"c{i}", minhash_signature(edited(t, 2))) for i, t in enumerate(bases[:10])]
    index = NearDuplicateIndex(items)
    assert len(index) == 40
    # probes from untouched to heavily edited, around the 0.8 threshold and far below
    probes = [edited(t, changes) for t in bases for changes in (0, 1, 3, 5, 8, 15, 40)]
    answers = []
    for text in probes:
        sig = minhash_signature(text)
        answers.append(index.query(sig))
        assert answers[-1] == _reference_query(items, sig, 0.8)
    assert sum(a is not None for a in answers) >= 60  # duplicates were found ...
    assert sum(a is None for a in answers) >= 30  # ... and different texts were not
    assert all(a is None or a.startswith("b") for a in answers)  # the earliest copy


def test_compact_index_ignores_a_repeated_id_and_rejects_bad_bytes() -> None:
    sig = minhash_signature("one two three four five six seven")
    index = NearDuplicateIndex([("x", sig), ("x", sig)])
    assert len(index) == 1 and "x" in index and index.query(sig) == "x"
    with pytest.raises(ValueError):
        index.add("y", b"not a signature")
    assert len(index) == 1 and "y" not in index


def test_signature_from_the_shared_blank_is_a_fresh_minhashs() -> None:
    """minhash_signature draws its permutations once: the bytes are those of a datasketch
    MinHash made afresh for each text, and one text does not leak into the next."""
    from datasketch import LeanMinHash, MinHash

    from storyline.ingest.dedup import NUM_PERM, _shingles

    def fresh(text: str) -> bytes:
        mh = MinHash(num_perm=NUM_PERM, seed=1)
        mh.update_batch(list(_shingles(text)))
        lean = LeanMinHash(mh)
        buf = bytearray(lean.bytesize())
        lean.serialize(buf)
        return bytes(buf)

    texts = [
        "The harbour board met on Tuesday and voted to close the old pier.",
        "A short one.",
        "",
        "The harbour board met on Tuesday and voted to close the old pier.",
    ]
    for text in texts:
        assert minhash_signature(text) == fresh(text)


def test_signature_bytes_are_datasketchs_for_many_texts() -> None:
    """The signature is computed here, not by datasketch (whose import costs scipy): the
    bytes must stay those datasketch writes, or stored band keys would stop matching.
    Invented texts of every length, repeated words, punctuation only, and none."""
    import random

    from datasketch import LeanMinHash, MinHash

    from storyline.ingest.dedup import NUM_PERM, _shingles

    words = [
        "river",
        "council",
        "pier",
        "vote",
        "Tuesday",
        "Marlow",
        "harbour",
        "ferry",
        "storm",
        "42",
        "élan",
    ]
    draw = random.Random(7)
    texts = ["", "!!", "one", "one two", "one two three", "One one ONE one"]
    texts += [" ".join(draw.choices(words, k=draw.randint(1, 300))) for _ in range(60)]
    for text in texts:
        mh = MinHash(num_perm=NUM_PERM, seed=1)
        mh.update_batch(list(_shingles(text)))
        lean = LeanMinHash(mh)
        buf = bytearray(lean.bytesize())
        lean.serialize(buf)
        assert minhash_signature(text) == bytes(buf), text


def test_written_down_banding_is_datasketchs() -> None:
    from datasketch import MinHashLSH

    from storyline.ingest.dedup import NUM_PERM, THRESHOLD, _banding

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert _banding(THRESHOLD) == (lsh.b, lsh.r)


def test_signatures_read_back_as_datasketch_reads_them() -> None:
    """Similarity and the refusal of bytes that are no signature, as with datasketch."""
    import pytest
    from datasketch import LeanMinHash

    a = minhash_signature("The ferry to Marlow sailed late on Tuesday after the storm.")
    b = minhash_signature("The ferry to Marlow sailed late on Wednesday after the storm.")
    theirs = LeanMinHash.deserialize(bytearray(a)).jaccard(LeanMinHash.deserialize(bytearray(b)))
    assert signature_similarity(a, b) == float(theirs)
    with pytest.raises(ValueError):
        signature_similarity(a, b"short")
