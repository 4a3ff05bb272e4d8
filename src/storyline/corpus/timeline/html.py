"""A timeline as one self-contained HTML file: inline CSS, no scripts, nothing fetched.

A journalist can mail the file or open it offline; every value from articles
is escaped, since article text is untrusted input.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from storyline.corpus.timeline.build import Timeline
from storyline.corpus.timeline.citations import cite_label, entry_lines
from storyline.model import Article

__all__ = ["render_html"]

_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}ol.timeline{list-style:none;padding:0;border-left:3px solid #bbb}
ol.timeline>li{margin:0 0 1.5rem;padding-left:1rem}
time{font-weight:700;display:block;margin-bottom:.3rem}
ul{margin:.2rem 0;padding-left:1.2rem}cite{font-size:.85em;color:#555;font-style:normal}
a{color:#0b5ea8}.note{color:#8a5a00}
"""


def _cite(article_id: str, known: Mapping[str, Article], spans: str) -> str:
    label = escape(cite_label(article_id, known))
    article = known.get(article_id)
    title = escape(f"{article.title or ''} {spans}".strip()) if article else escape(spans)
    if article is not None and article.url:
        return f'<a href="{escape(article.url)}" title="{title}">{label}</a>'
    return f'<span title="{title}">{label}</span>'


def render_html(
    timeline: Timeline, articles: Mapping[str, Article], *, title: str | None = None
) -> str:
    """The whole HTML document."""
    heading = escape(title or "Timeline")
    body: list[str] = [f"<h1>{heading}</h1>"]
    if timeline.entries:
        body.append('<ol class="timeline">')
        for i, entry in enumerate(timeline.entries):
            body.append(
                f'<li><time datetime="{escape(entry.date)}">{escape(entry.date)}</time><ul>'
            )
            spans_by_article: dict[str, list[str]] = {}
            for article_id, start, end in entry.spans:
                spans_by_article.setdefault(article_id, []).append(f"chars {start}-{end}")
            for sentence, ids in entry_lines(timeline, i):
                cites = "; ".join(
                    _cite(a, articles, ", ".join(spans_by_article.get(a, []))) for a in ids
                )
                body.append(f"<li>{escape(sentence)} <cite>({cites})</cite></li>")
            body.append("</ul></li>")
        body.append("</ol>")
    else:
        body.append("<p>Empty timeline.</p>")
    body += [f'<p class="note">{escape(n)}</p>' for n in timeline.notes]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{heading}</title><style>{_CSS}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
