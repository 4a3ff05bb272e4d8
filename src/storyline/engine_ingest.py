"""The ingest side of `Storyline`: reading sources, queueing, analysis, storing, the
story stream and feeds (`IngestMethods`; engine.py joins it to the read side).

Ingest reads items, drops what is already stored (ids are stable), links exact
and near duplicates to their first copy, and streams the rest through the
per-article pipeline on an executor (with the article embedding when stories
are kept, so an article is written once, complete, and the words and names
story assignment compares, so the driver only compares); each result is written
with its annotations in one transaction as it comes back, in input order. A
bad item is reported and skipped; the rest is stored.

Heavy modules (readers, models, the story index) are imported by the methods
that use them, so a command that only reads the database starts quickly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.errors import InputError
from storyline.ingest.openings import without_recurring_openings
from storyline.model import Article, FeedState
from storyline.run.admit import Admission, Queued
from storyline.run.executors import Executor
from storyline.run.primed import prime_count, primed_stream
from storyline.run.report import FeedPoll, IngestProgress, IngestReport, ProgressCallback
from storyline.run.stream import read_all
from storyline.run.write import write_result

if TYPE_CHECKING:
    from storyline.analyze.pipeline import Pipeline, Stage
    from storyline.corpus.stories.lexical import Analysed, Lexical
    from storyline.ingest.options import IngestOptions, Source
    from storyline.store import SqlArticleStore

__all__ = ["IngestMethods"]


def _as_stored(article: Article) -> Article:
    """The article as the store gives it back (its embedding in the stored precision)."""
    if article.embedding is None:
        return article
    from storyline.store.sqlite_rows import decode_embedding, encode_embedding

    return replace(article, embedding=decode_embedding(encode_embedding(article.embedding)))


def _is_page(article: Article) -> bool:
    """Whether ingest flagged `article` as a page that is not news (the pipeline's test):
    the one page the pipeline runs no stage on, not even "embed". Not
    page_flags.kept_out_of_stories: a not-English article is kept out of stories too, but
    its embed stage ran (ANY_LANGUAGE_STAGES) and its vector is stored as any article's."""
    from storyline.ingest.pages import NOT_NEWS_FLAG

    return any(f.code == NOT_NEWS_FLAG for f in article.flags)


def _page_vector(given: Article, result: Article | Exception) -> tuple[float, ...] | None:
    """The embedding `_PagesEmbedded` gave a page that is not news (`given` had none),
    else None."""
    if given.embedding is not None or not isinstance(result, Article):
        return None
    return result.embedding if result.embedding is not None and _is_page(result) else None


class _PagesEmbedded:
    """The pipeline's run, and the embedding of a page that is not news, which the pipeline
    leaves unanalysed: story assignment places such a page by its vector, and computed
    here it comes from the executor's workers like every article's, so the driver of a
    `--workers N` or Dask ingest never loads the embedding model (1.4 s and the model's
    memory). The driver stores the page without it, as before (`_analyze_and_store`).
    Picklable as the pipeline is: the executor installs it once per worker."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def __call__(self, article: Article) -> Article:
        out = self.pipeline.run(article)
        if out.embedding is None and _is_page(out):
            for stage in self.pipeline.stages:
                if stage.name == "embed":
                    out = stage(out)
        return out


class IngestMethods:
    """`Storyline`'s ingest methods and the state they keep (set by `Storyline.__init__`):
    one class for the write side, so the read side (engine_reads.py) stays apart."""

    store: SqlArticleStore
    stages: tuple[str | Stage, ...]
    executor: Executor
    assign_stories: bool
    warn: Callable[[str], None]
    _options: IngestOptions | None
    _pipeline: Pipeline | None
    _analyse: Callable[[Article], Article | Analysed] | None
    # what was read but is not stored yet: duplicates later in a stream link to it
    _admission: Admission

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

    @property
    def analyse(self) -> Callable[[Article], Article | Analysed]:
        """What the executor runs on each article: the pipeline, and when stories are kept
        the order-free part of assignment too (the article's words, names and entities,
        corpus/stories/lexical.py), so the driver, which assigns in input order, only
        compares. One object for the engine's life: an executor installs it once."""
        if self._analyse is None:
            run = self.pipeline.run
            if self.assign_stories:
                from storyline.corpus.stories.lexical import WithLexical

                self._analyse = WithLexical(_PagesEmbedded(self.pipeline))
            else:
                self._analyse = run
        return self._analyse

    # ingest ----------------------------------------------------------------
    def ingest(
        self,
        sources: Sequence[str],
        *,
        progress: ProgressCallback | None = None,
        keep_ids: bool = True,
    ) -> IngestReport:
        """Read every source, store what is new or changed, report per-item failures.

        Resumable: each article is committed on its own, and stored articles left
        without a story (a run killed before it assigned them) get one now, even
        when nothing new is read. `keep_ids=False`: the report lists no ids (counts
        only), so the memory of an ingest does not grow with its length.
        """
        from storyline.ingest.discover import discover_items

        report = IngestReport(keep_ids=keep_ids)
        found = discover_items(sources)
        report.skipped = len(found.skipped)
        skip_db = {str(Path(p).resolve()) for p in self.store.own_files()}
        sources_left = [s for s in found.sources if str(Path(s.location).resolve()) not in skip_db]
        report.skipped += len(found.sources) - len(sources_left)
        count = [0]
        # a line opening several of an outlet's articles read together is the page's
        self._analyze_and_store(
            self._read_all(sources_left, count, progress),
            lambda items: self._queue(without_recurring_openings(items), report),
            report,
        )
        if progress:
            progress(IngestProgress(count[0], len(sources_left), len(sources_left), ""))
        self._update_corpus(report)
        return report

    def _read_all(
        self, sources: Sequence[Source], count: list[int], progress: ProgressCallback | None
    ) -> Iterator[Article | InputError]:
        """Every item of every source, in order, read lazily (the executor pulls them)."""
        return read_all(sources, self.options, count, progress)

    def ingest_articles(
        self, articles: Iterable[Article], *, keep_ids: bool = True
    ) -> IngestReport:
        """Store already-built Article records (e.g. from an application), same rules as ingest."""
        report = IngestReport(keep_ids=keep_ids)
        self._analyze_and_store(articles, lambda items: self._queue(items, report), report)
        self._update_corpus(report)
        return report

    def _queue(
        self, items: Iterable[Article | InputError], report: IngestReport
    ) -> Iterator[Queued]:
        """Report bad items; yield new and changed articles with how to store them."""
        return self._admission.queue(items, report)

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

    def _analyze_and_store(
        self,
        items: Iterable[Article | InputError],
        queue: Callable[[Iterable[Article | InputError]], Iterable[Queued]],
        report: IngestReport,
    ) -> None:
        """Stream articles through the executor; store and assign each as it comes back.

        `queue` admits what is read (`_queue`, after the recurring-openings filter when
        reading sources); the first articles read go to the workers before it has read
        its window (run/primed.py). Results come back in input order; each article is
        its own transaction, so a run killed here keeps every article stored before it
        and the next run reads the rest again (and assigns a story to any stored without
        one). An article leaves the pending sets once stored (later duplicates then find
        it in the store). A new original gets its story here, in input order, while the
        executor's workers analyse the articles after it.
        """
        # the pipeline (its stages' imports and patterns: 0.7 s) and the story stream (the
        # story index, usearch and the assignment modules: 0.4 s) are opened when a first
        # article needs them, not for a run whose every item is stored already or failed
        results = primed_stream(
            self.executor,
            lambda: self.analyse,
            items,
            queue,
            worth=self._admission.worth_starting,
            prime=prime_count(self.executor),
        )
        with ExitStack() as opened:
            assign: Callable[[Article, Lexical | None, tuple[float, ...] | None], None] | None
            assign = None
            for at, (item, done) in enumerate(results):
                if at == 0:
                    assign = opened.enter_context(self._story_stream())
                lexical: Lexical | None = None
                result: Article | Exception
                if isinstance(done, (Article, Exception)):
                    result = done
                else:  # Analysed: the worker read the article's words and names too
                    result, lexical = done.article, done.lexical
                # a page that is not news is stored as before, without its vector, which
                # only places it (`_PagesEmbedded`)
                page_vector = _page_vector(item.article, result)
                if page_vector is not None and isinstance(result, Article):
                    result = replace(result, embedding=None)
                stored = write_result(self.store, item, result, report)
                if item.update:
                    from storyline.crosscheck import forget_review_of

                    forget_review_of(self.store, item.article.id)
                self._admission.release(item.article)
                if assign is not None and not item.update and item.article.duplicate_of is None:
                    assign(stored, lexical, page_vector)

    @contextmanager
    def _story_stream(
        self,
    ) -> Iterator[Callable[[Article, Lexical | None, tuple[float, ...] | None], None] | None]:
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

            def assign(
                article: Article, lexical: Lexical | None, page_vector: tuple[float, ...] | None
            ) -> None:
                # a page's vector is not stored, so it is used as the worker computed it
                # (the driver embedded it at that precision before)
                if page_vector is None:
                    article = _as_stored(article)
                else:
                    article = replace(article, embedding=page_vector)
                touched.add(assigner.assign(article, lexical).story_id)

            yield assign
            if touched:
                assigner.consolidate(touched)

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
            self._analyze_and_store(result.items, partial(self._queue, report=report), report)
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
