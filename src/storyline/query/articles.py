"""Article listings (filtered, paged by cursor) and the article page with every annotation."""

from __future__ import annotations

from dataclasses import replace

from storyline.engine import Storyline
from storyline.model import Article
from storyline.query.access import page_reads, resolve_story, resolved_story_id
from storyline.query.article_parts import article_parts
from storyline.query.claims import article_claims
from storyline.query.flags import article_flags
from storyline.query.params import QueryError, check_day, decode_cursor, encode_cursor
from storyline.query.reads import ArticleWhere
from storyline.query.records import ArticleList, ArticlePage, ArticleView, StoryRef

__all__ = ["MAX_PAGE", "article_list", "article_page", "article_view"]

MAX_PAGE = 200
"""Most articles one listing page returns."""


def article_list(
    engine: Storyline,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    story: str | None = None,
    cursor: str | None = None,
    limit: int = 50,
) -> ArticleList:
    """Articles newest first, undated last; `next_cursor` continues where this page ends.

    A cursor pages by position, not by count, so deep pages cost what the first one
    does and articles ingested meanwhile never shift a page.
    """
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"limit: must be between 1 and {MAX_PAGE}, got {limit}")
    since, until = check_day(since, "since"), check_day(until, "until")
    story_id = None
    if story:
        label = resolve_story(engine, story)
        if label is None:
            raise QueryError(f"story: no story with id {story[:80]!r}")
        story_id = label.id
    where = ArticleWhere(since=since, until=until, outlet=outlet or None, story_id=story_id)
    rows = page_reads(engine).article_page(where, decode_cursor(cursor), limit + 1)
    resolved: dict[str, str | None] = {}
    items = []
    for summary, _ in rows[:limit]:
        assigned = summary.story_id
        if assigned is not None and assigned not in resolved:
            resolved[assigned] = resolved_story_id(engine, assigned)
        items.append(replace(summary, story_id=resolved.get(assigned) if assigned else None))
    next_cursor = encode_cursor(rows[limit - 1][1]) if len(rows) > limit else None
    return ArticleList(items=tuple(items), limit=limit, next_cursor=next_cursor)


def article_view(a: Article) -> ArticleView:
    return ArticleView(
        id=a.id,
        url=a.url,
        path=a.path,
        outlet=a.outlet,
        title=a.title,
        author=a.author,
        published=a.published,
        published_source=a.published_source,
        language=a.language,
        duplicate_of=a.duplicate_of,
        text=a.text,
        sentences=a.sentences,
        entities=a.entities,
        timexes=a.timexes,
        quotes=a.quotes,
        claims=a.claims,
        flags=a.flags,
    )


def article_page(engine: Storyline, article_id: str) -> ArticlePage | None:
    """An article (by id or unique id prefix) with its story, claims and flags; None if unknown."""
    article = engine.article(article_id)
    if article is None:
        return None
    reads = page_reads(engine)
    story = None
    assigned = reads.story_of(article.id)
    if assigned is not None:
        label = resolve_story(engine, assigned)
        if label is not None:
            story = StoryRef(label.id, label.title)
    # from its story's review through the cache: reading the review is reading the story
    parts = article_parts(engine, article, story.id) if story else None
    first = reads.article_ref(article.duplicate_of) if article.duplicate_of else None
    return ArticlePage(
        article=article_view(article),
        story=story,
        duplicate_of=first,
        claims=parts.claims if parts else article_claims(engine, article, None),
        flags=article_flags(article, None) + (parts.story_flags if parts else ()),
        versions=tuple(reads.article_versions(article.id)),
    )
