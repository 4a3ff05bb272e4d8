"""Admission against a real store (SQLite and PostgreSQL): ids from the source, legacy ids found.

An article a store holds under the id older code gave (the "h:" hash of its clean
text) is present when read again, not stored twice; an article stored under its
source id is present when read again with changed cleaning rules; an exact copy
from another outlet is still linked to its first copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.ingest.dedup import band_keys, minhash_signature
from storyline.ingest.identity import SOURCE_PREFIX, legacy_article_id
from storyline.ingest.records import RawRecord, build_article
from storyline.model import Article
from storyline.run.admit import Admission
from storyline.run.report import IngestReport
from storyline.store import SQLiteStore, Store
from storyline.store.postgres import PostgresStore

BODY = (
    "The ferry Tarn Lady ran aground off Gull Point on Sunday, the harbour office said. "
    "All 41 passengers were taken ashore by lifeboat before the tide turned. The crew of "
    "six stayed aboard to pump out the engine room, and a tug from Wrenmouth was due to "
    "pull the ferry free at high water on Monday morning. The crossing to the islands is "
    "closed until the hull has been inspected, the operator said.\n\n"
    "Read more stories from the coast."
)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "postgres":
        backend: Store = PostgresStore(request.getfixturevalue("pg_url"))
    else:
        backend = SQLiteStore(tmp_path / "legacy.db")
    yield backend
    backend.close()


def _read(outlet: str = "Coast News", cut_last: bool = False, path: str = "a.jsonl#1") -> Article:
    """The article as ingest builds it; `cut_last`: as a changed cleaning rule would clean it."""
    record = RawRecord(
        text=BODY, title="Ferry aground", outlet=outlet, published="2024-06-02", path=path
    )
    built = build_article(record, "x")
    assert isinstance(built, Article)
    if cut_last:
        built = replace(built, text=built.text.rsplit("\n\n", 1)[0], content_hash="other")
    return built


def _legacy(article: Article) -> Article:
    """The same article as older code stored it: under its clean-text id."""
    legacy = legacy_article_id(
        article.text, published=article.published, outlet=article.outlet, title=article.title
    )
    return replace(article, id=legacy)


def _put_original(store: Store, article: Article) -> None:
    """Stored as ingest stores an original: with its signature and band keys."""
    signature = minhash_signature(article.text)
    store.put_article(article, signature=signature, bands=band_keys(signature))


def test_article_stored_under_its_legacy_id_is_present(store: Store) -> None:
    old = _legacy(_read())
    store.put_article(old)
    report = IngestReport()
    assert Admission(store).prepare(_read(), report) is None
    assert report.present == 1 and store.count_articles() == 1
    assert store.has_article(old.id)  # its id (exports, citations) unchanged


def test_source_id_is_present_when_cleaning_changes(store: Store) -> None:
    first = _read()
    assert first.id.startswith(SOURCE_PREFIX)
    store.put_article(first)
    report = IngestReport()
    recleaned = _read(cut_last=True)
    assert recleaned.id == first.id
    assert Admission(store).prepare(recleaned, report) is None
    assert report.present == 1 and report.updated == 0 and store.count_articles() == 1


def test_exact_copy_from_another_outlet_is_still_linked(store: Store) -> None:
    first = _read()
    store.put_article(first)
    copy = _read(outlet="Harbour Daily", path="b.jsonl#1")
    assert copy.id != first.id and copy.content_hash == first.content_hash
    queued = Admission(store).prepare(copy, IngestReport())
    assert queued is not None and queued.article.duplicate_of == first.id


def test_legacy_copy_from_another_outlet_is_linked_to_the_stored_one(store: Store) -> None:
    old = _legacy(_read())
    store.put_article(old)
    copy = _read(outlet="Harbour Daily", path="b.jsonl#1")
    queued = Admission(store).prepare(copy, IngestReport())
    assert queued is not None and queued.article.duplicate_of == old.id


def test_same_file_stored_by_older_code_with_other_cleaning_is_present(store: Store) -> None:
    # older code stored the item with its last paragraph; the rules now drop it, so its
    # legacy id is not found, but the stored near copy came from the same file#record
    old = _legacy(_read())
    _put_original(store, old)
    recleaned = _read(cut_last=True)
    report = IngestReport()
    assert Admission(store).prepare(recleaned, report) is None
    assert report.present == 1 and store.count_articles() == 1


def test_near_copy_from_another_file_is_still_linked(store: Store) -> None:
    old = _legacy(_read())
    _put_original(store, old)
    elsewhere = _read(cut_last=True, path="b.jsonl#1")
    queued = Admission(store).prepare(elsewhere, IngestReport())
    assert queued is not None and queued.article.duplicate_of == old.id
