"""Reading a collection for a timeline: raw JSONL articles, analysed only as far as needed.

A timeline needs sentences and their dates, not entities or a parse, so only
the `sentences` and `time` stages run (the full pipeline would cost several
times more on a 1,500-article collection). Lines that already carry
`sentences` (the output of `storyline analyze --sentences`) are used as they
are, which lets evaluations analyse a corpus once and summarise it many times.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from storyline.analyze.inputs import article_from_input
from storyline.analyze.pipeline import Pipeline
from storyline.errors import InputError, StorylineError
from storyline.model import Article
from storyline.serialize import article_from_json

__all__ = ["TIMELINE_STAGES", "Collection", "read_collection", "timeline_pipeline"]

TIMELINE_STAGES: tuple[str, ...] = ("sentences", "time")


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
) -> Collection:
    """Parse and analyse JSONL lines; a bad line or article is reported, the rest is kept."""
    result = Collection()
    if pipeline is None:
        pipeline, result.notes = timeline_pipeline()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = f"line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            result.errors.append(f"{item}: not JSON ({exc.msg})")
            continue
        if isinstance(obj, dict) and obj.get("id") not in (None, ""):
            item = f"line {number} (id {obj['id']})"
        try:
            article = _article(obj, item, pipeline)
        except InputError as exc:
            result.errors.append(str(exc))
            continue
        result.articles.append(article)
        if progress is not None:
            progress(number)
    return result


def _article(obj: object, item: str, pipeline: Pipeline) -> Article:
    if isinstance(obj, dict) and isinstance(obj.get("sentences"), list):
        try:
            return article_from_json(obj)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(item, f"malformed analysed article ({exc})") from None
    article = article_from_input(obj, item)
    try:
        return pipeline.run(article)
    except RecursionError:
        raise InputError(item, "text too deeply nested to analyse") from None
    except (StorylineError, ValueError, IndexError, MemoryError) as exc:
        raise InputError(item, f"analysis failed ({type(exc).__name__}: {exc})") from None
