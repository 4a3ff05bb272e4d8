"""A briefing as plain text, Markdown, HTML or JSON; each line ends with where it comes from.
Text, Markdown and HTML show a tokenised corpus's bracket and quote tokens as characters
(readable.py); JSON keeps the stored words, which its spans index.

Every header counts what it lists ("Ana Ruiz: 2 of 5 quotes"), so a reader knows
when a section was cut to fit the page and what `--full` would add.
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict
from typing import Literal

from storyline.corpus.briefing.numbers import EARLIER
from storyline.corpus.briefing.readable import readable
from storyline.corpus.briefing.records import (
    Briefing,
    Cited,
    Development,
    DisagreeingReport,
    NumberReport,
)
from storyline.corpus.ledger import ESTIMATED

__all__ = ["BriefingFormat", "render_briefing"]

BriefingFormat = Literal["text", "md", "html", "json"]

_QUALIFIER = {
    "exact": "",
    "more_than": "more than ",
    "less_than": "less than ",
    "about": "about ",
    "at_least": "at least ",
    "up_to": "up to ",
}


def _source(c: Cited) -> str:
    where = ", ".join(p for p in (c.outlet, c.published and c.published[:10]) if p)
    label = f"{where}; " if where else ""
    return f"[{label}{c.article_id} @{c.start}-{c.end}]"


def _number(r: NumberReport, *, labelled: bool = False, history: bool = False) -> str:
    """One report's line; `labelled`: its group's label already says it is estimated;
    `history`: its group is a figure of an earlier event ("killed, earlier"), whose
    day is when it was reported, not when it held."""
    value = f"{r.value:,.0f}" if float(r.value).is_integer() else f"{r.value:,}"
    unit = f" {r.unit}" if r.unit else ""
    unit += f" {r.share_of}" if r.share_of else ""
    unit += f" {r.where}" if r.where else ""
    said = f", said by {r.speaker}" if r.speaker else ""
    how = f"{ESTIMATED}, " if r.estimated and not labelled else ""
    when = "reported" if history else "as of"
    return (
        f"{_QUALIFIER.get(r.qualifier, '')}{value}{unit} ({how}{when} {r.as_of or 'undated'}{said})"
    )


def _side(r: DisagreeingReport) -> str:
    """One side of a disagreement: its value and date when it has them, then its words."""
    facts = []
    if r.value is not None:
        facts.append(f"{r.value:,.0f}" if float(r.value).is_integer() else f"{r.value:,}")
    if r.as_of:
        facts.append(f"as of {r.as_of}")
    if r.speaker:
        facts.append(f"said by {r.speaker}")
    return f"{', '.join(facts)}: {r.source.text}" if facts else r.source.text


def _plural(n: int, noun: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _count(shown: int, total: int, noun: str) -> str:
    return f"{shown} of {_plural(total, noun)}" if shown < total else _plural(total, noun)


class _Out:
    """Lines in one of three markups: plain text, Markdown, HTML."""

    def __init__(self, fmt: str) -> None:
        self.fmt = fmt
        self.lines: list[str] = []
        self.page_title = ""
        self._in_list = False

    def _esc(self, s: str) -> str:
        return html.escape(s) if self.fmt == "html" else s

    def _close_list(self) -> None:
        if self._in_list:
            self.lines.append("</ul>")
            self._in_list = False

    def title(self, s: str) -> None:
        self.page_title = s
        tag = {"md": f"# {s}", "html": f"<h1>{self._esc(s)}</h1>"}
        self.lines.append(tag.get(self.fmt, s))

    def section(self, s: str) -> None:
        self._close_list()
        if self.fmt == "html":
            self.lines.append(f"<h2>{self._esc(s)}</h2>")
        else:
            self.lines.extend(["", f"## {s}" if self.fmt == "md" else s])

    def label(self, s: str) -> None:
        self._close_list()
        s = readable(s)
        tag = {"md": f"**{s}**", "html": f"<h3>{self._esc(s)}</h3>"}
        self.lines.append(tag.get(self.fmt, s))

    def item(self, s: str, source: Cited | None = None) -> None:
        s = readable(s)
        if self.fmt == "html":
            if not self._in_list:
                self.lines.append("<ul>")
                self._in_list = True
            where = f" <small>{html.escape(_source(source))}</small>" if source else ""
            self.lines.append(f"<li>{html.escape(s)}{where}</li>")
            return
        where = f" {_source(source)}" if source else ""
        self.lines.append(f"- {s}{where}")

    def text(self, s: str) -> None:
        self._close_list()
        self.lines.append(f"<p>{self._esc(s)}</p>" if self.fmt == "html" else s)

    def render(self) -> str:
        self._close_list()
        body = "\n".join(self.lines).strip("\n")
        if self.fmt == "html":
            return (
                '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
                f"<title>{html.escape(self.page_title)}</title>"
                f"</head><body>\n{body}\n</body></html>\n"
            )
        return body + "\n"


def _developments(out: _Out, items: tuple[Development, ...]) -> None:
    if not items:
        out.text("(nothing dated)")
    for d in items:
        out.label(d.date)
        for c in d.sentences:
            out.item(c.text, c)


def _write(b: Briefing, out: _Out) -> None:
    out.title(b.title)
    span = f"{b.first_day} to {b.last_day}" if b.first_day else "undated"
    out.text(f"{_plural(b.articles, 'article')}, {span}.")

    out.section("Latest developments (newest day first)")
    _developments(out, b.latest)

    out.section(f"Who said what ({_count(len(b.quotes), b.speakers_total, 'speaker')})")
    if not b.quotes:
        out.text("(no attributed quotes)")
    for group in b.quotes:
        tag = "" if group.named else " (unnamed source)"
        out.label(f"{group.speaker}{tag}: {_count(len(group.quotes), group.total, 'quote')}")
        for c in group.quotes:
            out.item(c.text, c)

    out.section(f"The numbers ({_count(len(b.numbers), b.categories_total, 'kind')})")
    if not b.numbers:
        out.text("(no reported numbers)")
    for category, reports in b.numbers:
        out.label(f"{category}:")
        for r in reports:
            out.item(
                _number(
                    r,
                    labelled=ESTIMATED in category,
                    history=category.endswith(EARLIER),
                ),
                r.source,
            )

    shown = len(b.disagreements)
    out.section(f"Where sources disagree ({_count(shown, b.disagreements_total, 'case')})")
    if not b.disagreements:
        out.text("(no conflicting reports found)")
    for d in b.disagreements:
        out.label(f"{d.about}: {d.message}")
        for side in d.reports:
            out.item(_side(side), side.source)

    if b.since:
        out.section(f"New since {b.since} ({_plural(b.new_articles, 'new article')})")
        _developments(out, b.new_since)
    if b.notes:
        out.section("Notes")
        for n in b.notes:
            out.text(f"note: {n}")
    if not b.full and _was_cut(b):
        out.text("")
        out.text("(one page: run with --full for every speaker, number and disagreement)")


def _was_cut(b: Briefing) -> bool:
    return (
        len(b.quotes) < b.speakers_total
        or any(len(g.quotes) < g.total for g in b.quotes)
        or len(b.numbers) < b.categories_total
        or len(b.disagreements) < b.disagreements_total
    )


def render_briefing(briefing: Briefing, fmt: BriefingFormat) -> str:
    """The briefing as a string ending with a newline."""
    if fmt == "json":
        return json.dumps(asdict(briefing), ensure_ascii=False, indent=1) + "\n"
    out = _Out(fmt)
    _write(briefing, out)
    return out.render()
