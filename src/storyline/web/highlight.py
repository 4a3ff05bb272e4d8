"""An article's text cut into segments, each carrying the annotations that cover it.

Annotations overlap (an entity inside a quote inside a claim's sentence), so the
text is cut at every annotation boundary and each piece lists what covers it; the
template wraps each piece in one element with those classes. The text itself is
never turned into markup here: templates escape every piece. Offsets that fall
outside the text are clamped, and empty or reversed spans skipped, so a damaged
annotation never breaks the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from markupsafe import Markup

from storyline.query.records import ArticleView
from storyline.web.urls import entity_url

__all__ = ["Mark", "Segment", "article_marks", "segments", "segments_html"]

_CSS_WORD = re.compile(r"[^a-z0-9-]+")


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation over [start, end): its CSS class, its tooltip, an entity to link to,
    and an anchor id placed where it starts."""

    start: int
    end: int
    css: str
    title: str | None = None
    entity: str | None = None
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    css: str
    title: str | None
    entity: str | None
    anchors: tuple[str, ...]


def _word(value: str) -> str:
    return _CSS_WORD.sub("-", value.lower()).strip("-") or "other"


def article_marks(view: ArticleView, target: tuple[int, int] | None = None) -> list[Mark]:
    """The marks of every annotation of the article, plus `target` (a cited passage)."""
    marks = [
        Mark(e.start, e.end, f"ent ent-{_word(e.label)}", f"{e.label}: {e.canonical or e.text}",
             entity=e.canonical or e.text)
        for e in view.entities
    ]  # fmt: skip
    marks += [Mark(t.start, t.end, "timex", f"{t.type} {t.value}") for t in view.timexes]
    for q in view.quotes:
        if not q.stated:
            continue  # a wish, a deed, a topic or a stance: no one's quote (Quote.stated)
        who = (q.speaker.canonical or q.speaker.text) if q.speaker else "no speaker found"
        marks.append(Mark(q.start, q.end, f"quote quote-{_word(q.kind)}", f"{q.kind} quote: {who}"))
    for i, c in enumerate(view.claims):
        figure = f"{c.qualifier.replace('_', ' ')} {c.value:g}{' ' + c.unit if c.unit else ''}"
        title = f"{c.category}: {figure}, as of {c.as_of or 'unknown'}"
        marks.append(Mark(c.start, c.end, "claim", title, anchor=f"claim-{i}"))
    for i, f in enumerate(view.flags):
        for j, span in enumerate(f.evidence):
            css = f"evidence sev-{_word(f.severity)}"
            marks.append(
                Mark(span.start, span.end, css, f"{f.code}: {f.message}", anchor=f"flag-{i}-{j}")
            )
    if target is not None:
        marks.append(Mark(target[0], target[1], "target", "the passage you followed", anchor="hl"))
    return marks


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """`text` cut at every mark boundary; each segment with the classes of the marks over it."""
    size = len(text)
    usable = []
    for m in marks:
        start, end = max(0, min(m.start, size)), max(0, min(m.end, size))
        if start < end:
            usable.append((start, end, m))
    cuts = sorted({0, size, *(s for s, _, _ in usable), *(e for _, e, _ in usable)})
    starting: dict[int, list[tuple[int, int, Mark]]] = {}
    for item in usable:
        starting.setdefault(item[0], []).append(item)
    active: list[tuple[int, int, Mark]] = []
    out: list[Segment] = []
    for a, b in pairwise(cuts):
        if active:
            active = [item for item in active if item[1] > a]
        opened = starting.get(a)
        if opened:
            active += opened
        if not active:  # plain text between annotations: about half the pieces
            out.append(Segment(text[a:b], "", None, None, ()))
            continue
        # outer marks first: longer spans wrap shorter ones in the tooltip and class order
        ordered = sorted(active, key=_outer_first) if len(active) > 1 else active
        titles = [m.title for _, _, m in ordered if m.title]
        entity = next((m.entity for _, _, m in reversed(ordered) if m.entity), None)
        out.append(
            Segment(
                text=text[a:b],
                css=" ".join(m.css for _, _, m in ordered),
                title=" · ".join(titles) or None,
                entity=entity,
                anchors=tuple(m.anchor for _, _, m in opened if m.anchor) if opened else (),
            )
        )
    return out


def _outer_first(item: tuple[int, int, Mark]) -> tuple[int, int]:
    return item[0], -item[1]


def segments_html(pieces: list[Segment]) -> Markup:
    """The segments as HTML: a span per annotated piece, anchors, links to entity pages."""
    out: list[str] = []
    links: dict[str, str] = {}
    # an entity mentioned ten times opens the same tag ten times: escaped once
    opening: dict[tuple[str, str | None], str] = {}
    for piece in pieces:
        if piece.anchors:
            out += [f'<span id="{escape(anchor)}"></span>' for anchor in piece.anchors]
        text = escape(piece.text)
        if piece.entity:
            if piece.entity not in links:
                links[piece.entity] = escape(entity_url(piece.entity))
            text = f'<a href="{links[piece.entity]}">{text}</a>'
        if piece.css:
            style = (piece.css, piece.title)
            tag = opening.get(style)
            if tag is None:
                title = f' title="{escape(piece.title)}"' if piece.title else ""
                tag = opening[style] = f'<span class="{escape(piece.css)}"{title}>'
            out.append(f"{tag}{text}</span>")
        else:
            out.append(text)
    return Markup("".join(out))
