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

from storyline.analyze.language import detect_language, is_english, language_name
from storyline.errors import StageContractError
from storyline.model import Article, Flag
from storyline.page_flags import NOT_ENGLISH_FLAG

__all__ = [
    "ANY_LANGUAGE_STAGES",
    "DEFAULT_STAGES",
    "MAX_ANALYSED_CHARS",
    "NOT_ANALYSED_FLAG",
    "STAGE_FACTORIES",
    "TOO_LONG_FLAG",
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
    "flags": "storyline.corpus.flags:ArticleFlagStage",
}

DEFAULT_STAGES: tuple[str, ...] = ("sentences", "entities", "time", "quotes", "claims", "flags")
"""What `storyline analyze` and ingest run unless told otherwise (stories add "embed").
"flags" adds the flags an article earns on its own (`storyline.corpus.flags`)."""


ANY_LANGUAGE_STAGES: frozenset[str] = frozenset({"embed"})
"""Stages that may run on any language; every other stage rests on English models or
rules and runs only on English text (or text too short to tell)."""

MAX_ANALYSED_CHARS = 1_000_000
"""Longest text the stages see (spaCy's own default limit). A longer one is a dump, not
an article: it is kept, searchable, and flagged instead of taking minutes and
gigabytes in the parser or failing there with spaCy's raw E088."""

NOT_ANALYSED_FLAG = NOT_ENGLISH_FLAG
"""The flag of an article not analysed for its language (page_flags: kept out of stories)."""
TOO_LONG_FLAG = "too_long_to_analyse"


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

    @property
    def assigns(self) -> frozenset[str]:
        """Every Article field a run may fill: the stages' fields and the detected language."""
        return frozenset({"language"}).union(*(s.assigns for s in self.stages))

    def run(self, article: Article) -> Article:
        """Run every stage the article's size and language allow, flagging what was skipped.

        The language is detected first (unless the article already names one);
        English-model stages are skipped for other languages and the article gets
        an info flag saying which, so nobody mistakes "no entities" for "none found".
        """
        if len(article.text) > MAX_ANALYSED_CHARS:
            return _too_long(article)
        if any(f.code == _not_news_code() for f in article.flags):
            # ingest found a page that is not news (ingest/pages.py): kept, not analysed
            return replace(article, scratch={})
        article = _with_language(article)
        skipped: list[str] = []
        for stage in self.stages:
            if not is_english(article.language) and stage.name not in ANY_LANGUAGE_STAGES:
                skipped.append(stage.name)
                continue
            article = self._run_stage(stage, article)
        if skipped:
            article = _flag_language(article, skipped)
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


def _with_language(article: Article) -> Article:
    """The article with its detected language ("language" marked annotated: detection ran)."""
    if article.language is not None:
        return article
    title = f"{article.title}\n" if article.title else ""
    found = detect_language(title + article.text)
    return replace(article, language=found.language, annotated=article.annotated | {"language"})


def _flag_language(article: Article, skipped: list[str]) -> Article:
    code = article.language or "und"
    what = "undetermined" if code == "und" else f"{language_name(code)} ({code})"
    flag = Flag(
        code=NOT_ANALYSED_FLAG,
        severity="info",
        message=(
            f"language {what}, not English: the English-model stages "
            f"({', '.join(skipped)}) were not run; stored and searchable"
        ),
    )
    return replace(article, flags=(*article.flags, flag))


def _not_news_code() -> str:
    """The not-news flag's code, imported when first needed: ingest's package brings its
    readers' libraries, which a command that never analyses should not load."""
    from storyline.ingest.pages import NOT_NEWS_FLAG

    return NOT_NEWS_FLAG


def _too_long(article: Article) -> Article:
    flag = Flag(
        code=TOO_LONG_FLAG,
        severity="warning",
        message=(
            f"text of {len(article.text):,} characters is over the {MAX_ANALYSED_CHARS:,} "
            "the analysis takes; stored and searchable, not analysed"
        ),
    )
    return replace(article, flags=(*article.flags, flag), scratch={})
