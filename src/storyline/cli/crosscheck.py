"""Cross-checking commands: `claims STORY_ID`, `flags [STORY_ID] [--by-outlet]`.

Thin over the engine (`Storyline.review`, `.flags`, `.outlet_flags`); the
story export (`export stories`) and the flags shown by `show` go through the
same engine methods. Every command has `--json`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

import typer

from storyline.cli.common import DB_OPTION, open_engine
from storyline.cli.output import out, report_error
from storyline.serialize import flag_to_json

if TYPE_CHECKING:  # the ledger, the flags and rich load with the commands that use them
    from rich.table import Table

    from storyline.corpus.flags import OutletSummary
    from storyline.corpus.ledger import ClaimSeries, Conflict
    from storyline.corpus.ledger.records import SeriesPoint
    from storyline.model import Flag

__all__ = ["register", "render_flag"]

_QUALIFIER_SIGN = {
    "exact": "",
    "more_than": "> ",
    "at_least": ">= ",
    "less_than": "< ",
    "up_to": "<= ",
    "about": "~ ",
}


def _value(p: SeriesPoint) -> str:
    text = f"{_QUALIFIER_SIGN.get(p.qualifier, '')}{p.value:,.0f}"
    if p.value != int(p.value):
        text = f"{_QUALIFIER_SIGN.get(p.qualifier, '')}{p.value:,g}"
    return text + (" (absurd)" if p.absurd else "")


def _series_title(s: ClaimSeries) -> str:
    what = s.category if s.unit in (None, "people") else f"{s.category} ({s.unit})"
    details = ", ".join(d for d in (s.subject, s.location, s.cause) if d)
    kind = "cumulative" if s.cumulative else "level"
    status = "CONFLICTING" if s.status == "conflicting" else "consistent"
    return f"{s.id}: {what}{f' [{details}]' if details else ''} ({kind}, {status})"


def _render_series(s: ClaimSeries, conflicted: set[tuple[str, int]]) -> Table:
    from rich.table import Table

    table = Table("", "as of", "value", "outlet", "article", "text", box=None, title=None)
    for p in s.points:
        mark = "!" if (p.article, p.start) in conflicted else ""
        copies = f" (+{len(p.copies)} copies)" if p.copies else ""
        table.add_row(
            mark,
            p.as_of or "?",
            _value(p),
            (p.outlet or "-") + copies,
            p.article,
            " ".join(p.text.split())[:70],
        )
    return table


def _render_conflict(c: Conflict) -> list[str]:
    lines = [f"[{c.kind}] {c.series + ': ' if c.series else ''}{c.message}"]
    for e in c.evidence:
        lines.append(
            f"    - {e.outlet or '-'} {e.article} @{e.start}-{e.end}: {' '.join(e.text.split())!r}"
        )
    return lines


def claims(
    story_id: str = typer.Argument(..., help="Story id (ids of merged stories resolve)."),
    db: str | None = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="One JSON object: series and conflicts."),
) -> None:
    """The claim ledger of a story: each series of reported numbers, conflicts marked."""
    with open_engine(db, must_exist=True) as engine:
        try:
            review = engine.review(story_id)
        except KeyError:
            report_error(f"no story with id {story_id!r}")
            raise typer.Exit(1) from None
    ledger = review.ledger
    if as_json:
        from storyline.corpus.ledger import ledger_json

        payload = {"story": ledger.story_id, "requested": story_id, **ledger_json(ledger)}
        sys.stdout.write(json.dumps(payload) + "\n")
        return
    if ledger.story_id != story_id:
        out.print(f"{story_id} was merged into {ledger.story_id}", markup=False)
    out.print(
        f"story {ledger.story_id}: {len(review.articles)} articles, {len(ledger.series)} series, "
        f"{len(ledger.conflicts)} conflicts",
        markup=False,
    )
    if not ledger.series:
        out.print("no reported numbers line up in this story", markup=False)
    conflicted = {(e.article, e.start) for c in ledger.conflicts for e in c.evidence}
    for s in ledger.series:
        out.print("", markup=False)
        out.print(_series_title(s), markup=False)
        out.print(_render_series(s, conflicted))
    if ledger.conflicts:
        out.print("\nconflicts:", markup=False)
        for c in ledger.conflicts:
            for line in _render_conflict(c):
                out.print(line, markup=False)


def render_flag(f: Flag, text_width: int = 100) -> list[str]:
    """A flag and its evidence as indented lines (shared with `show`)."""
    lines = [f"  [{f.severity}] {f.code}: {f.message}"]
    for span in f.evidence:
        shown = " ".join(span.text.split())
        if len(shown) > text_width:
            shown = shown[:text_width] + " …"
        lines.append(f"      @{span.start}-{span.end}: {shown!r}")
    return lines


def flags(
    story_id: str | None = typer.Argument(None, help="Only this story's articles."),
    db: str | None = DB_OPTION,
    by_outlet: bool = typer.Option(False, "--by-outlet", help="Counts of flags per outlet."),
    every: bool = typer.Option(False, "--all", help="Also list articles without flags."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of text."),
) -> None:
    """Articles and their reliability flags, with evidence (or a summary per outlet)."""
    with open_engine(db, must_exist=True) as engine:
        try:
            if by_outlet:
                summary = engine.outlet_flags()
            else:
                found = engine.flags(story_id)
        except KeyError:
            report_error(f"no story with id {story_id!r}")
            raise typer.Exit(1) from None
    if by_outlet:
        _print_outlets(summary, as_json)
        return
    for a in found:
        if not a.flags and not every:
            continue
        if as_json:
            payload = {
                "id": a.article_id,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published,
                "story": a.story_id,
                "duplicate_of": a.duplicate_of,
                "published_estimate": asdict(a.published_estimate)
                if a.published_estimate
                else None,
                "flags": [flag_to_json(f) for f in a.flags],
            }
            sys.stdout.write(json.dumps(payload) + "\n")
            continue
        when = a.published[:10] if a.published else "undated"
        if a.published_estimate is not None:
            e = a.published_estimate
            when += f" (estimated {e.start}..{e.end} from {e.basis})"
        out.print(
            f"{when}  {a.outlet or '-'}  {a.article_id}  {(a.title or '').strip()[:80]}",
            markup=False,
        )
        for f in a.flags:
            for line in render_flag(f):
                out.print(line, markup=False)
    if not as_json and not any(a.flags for a in found):
        out.print("no flags", markup=False)


def _print_outlets(summary: list[OutletSummary], as_json: bool) -> None:
    if as_json:
        for s in summary:
            row = {
                "outlet": s.outlet,
                "articles": s.articles,
                "flagged": s.flagged,
                "flags": dict(s.codes),
            }
            sys.stdout.write(json.dumps(row) + "\n")
        return
    from rich.table import Table

    table = Table("outlet", "articles", "warned", "flags (articles)", box=None)
    for s in summary:
        codes = ", ".join(f"{code} {n}" for code, n in s.codes) or "-"
        table.add_row(s.outlet, str(s.articles), str(s.flagged), codes)
    out.print(table)


def register(app: typer.Typer) -> None:
    app.command()(claims)
    app.command()(flags)
