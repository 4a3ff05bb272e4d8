"""The read side of `Storyline`: search, articles, stories, entities, and the
cross-checking reads (ledger, flags, exports), over the store's protocols
(`ReadMethods`; engine.py joins it to the ingest side).

Heavy modules (the story and cross-checking modules) are imported by the methods
that use them, so a command that only reads a little starts quickly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from storyline.model import Article, ArticleVersion, Entity
from storyline.store import ArticleFilter, SearchHit, StoreStats

if TYPE_CHECKING:
    from storyline.corpus.flags import StoryReview
    from storyline.corpus.flags.outlets import OutletSummary
    from storyline.corpus.ledger import Ledger
    from storyline.corpus.stories.labels import StoryLabel
    from storyline.corpus.stories.records import StoryState
    from storyline.corpus.story_entities import StoreEntities
    from storyline.crosscheck import ArticleFlags
    from storyline.store import SqlArticleStore

__all__ = ["ReadMethods"]


class ReadMethods:
    """`Storyline`'s read methods and the state they keep (set by `Storyline.__init__`):
    one class for the read side, so the ingest side (engine_ingest.py) stays apart."""

    store: SqlArticleStore
    # the store's canonical entities and the mentions version they were read at
    _entity_index: tuple[int, StoreEntities] | None

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

        # a story holding only pages that are not news (count 0) is no story to list
        found = [st for st in stories_with_threads(self.store.stories()) if st[0].count > 0]
        return [story_label(story) for story, _threads in found[:limit]]

    def story_entities(self, story_id: str) -> list[Entity]:
        """A story's entities (any id of the story: all its threads), most mentioned first:
        each name the story counts written as the store's canonical entity
        (corpus/story_entities.py), so a story lists no two rows the store joins. What
        eval.t17_reading judges; the label lists the names as written (reading the store's
        entity list there would rebuild it after every ingest)."""
        from storyline.corpus.story_entities import counted_mentions, story_entities_in

        story = self._story_state(story_id)
        store = self._store_entities()
        return story_entities_in(store, *counted_mentions(store, story.entities))

    def story_top_names(self, story_id: str, n: int = 5) -> tuple[str, ...]:
        """The names of a story's `n` most mentioned entities as `story_entities` reads them:
        what `storyline story` lists, one name per entity ("Teodor Kalb", not "Kalb" beside
        it), where the label lists each name as written. Costs the store's entity list once
        per version of the mentions and the story's threads read again, which one story's
        command may spend; the story list and the cached web page, still do not."""
        return tuple(e.name for e in self.story_entities(story_id)[:n])

    def story_threads(self, story_id: str) -> tuple[str, list[StoryState]]:
        """A story's id and its threads by start date: any id of the story resolves (a
        thread's, a merged one's). One reading for the story page and the engine's own
        per-story queries, so both see the same threads.

        Raises KeyError when no story has that id.
        """
        repo = self.store.stories()
        resolved = repo.resolve(story_id)
        if repo.get_story(resolved) is None:
            raise KeyError(story_id)
        root = repo.story_of(resolved)
        threads = [t for t in map(repo.get_story, repo.threads_of(root)) if t is not None]
        threads.sort(key=lambda t: (t.start or "", t.key))
        return root, threads

    def _story_state(self, story_id: str) -> StoryState:
        from storyline.corpus.stories.threads import combined_state

        root, threads = self.story_threads(story_id)
        if not threads:
            raise KeyError(story_id)
        return combined_state(root, threads)

    def _store_entities(self) -> StoreEntities:
        """The store's canonical entities by name key, read from the entity list the store
        keeps (`entities`: rebuilt once per version of the mentions, by whichever engine
        reads it first) and held until the mentions change."""
        from storyline.corpus.story_entities import StoreEntities

        version = self.store.mentions_version()
        if self._entity_index is None or self._entity_index[0] != version:
            self._refresh_entities()
            built = StoreEntities.of_entities(self.store.list_entities())
            self._entity_index = (version, built)
        return self._entity_index[1]

    def story_articles(self, story_id: str) -> list[Article]:
        """The fully annotated articles of a story, all its threads (old ids resolve), by date.

        Raises KeyError when no story has that id.
        """
        return self._story_members(story_id, related=False)

    def related_pages(self, story_id: str) -> list[Article]:
        """The pages that are not news attached to a story (galleries, indexes, forms on
        its subject; ingest/pages.py), by date: shown apart, never one of its articles.

        Raises KeyError when no story has that id.
        """
        return self._story_members(story_id, related=True)

    def _story_members(self, story_id: str, *, related: bool) -> list[Article]:
        from storyline.ingest.pages import NOT_NEWS_FLAG

        repo = self.store.stories()
        resolved = repo.resolve(story_id)
        if repo.get_story(resolved) is None:
            raise KeyError(story_id)
        found = [
            m
            for thread in repo.threads_of(resolved)
            for m in repo.members(thread)
            if (NOT_NEWS_FLAG in m.flags) == related
        ]
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
