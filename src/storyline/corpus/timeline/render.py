"""A timeline as JSON, plain text or Markdown; HTML lives in `html.py`.

Every line keeps its citations: the article ids and character spans it was
taken from, so a reader (or a script) can go back to the exact source text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from storyline.corpus.timeline.build import Timeline
from storyline.corpus.timeline.citations import cite_label, entry_lines
from storyline.model import Article

__all__ = ["Format", "render_timeline", "timeline_json"]

Format = Literal["json", "text", "md", "html"]


def timeline_json(timeline: Timeline) -> list[dict[str, Any]]:
    """The contract of DESIGN.md: [{"date", "sentences", "articles"}], plus the spans."""
    return [
        {
            "date": e.date,
            "sentences": list(e.sentences),
            "articles": list(e.article_ids),
            "spans": [{"article": a, "start": s, "end": t} for a, s, t in e.spans],
        }
        for e in timeline.entries
    ]


def render_timeline(
    timeline: Timeline,
    fmt: Format,
    articles: Mapping[str, Article] | None = None,
    *,
    title: str | None = None,
) -> str:
    """The timeline in one of the output formats, as a string ending with a newline."""
    import json

    known = articles or {}
    if fmt == "json":
        return json.dumps(timeline_json(timeline), ensure_ascii=False, indent=1) + "\n"
    if fmt == "html":
        from storyline.corpus.timeline.html import render_html

        return render_html(timeline, known, title=title)
    if fmt == "md":
        return _markdown(timeline, known, title)
    return _text(timeline, known, title)


def _text(timeline: Timeline, known: Mapping[str, Article], title: str | None) -> str:
    out: list[str] = []
    if title:
        out += [title, "=" * min(len(title), 78), ""]
    for i, entry in enumerate(timeline.entries):
        out.append(entry.date)
        for sentence, ids in entry_lines(timeline, i):
            out.append(f"  - {sentence}")
            out.append(f"    [{'; '.join(cite_label(a, known) for a in ids)}]")
        out.append("")
    if not timeline.entries:
        out.append("(empty timeline)")
    out += [f"note: {n}" for n in timeline.notes]
    return "\n".join(out).rstrip("\n") + "\n"


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def _md_cite(article_id: str, known: Mapping[str, Article]) -> str:
    label = _md_escape(cite_label(article_id, known))
    url = known[article_id].url if article_id in known else None
    if not url:
        return label
    safe = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{label}](<{safe}>)"


def _markdown(timeline: Timeline, known: Mapping[str, Article], title: str | None) -> str:
    out: list[str] = [f"# {_md_escape(title or 'Timeline')}", ""]
    for i, entry in enumerate(timeline.entries):
        out += [f"## {entry.date}", ""]
        for sentence, ids in entry_lines(timeline, i):
            cites = "; ".join(_md_cite(a, known) for a in ids)
            out.append(f"- {_md_escape(sentence)} ({cites})")
        out.append("")
    if not timeline.entries:
        out += ["*Empty timeline.*", ""]
    out += [f"> note: {_md_escape(n)}" for n in timeline.notes]
    return "\n".join(out).rstrip("\n") + "\n"
