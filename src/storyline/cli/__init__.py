"""The `storyline` command: thin commands over the library, one module per area.

Each module in COMMAND_MODULES exposes `register(app)`; adding an area of
commands is one line here, the way datasette registers its own features.
"""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main"]

COMMAND_MODULES: tuple[str, ...] = (
    "storyline.cli.analyze",
    "storyline.cli.ingest",
    "storyline.cli.browse",
    "storyline.cli.demo",
    "storyline.cli.entities",
    "storyline.cli.timeline",
    "storyline.cli.brief",
    "storyline.cli.stories",
    "storyline.cli.crosscheck",
    "storyline.cli.serve",
    "storyline.cli.migrate",
)

app = typer.Typer(
    name="storyline",
    help="Turn news articles into sourced, dated, cross-checked stories.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn news articles into sourced, dated, cross-checked stories."""


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def main() -> None:
    app()
