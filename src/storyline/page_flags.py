"""Which pages stay out of story matching: one decision for ingest, the pipeline and stories.

Two flags keep a page out of the stories' articles: ingest's "not_news" (a gallery, an
index of links, a reader form: ingest/pages.py) and the pipeline's "not_english" (the
English-model stages did not run: analyze/pipeline.py). A page flagged either way is
kept and searchable, but had no speakers, entities or claims read from it (or none from
its real text), so it neither makes nor joins a story as an article: story assignment,
the worker's lexical reading and a recluster all ask `kept_out_of_stories`, which lives
here, below both ingest and analyze, so each reads the same codes.
"""

from __future__ import annotations

from storyline.model import Article

__all__ = ["NOT_ENGLISH_FLAG", "NOT_NEWS_FLAG", "kept_out_of_stories"]

NOT_NEWS_FLAG = "not_news"
"""Flag code of a page that is not a news article (kept, not analysed, a story of its own)."""
NOT_ENGLISH_FLAG = "not_english"
"""Flag code of an article whose English-model stages were skipped for its language."""
_KEPT_OUT = frozenset({NOT_NEWS_FLAG, NOT_ENGLISH_FLAG})


def kept_out_of_stories(article: Article) -> bool:
    """Whether `article` carries a flag keeping it out of the stories' articles."""
    return any(f.code in _KEPT_OUT for f in article.flags)
