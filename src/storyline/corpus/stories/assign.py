"""Online story assignment: each article joins the best-fitting story or starts one.

Ids are stable: an article keeps the story id it was given, and when two stories
turn out to be one, the smaller is merged into the larger and the merge is
recorded, so every id ever handed out still resolves (`resolve`). Undated
articles are assigned on content alone and carry the flag "undated"; dates that
cannot be real publication dates (before 1901, or more than a year ahead) are
treated the same way with the flag "implausible_date". Texts too short to compare
get a story of their own, flagged, never an error that loses them.

A page that is not news (ingest/pages.py: a gallery, an index, a reader form) is placed as
any page is, by its embedding and words, but as a related page of the story it fits: its
membership carries the flag "not_news" and it changes nothing of the story's state (count,
centroid, words, names, outlets, dates, title), so it never pulls later articles, never
titles a story and is not one of its articles in listings, timelines or briefs. A page that
fits no story gets a story of its own with no articles (count 0), which listings leave out.

This module decides; candidates.py finds and scores the stories an article or a story
may join, and story_writer.py writes what is decided (story state, memberships, merges).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence

import numpy as np

from storyline.analyze.embed import Embedder, article_embedding_text
from storyline.corpus.stories.article_reading import (
    article_evidence,
    dating,
    plausible_date,
)
from storyline.corpus.stories.candidates import best_story, merge_partner, nearest_stories
from storyline.corpus.stories.index import CentroidIndex, UsearchCentroidIndex
from storyline.corpus.stories.lexical import Lexical
from storyline.corpus.stories.records import (
    Assignment,
    MergeRecord,
    StoryState,
    ThreadLink,
    Vector,
)
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.scoring import StoryConfig
from storyline.corpus.stories.story_writer import StoryWriter
from storyline.corpus.stories.title_evidence import opening_key
from storyline.model import Article

__all__ = ["StoryAssigner", "plausible_date"]


def _not_news(article: Article) -> bool:
    """ingest/pages.py `is_not_news`, imported when first needed: ingest's package brings
    its readers' libraries, which a command that only lists or searches should not load."""
    from storyline.ingest.pages import is_not_news

    return is_not_news(article)


class StoryAssigner:
    """Assigns articles to stories over a `StoryRepository`, one article at a time."""

    def __init__(
        self,
        repository: StoryRepository,
        embedder: Embedder | None = None,
        *,
        config: StoryConfig | None = None,
        index: CentroidIndex | None = None,
        dim: int = 384,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.repository = repository
        self.config = config or StoryConfig()
        self._embedder = embedder
        self._warn = warn or (lambda _message: None)
        if index is None:
            built = UsearchCentroidIndex(dim)
            built.load_or_rebuild(repository, self._warn)
            index = built
        self.index = index
        self.dim = dim

    # public ---------------------------------------------------------------
    def assign_many(self, articles: Iterable[Article], batch: int = 32) -> Iterator[Assignment]:
        """Assign in input order, embedding `batch` articles at a time (much faster)."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if len(pending) >= batch:
                yield from self._assign_batch(pending)
                pending = []
        if pending:
            yield from self._assign_batch(pending)

    def assign(self, article: Article, lexical: Lexical | None = None) -> Assignment:
        """Assign one article; `lexical`: its evidence as `article_lexical` gives it, when
        computed already (by the worker that analysed it), else it is computed here."""
        vector = self._vectors([article])[0]
        return self._assign_one(article, vector, lexical)

    def resolve(self, story_id: str) -> str:
        return self.repository.resolve(story_id)

    def consolidate(self, story_ids: Iterable[str] | None = None) -> list[MergeRecord]:
        """Let fragments rejoin bigger stories (see `consolidate`); all stories when None."""
        from storyline.corpus.stories.consolidate import absorb_fragments

        with self.repository.atomic():
            return absorb_fragments(self, story_ids)

    def link(self, story_ids: Iterable[str] | None = None) -> list[ThreadLink]:
        """Link threads to the stories they are developments of (see `threads`)."""
        from storyline.corpus.stories.threads import link_threads

        return link_threads(self, story_ids)

    def place(self, articles: Sequence[Article]) -> str:
        """Put `articles` into one new story, whatever their fit; returns its id.

        For batch rebuilds whose partition is already decided (a story split in
        `recluster`): the story's state is built exactly as assignment builds it.
        """
        story_id: str | None = None
        with self.repository.atomic():
            for article, vector in zip(articles, self._vectors(articles), strict=True):
                date, flags, _ = dating(article)
                evidence = None
                page = _not_news(article)
                # a related page (not news) adds nothing to the story's words, as in `assign`
                if vector is not None and np.any(vector) and not page:
                    evidence = article_evidence(article, vector, date)
                if story_id is None:
                    created = self._writer.create(
                        article, vector, date, flags, None, evidence, page=page
                    )
                    story_id = created.story_id
                else:
                    story = self.repository.get_story(story_id)
                    assert story is not None
                    self._writer.join(
                        article, vector, story, None, date, flags, None, True, evidence, page=page
                    )
                # counted after the article joined, as `assign` does
                if evidence is not None:
                    self.repository.add_document_terms(
                        [*evidence.terms, opening_key(article.text, article.outlet)]
                    )
        if story_id is None:
            raise ValueError("place() needs at least one article")
        return story_id

    def neighbours(self, story: StoryState, count: int = 8) -> list[StoryState]:
        """The active stories whose centroids are nearest, within the time window."""
        return nearest_stories(self.repository, self.index, self.config, story, count)

    @property
    def embedder(self) -> Embedder:
        """The embedder, loading the real model on first use."""
        if self._embedder is None:
            from storyline.analyze.embed import default_embedder

            self._embedder = default_embedder()
        return self._embedder

    # internals ------------------------------------------------------------
    def _assign_batch(self, articles: Sequence[Article]) -> list[Assignment]:
        vectors = self._vectors(articles)
        return [self._assign_one(a, v) for a, v in zip(articles, vectors, strict=True)]

    def _vectors(self, articles: Sequence[Article]) -> list[Vector | None]:
        out: list[Vector | None] = [None] * len(articles)
        todo: list[int] = []
        for i, article in enumerate(articles):
            if article.embedding is not None and len(article.embedding) == self.dim:
                out[i] = np.asarray(article.embedding, dtype=np.float32)
            elif len(article.text.split()) >= self.config.min_words:
                todo.append(i)
        if todo:
            rows = self.embedder.embed([article_embedding_text(articles[i]) for i in todo])
            for row, i in enumerate(todo):
                out[i] = np.asarray(rows[row], dtype=np.float32)
        return out

    def _assign_one(
        self, article: Article, vector: Vector | None, lexical: Lexical | None = None
    ) -> Assignment:
        repo = self.repository
        known = repo.membership(article.id)
        if known is not None:
            return Assignment(
                article.id,
                repo.resolve(known.story_id),
                known.score,
                False,
                (*known.flags, "already_assigned"),
                "already assigned; its story is unchanged",
            )
        date, flags, message = dating(article)
        # read once (by the worker that analysed it, when `lexical` came from one)
        page = (
            _not_news(article) if lexical is None or lexical.not_news is None else lexical.not_news
        )
        with repo.atomic():
            twin = repo.article_with_hash(article.content_hash) if article.content_hash else None
            words = len(article.text.split())
            if twin is not None:
                flags.append(f"duplicate_of:{twin}")
                target = repo.get_story(repo.resolve(self._story_of(twin)))
                assert target is not None
                return self._writer.join(
                    article, vector, target, None, date, flags, message, False, page=page
                )
            if page:
                return self._relate(article, vector, date, flags, lexical)
            if vector is None or words < self.config.min_words or not np.any(vector):
                flags.append("too_short")
                message = f"text too short to compare ({words} words): a story of its own"
                return self._writer.create(article, None, date, flags, message, page=False)
            evidence = article_evidence(article, vector, date, lexical)
            best, best_score = best_story(self.repository, self.index, self.config, evidence)
            if best is not None and best_score is not None:
                result = self._writer.join(
                    article,
                    vector,
                    best,
                    best_score,
                    date,
                    flags,
                    message,
                    True,
                    evidence,
                    page=False,
                )
            else:
                result = self._writer.create(
                    article, vector, date, flags, message, evidence, page=False
                )
            # counted after the article joined: `seen` above is about other articles
            repo.add_document_terms([*evidence.terms, opening_key(article.text, article.outlet)])
            merged_into = self._maybe_merge(repo.resolve(result.story_id))
            if merged_into is not None:
                result = Assignment(
                    result.article_id,
                    merged_into,
                    result.score,
                    result.created,
                    result.flags,
                    result.message,
                )
            return result

    def _relate(
        self,
        article: Article,
        vector: Vector | None,
        date: dt.date | None,
        flags: list[str],
        lexical: Lexical | None,
    ) -> Assignment:
        """A page that is not news joins the story it fits best as a related page, or,
        fitting none, a story of its own that has no articles (listings leave it out)."""
        from storyline.ingest.pages import NOT_NEWS_FLAG

        flags.append(NOT_NEWS_FLAG)
        best: StoryState | None = None
        score: float | None = None
        # too short to compare, as `_vectors` leaves such a page it embeds itself, also
        # when its vector was given (computed by the ingest's workers)
        comparable = len(article.text.split()) >= self.config.min_words
        if vector is not None and np.any(vector) and comparable:
            best, score = best_story(
                self.repository,
                self.index,
                self.config,
                article_evidence(article, vector, date, lexical),
            )
        if best is not None:
            message = f"not a news article: a related page of story {best.id}"
            return self._writer.join(
                article, vector, best, score, date, flags, message, False, page=True
            )
        message = "not a news article fitting no story: kept apart, in no story's listing"
        return self._writer.create(article, None, date, flags, message, page=True)

    def _story_of(self, article_id: str) -> str:
        member = self.repository.membership(article_id)
        assert member is not None
        return member.story_id

    def _maybe_merge(self, story_id: str) -> str | None:
        """Merge the story with its closest neighbour when they fit as one; returns survivor."""
        story = self.repository.get_story(story_id)
        if story is None:
            return None
        partner = merge_partner(self.repository, self.index, self.config, story)
        if partner is None:
            return None
        score, other = partner
        target, source = (other, story) if other.count >= story.count else (story, other)
        self.merge(source, target, score)
        return target.id

    def merge(self, source: StoryState, target: StoryState, score: float) -> MergeRecord:
        """Fold `source` into `target`; the merge is recorded so `source`'s id resolves."""
        return self._writer.merge(source, target, score)

    @property
    def _writer(self) -> StoryWriter:
        """What carries the assigner's decisions out, with its settings as they are now."""
        return StoryWriter(self.repository, self.index, self.config, self.dim)
