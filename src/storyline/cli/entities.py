"""`storyline entities` and `storyline entity NAME`: the canonical people, places, organisations."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import typer

from storyline.cli.common import DB_OPTION, open_engine
from storyline.cli.output import out, report_error

__all__ = ["register"]


def entities(
    db: str | None = DB_OPTION,
    type: str | None = typer.Option(None, "--type", help="PERSON, ORG, GPE, LOC, NORP, ..."),
    limit: int = typer.Option(50, help="Most entities to list."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines."),
) -> None:
    """Canonical entities across the stored articles, most mentioned first."""
    with open_engine(db, must_exist=True) as engine:
        found = engine.entities(type=type.upper() if type else None, limit=limit)
    for e in found:
        if as_json:
            sys.stdout.write(json.dumps(asdict(e)) + "\n")
        else:
            role = f" ({'; '.join(e.roles)})" if e.roles else ""
            out.print(f"{e.mentions:5}  {e.type:6} {e.name}{role}", markup=False)


def entity(
    name: str = typer.Argument(..., help="A canonical name or any alias."),
    db: str | None = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """One entity: its canonical name, type, roles, aliases and mention count."""
    with open_engine(db, must_exist=True) as engine:
        found = engine.entity(name)
    if found is None:
        report_error(f"no entity named {name!r}")
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(asdict(found)) + "\n")
    else:
        from storyline.corpus.entities import format_entity

        out.print(format_entity(found), markup=False)


def register(app: typer.Typer) -> None:
    app.command()(entities)
    app.command()(entity)
