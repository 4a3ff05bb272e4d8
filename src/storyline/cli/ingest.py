"""`storyline ingest` and `storyline watch`."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline.cli.common import DB_OPTION, open_engine
from storyline.cli.output import err, out, report_error
from storyline.engine import IngestReport, Storyline
from storyline.ingest import IngestOptions

__all__ = ["register"]


def _options(allow_private: bool, timeout: float, max_mb: int, fetch_pages: bool) -> IngestOptions:
    return IngestOptions(
        allow_private=allow_private,
        timeout_s=timeout,
        max_bytes=max_mb * 1024 * 1024,
        fetch_pages=fetch_pages,
    )


def run_ingest(engine: Storyline, sources: list[str]) -> IngestReport:
    """Ingest with a progress bar on stderr; prints each failure on one line."""
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, current: str) -> None:
            bar.update(task, completed=done, total=total, description=current[-50:])

        report = engine.ingest(sources, progress=progress)
    for message in report.errors:
        report_error(message)
    return report


def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders, .gz, feeds, WARC or URLs."),
    db: str | None = DB_OPTION,
    allow_private: bool = typer.Option(
        False, help="Allow fetching from private/loopback addresses."
    ),
    timeout: float = typer.Option(20.0, help="Seconds per URL fetch."),
    max_mb: int = typer.Option(50, help="Largest item accepted, in MB."),
    fetch_pages: bool = typer.Option(False, help="Fetch the page of each feed entry."),
    workers: int = typer.Option(1, help="Processes for analysis (1 = in process)."),
) -> None:
    """Read articles into the database. Idempotent; exit code 0 only if nothing failed."""
    from storyline.run import make_executor

    engine = open_engine(
        db,
        options=_options(allow_private, timeout, max_mb, fetch_pages),
        executor=make_executor(workers),
    )
    with engine:
        report = run_ingest(engine, sources)
    out.print(report.summary())
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
