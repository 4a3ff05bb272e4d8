"""Stories over a stored corpus: assign what is new, list, show, re-cluster in batch.

Any `Store` will do: its story repository comes from the store. The index file the
store names (next to a SQLite database) is opened (or rebuilt, with a message) once
per session and saved at the end, so a crash loses at most a cache that is rebuilt
on the next run; a store without one (PostgreSQL) rebuilds the index in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from storyline.analyze.embed import Embedder
from storyline.corpus.stories.assign import StoryAssigner
from storyline.corpus.stories.records import Assignment
from storyline.corpus.stories.scoring import StoryConfig
from storyline.corpus.stories.vector_model import stale_model
from storyline.model import Article
from storyline.store.base import Store

__all__ = ["assign_stored", "stored_assigner"]


@contextmanager
def stored_assigner(
    store: Store,
    *,
    embedder: Embedder | None = None,
    config: StoryConfig | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[StoryAssigner]:
    """An assigner over the database's stories; its index file is saved on exit.

    Stories whose vectors another embedding model made are re-embedded and
    re-clustered first (vector_model.py), so the two models' vectors never mix.
    """
    if stale_model(store, embedder) is not None:
        from storyline.corpus.stories.recluster import recluster_stored

        recluster_stored(store, embedder=embedder, config=config, warn=warn)
    repository = store.stories()
    index = store.story_index(384)
    index.load_or_rebuild(repository, warn or (lambda _m: None))
    assigner = StoryAssigner(repository, embedder, config=config, index=index, warn=warn)
    try:
        yield assigner
    finally:
        index.save()


def assign_stored(
    store: Store,
    *,
    embedder: Embedder | None = None,
    config: StoryConfig | None = None,
    warn: Callable[[str], None] | None = None,
    batch: int = 32,
) -> list[Assignment]:
    """Assign every stored article that has no story yet, oldest first.

    Embeddings computed here are written back to the article rows so they are
    computed once. Afterwards the stories touched, and their neighbours, are
    consolidated: fragments rejoin a bigger story they fit (recorded merges), so the
    story ids in the returned assignments may since resolve elsewhere; then the
    threads touched are linked to the stories they are developments of (threads.py).
    """
    ids = store.unassigned_ids()
    out: list[Assignment] = []
    with stored_assigner(store, embedder=embedder, config=config, warn=warn) as assigner:
        for start in range(0, len(ids), batch):
            chunk = store.get_articles(ids[start : start + batch])
            for before, after in zip(chunk, _with_embeddings(assigner, chunk), strict=True):
                if before.embedding is None and after.embedding is not None:
                    store.put_article(after)
                out.append(assigner.assign(after))
        if out:
            assigner.consolidate({r.story_id for r in out})
            assigner.link({r.story_id for r in out})
    return out


def _with_embeddings(assigner: StoryAssigner, chunk: list[Article]) -> list[Article]:
    from storyline.analyze.embed import EmbedStage

    missing = [a for a in chunk if a.embedding is None]
    if not missing:
        return chunk
    done = {a.id: a for a in EmbedStage(assigner.embedder).embed_many(missing)}
    return [done.get(a.id, a) for a in chunk]
