"""`Storyline`: the library entry point the CLI, the API and users' scripts share.

    from storyline import Storyline
    s = Storyline("news.db")
    report = s.ingest(["articles/", "https://example.org/feed.xml"])
    for hit in s.search("ceasefire"):
        ...

Ingest reads items, drops what is already stored (ids are stable), links exact
and near duplicates to their first copy, runs the per-article pipeline through
an executor in batches, and writes each article with its annotations in one
transaction. A bad item is reported and skipped; the rest is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from storyline.analyze.pipeline import DEFAULT_STAGES, Pipeline, Stage
from storyline.corpus.entities import entities_from_mentions
from storyline.corpus.stories.labels import StoryLabel
from storyline.errors import InputError
from storyline.ingest import IngestOptions, discover, poll_feed, read_source
from storyline.ingest.dedup import NearDuplicateIndex, minhash_signature
from storyline.model import Article, Entity, FeedState
from storyline.run.executors import Executor, LocalExecutor
from storyline.store import ArticleFilter, SearchHit, StoreStats, open_store
from storyline.store.sqlite_stories import SQLiteStoryRepository

__all__ = ["FeedPoll", "IngestReport", "Storyline"]

ProgressCallback = Callable[[int, int, str], None]
"""progress(done, total, current item) -- called as sources are read."""

_BATCH = 16


@dataclass
class IngestReport:
    """What one ingest run did; `ok` is False when any item failed."""

    new: int = 0
    present: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.present} already present, "
            f"{self.duplicates} duplicates, {self.failed} failed"
        )


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
        self.options = options or IngestOptions()
        self.executor = executor or LocalExecutor()
        self.assign_stories = stories
        self.warn = warn or (lambda _message: None)
        self._pipeline: Pipeline | None = None
        self._dedup: NearDuplicateIndex | None = None
        # read in this run but not stored yet (analysis is batched): ids, and hash -> first id
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
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.stages)
        return self._pipeline

    # ingest ----------------------------------------------------------------
    def ingest(
        self, sources: Sequence[str], *, progress: ProgressCallback | None = None
    ) -> IngestReport:
        """Read every source, store what is new, report per-item failures."""
        report = IngestReport()
        found = discover(sources)
        batch: list[tuple[Article, bytes | None]] = []
        for done, source in enumerate(found):
            if progress:
                progress(done, len(found), source.location)
            self._consume(read_source(source, self.options), report, batch)
        self._analyze_and_store(batch, report)
        if progress:
            progress(len(found), len(found), "")
        self._update_corpus(report.new)
        return report

    def ingest_articles(self, articles: Iterable[Article]) -> IngestReport:
        """Store already-built Article records (e.g. from an application), same rules as ingest."""
        report = IngestReport()
        batch: list[tuple[Article, bytes | None]] = []
        self._consume(articles, report, batch)
        self._analyze_and_store(batch, report)
        self._update_corpus(report.new)
        return report

    def _consume(
        self,
        items: Iterable[Article | InputError],
        report: IngestReport,
        batch: list[tuple[Article, bytes | None]],
    ) -> None:
        """Report bad items, queue new ones, analyse and store each full batch."""
        for item in items:
            if isinstance(item, InputError):
                report.failed += 1
                report.errors.append(str(item))
                continue
            prepared = self._prepare(item, report)
            if prepared is not None:
                batch.append(prepared)
            if len(batch) >= _BATCH:
                self._analyze_and_store(batch, report)

    def _update_corpus(self, new_articles: int) -> None:
        """Corpus-level stages after new articles arrive: stories (entities are rebuilt on read)."""
        if not new_articles:
            return
        if self.assign_stories:
            from storyline.corpus.stories.stored import assign_stored

            assign_stored(self.store, warn=self.warn)

    def _dedup_index(self) -> NearDuplicateIndex:
        if self._dedup is None:
            self._dedup = NearDuplicateIndex(self.store.iter_signatures())
        return self._dedup

    def _prepare(
        self, article: Article, report: IngestReport
    ) -> tuple[Article, bytes | None] | None:
        """Skip what is stored; link duplicates (stored or earlier in this run) to their first copy.

        A new original is indexed at once, so copies later in the same batch find it.
        """
        if self.store.has_article(article.id) or article.id in self._pending_ids:
            report.present += 1
            return None
        first = None
        if article.content_hash:
            first = self._pending_hashes.get(
                article.content_hash
            ) or self.store.find_by_content_hash(article.content_hash)
        signature: bytes | None = None
        if first is None and article.text.strip():
            signature = minhash_signature(article.text)
            first = self._dedup_index().query(signature)
        self._pending_ids.add(article.id)
        if first is not None and first != article.id:
            report.duplicates += 1
            return replace(article, duplicate_of=first), signature
        if article.content_hash:
            self._pending_hashes[article.content_hash] = article.id
        if signature is not None:
            self._dedup_index().add(article.id, signature)
        return article, signature

    def _analyze_and_store(
        self, batch: list[tuple[Article, bytes | None]], report: IngestReport
    ) -> None:
        """Analyse a batch through the executor, store each article, and empty the batch."""
        if not batch:
            self._pending_ids.clear()
            self._pending_hashes.clear()
            return
        results = self.executor.map(self.pipeline.run, [a for a, _ in batch])
        for (article, signature), result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                # Keep the article (never lose data), unannotated, and say why.
                report.failed += 1
                report.errors.append(
                    f"{article.path or article.url or article.id}: analysis failed "
                    f"({type(result).__name__}: {result}); stored without annotations"
                )
                result = article
            if self.store.put_article(result, signature=signature):
                report.new += 1
                report.new_ids.append(article.id)
        batch.clear()
        self._pending_ids.clear()
        self._pending_hashes.clear()

    # feeds -------------------------------------------------------------------
    def poll_feeds(
        self, feeds: Sequence[str], *, every_s: float, force: bool = False
    ) -> list[FeedPoll]:
        """Poll each due feed once (conditional GET), store what is new, remember its state.

        A feed that fails is reported and backed off; it never stops the others.
        """
        now = dt.datetime.now(dt.UTC)
        stamp = now.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
        polls: list[FeedPoll] = []
        for url in feeds:
            state = self.store.get_feed(url) or FeedState(url)
            if not force and state.next_due and state.next_due > stamp:
                continue
            result = poll_feed(state, self.options, every_s=every_s, now=now)
            report = IngestReport()
            batch: list[tuple[Article, bytes | None]] = []
            self._consume(result.items, report, batch)
            self._analyze_and_store(batch, report)
            self.store.put_feed(result.state)
            polls.append(FeedPoll(url, report, result.not_modified, result.state))
        # once for all feeds: the corpus stages read the whole store
        self._update_corpus(sum(p.report.new for p in polls))
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

    def stats(self) -> StoreStats:
        return self.store.stats()

    def stories(self, *, limit: int | None = None) -> list[StoryLabel]:
        """Active stories, largest first, with their labels."""
        from storyline.corpus.stories.labels import story_label

        repo = SQLiteStoryRepository(self.store)
        found = sorted(repo.active_stories(), key=lambda s: (-s.count, s.end or "", s.id))
        return [story_label(s) for s in found[:limit]]

    def story_articles(self, story_id: str) -> list[Article]:
        """The fully annotated articles of a story (merged ids resolve), by date.

        Raises KeyError when no story has that id.
        """
        repo = SQLiteStoryRepository(self.store)
        resolved = repo.resolve(story_id)
        if repo.get_story(resolved) is None:
            raise KeyError(story_id)
        members = sorted(
            repo.members(resolved), key=lambda m: (m.published is None, m.published or "", m.seq)
        )
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
            version = self.store.mentions_version()
            built = entities_from_mentions(self.store.iter_entity_mentions())
            self.store.replace_entities(built, version=version)
