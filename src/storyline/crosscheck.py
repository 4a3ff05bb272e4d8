"""Cross-checking a stored corpus: what `claims`, `flags`, `show` and the exports call.

The `Storyline` engine exposes these as methods (`review`, `ledger`, `flags`,
`outlet_flags`, `export_stories`, `checked_articles`); the CLI, the API and
the web pages call the engine. Story reviews come from the cached,
incremental `storyline.corpus.flags.review_story`; an article's flags are
the ones it earned on its own (stored at ingest) followed by those its story
gives it, and an undated article in a story carries a publication estimate.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from storyline.corpus.flags import StoryReview, outlet_summary, review_story
from storyline.corpus.flags.outlets import OutletSummary
from storyline.corpus.ledger.export import ledger_json
from storyline.corpus.stories.repository import StoredStoryRepository
from storyline.model import Article, ArticleVersion, DateEstimate, Flag
from storyline.store.sql_articles import SqlArticleStore
from storyline.store.sqlite_versions import read_versions

__all__ = [
    "ArticleFlags",
    "all_reviews",
    "article_flags",
    "checked_articles",
    "export_stories",
    "forget_review_of",
    "outlet_flags",
    "story_review",
]


@dataclass(frozen=True, slots=True)
class ArticleFlags:
    """An article, its story, and every flag it carries (its own, then its story's)."""

    article_id: str
    outlet: str | None
    title: str | None
    published: str | None
    story_id: str | None
    flags: tuple[Flag, ...]
    published_estimate: DateEstimate | None = None
    duplicate_of: str | None = None


def _members(repo: StoredStoryRepository, story_id: str) -> list[str]:
    """The story's articles by date: its related pages (not news, not analysed; flagged
    "not_news" on their membership) are no articles of it to review."""
    from storyline.ingest.pages import NOT_NEWS_FLAG

    found = sorted(
        (m for m in repo.members(story_id) if NOT_NEWS_FLAG not in m.flags),
        key=lambda m: (m.published or "9999", m.seq),
    )
    return [m.article_id for m in found]


def story_review(store: SqlArticleStore, story_id: str) -> StoryReview:
    """The review of a stored story (merged ids resolve). KeyError for an unknown id."""
    repo = store.stories()
    resolved = repo.resolve(story_id)
    if repo.get_story(resolved) is None:
        raise KeyError(story_id)
    cache = store.reviews()
    if resolved != story_id and cache.review_state(story_id) is not None:
        cache.drop_review(story_id)  # merged away: its articles are reviewed with the target
    return review_story(
        cache,
        resolved,
        _members(repo, resolved),
        store.get_articles,
        lambda ids: _superseded(store, ids),
    )


def _superseded(store: SqlArticleStore, ids: Sequence[str]) -> dict[str, list[ArticleVersion]]:
    """Earlier versions of those of `ids` that were updated in place (most never are)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    updated = [
        str(r[0])
        for r in store.conn.execute(
            f"SELECT DISTINCT article_id FROM article_versions WHERE article_id IN ({marks})",
            tuple(ids),
        )
    ]
    # the earlier versions alone: `store.article_versions` would load and decode the
    # current article too, which the review has just loaded for itself
    return {a: read_versions(store.conn, a, None) for a in updated}


def forget_review_of(store: SqlArticleStore, article_id: str) -> None:
    """Drop the cached review of the story holding an article whose text changed: the
    cache knows its members by id, and an updated article keeps its id."""
    repo = store.stories()
    membership = repo.membership(article_id)
    if membership is not None:
        store.reviews().drop_review(repo.resolve(membership.story_id))


def all_reviews(store: SqlArticleStore) -> Iterator[StoryReview]:
    """Reviews of every active story, largest first."""
    repo = store.stories()
    stories = sorted(repo.active_stories(), key=lambda s: (-s.count, s.id))
    for story in stories:
        yield story_review(store, story.id)


def _story_of(store: SqlArticleStore) -> dict[str, str]:
    repo = store.stories()
    out: dict[str, str] = {}
    for story in repo.active_stories():
        for m in repo.members(story.id):
            out[m.article_id] = story.id
    return out


def article_flags(
    store: SqlArticleStore, story_id: str | None = None, review: StoryReview | None = None
) -> list[ArticleFlags]:
    """Every article (of one story, or of the corpus) with its flags, by date.

    Copies of a story's articles are listed with the story of their original. `review`:
    the story's review when the caller already has it (not read a second time).
    """
    cache = store.reviews()
    reviews = [review or story_review(store, story_id)] if story_id else list(all_reviews(store))
    story_of = {aid: r.story_id for r in reviews for aid in r.articles}
    extra = {aid: r.flags.get(aid, ()) for r in reviews for aid in r.articles}
    estimates = {aid: e for r in reviews for aid, e in r.estimates.items()}
    ids: Sequence[str] | None = None
    if story_id:
        ids = list(reviews[0].articles)
        members = set(ids)
        ids += [c for c in _copies_of(store, members) if c not in members]
    out: list[ArticleFlags] = []
    for head in cache.article_heads(ids):
        story = story_of.get(head.id) or (story_of.get(head.duplicate_of or "") or None)
        out.append(
            ArticleFlags(
                article_id=head.id,
                outlet=head.outlet,
                title=head.title,
                published=head.published,
                story_id=story,
                flags=head.flags + tuple(extra.get(head.id, ())),
                published_estimate=estimates.get(head.id),
                duplicate_of=head.duplicate_of,
            )
        )
    out.sort(key=lambda a: (a.published is None, a.published or "", a.article_id))
    return out


def _copies_of(store: SqlArticleStore, originals: set[str]) -> list[str]:
    """Copies of any of `originals`, in the order they were stored; looked up by original
    (index articles_copies), not by a scan of every article row."""
    ids = sorted(originals)
    found: list[tuple[int, str]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = store.conn.execute(
            f"SELECT rowid, id FROM articles WHERE duplicate_of IN ({marks})", chunk
        )
        found += [(int(r), str(a)) for r, a in rows]
    return [aid for _, aid in sorted(found)]


def outlet_flags(store: SqlArticleStore) -> list[OutletSummary]:
    """Flags by outlet over the whole corpus (story-level flags included)."""
    return outlet_summary((a.outlet, a.flags) for a in article_flags(store))


def checked_articles(
    store: SqlArticleStore, articles: Iterator[Article] | None = None
) -> Iterator[Article]:
    """Stored articles (all, or those given) with their story's flags and estimate added."""
    reviews = list(all_reviews(store))
    extra = {aid: r.flags.get(aid, ()) for r in reviews for aid in r.articles}
    estimates = {aid: e for r in reviews for aid, e in r.estimates.items()}
    source = articles if articles is not None else store.iter_articles()
    for a in source:
        more = extra.get(a.id, ())
        estimate = estimates.get(a.id)
        if more or estimate is not None:
            a = replace(a, flags=a.flags + tuple(more), published_estimate=estimate)
        yield a


def export_stories(store: SqlArticleStore) -> Iterator[dict[str, Any]]:
    """One JSON object per active story, in the contract of DESIGN.md, largest first."""
    from storyline.corpus.stories.labels import story_label

    repo = store.stories()
    stories = sorted(repo.active_stories(), key=lambda s: (-s.count, s.id))
    for story in stories:
        review = story_review(store, story.id)
        label = story_label(story)
        yield {
            "id": story.id,
            "title": label.title,
            "start": story.start,
            "end": story.end,
            "articles": list(review.articles),
            "related": _related(repo, story.id),
            "outlets": list(label.outlets),
            **ledger_json(review.ledger),
        }


def _related(repo: StoredStoryRepository, story_id: str) -> list[str]:
    """Ids of the story's related pages (not news; see `_members`), by date."""
    from storyline.ingest.pages import NOT_NEWS_FLAG

    found = sorted(
        (m for m in repo.members(story_id) if NOT_NEWS_FLAG in m.flags),
        key=lambda m: (m.published or "9999", m.seq),
    )
    return [m.article_id for m in found]
