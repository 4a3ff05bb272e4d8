"""`storyline demo`: ingest the bundled sample and show what storyline found in it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from storyline.cli.browse import render_article
from storyline.cli.common import open_engine
from storyline.cli.ingest import run_ingest
from storyline.cli.output import out, report_error

if TYPE_CHECKING:
    from storyline.engine import Storyline

__all__ = ["SAMPLE_DIR", "register"]

SAMPLE_DIR = Path(__file__).resolve().parents[3] / "data" / "demo"
"""The five seed articles shipped in the repository (data/demo)."""


def demo(
    db: str = typer.Option("demo.db", "--db", help="Database to create or reuse."),
    sample: Path = typer.Option(SAMPLE_DIR, help="Folder of sample articles."),
    query: str = typer.Option("Rafah invasion", help="Search to run on the sample."),
) -> None:
    """Ingest the sample articles and print what was found."""
    if not sample.is_dir():
        report_error(f"{sample}: sample folder not found")
        raise typer.Exit(2)
    with open_engine(db) as engine:
        report = run_ingest(engine, [str(sample)])
        out.print(f"[bold]Ingested[/] {sample}: {report.summary()}")
        stats = engine.stats()
        out.print(
            f"[bold]{stats.articles} articles[/], {stats.undated} undated, "
            f"from {stats.first_date} to {stats.last_date}"
        )
        out.print("[bold]Outlets:[/] " + ", ".join(f"{o} ({n})" for o, n in stats.outlets))
        out.print("[bold]Articles by date:[/]")
        for a in engine.articles():
            title = (a.title or a.text[:70]).replace("\n", " ")
            out.print(
                f"  {a.published or 'undated':10}  ({a.published_source:8}) {a.id}  {title}",
                markup=False,
            )
        out.print(f"[bold]Search[/] {query!r}:")
        for hit in engine.search(query, limit=3):
            out.print(
                f"  {hit.article_id} {hit.published or 'undated'}: {hit.snippet}", markup=False
            )
        dated = [a for a in engine.articles() if a.published]
        if dated:
            out.print("[bold]The latest article, analysed:[/]")
            out.print(render_article(dated[-1]), markup=False)
        _show_stories(engine)
    if not report.ok:
        raise typer.Exit(1)


def _show_stories(engine: Storyline) -> None:
    """The stories found, and the timeline and numbers of the largest one."""
    from storyline.corpus.briefing import BriefingLimits, build_briefing
    from storyline.corpus.timeline import TimelineOptions, build_timeline, render_timeline

    labels = engine.stories()
    out.print(f"[bold]Stories:[/] {len(labels)}")
    for label in labels:
        span = f"{label.start} .. {label.end}" if label.start else "undated"
        out.print(f"  {label.id}  {label.count} articles, {span}: {label.title}", markup=False)
    if not labels:
        return
    articles = engine.story_articles(labels[0].id)
    timeline = build_timeline(articles, TimelineOptions(max_dates=6, sentences_per_date=1))
    out.print(f"[bold]Timeline of {labels[0].id}[/] (storyline timeline {labels[0].id}):")
    known = {a.id: a for a in articles}
    out.print(render_timeline(timeline, "text", known, title=labels[0].title), markup=False)
    # The sample is small: every number it reports, not one page's latest three.
    briefing = build_briefing(articles, title=labels[0].title, limits=BriefingLimits.full())
    out.print(f"[bold]The numbers reported[/] (storyline brief {labels[0].id}):")
    for category, reports in briefing.numbers:
        for r in reports:
            out.print(
                f"  {category}: {r.source.text!r} (as of {r.as_of or '?'}, {r.source.article_id})",
                markup=False,
            )


def register(app: typer.Typer) -> None:
    app.command()(demo)
