"""What assignment writes: a story's state as articles join it, and the membership rows.

The assigner (assign.py) decides where an article goes; `StoryWriter` carries the
decision out over the repository and the centroid index: a new story (`create`), an
article joining one (`join`: its count, centroid, words, names, outlets, dates and
title), a page that is not news added as a related page that changes none of that
(`join_related`), and two stories folded into one with the merge recorded (`merge`).
One place builds the membership row, so a story's articles and its related pages
carry the same fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import partial

import numpy as np

from storyline.corpus.stories.article_reading import better_title
from storyline.corpus.stories.index import CentroidIndex
from storyline.corpus.stories.records import (
    Assignment,
    Membership,
    MergeRecord,
    StoryState,
    Vector,
)
from storyline.corpus.stories.repository import StoryRepository
from storyline.corpus.stories.scoring import ArticleEvidence, StoryConfig
from storyline.corpus.stories.terms import add_terms, prune_terms
from storyline.corpus.stories.title_evidence import opening_key
from storyline.corpus.stories.titles import article_headline
from storyline.model import Article

__all__ = ["StoryWriter"]


def _story_id(first_article: str, key: int) -> str:
    digest = hashlib.sha1(f"{first_article}\0{key}".encode()).hexdigest()
    return f"s-{digest[:10]}"


class StoryWriter:
    """Writes stories and memberships over a repository and its centroid index.

    Made by the assigner for each use with its current settings, so a changed
    `config` on the assigner holds at once.
    """

    def __init__(
        self, repository: StoryRepository, index: CentroidIndex, config: StoryConfig, dim: int
    ) -> None:
        self.repository = repository
        self.index = index
        self.config = config
        self.dim = dim

    def create(
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
        """A new story whose first member is `article`."""
        key = self.repository.next_key()
        story = StoryState(
            id=_story_id(article.id, key),
            key=key,
            vector_sum=np.zeros(self.dim, dtype=np.float32),
        )
        self.repository.add_story(story)
        return self.join(
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

    def join(
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
        """`page`: whether `article` is a page that is not news (assign.py `_not_news`),
        read once by the caller, which decides on it too."""
        repo = self.repository
        if page:
            return self.join_related(article, story, score, date, flags, message, created)
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

    def join_related(
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


def _top_counts(counts: dict[str, int], keep: int) -> dict[str, int]:
    if len(counts) <= keep:
        return counts
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:keep])
