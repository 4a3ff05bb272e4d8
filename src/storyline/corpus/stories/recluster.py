"""Batch re-clustering: run assignment afresh over the whole corpus, in date order.

Online assignment depends on arrival order; re-clustering is the explicit way to
undo that. After assignment the new partition is consolidated and stories that
hold two events are split (split.py), as `cluster` does; threads are linked into
stories (threads.py) before the split, whose parts stay in their story. It never renames
silently: each new story takes the id that most of its articles already had
(largest stories choose first), ids no longer used are recorded as merged into
the story that took most of their articles, and every article that changes story
is recorded as moved. Over a store whose vectors another embedding model made,
every article is re-embedded first (vector_model.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from storyline.analyze.embed import Embedder
from storyline.corpus.stories.assign import StoryAssigner
from storyline.corpus.stories.records import StoryState, ThreadLink
from storyline.corpus.stories.repository import InMemoryStoryRepository, StoredStoryRepository
from storyline.corpus.stories.scoring import StoryConfig
from storyline.corpus.stories.split import article_split_terms, settle
from storyline.corpus.stories.vector_model import code_of, describe, stale_model
from storyline.model import Article
from storyline.store.base import Store

__all__ = ["ReclusterReport", "recluster_stored"]


@dataclass(frozen=True, slots=True)
class ReclusterReport:
    articles: int
    stories: int
    moved: int
    retired: int


def recluster_stored(
    store: Store,
    *,
    embedder: Embedder | None = None,
    config: StoryConfig | None = None,
    warn: Callable[[str], None] | None = None,
) -> ReclusterReport:
    from storyline.analyze.embed import EmbedStage

    repo = store.stories()
    stale = stale_model(store, embedder)
    articles = [a for a in store.iter_articles() if a.duplicate_of is None]
    articles.sort(key=lambda a: (a.published is None, a.published or "", a.id))
    fresh = InMemoryStoryRepository()
    assigner = StoryAssigner(fresh, embedder, config=config, warn=warn)
    if stale is not None and warn is not None:
        warn(
            f"the stored vectors come from the {describe(stale)}, not the "
            f"{describe(code_of(embedder) or 0)}: re-embedding {len(articles):,} articles"
        )
    missing = [a for a in articles if a.embedding is None or stale is not None]
    if missing:
        embedded = {a.id: a for a in EmbedStage(assigner.embedder).embed_many(missing)}
        for article in embedded.values():
            if article.embedding is not None:
                store.put_article(article)
        articles = [embedded.get(a.id, a) for a in articles]
    assigned = list(assigner.assign_many(articles))
    terms_of = {a.id: article_split_terms(a) for a in articles}
    settled = settle(assigner, [(r.article_id, r.story_id) for r in assigned], terms_of)
    new_of = settled.threads
    if any(fresh.get_story(story_id) is None for story_id in new_of.values()):
        fresh, new_of = _rebuild(articles, new_of, assigner)
    old_of: dict[str, str] = {}
    for article_id in new_of:
        member = repo.membership(article_id)
        if member is not None:
            old_of[article_id] = repo.resolve(member.story_id)

    groups: dict[str, list[str]] = {}
    for article_id, story_id in new_of.items():
        groups.setdefault(story_id, []).append(article_id)
    rename: dict[str, str] = {}
    claimed: set[str] = set()
    for story_id, ids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        votes = Counter(old_of[a] for a in ids if a in old_of)
        choice = next((old for old, _ in votes.most_common() if old not in claimed), None)
        if choice is None:
            choice = story_id if repo.get_story(story_id) is None else f"{story_id}-r"
        claimed.add(choice)
        rename[story_id] = choice

    stories: list[StoryState] = []
    for story in fresh.active_stories():
        stories.append(replace(story, id=rename[story.id], key=repo.next_key()))
    members = [
        replace(m, story_id=rename[fresh.resolve(m.story_id)], seq=repo.next_seq())
        for a in new_of
        if (m := fresh.membership(a)) is not None
    ]
    retired: dict[str, tuple[str, float]] = {}
    old_ids = set(old_of.values())
    for old in sorted(old_ids - claimed):
        takers = Counter(rename[new_of[a]] for a, o in old_of.items() if o == old)
        retired[old] = (takers.most_common(1)[0][0], 1.0)
    df = dict(fresh.df)
    links = _story_links(settled.stories, {a: rename[t] for a, t in new_of.items()}, repo)
    moved = repo.apply_recluster(stories, members, retired, df, fresh.doc_count(), links)
    index = store.story_index(assigner.dim)
    index.rebuild(repo)
    if (current := code_of(embedder)) is not None:
        store.set_embedding_model(current)
    return ReclusterReport(len(new_of), len(stories), moved, len(retired))


def _rebuild(
    articles: list[Article], new_of: dict[str, str], assigner: StoryAssigner
) -> tuple[InMemoryStoryRepository, dict[str, str]]:
    """Story states for a partition that splitting changed: each group placed afresh."""
    groups: dict[str, list[Article]] = {}
    for article in articles:
        if article.id in new_of:
            groups.setdefault(new_of[article.id], []).append(article)
    rebuilt = InMemoryStoryRepository()
    builder = StoryAssigner(rebuilt, assigner.embedder, config=assigner.config, dim=assigner.dim)
    placed: dict[str, str] = {}
    for members in groups.values():
        story_id = builder.place(members)
        for article in members:
            placed[article.id] = story_id
    return rebuilt, placed


def _story_links(
    story_of: dict[str, str], thread_of: dict[str, str], repo: StoredStoryRepository
) -> list[ThreadLink]:
    """Each story's threads linked to its biggest one (its id stands for the story)."""
    by_story: dict[str, Counter[str]] = {}
    for article_id, thread in thread_of.items():
        by_story.setdefault(story_of[article_id], Counter())[thread] += 1
    links: list[ThreadLink] = []
    for threads in by_story.values():
        ranked = sorted(threads.items(), key=lambda kv: (-kv[1], kv[0]))
        root = ranked[0][0]
        links += [ThreadLink(t, root, 1.0, repo.next_seq()) for t, _ in ranked[1:]]
    return links
