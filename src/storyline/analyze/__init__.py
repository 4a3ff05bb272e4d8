"""Per-article analysis: stages that annotate one article at a time."""

from storyline.analyze.inputs import article_from_input, read_jsonl_articles
from storyline.analyze.pipeline import DEFAULT_STAGES, Pipeline, Stage, make_stage

__all__ = [
    "DEFAULT_STAGES",
    "Pipeline",
    "Stage",
    "article_from_input",
    "make_stage",
    "read_jsonl_articles",
]
