"""Admission of articles into an ingest, on articles written here and a real SQLite store."""

from __future__ import annotations

from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.identity import content_hash
from storyline.ingest.records import TEASER_FLAG
from storyline.model import Article, Flag
from storyline.run.admit import Admission, Queued, is_update
from storyline.run.report import IngestReport
from storyline.store import open_store
from storyline.store.base import StoredContent

BODY = (
    "The harbour authority closed the northern pier on Friday after inspectors found cracks "
    "in two of its supporting columns. Fishing boats were moved to the southern basin, and "
    "the authority said repairs would take at least three months and cost about two million."
)


def art(article_id: str, text: str = BODY) -> Article:
    return Article(id=article_id, text=text, content_hash=content_hash(text))


def test_bad_items_are_reported_and_dropped(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        report = IngestReport()
        out = list(Admission(store).queue([InputError("a.txt", "unreadable"), art("a1")], report))
        assert [q.article.id for q in out] == ["a1"]
        assert report.failed == 1
        assert report.errors == ["a.txt: unreadable"]


def test_an_id_read_twice_in_one_run_is_present_the_second_time(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        report = IngestReport()
        out = list(Admission(store).queue([art("a1"), art("a1")], report))
        assert len(out) == 1
        assert report.present == 1


def test_exact_copy_in_flight_links_to_the_first_and_release_forgets_it(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        admission = Admission(store)
        report = IngestReport()
        first = admission.prepare(art("a1"), report)
        copy = admission.prepare(art("a2"), report)
        assert first is not None and first.article.duplicate_of is None
        assert first.signature is not None
        assert copy is not None and copy.article.duplicate_of == "a1"
        # stored (with its band keys) and released: a later copy finds a1 in the store,
        # and the admission holds nothing of it any more
        store.put_article(first.article, signature=first.signature, bands=first.bands)
        admission.release(first.article)
        assert len(admission.near_duplicates()) == 0
        again = admission.prepare(art("a3"), report)
        assert again is not None and again.article.duplicate_of == "a1"
        assert copy.bands == ()  # a duplicate's keys are never stored


def test_released_without_being_stored_is_forgotten(tmp_path: Path) -> None:
    """What the admission holds is bounded by what is in flight: an article released
    without being stored (its write failed) is not found by a later near-copy."""
    with open_store(tmp_path / "x.db") as store:
        admission = Admission(store)
        report = IngestReport()
        first = admission.prepare(art("a1"), report)
        assert first is not None
        admission.release(first.article)
        near = admission.prepare(art("a2", BODY.replace("Friday", "Thursday")), report)
        assert near is not None and near.article.duplicate_of is None


def test_near_copy_links_to_the_first(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        admission = Admission(store)
        report = IngestReport()
        admission.prepare(art("a1"), report)
        near = admission.prepare(art("a2", BODY.replace("Friday", "Thursday")), report)
        other = admission.prepare(art("a3", "A different story about a school choir tour."), report)
        assert near is not None and near.article.duplicate_of == "a1"
        assert other is not None and other.article.duplicate_of is None


def test_stored_article_unchanged_is_present_changed_is_an_update(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        store.put_article(art("a1"), signature=None)
        report = IngestReport()
        admission = Admission(store)
        assert admission.prepare(art("a1"), report) is None
        assert report.present == 1
        changed = admission.prepare(art("a1", BODY + " The pier reopened in May."), report)
        assert changed is not None
        assert changed == Queued(changed.article, None, update=True)
        assert report.present == 1


def test_a_teaser_never_replaces_a_stored_full_text() -> None:
    teaser = Article(
        id="a1",
        text="Pier closed.",
        content_hash=content_hash("Pier closed."),
        flags=(Flag(TEASER_FLAG, "info", "feed summary"),),
    )
    full = StoredContent(content_hash=content_hash(BODY), version=1, flags=frozenset())
    stored_teaser = StoredContent(
        content_hash=content_hash(BODY), version=1, flags=frozenset({TEASER_FLAG})
    )
    assert not is_update(teaser, full)
    assert is_update(teaser, stored_teaser)
    assert is_update(art("a1", BODY + " More."), full)
    assert not is_update(art("a1"), full)


def test_worth_starting_is_what_prepare_would_queue(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        store.put_article(art("a1"))
        admission = Admission(store)
        assert not admission.worth_starting(art("a1"))  # stored unchanged: present
        changed = BODY.replace("three months", "four months")
        assert admission.worth_starting(art("a1", changed))  # a new version
        assert admission.worth_starting(art("a2"))  # a copy is analysed too
        admission.prepare(art("a3", changed), IngestReport())
        assert not admission.worth_starting(art("a3", changed))  # already in flight
