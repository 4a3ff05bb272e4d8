"""Admission: which items read by an ingest go on to analysis, and how they are stored.

An unreadable item is reported and dropped; an article already stored unchanged
(or read twice in one run, or stored by older code under its legacy clean-text
id, or from the same file by older code with other cleaning) is counted present;
a changed one is queued as a new version; an exact or near copy of an article
stored or still in flight is linked to its first copy. Kept apart from the stream
so the decision can be tested on written inputs without a pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from storyline.errors import InputError
from storyline.model import Article
from storyline.run.report import IngestReport
from storyline.store.base import StoredContent

if TYPE_CHECKING:
    from storyline.ingest.dedup_store import StoredNearDuplicates
    from storyline.store.base import Store

__all__ = ["Admission", "Queued", "is_update"]


@dataclass(frozen=True, slots=True)
class Queued:
    """An article waiting for analysis, and how to store it."""

    article: Article
    signature: bytes | None
    update: bool = False
    bands: tuple[int, ...] = ()
    """The signature's LSH band keys, stored with an original so later copies find it."""


def is_update(article: Article, stored: StoredContent) -> bool:
    """Whether a re-read article is a new version of the stored one.

    Changed content is an update, except that a feed teaser never replaces a
    stored full text (a feed re-polled without --fetch-pages gives the summary again).
    """
    if article.content_hash == stored.content_hash:
        return False
    from storyline.ingest.records import TEASER_FLAG as _TEASER_FLAG

    is_teaser = any(f.code == _TEASER_FLAG for f in article.flags)
    return not (is_teaser and _TEASER_FLAG not in stored.flags)


def _same_source(article: Article) -> bool:
    """Whether the article's id vouches that the source is unchanged ("t:" hashes the text
    as given): a stored copy that differs was cleaned by other rules, not edited by its
    publisher, so it is present, not a new version (a version would show the cleaning
    change as the publisher's edit)."""
    from storyline.ingest.identity import SOURCE_PREFIX

    return article.id.startswith(SOURCE_PREFIX)


class Admission:
    """The admission decisions of one engine, over every ingest it runs.

    Holds what was read but is not stored yet (ids, content hash -> first id,
    and the near-duplicate index of those articles) so a copy later in the same
    stream is linked while its first copy is still being analysed; `release`
    forgets an article once it is stored (later copies then find it in the
    store). So what it holds is bounded by what is in flight, not the store.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._dedup: StoredNearDuplicates | None = None
        self._pending_ids: set[str] = set()
        self._pending_hashes: dict[str, str] = {}

    def queue(
        self, items: Iterable[Article | InputError], report: IngestReport
    ) -> Iterator[Queued]:
        """Report bad items; yield new and changed articles with how to store them."""
        for item in items:
            if isinstance(item, InputError):
                report.failed += 1
                report.errors.append(str(item))
                continue
            prepared = self.prepare(item, report)
            if prepared is not None:
                yield prepared

    def near_duplicates(self) -> StoredNearDuplicates:
        """The store's near-duplicate index (its band keys filled in first if the store
        predates them) with the articles in flight."""
        if self._dedup is None:
            from storyline.ingest.dedup_store import StoredNearDuplicates

            self._dedup = StoredNearDuplicates(self.store)
        return self._dedup

    def prepare(self, article: Article, report: IngestReport) -> Queued | None:
        """Skip what is stored unchanged; queue changes as updates; link duplicates.

        A new original is indexed at once, so copies later in the stream find it
        while it is still being analysed.
        """
        if article.id in self._pending_ids:
            report.present += 1
            return None
        stored = self.store.stored_content(article.id)
        if stored is None and self._stored_by_older_code(article):
            report.present += 1
            return None
        if stored is not None:
            if not is_update(article, stored) or _same_source(article):
                report.present += 1
                return None
            self._pending_ids.add(article.id)
            return Queued(article, None, update=True)
        first = None
        if article.content_hash:
            first = self._pending_hashes.get(
                article.content_hash
            ) or self.store.find_by_content_hash(article.content_hash)
        signature: bytes | None = None
        bands: tuple[int, ...] = ()
        if first is None and article.text.strip():
            from storyline.ingest.dedup import band_keys, minhash_signature

            signature = minhash_signature(article.text)
            bands = band_keys(signature)
            first = self.near_duplicates().query(signature, bands)
        if first is not None and self._same_file_as_older_copy(article, first):
            report.present += 1
            return None
        self._pending_ids.add(article.id)
        if first is not None and first != article.id:
            return Queued(replace(article, duplicate_of=first), signature)
        if article.content_hash:
            self._pending_hashes[article.content_hash] = article.id
        if signature is not None:
            self.near_duplicates().hold(article.id, signature, bands)
        return Queued(article, signature, bands=bands)

    def worth_starting(self, article: Article) -> bool:
        """Whether an article just read may go to analysis before its turn in admission
        (run/primed.py): not in flight, and not stored unchanged (as `prepare` finds it,
        also under its legacy id). Copies may go: they are analysed too."""
        if article.id in self._pending_ids:
            return False
        stored = self.store.stored_content(article.id)
        if stored is None:
            return not self._stored_by_older_code(article)
        return is_update(article, stored) and not _same_source(article)

    def _stored_by_older_code(self, article: Article) -> bool:
        """Whether the store holds this article under the id older code gave it.

        Older code hashed the clean text ("h:"); that id is computed again from the
        article as cleaned now, so it is found while the cleaning rules are those the
        article was stored with. Stored there, the text is the same: present, never
        an update (the store's ids, exports and citations stay as they were).
        """
        from storyline.ingest.identity import SOURCE_PREFIX, legacy_article_id

        if not article.id.startswith(SOURCE_PREFIX):
            return False
        legacy = legacy_article_id(
            article.text, published=article.published, outlet=article.outlet, title=article.title
        )
        return self.store.stored_content(legacy) is not None

    def _same_file_as_older_copy(self, article: Article, first: str) -> bool:
        """Whether `first`, the stored exact or near copy of a "t:" article, is this very
        item as older code stored it: an "h:" id read from the same file (or file#record).

        Its legacy id is not found when the cleaning rules changed since it was stored
        (the id hashed the clean text), but the same item re-read is still at least a
        near copy of it: present, not a second article linked to the first. Only the
        copy found is read, so this costs nothing when there is none.
        """
        from storyline.ingest.identity import LEGACY_PREFIX, SOURCE_PREFIX

        if not (
            article.path
            and article.id.startswith(SOURCE_PREFIX)
            and first.startswith(LEGACY_PREFIX)
        ):
            return False
        stored = self.store.get_article(first)
        return stored is not None and stored.path == article.path

    def release(self, article: Article) -> None:
        """The article is stored: later copies find it in the store, not in flight."""
        self._pending_ids.discard(article.id)
        if self._pending_hashes.get(article.content_hash) == article.id:
            del self._pending_hashes[article.content_hash]
        if self._dedup is not None:
            self._dedup.release(article.id)
