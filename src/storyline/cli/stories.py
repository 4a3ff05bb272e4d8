"""Story commands: `cluster`, `stories`, `story ID`, `recluster` (thin over corpus.stories).

A story holds threads, its developments (corpus/stories/threads.py): `stories` lists
stories, `story ID` shows a story's threads and its articles marked by thread.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import asdict, replace

import typer

from storyline.cli.common import DB_OPTION, open_engine
from storyline.cli.output import err, out, report_error
from storyline.errors import InputError
from storyline.model import Article

__all__ = ["register"]


def _warn(message: str) -> None:
    err.print(f"warning: {message}", markup=False)


def cluster(
    stages: str = typer.Option(
        "", help="Per-article stages to run first, e.g. 'entities' (shared entities as evidence)."
    ),
    stream: bool = typer.Option(
        False,
        "--stream",
        help="Write each line as assigned (later merges are not reflected).",
    ),
    db: str | None = typer.Option(
        None, "--db", help="Assign the stored articles that have no story yet (no stdin)."
    ),
    level: str = typer.Option(
        "story",
        "--level",
        help="What 'story' holds in the output: 'story' (developments linked across time) "
        "or 'thread' (one development, one event).",
    ),
) -> None:
    """Group articles into stories, online, in input order.

    Reads JSONL on stdin ({"id", "text", "published"|"date"|"time", "title", "url"}) and
    writes {"id", "story", "thread"} per line in input order. Without --stream the ids
    written are the stories as they stand after the whole input: merged stories
    resolved, small fragments absorbed by the bigger story they fit, threads linked into
    the stories they are developments of, and threads that hold two events split (see
    storyline.corpus.stories.threads and split). --level thread writes the thread id as
    "story" (for a scorer that knows one field, judging events rather than stories).
    """
    if level not in ("story", "thread"):
        raise typer.BadParameter("choose story or thread", param_hint="--level")
    from storyline.corpus.stories import InMemoryStoryRepository, StoryAssigner
    from storyline.corpus.stories.split import article_split_terms, settle

    if db is not None:
        _cluster_stored(db)
        return
    pipeline = None
    names = [s.strip() for s in stages.split(",") if s.strip()]
    if names:
        from storyline.analyze import Pipeline

        pipeline = Pipeline(names)
    assigner = StoryAssigner(InMemoryStoryRepository(), warn=_warn)
    failed = 0
    terms_of: dict[str, dict[str, float]] = {}

    def articles() -> Iterator[Article]:
        nonlocal failed
        for item in read_stdin():
            if isinstance(item, InputError):
                failed += 1
                report_error(str(item))
                continue
            article = pipeline.run(item) if pipeline is not None else item
            if not stream:
                terms_of[article.id] = article_split_terms(article)
            yield article

    done: list[tuple[str, str]] = []
    for assignment in assigner.assign_many(articles()):
        if assignment.message:
            _warn(f"{assignment.article_id}: {assignment.message}")
        if stream:
            line = {"id": assignment.article_id, "story": assignment.story_id}
            sys.stdout.write(json.dumps(line | {"thread": assignment.story_id}))
            sys.stdout.write("\n")
        else:
            done.append((assignment.article_id, assignment.story_id))
    final = settle(assigner, done, terms_of)
    for article_id, _story_id in done:
        thread = final.threads[article_id]
        story = thread if level == "thread" else final.stories[article_id]
        line = {"id": article_id, "story": story, "thread": thread}
        sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def read_stdin() -> Iterator[Article | InputError]:
    from storyline.analyze import read_jsonl_articles

    yield from read_jsonl_articles(sys.stdin)


def _cluster_stored(db: str) -> None:
    from storyline.corpus.stories.stored import assign_stored

    with open_engine(db) as engine:
        results = assign_stored(engine.store, warn=_warn)
    created = sum(1 for r in results if r.created)
    for r in results:
        if r.message:
            _warn(f"{r.article_id}: {r.message}")
    err.print(f"assigned {len(results)} articles ({created} new stories)", markup=False)


def stories(
    db: str | None = DB_OPTION,
    limit: int = typer.Option(50, help="Most stories to list (largest first)."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
) -> None:
    """Stories in the database, largest first: title, time span, outlets, article count."""
    with open_engine(db, must_exist=True) as engine:
        labels = engine.stories(limit=limit)
    if as_json:
        for label in labels:
            sys.stdout.write(json.dumps(asdict(label)) + "\n")
        return
    if not labels:
        out.print("no stories yet (run `storyline cluster --db FILE`)", markup=False)
        return
    from rich.table import Table

    table = Table("story", "articles", "from", "to", "outlets", "title", box=None)
    for label in labels:
        table.add_row(
            label.id,
            str(label.count),
            label.start or "undated",
            label.end or "",
            ", ".join(label.outlets[:3]) or "-",
            label.title,
        )
    out.print(table)


def story(
    story_id: str = typer.Argument(..., help="Story or thread id (merged ids resolve)."),
    db: str | None = DB_OPTION,
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """One story: its threads (developments), its articles by date, outlets, entities, terms."""
    from storyline.corpus.stories.labels import story_label
    from storyline.corpus.stories.threads import combined_state
    from storyline.ingest.pages import NOT_NEWS_FLAG

    with open_engine(db, must_exist=True) as engine:
        try:
            root, threads = engine.story_threads(story_id)
        except KeyError:
            report_error(f"no story with id {story_id!r}")
            raise typer.Exit(1) from None
        repo = engine.store.stories()
        resolved = repo.resolve(story_id)
        label = story_label(combined_state(root, threads))
        # one name per entity as the store canonicalises it, not each name as written
        label = replace(label, top_entities=engine.story_top_names(root))
        thread_labels = [story_label(t) for t in threads]
        members = [(t.id, m) for t in threads for m in repo.members(t.id)]
        members.sort(key=lambda tm: (tm[1].published is None, tm[1].published or "", tm[1].seq))
    # pages that are not news placed with the story are listed apart, not as its articles
    related = [m for _t, m in members if NOT_NEWS_FLAG in m.flags]
    members = [(t, m) for t, m in members if NOT_NEWS_FLAG not in m.flags]
    if as_json:
        payload = asdict(label) | {
            "requested": story_id,
            "threads": [asdict(t) for t in thread_labels],
            "articles": [asdict(m) | {"thread": t} for t, m in members],
            "related": [asdict(m) for m in related],
        }
        sys.stdout.write(json.dumps(payload) + "\n")
        return
    if root != story_id:
        how = "is a thread of" if resolved == story_id else "now belongs to"
        out.print(f"{story_id} {how} story {root}", markup=False)
    out.print(f"{label.id}  {label.title}", markup=False)
    span = f"{label.start} .. {label.end}" if label.start else "undated"
    out.print(f"{label.count} articles, {span}", markup=False)
    out.print(f"outlets: {', '.join(label.outlets) or '-'}", markup=False)
    if label.top_entities:
        out.print(f"entities: {', '.join(label.top_entities)}", markup=False)
    out.print(f"terms: {', '.join(label.top_terms)}", markup=False)
    out.print(f"threads ({len(thread_labels)}):", markup=False)
    number = {t.id: i for i, t in enumerate(thread_labels, 1)}
    for i, t in enumerate(thread_labels, 1):
        when = f"{t.start} .. {t.end}" if t.start else "undated"
        out.print(f"  [{i}] {t.id}  {t.count:4} articles  {when}  {t.title[:70]}", markup=False)
    for thread_id, m in members:
        flags = f"  [{', '.join(m.flags)}]" if m.flags else ""
        out.print(
            f"  {m.published or 'undated':10.10}  [{number[thread_id]}] "
            f"{m.outlet or '-':12.12}  {m.article_id}  "
            f"{(m.title or '').strip()[:72]}{flags}",
            markup=False,
        )
    if related:
        out.print(f"related pages ({len(related)}: not news, not analysed):", markup=False)
        for m in related:
            out.print(
                f"  {m.published or 'undated':10.10}  {m.outlet or '-':12.12}  {m.article_id}  "
                f"{(m.title or '').strip()[:72]}",
                markup=False,
            )


def recluster(db: str | None = DB_OPTION) -> None:
    """Re-cluster every stored article in one batch; moves are recorded, old ids resolve."""
    from storyline.corpus.stories.recluster import recluster_stored

    with open_engine(db, must_exist=True) as engine:
        report = recluster_stored(engine.store, warn=_warn)
    err.print(
        f"re-clustered {report.articles} articles into {report.stories} stories; "
        f"{report.moved} articles moved, {report.retired} story ids now resolve to others",
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.command()(cluster)
    app.command()(stories)
    app.command()(story)
    app.command()(recluster)
