"""Reading the database: `search`, `articles`, `show`, `export`."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum

import typer

from storyline.cli.common import DB_OPTION, check_positive, open_engine, parse_date_option
from storyline.cli.output import out, report_error
from storyline.model import Article, ArticleVersion, Speaker
from storyline.serialize import article_to_json, version_to_json

__all__ = ["register", "render_article"]


def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """--since and --until checked and normalised (exit 2 with the reason when not dates)."""
    first = parse_date_option(since, "--since")
    last = parse_date_option(until, "--until", last_day=True)
    if first and last and first > last:
        report_error(f"--since {since} is after --until {until}")
        raise typer.Exit(2)
    return first, last


_SINCE_HELP = "Earliest publication date: YYYY-MM-DD, YYYY-MM, YYYY, today, yesterday, 7d, 2w."


def search(
    query: str = typer.Argument(..., help="Words or an FTS5 query."),
    db: str | None = DB_OPTION,
    since: str | None = typer.Option(None, help=_SINCE_HELP),
    until: str | None = typer.Option(None, help="Latest publication date (same forms)."),
    outlet: str | None = typer.Option(None, help="Only this outlet."),
    limit: int = typer.Option(20, help="Most results to show."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
) -> None:
    """Full-text search, best matches first (bm25), with snippets."""
    since, until = _dates(since, until)
    check_positive(limit, "--limit")
    with open_engine(db, must_exist=True) as engine:
        hits = engine.search(query, since=since, until=until, outlet=outlet, limit=limit)
    if as_json:
        for h in hits:
            sys.stdout.write(json.dumps(asdict(h)) + "\n")
        return
    if not hits:
        out.print(f"no articles match {query!r}", markup=False)
        return
    for h in hits:
        out.print(
            f"{h.article_id}  {h.published or 'undated':10.10}  {h.outlet or '-'}  {h.title or ''}",
            markup=False,
        )
        out.print(f"    {h.snippet}", markup=False)


def articles(
    db: str | None = DB_OPTION,
    since: str | None = typer.Option(None, help=_SINCE_HELP),
    until: str | None = typer.Option(None, help="Latest publication date (same forms)."),
    outlet: str | None = typer.Option(None),
    limit: int | None = typer.Option(None),
) -> None:
    """List stored articles by publication date (undated last)."""
    since, until = _dates(since, until)
    if limit is not None:
        check_positive(limit, "--limit")
    from rich.table import Table

    table = Table("id", "published", "source", "outlet", "title", "dup of", box=None)
    with open_engine(db, must_exist=True) as engine:
        for a in engine.articles(since=since, until=until, outlet=outlet, limit=limit):
            table.add_row(
                a.id,
                a.published or "undated",
                a.published_source,
                a.outlet or "-",
                (a.title or a.text[:60]).replace("\n", " "),
                a.duplicate_of or "",
            )
    out.print(table)


def _sentence_dates(a: Article) -> list[str]:
    """The sentences about another day than the publication date, each with that day.

    The time stage dates every sentence; listing only those whose own words
    move them off the publication date shows what a timeline will file elsewhere.
    """
    published = a.published[:10] if a.published else None
    own = [s for s in a.sentences if s.date_source == "timex" and s.date != published]
    if not own:
        return []
    rest = f"the publication date, {published}" if published else "undated"
    lines = [f"sentence dates (the other {len(a.sentences) - len(own)}: {rest}):"]
    for s in own:
        text = " ".join(a.text[s.start : s.end].split())
        lines.append(f"  {s.date} @{s.start}: {text[:100]}{' …' if len(text) > 100 else ''}")
    return lines


def _speaker_label(sp: Speaker | None) -> str:
    """The speaker as a reader should see it, with where the name was read when it was not
    written in the attribution itself ("Ana Ruiz (he, from 'Ana Ruiz' @120)")."""
    if sp is None:
        return "?"
    if sp.name is None:
        return f"unresolved {sp.text!r}"
    evidence = sp.resolved_from
    if evidence is None or sp.resolution in (None, "name", "description"):
        return sp.name
    return f"{sp.name} ({sp.text}, from {evidence.text!r} @{evidence.start})"


def render_article(a: Article) -> str:
    """A readable plain-text view of one article and its annotations."""
    lines = [
        f"id:        {a.id}",
        f"title:     {a.title or '-'}",
        f"outlet:    {a.outlet or '-'}",
        f"published: {a.published or 'undated'} (from {a.published_source})",
    ]
    if a.published_estimate is not None:
        estimate = a.published_estimate
        lines.append(f"estimated: {estimate.start} .. {estimate.end} (from {estimate.basis})")
    if a.url or a.path:
        lines.append(f"source:    {a.url or a.path}")
    if a.duplicate_of:
        lines.append(f"duplicate of: {a.duplicate_of}")
    lines += ["", a.text[:1200] + (" …" if len(a.text) > 1200 else ""), ""]
    if a.timexes:
        lines.append("dates:")
        lines += [f"  {t.text!r} -> {t.value} ({t.type}) @{t.start}" for t in a.timexes]
    lines += _sentence_dates(a)
    if a.entities:
        seen: dict[str, str] = {}
        for e in a.entities:
            seen.setdefault(e.canonical or e.text, e.label)
        lines.append("entities: " + ", ".join(f"{n} ({lab})" for n, lab in seen.items()))
    said = [q for q in a.quotes if q.stated]
    if said:
        lines.append("quotes:")
        for q in said:
            lines.append(f"  [{q.kind}] {_speaker_label(q.speaker)}: {q.text[:150]!r}")
    if len(said) < len(a.quotes):
        # a wish, a deed, a topic or a stance is found as an attribution but is no quote
        lines.append(f"attributions stating nothing (not listed): {len(a.quotes) - len(said)}")
    if a.claims:
        lines.append("numbers:")
        for c in a.claims:
            lines.append(
                f"  {c.category}: {c.qualifier} {c.value:g} {c.unit or ''} "
                f"(as of {c.as_of or '?'}) {c.text!r}"
            )
    if a.flags:
        from storyline.cli.crosscheck import render_flag

        lines.append("flags:")
        for f in a.flags:
            lines += render_flag(f)
    return "\n".join(lines)


def show(
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix)."),
    db: str | None = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
    versions: bool = typer.Option(
        False, "--versions", help="Every stored version: when seen, what changed, its numbers."
    ),
) -> None:
    """One article with its dates, entities, quotes, numbers and flags (with evidence)."""
    with open_engine(db, must_exist=True) as engine:
        article = engine.checked_article(article_id)
        history = engine.article_versions(article.id) if article and versions else []
    if article is None:
        report_error(f"no article with id {article_id!r}")
        raise typer.Exit(1)
    if versions:
        _show_versions(history, as_json)
        return
    if as_json:
        sys.stdout.write(json.dumps(article_to_json(article, sentences=True)) + "\n")
    else:
        out.print(render_article(article), markup=False)


def _show_versions(history: list[ArticleVersion], as_json: bool) -> None:
    if as_json:
        for v in history:
            sys.stdout.write(json.dumps(version_to_json(v)) + "\n")
        return
    for v in history:
        mark = " (current)" if v.current else ""
        out.print(
            f"version {v.version}{mark}: seen {v.seen_at}, {len(v.text):,} characters, "
            f"{len(v.claims)} numbers",
            markup=False,
        )
        for c in v.claims:
            out.print(f"    {c.category}: {c.qualifier} {c.value:g} {c.text!r}", markup=False)
        if v.diff:
            out.print("  changes from the version before:", markup=False)
            for line in v.diff.splitlines()[2:]:
                out.print(f"    {line[:200]}", markup=False)


class ExportKind(StrEnum):
    articles = "articles"
    stories = "stories"


def export(
    kind: ExportKind = typer.Argument(..., help="What to export."),
    db: str | None = DB_OPTION,
    sentences: bool = typer.Option(False, "--sentences", help="Include sentences."),
) -> None:
    """JSONL on stdout in the schema of DESIGN.md (articles carry their story's flags;
    stories carry their claim series and conflicts)."""
    with open_engine(db, must_exist=True) as engine:
        if kind == ExportKind.stories:
            for story in engine.export_stories():
                sys.stdout.write(json.dumps(story) + "\n")
            return
        for a in engine.checked_articles():
            sys.stdout.write(json.dumps(article_to_json(a, sentences=sentences)) + "\n")


def register(app: typer.Typer) -> None:
    app.command()(search)
    app.command()(articles)
    app.command()(show)
    app.command()(export)
