"""Reliability and consistency flags of articles, each with a message and evidence.

Per article (a pipeline stage, stored at ingest): `undated`, `no_attribution`,
`generated_style`, `absurd_value`, `near_copy`, `anachronism` against the
article's own date. Per story (`review_story`, cached, incremental):
`contradicted`, `uncorroborated`, `anachronism` of an undated article against
its story's span, and a `published_estimate` for undated articles.
`outlet_summary` aggregates articles' flags by outlet.
"""

from storyline.corpus.flags.article import ARTICLE_CODES, ArticleFlagStage, article_flags
from storyline.corpus.flags.estimate import PublishedEstimate, estimate_published
from storyline.corpus.flags.outlets import OutletSummary, outlet_summary
from storyline.corpus.flags.review import (
    REVIEW_VERSION,
    StoryReview,
    review_articles,
    review_story,
)
from storyline.corpus.flags.storage import GroupRow, ReviewStore
from storyline.corpus.flags.style import StyleFeatures, style_features

__all__ = [
    "ARTICLE_CODES",
    "REVIEW_VERSION",
    "ArticleFlagStage",
    "GroupRow",
    "OutletSummary",
    "PublishedEstimate",
    "ReviewStore",
    "StoryReview",
    "StyleFeatures",
    "article_flags",
    "estimate_published",
    "outlet_summary",
    "review_articles",
    "review_story",
    "style_features",
]
