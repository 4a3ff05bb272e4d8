"""What a timeline's lines cite, as every output format shows it: each line of an entry
with the articles it comes from (`entry_lines`), and how a citation reads (`cite_label`).

The text and Markdown renderer (render.py) and the HTML one (html.py) both import these
from here; render.py names html.py only when HTML is asked for, so the arrows run one way.
"""

from __future__ import annotations

from collections.abc import Mapping

from storyline.corpus.timeline.build import Timeline
from storyline.model import Article

__all__ = ["cite_label", "entry_lines"]


def cite_label(article_id: str, articles: Mapping[str, Article]) -> str:
    """How a citation reads to a person: outlet and date when known, else the id."""
    article = articles.get(article_id)
    if article is None:
        return article_id
    parts = [p for p in (article.outlet, article.published and article.published[:10]) if p]
    return f"{', '.join(parts)} ({article_id})" if parts else article_id


def entry_lines(timeline: Timeline, index: int) -> list[tuple[str, tuple[str, ...]]]:
    """(sentence, article ids it comes from) for the index-th entry."""
    entry = timeline.entries[index]
    if index < len(timeline.lines):
        out: list[tuple[str, tuple[str, ...]]] = []
        for line in timeline.lines[index]:
            ids = tuple(dict.fromkeys(s.article_id for s in line.sources))
            out.append((line.text, ids))
        return out
    return [(s, entry.article_ids) for s in entry.sentences]
