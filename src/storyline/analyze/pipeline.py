"""The per-article pipeline: named stages that declare what they need and what they add.

Like spaCy's components, each stage declares `requires` and `assigns` (names of
Article fields); the runner checks the contract before and after every call,
so a stage that returns the wrong type, rewrites the text or skips a
requirement fails loudly with a coded error instead of corrupting data.
Stages are registered by name with a lazy import path, so a pipeline that only
needs sentences and dates never imports spaCy's NER or the embedding model.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Protocol, runtime_checkable

from storyline.errors import StageContractError
from storyline.model import Article

__all__ = [
    "DEFAULT_STAGES",
    "STAGE_FACTORIES",
    "Pipeline",
    "Stage",
    "make_stage",
]


@runtime_checkable
class Stage(Protocol):
    """A pure function of one article. Must be picklable to run on Dask workers."""

    name: str
    requires: frozenset[str]
    assigns: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


# name -> "module:factory"; the factory takes no arguments and returns a Stage.
STAGE_FACTORIES: dict[str, str] = {
    "sentences": "storyline.analyze.sentences:SentenceStage",
    "entities": "storyline.analyze.entities:EntityStage",
    "time": "storyline.analyze.time:TimeStage",
    "quotes": "storyline.analyze.quotes:QuoteStage",
    "claims": "storyline.analyze.claims:ClaimStage",
    "embed": "storyline.analyze.embed:EmbedStage",
}

DEFAULT_STAGES: tuple[str, ...] = ("sentences", "entities", "time", "quotes", "claims")
"""What `storyline analyze` and ingest run unless told otherwise (stories add "embed")."""


def make_stage(name: str) -> Stage:
    """Build a registered stage by name."""
    try:
        target = STAGE_FACTORIES[name]
    except KeyError:
        known = ", ".join(sorted(STAGE_FACTORIES))
        raise StageContractError(name, f"unknown stage (known: {known})") from None
    module_name, _, attr = target.partition(":")
    factory: Callable[[], Stage] = getattr(importlib.import_module(module_name), attr)
    stage = factory()
    if not isinstance(stage, Stage):
        raise StageContractError(name, "factory did not return a Stage")
    return stage


class Pipeline:
    """Runs stages in order over articles, enforcing each stage's contract."""

    def __init__(self, stages: Sequence[Stage | str] = DEFAULT_STAGES) -> None:
        self.stages: list[Stage] = [make_stage(s) if isinstance(s, str) else s for s in stages]
        available: set[str] = set()
        for stage in self.stages:
            missing = stage.requires - available - {"text", "published", "title"}
            if missing:
                raise StageContractError(
                    stage.name, f"requires {sorted(missing)} but no earlier stage assigns it"
                )
            available |= stage.assigns

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(self, article: Article) -> Article:
        for stage in self.stages:
            article = self._run_stage(stage, article)
        return replace(article, scratch={})

    def run_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self.run(article)

    @staticmethod
    def _run_stage(stage: Stage, article: Article) -> Article:
        out = stage(article)
        if not isinstance(out, Article):
            raise StageContractError(stage.name, f"returned {type(out).__name__}, not Article")
        if out.text != article.text or out.id != article.id:
            raise StageContractError(stage.name, "changed the article's id or text")
        return replace(out, annotated=out.annotated | article.annotated | stage.assigns)
