"""Options shared by commands, opening the database they name, and checking arguments.

Arguments are checked before any work starts, each with a one-line reason and
exit code 2 (typer's code for a usage error): a date that is not a date, a
count that must be positive, a database that does not exist for a command that
only reads (opening it would create an empty one and report "no articles").
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING

import typer

from storyline.errors import StorylineError
from storyline.model import Article

if TYPE_CHECKING:
    from storyline.engine import Storyline

__all__ = [
    "DB_OPTION",
    "RELATIVE_DAYS",
    "check_positive",
    "default_db",
    "open_engine",
    "parse_date_option",
    "story_articles",
]

RELATIVE_DAYS = {"today": 0, "yesterday": 1}
"""Relative dates accepted by --since/--until, besides YYYY-MM-DD, YYYY-MM, YYYY and Nd/Nw."""
_AGO = re.compile(r"^(\d{1,5})([dw])$")
_ISO_PARTS = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def default_db() -> str:
    return os.environ.get("STORYLINE_DB", "storyline.db")


DB_OPTION = typer.Option(
    None,
    "--db",
    help="Database: a SQLite file (or sqlite:///path) or a postgresql:// URL "
    "(default: $STORYLINE_DB or ./storyline.db).",
)


def _usage_error(message: str) -> typer.Exit:
    from storyline.cli.output import report_error

    report_error(message)
    return typer.Exit(2)


def parse_date_option(
    value: str | None, option: str, *, last_day: bool = False, today: dt.date | None = None
) -> str | None:
    """A --since/--until value as YYYY-MM-DD (or YYYY-MM / YYYY), or exit 2 saying why.

    Accepted: a calendar date (2024-03-01), a month (2024-03) or a year (2024),
    "today", "yesterday", and a count of days or weeks back ("7d", "2w"). Anything
    else, including impossible dates such as 2011-13-45, is refused: a filter
    silently read as something else would answer a question nobody asked.
    With `last_day` (for --until) a month or a year stands for its last day.
    """
    if value is None:
        return None
    text = value.strip().lower()
    today = today or dt.date.today()
    if text in RELATIVE_DAYS:
        return (today - dt.timedelta(days=RELATIVE_DAYS[text])).isoformat()
    ago = _AGO.match(text)
    if ago:
        days = int(ago.group(1)) * (7 if ago.group(2) == "w" else 1)
        return (today - dt.timedelta(days=days)).isoformat()
    if _ISO_PARTS.match(text):
        padded = text + "-01" * (2 - text.count("-"))
        try:
            first = dt.date.fromisoformat(padded)
        except ValueError as exc:
            raise _usage_error(f"{option} {value!r}: not a real date ({exc})") from None
        if not last_day or text.count("-") == 2:
            return first.isoformat()
        if text.count("-") == 0:
            return f"{first.year}-12-31"
        following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return (following - dt.timedelta(days=1)).isoformat()
    raise _usage_error(
        f"{option} {value!r}: not a date; use YYYY-MM-DD, YYYY-MM, YYYY, today, "
        "yesterday, or a number of days or weeks back such as 7d or 2w"
    )


def check_positive(value: float, option: str, *, allow_zero: bool = False) -> None:
    """Exit 2 with a reason unless `value` is > 0 (or >= 0 with allow_zero)."""
    if value < 0 or (value == 0 and not allow_zero) or value != value:  # NaN too
        bound = "0 or more" if allow_zero else "more than 0"
        raise _usage_error(f"{option} must be {bound}, got {value:g}")


def open_engine(db: str | None, *, must_exist: bool = False, **kwargs: object) -> Storyline:
    """Open the database, turning storage errors into a one-line message and exit code 2.

    `must_exist` is for commands that only read: a mistyped --db would otherwise
    create an empty database and answer "nothing found".
    """
    from storyline.cli.output import report_error
    from storyline.engine import Storyline
    from storyline.store.locations import is_postgres_url, sqlite_path

    location = db or default_db()
    if must_exist and not is_postgres_url(location) and not sqlite_path(location).exists():
        raise _usage_error(
            f"database {location} does not exist (ingest something into it first, "
            "or name another with --db)"
        )
    try:
        return Storyline(location, **kwargs)  # type: ignore[arg-type]
    except StorylineError as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None


def story_articles(story_id: str, db: str | None) -> list[Article]:
    """A stored story's annotated articles, or exit 1 with a one-line reason."""
    from storyline.cli.output import report_error

    engine = open_engine(db, must_exist=True)
    try:
        articles = engine.story_articles(story_id)
    except KeyError:
        articles = []
    except StorylineError as exc:
        report_error(f"story {story_id}: {exc}")
        raise typer.Exit(1) from None
    finally:
        engine.close()
    if not articles:
        report_error(f"story {story_id}: not found or has no articles")
        raise typer.Exit(1)
    return articles
