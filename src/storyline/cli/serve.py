"""`storyline serve`: the web UI and the REST API over one database, in one process; and
`storyline warm`, which builds what the pages of every story read before anyone asks."""

from __future__ import annotations

import typer

from storyline.cli.common import DB_OPTION, default_db, open_engine
from storyline.cli.output import err, report_error

__all__ = ["register"]


def serve(
    db: str | None = DB_OPTION,
    host: str = typer.Option(
        "127.0.0.1", help="Address to listen on (loopback: reads need no token)."
    ),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    new_token: bool = typer.Option(
        False, "--new-token", help="Replace the API token with a new one (shown once)."
    ),
    max_body_mb: float = typer.Option(
        10.0, "--max-body-mb", min=0.01, help="Largest request body."
    ),
    warm: int = typer.Option(
        30,
        "--warm",
        min=0,
        help="Build the reviews and page parts of this many latest stories at start.",
    ),
) -> None:
    """Serve the pages and the API (OpenAPI at /docs) until interrupted.

    On first start an API token is made, printed once and stored hashed; writes
    (POST /api/ingest) always need it, and reads too when --host is not loopback.
    """
    import uvicorn

    from storyline.api.app import create_app
    from storyline.api.settings import ServerSettings

    path = db or default_db()
    with open_engine(path) as engine:
        shown = engine.store.location  # a URL without its password
        tokens = engine.store.tokens()
        token = tokens.issue(replace=True) if new_token or not tokens.any() else None
    settings = ServerSettings(
        db=path, host=host, port=port, max_body=int(max_body_mb * 2**20), warm_stories=warm
    )
    if token is not None:
        err.print(f"API token (shown once, stored hashed): {token}", markup=False)
    where = f"[{host}]" if ":" in host else host
    err.print(
        f"storyline: serving {shown} at http://{where}:{port}/ (API reference: /docs)", markup=False
    )
    if settings.reads_need_token:
        err.print(
            "not a loopback address: every request needs the token (pages: /login)", markup=False
        )
    try:
        app = create_app(settings)
    except Exception as exc:  # a database or asset problem: one line, not a traceback
        report_error(f"cannot serve {shown}: {exc}")
        raise typer.Exit(2) from None
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def warm(
    db: str | None = DB_OPTION,
    latest: int = typer.Option(
        0, "--latest", min=0, help="Only this many latest stories (0: every story)."
    ),
) -> None:
    """Build every story's review and page parts now, so no page view builds them.

    Run it after an ingest (what an ingest changed is rebuilt, the rest only checked);
    `serve` does the same for its latest stories as it starts. A story that fails is
    reported on one line and the others are built; the exit code is 1 if any failed.
    """
    from rich.progress import Progress

    from storyline.query.warm import latest_stories, warm_stories

    with open_engine(db, must_exist=True) as engine, Progress(console=err) as bar:
        ids = latest_stories(engine, latest or None)
        task = bar.add_task("stories", total=len(ids))
        report = warm_stories(
            engine, ids, progress=lambda done, _total: bar.update(task, completed=done)
        )
    for error in report.errors:
        report_error(error)
    err.print(f"warm: {report.summary()}", markup=False)
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(warm)
