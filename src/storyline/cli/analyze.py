"""`storyline analyze`: JSONL articles on stdin to annotated article JSON on stdout."""

from __future__ import annotations

import json
import sys

import typer

from storyline.analyze import DEFAULT_STAGES, Pipeline, read_jsonl_articles
from storyline.cli.output import report_error
from storyline.errors import InputError
from storyline.serialize import article_to_json

__all__ = ["register"]


def analyze(
    stages: str = typer.Option(
        ",".join(DEFAULT_STAGES), help="Comma-separated stages to run, in order."
    ),
    with_sentences: bool = typer.Option(False, "--sentences", help="Include sentences."),
) -> None:
    """Annotate JSONL articles read from stdin; one article JSON per line on stdout.

    Input lines: {"id", "text", "published"|"date"|"time", optional "title", "url"}.
    The output text is the input text unchanged; every offset points into it.
    """
    pipeline = Pipeline([s.strip() for s in stages.split(",") if s.strip()])
    failed = 0
    for item in read_jsonl_articles(sys.stdin):
        if isinstance(item, InputError):
            failed += 1
            report_error(str(item))
            continue
        article = pipeline.run(item)
        sys.stdout.write(json.dumps(article_to_json(article, sentences=with_sentences)) + "\n")
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(analyze)
