"""Which embedding model made a store's vectors, so two models' vectors never mix.

Stories keep sums of their articles' vectors and an ANN index over them; a vector
from another model (the shipped MiniLM graph against the quantised one: cosine
0.99 between the two, but not the same space) added to those sums would compare
slightly wrong, silently. So a store records the model of its vectors
(`Store.embedding_model`), and story work over a store whose vectors came from
another model first re-embeds every stored original with this one and
re-clusters (recluster.py: story ids kept by majority, moves recorded), once,
with a message; the new model is recorded only after that, so a run killed half
way does it again. A store that never recorded one but holds vectors was written
before stores recorded it, by the shipped graph (the only one then).

An embedder given without a `model_code` (a test's HashingEmbedder) is not
recorded and checks nothing.
"""

from __future__ import annotations

from storyline.analyze.embed import Embedder
from storyline.analyze.embed_graph import GRAPHS, model_code
from storyline.store.base import Store

__all__ = ["code_of", "describe", "stale_model"]

LEGACY = GRAPHS["shipped"]
"""The model of vectors stored before stores recorded one."""


def code_of(embedder: Embedder | None) -> int | None:
    """The model number of `embedder`'s vectors; None (the default one) costs no model load."""
    if embedder is None:
        return model_code()
    code = getattr(embedder, "model_code", None)
    return code if isinstance(code, int) else None


def describe(code: int) -> str:
    names = {v: k for k, v in GRAPHS.items()}
    return f"{names.get(code, 'unknown')} MiniLM graph (model {code})"


def stale_model(store: Store, embedder: Embedder | None) -> int | None:
    """The model of the store's vectors when it is not `embedder`'s (re-embed before use).

    None when they match, when the embedder has no model number, or when the store
    holds no vector yet (it then records the embedder's model).
    """
    current = code_of(embedder)
    if current is None:
        return None
    recorded = store.embedding_model()
    if recorded == current:
        return None
    if recorded == 0:
        if not store.has_embeddings():
            store.set_embedding_model(current)
            return None
        recorded = LEGACY
        if recorded == current:
            store.set_embedding_model(current)
            return None
    return recorded
