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
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial

import numpy as np

from storyline.analyze.embed import Embedder, article_embedding_text
from storyline.corpus.stories.article_reading import (
    article_evidence,
    better_title,
    dating,
    plausible_date,
)
from storyline.corpus.stories.index import CentroidIndex, UsearchCentroidIndex
from storyline.corpus.stories.lexical import Lexical
from storyline.corpus.stories.records import (
    Assignment,
    Membership,
    MergeRecord,
    StoryState,
    ThreadLink,
    Vector,
)
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.scoring import (
    ArticleEvidence,
    StoryConfig,
    fit_score,
    story_similarity,
)
from storyline.corpus.stories.terms import add_terms, prune_terms
from storyline.corpus.stories.title_evidence import opening_key
from storyline.corpus.stories.titles import article_headline
from storyline.model import Article

__all__ = ["StoryAssigner", "plausible_date"]


def _not_news(article: Article) -> bool:
    """ingest/pages.py `is_not_news`, imported when first needed: ingest's package brings
    its readers' libraries, which a command that only lists or searches should not load."""
    from storyline.ingest.pages import is_not_news

    return is_not_news(article)


def _story_id(first_article: str, key: int) -> str:
    digest = hashlib.sha1(f"{first_article}\0{key}".encode()).hexdigest()
    return f"s-{digest[:10]}"


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
                    created = self._create(article, vector, date, flags, None, evidence, page=page)
                    story_id = created.story_id
                else:
                    story = self.repository.get_story(story_id)
                    assert story is not None
                    self._join(
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
        repo = self.repository
        hits = self.index.search(story.centroid, count, story.end_date, self.config.window_days)
        found = repo.get_stories_by_keys([key for key, _ in hits if key != story.key])
        return [
            s
            for key, _ in hits
            if key != story.key and (s := found.get(key)) and s.merged_into is None
        ]

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
                return self._join(
                    article, vector, target, None, date, flags, message, False, page=page
                )
            if page:
                return self._relate(article, vector, date, flags, lexical)
            if vector is None or words < self.config.min_words or not np.any(vector):
                flags.append("too_short")
                message = f"text too short to compare ({words} words): a story of its own"
                return self._create(article, None, date, flags, message, page=False)
            evidence = article_evidence(article, vector, date, lexical)
            best, best_score = self._best_story(evidence)
            if best is not None and best_score is not None:
                result = self._join(
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
                result = self._create(article, vector, date, flags, message, evidence, page=False)
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
            best, score = self._best_story(article_evidence(article, vector, date, lexical))
        if best is not None:
            message = f"not a news article: a related page of story {best.id}"
            return self._join(article, vector, best, score, date, flags, message, False, page=True)
        message = "not a news article fitting no story: kept apart, in no story's listing"
        return self._create(article, None, date, flags, message, page=True)

    def _story_of(self, article_id: str) -> str:
        member = self.repository.membership(article_id)
        assert member is not None
        return member.story_id

    def _best_story(self, evidence: ArticleEvidence) -> tuple[StoryState | None, float | None]:
        repo = self.repository
        hits = self.index.search(
            evidence.vector, self.config.candidates, evidence.date, self.config.window_days
        )
        found = repo.get_stories_by_keys([key for key, _ in hits])
        stories = [s for key, _ in hits if (s := found.get(key)) is not None]
        terms = set(evidence.terms)
        for story in stories:
            terms |= story.terms.keys()
        df = repo.document_frequencies(terms)
        docs = repo.doc_count()
        best: StoryState | None = None
        best_score: float | None = None
        for story in stories:
            if story.merged_into is not None:
                continue
            score = fit_score(self.config, evidence, story, df, docs)
            if (
                score is not None
                and score >= self.config.threshold
                and (best_score is None or score > best_score)
            ):
                best, best_score = story, score
        return best, best_score

    def _create(
        self,
        article: Article,
        vector: Vector | None,
        date: dt.date | None,
        flags: list[str],
        message: str | None,
        evidence: ArticleEvidence | None = None,
        *,
        page: bool,
    ) -> Assignment:
        key = self.repository.next_key()
        story = StoryState(
            id=_story_id(article.id, key),
            key=key,
            vector_sum=np.zeros(self.dim, dtype=np.float32),
        )
        self.repository.add_story(story)
        return self._join(
            article,
            vector,
            story,
            None,
            date,
            flags,
            message,
            True,
            evidence,
            created=True,
            page=page,
        )

    def _join(
        self,
        article: Article,
        vector: Vector | None,
        story: StoryState,
        score: float | None,
        date: dt.date | None,
        flags: list[str],
        message: str | None,
        index_it: bool,
        evidence: ArticleEvidence | None = None,
        *,
        created: bool = False,
        page: bool,
    ) -> Assignment:
        """`page`: whether `article` is a page that is not news (`_not_news`), read once by
        the caller, which decides on it too."""
        repo = self.repository
        if page:
            return self._join_related(article, story, score, date, flags, message, created)
        if story.count == 0 and (story.start or story.title):
            # the first article of a story that held only related pages: its dates and
            # title are the articles', not the pages' kept there for want of any
            story.start = story.end = None
            story.title = ""
        if vector is not None and index_it:
            story.vector_sum = story.vector_sum + vector
        story.count += 1
        if date is not None:
            iso = date.isoformat()
            story.start = min(story.start or iso, iso)
            story.end = max(story.end or iso, iso)
        if evidence is not None:
            add_terms(story.terms, evidence.terms.items())
            story.terms = prune_terms(story.terms, self.config.max_terms)
            for name, n in evidence.entities.items():
                story.entities[name] = story.entities.get(name, 0) + n
            story.entities = _top_counts(story.entities, self.config.max_terms)
            add_terms(story.names, ((name, 1.0) for name in evidence.names))
            story.names = prune_terms(story.names, self.config.max_terms)
        if article.outlet:
            story.outlets[article.outlet] = story.outlets.get(article.outlet, 0) + 1
        seen = partial(self._opening_seen, article)
        if vector is not None:
            centrality = float(np.dot(vector, story.centroid))
            if story.central_id is None or centrality > story.central_score:
                story.central_id, story.central_score = article.id, centrality
                story.title = better_title(story.title, article, central=True, seen=seen)
            else:
                story.title = better_title(story.title, article, central=False, seen=seen)
        else:
            story.title = better_title(story.title, article, central=not story.title, seen=seen)
        repo.update_story(story)
        if np.any(story.vector_sum):
            self.index.upsert(story.key, story.centroid, story.start, story.end)
        return self._add_member(article, story, score, flags, message, created)

    def _join_related(
        self,
        article: Article,
        story: StoryState,
        score: float | None,
        date: dt.date | None,
        flags: list[str],
        message: str | None,
        created: bool,
    ) -> Assignment:
        """Add a page that is not news to `story` as a related page: a membership flagged
        "not_news" and nothing else of the story changed. A story holding no article yet
        (made for this page) takes the page's dates and headline, so it still reads."""
        from storyline.ingest.pages import NOT_NEWS_FLAG

        repo = self.repository
        if NOT_NEWS_FLAG not in flags:
            flags = [*flags, NOT_NEWS_FLAG]
        if story.count == 0:
            if date is not None:
                iso = date.isoformat()
                story.start = min(story.start or iso, iso)
                story.end = max(story.end or iso, iso)
            if not story.title:
                story.title = article_headline(article)
            repo.update_story(story)
        return self._add_member(article, story, score, flags, message, created)

    def _add_member(
        self,
        article: Article,
        story: StoryState,
        score: float | None,
        flags: list[str],
        message: str | None,
        created: bool,
    ) -> Assignment:
        """Record `article` as a member of `story`: one place builds the membership row, so
        a story's articles and its related pages carry the same fields."""
        repo = self.repository
        repo.add_member(
            Membership(
                article_id=article.id,
                story_id=story.id,
                seq=repo.next_seq(),
                score=score,
                published=article.published,
                title=article.title,
                outlet=article.outlet,
                content_hash=article.content_hash,
                flags=tuple(flags),
            )
        )
        return Assignment(article.id, story.id, score, created, tuple(flags), message)

    def _opening_seen(self, article: Article) -> bool:
        """Whether another stored article of the outlet opens with the article's first line."""
        opening = opening_key(article.text, article.outlet)
        return self.repository.document_frequencies([opening]).get(opening, 0) > 0

    def _maybe_merge(self, story_id: str) -> str | None:
        """Merge the story with its closest neighbour when they fit as one; returns survivor."""
        repo = self.repository
        story = repo.get_story(story_id)
        if story is None:
            return None
        others = self.neighbours(story, 4)
        if not others:
            return None
        terms = set(story.terms) | story.names.keys()
        for other in others:
            terms |= other.terms.keys() | other.names.keys()
        df = repo.document_frequencies(terms)
        docs = repo.doc_count()
        scored = [(story_similarity(self.config, story, o, df, docs), o) for o in others]
        good = [(s, o) for s, o in scored if s is not None and s >= self.config.merge_threshold]
        if not good:
            return None
        score, other = max(good, key=lambda so: so[0] or 0.0)
        assert score is not None
        target, source = (other, story) if other.count >= story.count else (story, other)
        self.merge(source, target, score)
        return target.id

    def merge(self, source: StoryState, target: StoryState, score: float) -> MergeRecord:
        """Fold `source` into `target`; the merge is recorded so `source`'s id resolves."""
        repo = self.repository
        target.vector_sum = target.vector_sum + source.vector_sum
        target.count += source.count
        starts = [v for v in (target.start, source.start) if v]
        target.start = min(starts) if starts else None
        ends = [v for v in (target.end, source.end) if v]
        target.end = max(ends) if ends else None
        add_terms(target.terms, source.terms.items())
        target.terms = prune_terms(target.terms, self.config.max_terms)
        add_terms(target.names, source.names.items())
        target.names = prune_terms(target.names, self.config.max_terms)
        for mapping_name in ("entities", "outlets"):
            into: dict[str, int] = getattr(target, mapping_name)
            for name, n in getattr(source, mapping_name).items():
                into[name] = into.get(name, 0) + n
        repo.update_story(target)
        record = MergeRecord(source.id, target.id, score, repo.next_seq())
        repo.record_merge(record)
        self.index.remove(source.key)
        self.index.upsert(target.key, target.centroid, target.start, target.end)
        return record


def _top_counts(counts: dict[str, int], keep: int) -> dict[str, int]:
    if len(counts) <= keep:
        return counts
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
