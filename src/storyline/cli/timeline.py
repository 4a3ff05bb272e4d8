"""`storyline timeline`: a story's dated account (the briefing is in cli/brief.py).

Thin command: reading input and options here, everything else in
storyline.corpus.timeline.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from storyline.cli.common import DB_OPTION
from storyline.cli.common import story_articles as _story_articles
from storyline.cli.output import report_error
from storyline.model import Article

__all__ = ["register"]

_FORMATS = ("text", "md", "html", "json")


def _day(value: str | None, option: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise typer.BadParameter(f"choose one of {', '.join(allowed)}", param_hint="--format")


def _collection(path: Path, workers: int | None, cache_dir: Path | None) -> list[Article]:
    from storyline.corpus.timeline.collection import default_workers, read_collection
    from storyline.ingest import open_text

    try:
        with open_text(path) as handle:  # plain or .gz (storyline.ingest.textfile)
            collection = read_collection(
                handle,
                workers=default_workers() if workers is None else workers,
                cache_dir=cache_dir,
            )
    except (OSError, EOFError) as exc:  # EOFError: a truncated .gz
        report_error(f"{path}: {getattr(exc, 'strerror', None) or exc or 'truncated'}")
        raise typer.Exit(2) from None
    for message in collection.errors:
        report_error(message)
    for note in collection.notes:
        report_error(f"note: {note}")
    return collection.articles


def timeline(
    story_id: str | None = typer.Argument(None, help="Id of a stored story."),
    articles_file: Path | None = typer.Option(
        None, "--articles", help="JSONL articles to summarise instead of a stored story."
    ),
    db: str | None = DB_OPTION,
    keywords: str = typer.Option("", help="Comma-separated keywords the timeline is about."),
    max_dates: int | None = typer.Option(
        None,
        "--max-dates",
        min=1,
        help="How many days to keep (default: the days the coverage keeps pointing to).",
    ),
    sentences_per_date: int = typer.Option(2, "--sentences-per-date", min=1),
    start: str | None = typer.Option(None, help="First day (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, help="Last day (YYYY-MM-DD)."),
    fmt: str = typer.Option("text", "--format", help="text, md, html or json."),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Processes analysing --articles (default: up to 2, by the cores available).",
    ),
    cache_dir: Path | None = typer.Option(
        None,
        "--cache-dir",
        help="Keep the analysis of --articles here and reuse it next time "
        "(default: $STORYLINE_CACHE_DIR, else $XDG_CACHE_HOME/storyline or ~/.cache/storyline).",
    ),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Analyse --articles afresh and store nothing."
    ),
) -> None:
    """What happened on which day, each line citing its articles."""
    from storyline.corpus.timeline import TimelineOptions, build_timeline, render_timeline

    _check_format(fmt, _FORMATS)
    first, last = _day(start, "--start"), _day(end, "--end")
    if first and last and first > last:
        raise typer.BadParameter(f"start {first} is after end {last}", param_hint="--start")
    if (story_id is None) == (articles_file is None):
        raise typer.BadParameter("give either a STORY_ID or --articles FILE")
    if articles_file is not None:
        from storyline.corpus.timeline.cache import default_cache_dir

        cache = None if no_cache else (cache_dir or default_cache_dir())
        articles = _collection(articles_file, workers, cache)
        title = articles_file.stem
    else:
        articles = _story_articles(str(story_id), db)
        title = f"Story {story_id}"
    options = TimelineOptions(
        max_dates=max_dates,
        sentences_per_date=sentences_per_date,
        start=first,
        end=last,
        keywords=tuple(k.strip() for k in keywords.split(",") if k.strip()),
    )
    result = build_timeline(articles, options)
    if fmt in ("json", "html"):
        for note in result.notes:
            report_error(f"note: {note}")
    known = {a.id: a for a in articles}
    sys.stdout.write(render_timeline(result, fmt, known, title=title))  # type: ignore[arg-type]
    sys.stdout.flush()


def register(app: typer.Typer) -> None:
    app.command()(timeline)
