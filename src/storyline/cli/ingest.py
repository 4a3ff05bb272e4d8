"""`storyline ingest` and `storyline watch`."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from storyline.cli.common import DB_OPTION, check_positive, open_engine
from storyline.cli.output import err, out, report_error

if TYPE_CHECKING:
    from storyline.engine import IngestProgress, IngestReport, Storyline
    from storyline.ingest.options import IngestOptions
    from storyline.run.executors import Executor

__all__ = ["register"]


_CA_FILE = typer.Option(
    None, "--ca-file", help="PEM file of extra trusted CAs (a proxy's or intranet's)."
)


def _options(
    allow_private: bool, timeout: float, max_mb: int, fetch_pages: bool, ca_file: str | None
) -> IngestOptions:
    """The reading options, or exit 2 naming the argument that is out of range."""
    from storyline.ingest.options import IngestOptions

    check_positive(timeout, "--timeout")
    check_positive(max_mb, "--max-mb")
    if ca_file is not None and not Path(ca_file).is_file():
        report_error(f"--ca-file {ca_file}: no such file")
        raise typer.Exit(2)
    return IngestOptions(
        allow_private=allow_private,
        timeout_s=timeout,
        max_bytes=max_mb * 1024 * 1024,
        fetch_pages=fetch_pages,
        ca_file=ca_file,
    )


def run_ingest(engine: Storyline, sources: list[str]) -> IngestReport:
    """Ingest with a progress bar over articles on stderr; one line per failure and warning.

    The bar counts articles (and errors) as they are read, so it moves inside one
    big JSONL or archive; the file being read and its number follow it.
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(state: IngestProgress) -> None:
            where = f"file {min(state.files_done + 1, state.files_total)}/{state.files_total}"
            name = state.current[-40:]
            bar.update(task, completed=state.articles, description=f"{where} {name}")

        # the command prints counts, errors and warnings, never the ids: not kept, so a
        # long ingest holds nothing per article it stored
        report = engine.ingest(sources, progress=progress, keep_ids=False)
    for message in report.errors:
        report_error(message)
    for message in report.warnings:
        err.print(f"warning: {message}", markup=False)
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
    executor: str = typer.Option(
        "process",
        help="What runs --workers N: 'process' (a local process pool) or 'dask' "
        "(a Dask LocalCluster on 127.0.0.1).",
    ),
    dask: str | None = typer.Option(
        None,
        "--dask",
        metavar="SCHEDULER_ADDRESS",
        help="Run the analysis on this Dask scheduler's workers (e.g. tcp://10.0.0.5:8786).",
    ),
    dask_timeout: float = typer.Option(
        10.0, help="Seconds to try reaching the --dask scheduler before giving up."
    ),
    ca_file: str | None = _CA_FILE,
) -> None:
    """Read articles into the database. Idempotent; exit code 0 only if nothing failed.

    An article read again with changed content is stored as a new version (see
    `show ID --versions`); articles an interrupted run stored without a story get one.
    """
    check_positive(workers, "--workers")
    check_positive(dask_timeout, "--dask-timeout")
    options = _options(allow_private, timeout, max_mb, fetch_pages, ca_file)
    pool = _executor(workers, executor, dask, dask_timeout)
    engine = open_engine(db, options=options, executor=pool)
    from storyline.errors import StorageError

    try:
        with engine:
            report = run_ingest(engine, sources)
    except StorageError as exc:  # the database went away mid-run: what is stored stays
        report_error(f"{exc}; the ingest stopped: run it again to store the rest")
        raise typer.Exit(1) from None
    out.print(report.summary())
    if not report.ok:
        raise typer.Exit(1)


def _executor(workers: int, kind: str, scheduler: str | None, timeout_s: float) -> Executor:
    """The executor the options name, or exit 2 with one line (a scheduler out of reach)."""
    from storyline.errors import ExecutorUnavailable
    from storyline.run import EXECUTOR_KINDS, make_executor

    if kind not in EXECUTOR_KINDS:
        report_error(f"--executor {kind}: unknown (known: {', '.join(EXECUTOR_KINDS)})")
        raise typer.Exit(2)
    if scheduler is not None and workers != 1:
        report_error(
            "--workers sizes a local pool or cluster; with --dask the scheduler's "
            "workers run the analysis"
        )
        raise typer.Exit(2)
    try:
        return make_executor(workers, kind=kind, scheduler=scheduler, timeout_s=timeout_s)
    except ExecutorUnavailable as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None


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
    from storyline.ingest.watch import parse_every, read_feed_list

    try:
        every_s = parse_every(every)
    except ValueError as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None
    options = _options(allow_private, timeout, max_mb, fetch_pages, ca_file)
    if feeds.startswith(("http://", "https://")):
        urls = [feeds]
    elif Path(feeds).is_file():
        urls = read_feed_list(feeds)
    else:
        report_error(f"{feeds}: neither a feed URL nor a file of feed URLs")
        raise typer.Exit(2)
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
