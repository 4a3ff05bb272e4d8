"""Options shared by commands, and opening the database they name."""

from __future__ import annotations

import os

import typer

from storyline.engine import Storyline
from storyline.errors import StorylineError

__all__ = ["DB_OPTION", "default_db", "open_engine"]


def default_db() -> str:
    return os.environ.get("STORYLINE_DB", "storyline.db")


DB_OPTION = typer.Option(
    None, "--db", help="Database file (default: $STORYLINE_DB or ./storyline.db)."
)


def open_engine(db: str | None, **kwargs: object) -> Storyline:
    """Open the database, turning storage errors into a one-line message and exit code 2."""
    from storyline.cli.output import report_error

    try:
        return Storyline(db or default_db(), **kwargs)  # type: ignore[arg-type]
    except StorylineError as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None
