"""`storyline migrate --from A --to B`: move a whole store between backends, checked."""

from __future__ import annotations

import typer

from storyline.cli.output import out, report_error

__all__ = ["register"]


def migrate(
    source: str = typer.Option(
        ..., "--from", help="The store to copy: a SQLite file, sqlite:///path or postgresql://."
    ),
    target: str = typer.Option(
        ..., "--to", help="An empty store to copy into (created or migrated as needed)."
    ),
) -> None:
    """Copy every table of one store into another and check each by row count and content hash.

    The copy is one transaction on the target (a failure leaves it as it was); the
    source is only read. Stop writers to the source while it runs. Exit code 0 only
    when every table matches.
    """
    from storyline.errors import StorylineError
    from storyline.store import open_store
    from storyline.store.locations import is_postgres_url, sqlite_path
    from storyline.store.transfer import transfer_store

    if not is_postgres_url(source) and not sqlite_path(source).exists():
        report_error(f"--from {source}: no such database")
        raise typer.Exit(2)
    try:
        with open_store(source) as src, open_store(target) as dst:
            report = transfer_store(src, dst)
    except StorylineError as exc:
        report_error(str(exc))
        raise typer.Exit(2) from None
    except Exception as exc:  # a driver's error mid-copy: the target transaction rolled back
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        report_error(f"migrate stopped, target unchanged: {type(exc).__name__}: {first}")
        raise typer.Exit(1) from None
    for check in report.tables:
        verdict = "ok" if check.ok else "MISMATCH"
        out.print(
            f"{check.table:18} {check.source_rows:>9} -> {check.target_rows:<9} "
            f"sha256-sum {check.target_hash[:16]}  {verdict}",
            markup=False,
        )
    if not report.ok:
        report_error("the copy does not match its source (see MISMATCH lines)")
        raise typer.Exit(1)
    total = sum(c.target_rows for c in report.tables)
    out.print(f"{total} rows in {len(report.tables)} tables copied and checked", markup=False)


def register(app: typer.Typer) -> None:
    app.command("migrate")(migrate)
