"""`storyline ingest` and `storyline watch`."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline.cli.common import DB_OPTION, open_engine
from storyline.cli.output import err, out, report_error
from storyline.engine import IngestReport, Storyline
from storyline.ingest import IngestOptions, parse_every, read_feed_list

__all__ = ["register"]


_CA_FILE = typer.Option(
    None, "--ca-file", help="PEM file of extra trusted CAs (a proxy's or intranet's)."
)


def _options(
    allow_private: bool, timeout: float, max_mb: int, fetch_pages: bool, ca_file: str | None
) -> IngestOptions:
    return IngestOptions(
        allow_private=allow_private,
        timeout_s=timeout,
        max_bytes=max_mb * 1024 * 1024,
        fetch_pages=fetch_pages,
        ca_file=ca_file,
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
    ca_file: str | None = _CA_FILE,
) -> None:
    """Read articles into the database. Idempotent; exit code 0 only if nothing failed."""
    from storyline.run import make_executor

    engine = open_engine(
        db,
        options=_options(allow_private, timeout, max_mb, fetch_pages, ca_file),
        executor=make_executor(workers),
    )
    with engine:
        report = run_ingest(engine, sources)
    out.print(report.summary())
    if not report.ok:
        raise typer.Exit(1)


def watch(
    feeds: str = typer.Argument(..., help="A feed URL, or a file with one feed URL per line."),
    db: str | None = DB_OPTION,
    every: str = typer.Option("15m", help="Polling interval: 30s, 15m, 1h, 1d."),
    once: bool = typer.Option(False, help="Poll every feed once, then stop."),
    fetch_pages: bool = typer.Option(False, help="Fetch each new entry's page."),
    allow_private: bool = typer.Option(False, help="Allow private/loopback addresses."),
    timeout: float = typer.Option(20.0, help="Seconds per fetch."),
    max_mb: int = typer.Option(50, help="Largest feed or page accepted, in MB."),
    ca_file: str | None = _CA_FILE,
) -> None:
    """Poll feeds and ingest what is new (conditional GET, backoff on errors)."""
    try:
        every_s = parse_every(every)
    except ValueError as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None
    if feeds.startswith(("http://", "https://")):
        urls = [feeds]
    elif Path(feeds).is_file():
        urls = read_feed_list(feeds)
    else:
        report_error(f"{feeds}: neither a feed URL nor a file of feed URLs")
        raise typer.Exit(2)
    options = _options(allow_private, timeout, max_mb, fetch_pages, ca_file)
    engine = open_engine(db, options=options)
    failed = False
    with engine:
        try:
            while True:
                for poll in engine.poll_feeds(urls, every_s=every_s, force=once):
                    status = "not modified" if poll.not_modified else poll.report.summary()
                    out.print(f"{poll.url}: {status}", markup=False)
                    for message in poll.report.errors:
                        report_error(message)
                    failed = failed or not poll.report.ok
                if once:
                    break
                due = engine.next_feed_due(urls)
                now = dt.datetime.now(dt.UTC)
                wait = (due - now).total_seconds() if due else 0.0
                time.sleep(min(max(wait, 1.0), every_s))
        except KeyboardInterrupt:
            err.print("stopped")
    if failed and once:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(watch)
