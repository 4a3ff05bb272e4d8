"""`storyline brief`: a story's briefing, one page by default, everything with --full.

Thin command: options here, everything else in storyline.corpus.briefing.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

import typer

from storyline.cli.common import DB_OPTION, open_engine, parse_date_option, story_articles

if TYPE_CHECKING:
    from storyline.corpus.ledger import Ledger

__all__ = ["register"]

_FORMATS = ("text", "md", "html", "json")


def brief(
    story_id: str = typer.Argument(..., help="Id of a stored story."),
    since: str | None = typer.Option(
        None, help="Also show what is new since this day (YYYY-MM-DD, 7d, yesterday)."
    ),
    db: str | None = DB_OPTION,
    fmt: str = typer.Option("text", "--format", help="text, md, html or json."),
    full: bool = typer.Option(
        False, "--full", help="Every speaker, number and disagreement, not one page."
    ),
) -> None:
    """A briefing: latest developments, who said what, the numbers, disagreements."""
    from storyline.corpus.briefing import BriefingLimits, build_briefing, render_briefing

    if fmt not in _FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(_FORMATS)}", param_hint="--format")
    day_text = parse_date_option(since, "--since")
    day = dt.date.fromisoformat(_first_day(day_text)) if day_text else None
    articles = story_articles(story_id, db)
    limits = BriefingLimits.full() if full else BriefingLimits.page()
    briefing = build_briefing(
        articles,
        since=day,
        title=f"Story {story_id}",
        limits=limits,
        ledger=_cached_ledger(story_id, db),
    )
    sys.stdout.write(render_briefing(briefing, fmt))  # type: ignore[arg-type]
    sys.stdout.flush()


def _cached_ledger(story_id: str, db: str | None) -> Ledger:
    """The story's ledger from the engine's cached review: built once per story version,
    and it keeps the figures of articles updated in place (the articles alone do not)."""
    engine = open_engine(db, must_exist=True)
    try:
        return engine.ledger(story_id)
    finally:
        engine.close()


def _first_day(value: str) -> str:
    """ "2024-03" -> "2024-03-01", "2024" -> "2024-01-01": a month or year starts on its
    first day."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


def register(app: typer.Typer) -> None:
    app.command()(brief)
