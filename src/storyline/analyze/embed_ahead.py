"""The article embedding computed on another core while spaCy reads the article.

The embedding reads only the title and the opening of the text, which no stage
changes, so its model can start as the article's run starts (`EmbedStage.start`)
and run beside the spaCy stages: ONNX Runtime and the tokenizer release the GIL
while they work. The stage's own turn then only collects the vector. Same call as
`EmbedStage.embed_many` (one text, same model, same session), so the vector is the
same to the bit; the article leaves the pipeline at the same point with the same
fields, so writes and story assignment happen in the same order.

Only where the process has a second core to itself: in-process (one worker) on a
machine of two or more cores. A pool worker whose share is one core
(`run.executors.thread_share`) embeds in turn, as before: another thread there
would only compete with the other workers.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING

from storyline.model import Article
from storyline.run.executors import THREADS_ENV

if TYPE_CHECKING:
    from storyline.analyze.embed import FloatMatrix

__all__ = ["EmbeddingUnderway", "cores_to_spare", "embed_ahead"]

_POOL: list[ThreadPoolExecutor] = []


def cores_to_spare() -> bool:
    """Whether this process may keep a second core busy: its pool share, else the machine's."""
    try:
        share = int(os.environ.get(THREADS_ENV, ""))
    except ValueError:
        share = os.cpu_count() or 1
    return share >= 2


def _pool() -> ThreadPoolExecutor:
    """One thread a process, made at first use: embeddings run one at a time, in order."""
    if not _POOL:
        _POOL.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyline-embed"))
    return _POOL[0]


class EmbeddingUnderway:
    """Stands in for the embedding stage of one article's run: waits for its vector.

    Should the article reach it with another title or text than it started from (no
    stage changes them; the pipeline checks the text), `again` embeds what is there."""

    name = "embed"
    requires: frozenset[str] = frozenset()
    assigns: frozenset[str] = frozenset({"embedding"})

    def __init__(
        self, started: Article, vectors: Future[FloatMatrix], again: Callable[[Article], Article]
    ) -> None:
        self._started = started
        self._vectors = vectors
        self._again = again

    def __call__(self, article: Article) -> Article:
        if article.title != self._started.title or article.text != self._started.text:
            return self._again(article)
        row = self._vectors.result()[0]
        return replace(article, embedding=tuple(float(x) for x in row))


def embed_ahead(
    article: Article,
    text: str,
    embed: Callable[[list[str]], FloatMatrix],
    again: Callable[[Article], Article],
) -> EmbeddingUnderway | None:
    """`embed([text])` begun on the embedding thread; None where it should run in turn."""
    if not text.strip() or not cores_to_spare():
        return None
    return EmbeddingUnderway(article, _pool().submit(embed, [text]), again)
