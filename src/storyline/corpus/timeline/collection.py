"""Reading a collection for a timeline: raw JSONL articles, analysed only as far as needed.

A timeline needs sentences and their dates, not entities or a parse, so only
the `sentences` and `time` stages run (the full pipeline would cost several
times more on a 1,500-article collection). Lines that already carry
`sentences` (the output of `storyline analyze --sentences`) are used as they
are, and with a `cache_dir` each raw article's analysis is kept on disk under a
hash of its inputs and of the analysis code (`cache.AnalysisCache`), so the
same collection summarised again (other keywords, dates or lengths) costs a
lookup instead of spaCy.

Analysis is per article and pure, so a large collection is spread over worker
processes (`workers`); results come back in input order and one article's
failure is reported without stopping the others.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from storyline.analyze.inputs import article_from_input, iter_jsonl
from storyline.analyze.pipeline import Pipeline
from storyline.corpus.timeline.cache import AnalysisCache, CacheUnavailable
from storyline.errors import InputError, StorylineError
from storyline.model import Article
from storyline.run.executors import make_executor
from storyline.serialize import article_from_json

__all__ = [
    "PARALLEL_MIN_ARTICLES",
    "TIMELINE_STAGES",
    "Collection",
    "default_workers",
    "read_collection",
    "timeline_pipeline",
]

TIMELINE_STAGES: tuple[str, ...] = ("sentences", "time")
PARALLEL_MIN_ARTICLES = 64
"""Below this many articles to analyse, starting worker processes (each loading
spaCy) costs more than it saves."""


def default_workers() -> int:
    """Worker processes for analysis: the cores this process may use, at most 2."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(2, cores))


@dataclass
class Collection:
    """The articles that could be read and analysed, and one message per item that could not."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def timeline_pipeline(stages: Sequence[str] = TIMELINE_STAGES) -> tuple[Pipeline, list[str]]:
    """The pipeline to run, degrading to sentences alone when the time stage is unavailable."""
    try:
        return Pipeline(stages), []
    except (ImportError, AttributeError, StorylineError) as exc:
        kept = [s for s in stages if s == "sentences"] or ["sentences"]
        note = (
            f"stages {', '.join(stages)} unavailable ({exc}); dating sentences by "
            "publication date only"
        )
        return Pipeline(kept), [note]


def read_collection(
    lines: Iterable[str],
    *,
    pipeline: Pipeline | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
    cache_dir: Path | None = None,
) -> Collection:
    """Parse and analyse JSONL lines; a bad line or article is reported, the rest is kept.

    `workers` > 1 analyses in that many processes when there are at least
    `PARALLEL_MIN_ARTICLES` articles to analyse; the result is the same.
    `cache_dir` keeps each article's analysis there (see `cache.AnalysisCache`)
    and reuses it on the next read; an unusable cache becomes a note.
    """
    result = Collection()
    if pipeline is None:
        pipeline, result.notes = timeline_pipeline()
    slots: list[Article | None] = []
    todo: list[tuple[int, str, Article]] = []
    for parsed in iter_jsonl(lines):
        if isinstance(parsed, InputError):
            result.errors.append(str(parsed))
            continue
        number, item, obj = parsed
        try:
            analysed, raw = _parse(obj, item)
        except InputError as exc:
            result.errors.append(str(exc))
            continue
        if raw is not None:
            todo.append((len(slots), item, raw))
        slots.append(analysed)
        if progress is not None:
            progress(number)
    cache = _open_cache(cache_dir, pipeline, result.notes)
    try:
        if cache is not None and todo:
            todo = _from_cache(cache, todo, slots, result.notes)
            if not todo:
                cache.close()
                cache = None
        use = workers if len(todo) >= PARALLEL_MIN_ARTICLES else 1
        executor = make_executor(use)
        try:
            done = executor.map(pipeline.run, [raw for _, _, raw in todo])
        finally:
            executor.close()
        fresh: list[tuple[Article, Article]] = []
        for (slot, item, raw), out in zip(todo, done, strict=True):
            if isinstance(out, Article):
                slots[slot] = out
                fresh.append((raw, out))
            else:
                result.errors.append(str(_analysis_error(item, out)))
        if cache is not None and fresh:
            try:
                cache.put_many(fresh)
            except CacheUnavailable as exc:
                result.notes.append(str(exc))
    finally:
        if cache is not None:
            cache.close()
    result.articles = [a for a in slots if a is not None]
    return result


def _open_cache(
    directory: Path | None, pipeline: Pipeline, notes: list[str]
) -> AnalysisCache | None:
    if directory is None:
        return None
    fields = pipeline.assigns
    try:
        return AnalysisCache(directory, pipeline.names, fields)
    except CacheUnavailable as exc:
        notes.append(f"{exc}; analysing without it")
        return None


def _from_cache(
    cache: AnalysisCache,
    todo: list[tuple[int, str, Article]],
    slots: list[Article | None],
    notes: list[str],
) -> list[tuple[int, str, Article]]:
    """Fill the slots the cache can; the items still to analyse."""
    try:
        hits = cache.get_many([raw for _, _, raw in todo])
    except CacheUnavailable as exc:
        notes.append(f"{exc}; analysing without it")
        return todo
    left: list[tuple[int, str, Article]] = []
    for entry, hit in zip(todo, hits, strict=True):
        if hit is None:
            left.append(entry)
        else:
            slots[entry[0]] = hit
    return left


def _parse(obj: object, item: str) -> tuple[Article | None, Article | None]:
    """(analysed article, None) for a line already analysed, else (None, raw article)."""
    if isinstance(obj, dict) and isinstance(obj.get("sentences"), list):
        try:
            return article_from_json(obj), None
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(item, f"malformed analysed article ({exc})") from None
    return None, article_from_input(obj, item)


def _analysis_error(item: str, exc: Exception) -> InputError:
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, RecursionError):
        return InputError(item, "text too deeply nested to analyse")
    return InputError(item, f"analysis failed ({type(exc).__name__}: {exc})")
