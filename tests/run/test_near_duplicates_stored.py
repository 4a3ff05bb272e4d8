"""Near-duplicates found through the store on both backends: an article stored long before
(any number of articles since, in another process's run) is still found, the admission
holds nothing of what is stored, and a store older than the band keys is filled once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.ingest.dedup import band_keys, minhash_signature
from storyline.ingest.dedup_store import StoredNearDuplicates
from storyline.ingest.identity import content_hash
from storyline.model import Article
from storyline.run.admit import Admission
from storyline.run.report import IngestReport
from storyline.store import SQLiteStore, Store
from storyline.store.postgres import PostgresStore

BODY = (
    "The harbour authority closed the northern pier on Friday after inspectors found cracks "
    "in two of its supporting columns. Fishing boats were moved to the southern basin, and "
    "the authority said repairs would take at least three months and cost about two million."
)
NEAR = BODY.replace("Friday", "Thursday")


def art(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, content_hash=content_hash(text))


def filler(i: int) -> str:
    """A distinct text per i (every third word numbered: no two are near-duplicates)."""
    words = f"Report {i} on the council budget vote and the road works in district {i}.".split()
    return " ".join(w + f"x{i}" if j % 3 == 0 else w for j, w in enumerate(words * 4))


def open_backend(kind: str, where: str) -> Store:
    return PostgresStore(where) if kind == "postgres" else SQLiteStore(Path(where))


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "postgres":
        yield "postgres", str(request.getfixturevalue("pg_url"))
    else:
        yield "sqlite", str(tmp_path / "near.db")


def ingest(store: Store, articles: list[Article]) -> list[Article]:
    """Admit and store each article as an ingest does (store, then release)."""
    admission = Admission(store)
    report = IngestReport()
    out = []
    for article in articles:
        queued = admission.prepare(article, report)
        assert queued is not None
        store.put_article(queued.article, signature=queued.signature, bands=queued.bands)
        admission.release(queued.article)
        out.append(queued.article)
    assert len(admission.near_duplicates()) == 0  # nothing held once stored
    return out


def test_a_copy_of_an_article_stored_long_before_is_found_after_a_restart(
    location: tuple[str, str],
) -> None:
    kind, where = location
    with open_backend(kind, where) as store:
        ingest(store, [art("first", BODY)] + [art(f"f{i}", filler(i)) for i in range(300)])
    # a new process (a new store object, a new admission): nothing of the first run held
    with open_backend(kind, where) as store:
        (copy, other) = ingest(store, [art("copy", NEAR), art("other", filler(1000))])
        assert copy.duplicate_of == "first"
        assert other.duplicate_of is None
        assert store.near_duplicate_candidates(band_keys(minhash_signature(filler(5)))) == [
            ("f5", minhash_signature(filler(5)))
        ]


def test_a_store_older_than_the_band_keys_is_filled_once(location: tuple[str, str]) -> None:
    kind, where = location
    with open_backend(kind, where) as store:
        # as an older ingest wrote them: signatures, no band keys, the store not marked
        store.put_article(art("first", BODY), signature=minhash_signature(BODY))
        store.put_article(art("f1", filler(1)), signature=minhash_signature(filler(1)))
        store.put_article(art("bad", filler(2)), signature=b"not a signature")
        with store.transaction() as conn:
            conn.execute("DELETE FROM corpus_state WHERE name = 'signature_bands'")
        assert not store.signature_bands_ready()
        index = StoredNearDuplicates(store)
        assert index.filled == 3
        assert store.signature_bands_ready()
        assert StoredNearDuplicates(store).filled == 0  # once
        (copy,) = ingest(store, [art("copy", NEAR)])
        assert copy.duplicate_of == "first"


def test_in_flight_copies_link_to_the_earliest(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "x.db") as store:
        index = StoredNearDuplicates(store)
        a, b = minhash_signature(BODY), minhash_signature(NEAR)
        index.hold("a", a, band_keys(a))
        index.hold("b", b, band_keys(b))
        index.hold("a", a, band_keys(a))  # again: a no-op
        assert len(index) == 2
        assert index.query(b, band_keys(b)) == "a"
        index.release("a")
        assert index.query(b, band_keys(b)) == "b"
        index.release("b")
        index.release("b")  # again: nothing to forget
        assert len(index) == 0
        assert index.query(b, band_keys(b)) is None
        with pytest.raises(ValueError):
            index.query(b"nope", (1,))


def test_band_keys_are_the_same_in_every_process() -> None:
    """Python salts `hash` of bytes per process; the stored keys must not depend on it."""
    signature = minhash_signature(BODY)
    code = (
        "import sys; from storyline.ingest.dedup import band_keys; "
        "print(band_keys(sys.stdin.buffer.read()))"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            input=signature,
            capture_output=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert runs == {str(band_keys(signature)).encode()}
    assert len(band_keys(signature)) == 9  # bands of 13 rows at threshold 0.8
