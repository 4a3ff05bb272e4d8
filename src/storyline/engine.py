"""`Storyline`: the library entry point the CLI, the API and users' scripts share.

    from storyline import Storyline
    s = Storyline("news.db")
    report = s.ingest(["articles/", "https://example.org/feed.xml"])
    for hit in s.search("ceasefire"):
        ...

Ingest reads items, drops what is already stored (ids are stable), links exact
and near duplicates to their first copy, and streams the rest through the
per-article pipeline on an executor (with the article embedding when stories
are kept, so an article is written once, complete); each result is written
with its annotations in one transaction as it comes back, in input order. A
bad item is reported and skipped; the rest is stored.

Heavy modules (readers, models, the story index) are imported by the methods
that use them, so a command that only reads the database starts quickly.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.analyze.pipeline import DEFAULT_STAGES
from storyline.errors import InputError
from storyline.model import Article, ArticleVersion, Entity, FeedState
from storyline.run.executors import Executor, LocalExecutor
from storyline.store import ArticleFilter, SearchHit, StoreStats, open_store
from storyline.store.base import StoredContent

if TYPE_CHECKING:
    from storyline.analyze.pipeline import Pipeline, Stage
    from storyline.corpus.stories.labels import StoryLabel
    from storyline.ingest.dedup import NearDuplicateIndex
    from storyline.ingest.options import IngestOptions, Source

if TYPE_CHECKING:
    from storyline.corpus.flags import StoryReview
    from storyline.corpus.flags.outlets import OutletSummary
    from storyline.corpus.ledger import Ledger
    from storyline.crosscheck import ArticleFlags

__all__ = ["FeedPoll", "IngestProgress", "IngestReport", "Storyline"]


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Where an ingest is: articles read so far (the bar), and which file of how many."""

    articles: int
    files_done: int
    files_total: int
    current: str


ProgressCallback = Callable[[IngestProgress], None]
"""progress(state) -- called after every article or error read, and at each new source."""


@dataclass
class IngestReport:
    """What one ingest run did; `ok` is False when any item failed.

    Every item read is counted once: `new` (a new original article stored),
    `updated` (a stored article whose content changed: a new version), `present`
    (already stored, unchanged, or a teaser of a stored full text), `duplicates`
    (stored, linked to the first copy; not counted in `new`) or `failed` (not
    read, or stored without annotations because its analysis failed). The rest
    are remarks about stored articles: not English, too long to analyse, stories
    assigned to articles an earlier (interrupted) run left without one, files
    skipped because they are a database's own.
    """

    new: int = 0
    updated: int = 0
    present: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    not_english: int = 0
    too_long: int = 0
    resumed: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)
    updated_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        head = (
            f"{self.new} new, {self.updated} updated, {self.present} already present, "
            f"{self.duplicates} duplicates, {self.failed} failed"
        )
        extra = [
            f"{n} {what}"
            for n, what in (
                (self.not_english, "not in English (English-model stages skipped)"),
                (self.too_long, "too long to analyse (stored, not analysed)"),
                (self.resumed, "stored earlier without a story, assigned now"),
                (self.skipped, "database files skipped"),
            )
            if n
        ]
        return "; ".join([head, *extra])


@dataclass(frozen=True, slots=True)
class _Queued:
    """An article waiting in a batch for analysis, and how to store it."""

    article: Article
    signature: bytes | None
    update: bool = False


@lru_cache(maxsize=1)
def _reported_flags() -> frozenset[str]:
    """Warning flags a reader or the pipeline set that the ingest also reports, naming the item."""
    from storyline.analyze.pipeline import TOO_LONG_FLAG
    from storyline.ingest.records import DECODING_FLAG

    return frozenset({DECODING_FLAG, TOO_LONG_FLAG, "published-unreadable"})


def _item_name(article: Article) -> str:
    return article.path or article.url or article.id


def _is_update(article: Article, stored: StoredContent) -> bool:
    """Whether a re-read article is a new version of the stored one.

    Changed content is an update, except that a feed teaser never replaces a
    stored full text (a feed re-polled without --fetch-pages gives the summary again).
    """
    if article.content_hash == stored.content_hash:
        return False
    from storyline.ingest.records import TEASER_FLAG as _TEASER_FLAG

    is_teaser = any(f.code == _TEASER_FLAG for f in article.flags)
    return not (is_teaser and _TEASER_FLAG not in stored.flags)


def _counted(
    items: Iterable[Article | InputError],
    count: list[int],
    progress: ProgressCallback | None,
    state: IngestProgress,
) -> Iterator[Article | InputError]:
    """`items`, counting each into count[0] and reporting progress as they are read."""
    for item in items:
        count[0] += 1
        if progress:
            progress(replace(state, articles=count[0]))
        yield item


def _as_stored(article: Article) -> Article:
    """The article as the store gives it back (its embedding in the stored precision)."""
    if article.embedding is None:
        return article
    from storyline.store.sqlite_rows import decode_embedding, encode_embedding

    return replace(article, embedding=decode_embedding(encode_embedding(article.embedding)))


@dataclass(frozen=True)
class FeedPoll:
    """The outcome of polling one feed once."""

    url: str
    report: IngestReport
    not_modified: bool
    state: FeedState


class Storyline:
    """A storyline database and the operations on it."""

    def __init__(
        self,
        db: str | Path = "storyline.db",
        *,
        stages: Sequence[str | Stage] = DEFAULT_STAGES,
        options: IngestOptions | None = None,
        executor: Executor | None = None,
        stories: bool = True,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.store = open_store(db)
        self.stages = tuple(stages)
        self._options = options
        self.executor = executor or LocalExecutor()
        self.assign_stories = stories
        self.warn = warn or (lambda _message: None)
        self._pipeline: Pipeline | None = None
        self._dedup: NearDuplicateIndex | None = None
        # read in this run, not stored yet (in the executor): ids, and hash -> first id
        self._pending_ids: set[str] = set()
        self._pending_hashes: dict[str, str] = {}

    def close(self) -> None:
        self.executor.close()
        self.store.close()

    def __enter__(self) -> Storyline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def options(self) -> IngestOptions:
        if self._options is None:
            from storyline.ingest.options import IngestOptions

            self._options = IngestOptions()
        return self._options

    @options.setter
    def options(self, value: IngestOptions) -> None:
        self._options = value

    @property
    def pipeline(self) -> Pipeline:
        """The per-article stages, plus the article embedding when stories are kept.

        Embedding here (in the executor's workers, before the first write) rather
        than in story assignment means an article row is written once, complete.
        """
        if self._pipeline is None:
            from storyline.analyze.pipeline import Pipeline

            stages = list(self.stages)
            names = {s if isinstance(s, str) else s.name for s in stages}
            if self.assign_stories and "embed" not in names:
                stages.append("embed")
            self._pipeline = Pipeline(stages)
        return self._pipeline

    # ingest ----------------------------------------------------------------
    def ingest(
        self, sources: Sequence[str], *, progress: ProgressCallback | None = None
    ) -> IngestReport:
        """Read every source, store what is new or changed, report per-item failures.

        Resumable: each article is committed on its own, and stored articles left
        without a story (a run killed before it assigned them) get one now, even
        when nothing new is read.
        """
        from storyline.ingest.discover import discover_items

        report = IngestReport()
        found = discover_items(sources)
        report.skipped = len(found.skipped)
        skip_db = {str(Path(p).resolve()) for p in self.store.own_files()}
        sources_left = [s for s in found.sources if str(Path(s.location).resolve()) not in skip_db]
        report.skipped += len(found.sources) - len(sources_left)
        count = [0]
        items = self._read_all(sources_left, count, progress)
        self._analyze_and_store(self._queue(items, report), report)
        if progress:
            progress(IngestProgress(count[0], len(sources_left), len(sources_left), ""))
        self._update_corpus(report)
        return report

    def _read_all(
        self, sources: Sequence[Source], count: list[int], progress: ProgressCallback | None
    ) -> Iterator[Article | InputError]:
        """Every item of every source, in order, read lazily (the executor pulls them)."""
        from storyline.ingest.source import read_source

        for done, source in enumerate(sources):
            state = IngestProgress(count[0], done, len(sources), source.location)
            if progress:
                progress(state)
            yield from _counted(read_source(source, self.options), count, progress, state)

    def ingest_articles(self, articles: Iterable[Article]) -> IngestReport:
        """Store already-built Article records (e.g. from an application), same rules as ingest."""
        report = IngestReport()
        self._analyze_and_store(self._queue(articles, report), report)
        self._update_corpus(report)
        return report

    def _queue(
        self, items: Iterable[Article | InputError], report: IngestReport
    ) -> Iterator[_Queued]:
        """Report bad items; yield new and changed articles with how to store them."""
        for item in items:
            if isinstance(item, InputError):
                report.failed += 1
                report.errors.append(str(item))
                continue
            prepared = self._prepare(item, report)
            if prepared is not None:
                yield prepared

    def _update_corpus(self, report: IngestReport) -> None:
        """Stories for every stored article still without one (oldest first).

        New articles got theirs as they were stored; this catches the articles an
        interrupted run stored and died before assigning, and is checked on every
        run, even when nothing new was read (entities are rebuilt on read).
        """
        if not self.assign_stories:
            return
        waiting = self.store.count_unassigned()
        if not waiting:
            return
        from storyline.corpus.stories.stored import assign_stored

        fresh = set(report.new_ids)
        assigned = assign_stored(self.store, warn=self.warn)
        report.resumed += sum(1 for a in assigned if a.article_id not in fresh)

    def _dedup_index(self) -> NearDuplicateIndex:
        if self._dedup is None:
            from storyline.ingest.dedup import NearDuplicateIndex

            self._dedup = NearDuplicateIndex(self.store.iter_signatures())
        return self._dedup

    def _prepare(self, article: Article, report: IngestReport) -> _Queued | None:
        """Skip what is stored unchanged; queue changes as updates; link duplicates.

        A new original is indexed at once, so copies later in the stream find it
        while it is still being analysed.
        """
        if article.id in self._pending_ids:
            report.present += 1
            return None
        stored = self.store.stored_content(article.id)
        if stored is not None:
            if not _is_update(article, stored):
                report.present += 1
                return None
            self._pending_ids.add(article.id)
            return _Queued(article, None, update=True)
        first = None
        if article.content_hash:
            first = self._pending_hashes.get(
                article.content_hash
            ) or self.store.find_by_content_hash(article.content_hash)
        signature: bytes | None = None
        if first is None and article.text.strip():
            from storyline.ingest.dedup import minhash_signature

            signature = minhash_signature(article.text)
            first = self._dedup_index().query(signature)
        self._pending_ids.add(article.id)
        if first is not None and first != article.id:
            return _Queued(replace(article, duplicate_of=first), signature)
        if article.content_hash:
            self._pending_hashes[article.content_hash] = article.id
        if signature is not None:
            self._dedup_index().add(article.id, signature)
        return _Queued(article, signature)

    def _analyze_and_store(self, queued: Iterable[_Queued], report: IngestReport) -> None:
        """Stream articles through the executor; store and assign each as it comes back.

        Results come back in input order; each article is its own transaction, so
        a run killed here keeps every article stored before it and the next run
        reads the rest again (and assigns a story to any stored without one). An
        article leaves the pending sets once stored (later duplicates then find it
        in the store). A new original gets its story here, in input order, while
        the executor's workers analyse the articles after it.
        """
        in_flight: deque[_Queued] = deque()

        def articles() -> Iterator[Article]:
            for item in queued:
                in_flight.append(item)
                yield item.article

        with self._story_stream() as assign:
            for result in self.executor.imap(self.pipeline.run, articles()):
                item = in_flight.popleft()
                article = item.article
                analysed = not isinstance(result, Exception)
                if isinstance(result, Exception):
                    # Keep the article (never lose data), unannotated, and say why: one count.
                    report.failed += 1
                    report.errors.append(
                        f"{_item_name(article)}: analysis failed "
                        f"({type(result).__name__}: {result}); stored without annotations"
                    )
                    result = article
                self._store_one(item, result, report, counted=analysed)
                self._pending_ids.discard(article.id)
                if self._pending_hashes.get(article.content_hash) == article.id:
                    del self._pending_hashes[article.content_hash]
                if assign is not None and not item.update and article.duplicate_of is None:
                    assign(result)

    @contextmanager
    def _story_stream(self) -> Iterator[Callable[[Article], None] | None]:
        """Assign stories to articles as they are stored; consolidate what was touched at the end.

        Yields None when stories are off. The story index is opened once per
        stream (and saved at the end, also when the stream fails).
        """
        if not self.assign_stories:
            yield None
            return
        from storyline.corpus.stories.stored import stored_assigner

        touched: set[str] = set()
        with stored_assigner(self.store, warn=self.warn) as assigner:

            def assign(article: Article) -> None:
                touched.add(assigner.assign(_as_stored(article)).story_id)

            yield assign
            if touched:
                assigner.consolidate(touched)

    def _store_one(
        self, queued: _Queued, result: Article, report: IngestReport, *, counted: bool
    ) -> None:
        from storyline.analyze.pipeline import NOT_ANALYSED_FLAG, TOO_LONG_FLAG

        article = queued.article
        if queued.update:
            stored = self.store.get_article(article.id)
            result = replace(result, duplicate_of=stored.duplicate_of if stored else None)
            version = self.store.update_article(result, signature=queued.signature)
            from storyline.crosscheck import forget_review_of

            forget_review_of(self.store, article.id)
            report.updated_ids.append(article.id)
            report.warnings.append(
                f"{_item_name(article)}: content changed; stored as version {version}"
            )
            if counted:
                report.updated += 1
        else:
            self.store.put_article(result, signature=queued.signature)
            if article.duplicate_of is None:
                report.new_ids.append(article.id)
            if counted and article.duplicate_of is None:
                report.new += 1
            elif counted:
                report.duplicates += 1
        codes = {f.code for f in result.flags}
        report.not_english += NOT_ANALYSED_FLAG in codes
        report.too_long += TOO_LONG_FLAG in codes
        reported = _reported_flags()
        for flag in result.flags:
            if flag.severity == "warning" and flag.code in reported:
                report.warnings.append(f"{_item_name(article)}: {flag.message}")

    # feeds -------------------------------------------------------------------
    def poll_feeds(
        self, feeds: Sequence[str], *, every_s: float, force: bool = False
    ) -> list[FeedPoll]:
        """Poll each due feed once (conditional GET), store what is new, remember its state.

        A feed that fails is reported and backed off; it never stops the others.
        """
        now = dt.datetime.now(dt.UTC)
        stamp = now.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
        from storyline.ingest.watch import poll_feed

        polls: list[FeedPoll] = []
        for url in feeds:
            state = self.store.get_feed(url) or FeedState(url)
            if not force and state.next_due and state.next_due > stamp:
                continue
            result = poll_feed(state, self.options, every_s=every_s, now=now)
            report = IngestReport()
            self._analyze_and_store(self._queue(result.items, report), report)
            self.store.put_feed(result.state)
            polls.append(FeedPoll(url, report, result.not_modified, result.state))
        # once for all feeds: the corpus stages read the whole store
        if polls:
            self._update_corpus(polls[-1].report)
        return polls

    def next_feed_due(self, feeds: Sequence[str]) -> dt.datetime | None:
        """When the earliest of these feeds is next due (None: one is due now or never polled)."""
        dues: list[dt.datetime] = []
        for url in feeds:
            state = self.store.get_feed(url)
            if state is None or not state.next_due:
                return None
            dues.append(
                dt.datetime.fromisoformat(state.next_due.rstrip("Z")).replace(tzinfo=dt.UTC)
            )
        return min(dues) if dues else None

    # queries -----------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        limit: int = 20,
    ) -> list[SearchHit]:
        return self.store.search(
            query, ArticleFilter(since=since, until=until, outlet=outlet, limit=limit)
        )

    def articles(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        limit: int | None = None,
        include_duplicates: bool = True,
    ) -> Iterator[Article]:
        return self.store.iter_articles(
            ArticleFilter(
                since=since,
                until=until,
                outlet=outlet,
                limit=limit,
                include_duplicates=include_duplicates,
            )
        )

    def article(self, article_id: str) -> Article | None:
        """An article by id, or by a unique id prefix."""
        found = self.store.get_article(article_id)
        if found is None and len(article_id) >= 4:
            matches = self.store.ids_with_prefix(article_id, limit=2)
            if len(matches) == 1:
                found = self.store.get_article(matches[0])
        return found

    def article_versions(self, article_id: str) -> list[ArticleVersion]:
        """Every version of an article (by id or unique prefix), oldest first; [] if unknown."""
        found = self.article(article_id)
        return self.store.article_versions(found.id) if found is not None else []

    def stats(self) -> StoreStats:
        return self.store.stats()

    def stories(self, *, limit: int | None = None) -> list[StoryLabel]:
        """Stories (each with all its threads), largest first, with their labels."""
        from storyline.corpus.stories.labels import story_label
        from storyline.corpus.stories.threads import stories_with_threads

        found = stories_with_threads(self.store.stories())
        return [story_label(story) for story, _threads in found[:limit]]

    def story_articles(self, story_id: str) -> list[Article]:
        """The fully annotated articles of a story, all its threads (old ids resolve), by date.

        Raises KeyError when no story has that id.
        """
        repo = self.store.stories()
        resolved = repo.resolve(story_id)
        if repo.get_story(resolved) is None:
            raise KeyError(story_id)
        found = [m for thread in repo.threads_of(resolved) for m in repo.members(thread)]
        members = sorted(found, key=lambda m: (m.published is None, m.published or "", m.seq))
        return self.store.get_articles([m.article_id for m in members])

    def entities(self, *, type: str | None = None, limit: int | None = None) -> list[Entity]:
        self._refresh_entities()
        return self.store.list_entities(type=type, limit=limit)

    def entity(self, name: str) -> Entity | None:
        self._refresh_entities()
        return self.store.find_entity(name)

    def _refresh_entities(self) -> None:
        """Rebuild the canonical entity list if mentions changed since it was built.

        Ingest only marks the list stale (in the transaction that writes the mentions),
        so a stream of small ingests into a large store does not re-read every mention
        each time; the first read after them pays once.
        """
        if self.store.entities_stale():
            # read the version first: mentions written while the list is built leave it stale
            from storyline.corpus.entities import entities_from_mentions

            version = self.store.mentions_version()
            built = entities_from_mentions(self.store.iter_entity_mentions())
            self.store.replace_entities(built, version=version)

    # cross-checking ------------------------------------------------------------
    def review(self, story_id: str) -> StoryReview:
        """Cross-checking of a story: ledger, story-level flags, date estimates (cached).

        Raises KeyError when no story has that id (merged ids resolve).
        """
        from storyline.crosscheck import story_review

        return story_review(self.store, story_id)

    def ledger(self, story_id: str) -> Ledger:
        """The claim ledger of a story: series of reported numbers and their conflicts."""
        return self.review(story_id).ledger

    def flags(
        self, story_id: str | None = None, review: StoryReview | None = None
    ) -> list[ArticleFlags]:
        """Articles (of a story, or all) with every flag they carry, by date (`review`: the
        story's, when the caller already has it)."""
        from storyline.crosscheck import article_flags

        return article_flags(self.store, story_id, review)

    def outlet_flags(self) -> list[OutletSummary]:
        """Per outlet: how many of its articles carry each flag."""
        from storyline.crosscheck import outlet_flags

        return outlet_flags(self.store)

    def export_stories(self) -> Iterator[dict[str, Any]]:
        """Stories with their claim series and conflicts, as DESIGN.md's story JSON."""
        from storyline.crosscheck import export_stories

        return export_stories(self.store)

    def checked_articles(self) -> Iterator[Article]:
        """Every stored article with its story's flags and publication estimate added."""
        from storyline.crosscheck import checked_articles

        return checked_articles(self.store)

    def checked_article(self, article_id: str) -> Article | None:
        """One article (id or unique prefix) with its story's flags and estimate added."""
        from storyline.crosscheck import story_review

        article = self.article(article_id)
        if article is None:
            return None
        membership = self.store.stories().membership(article.id)
        if membership is None:
            return article
        review = story_review(self.store, membership.story_id)
        more = review.flags.get(article.id, ())
        return replace(
            article,
            flags=article.flags + tuple(more),
            published_estimate=review.estimates.get(article.id),
        )
