"""A briefing as plain text, Markdown or JSON; each line ends with where it comes from."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Literal

from storyline.corpus.briefing.build import Briefing, Cited, Development, NumberReport

__all__ = ["BriefingFormat", "render_briefing"]

BriefingFormat = Literal["text", "md", "json"]

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


def _number(r: NumberReport) -> str:
    value = f"{r.value:,.0f}" if float(r.value).is_integer() else f"{r.value:,}"
    unit = f" {r.unit}" if r.unit else ""
    said = f", said by {r.speaker}" if r.speaker else ""
    return f"{_QUALIFIER.get(r.qualifier, '')}{value}{unit} (as of {r.as_of or 'undated'}{said})"


def _lines(b: Briefing, md: bool) -> list[str]:
    h1, h2 = ("# ", "## ") if md else ("", "")
    bullet = "- "
    out = [f"{h1}{b.title}", ""]
    span = f"{b.first_day} to {b.last_day}" if b.first_day else "undated"
    out += [f"{b.articles} articles, {span}.", ""]

    def developments(title: str, items: tuple[Development, ...]) -> None:
        out.extend([f"{h2}{title}", ""])
        if not items:
            out.append("(nothing dated)")
        for d in items:
            out.append(f"{d.date}:" if not md else f"**{d.date}**")
            out.extend(f"{bullet}{c.text} {_source(c)}" for c in d.sentences)
        out.append("")

    developments("Latest developments", b.latest)
    out += [f"{h2}Who said what", ""]
    if not b.quotes:
        out.append("(no quotes)")
    for group in b.quotes:
        tag = "" if group.named else " (unnamed)"
        more = f" -- {group.total} quotes" if group.total > len(group.quotes) else ""
        out.append(f"{group.speaker}{tag}{more}:")
        out.extend(f"{bullet}{c.text} {_source(c)}" for c in group.quotes)
    out += ["", f"{h2}The numbers", ""]
    if not b.numbers:
        out.append("(no reported numbers)")
    for category, reports in b.numbers:
        out.append(f"{category}:")
        out.extend(f"{bullet}{_number(r)} {_source(r.source)}" for r in reports)
    out += ["", f"{h2}Where sources disagree", ""]
    if not b.disagreements:
        out.append("(no conflicting numbers found)")
    for d in b.disagreements:
        out.append(f"{d.category} as of {d.as_of}:")
        out.extend(f"{bullet}{_number(r)}: {r.source.text} {_source(r.source)}" for r in d.reports)
    out.append("")
    if b.since:
        developments(f"New since {b.since} ({b.new_articles} new articles)", b.new_since)
    out.extend(f"note: {n}" for n in b.notes)
    return out


def render_briefing(briefing: Briefing, fmt: BriefingFormat) -> str:
    """The briefing as a string ending with a newline."""
    if fmt == "json":
        return json.dumps(asdict(briefing), ensure_ascii=False, indent=1) + "\n"
    if fmt == "md":
        text = "\n".join(_lines(briefing, md=True))
    else:
        text = "\n".join(_lines(briefing, md=False))
    return text.rstrip("\n") + "\n"
