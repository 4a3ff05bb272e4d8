"""A small store written by hand for the query, API and page tests (texts invented here).

Articles carry annotations written out with their offsets and stories are made
through the real story repository, so every count a test asserts is known
without running a model. Two stories: floods in Tarnwick (five articles from
three outlets, one of them a copy, one carrying script payloads, and a story
merged into it; one of them in a second version) and an older market story; plus one
undated article in no story.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from storyline.corpus.stories.records import Membership, MergeRecord, StoryState
from storyline.model import (
    Article,
    Claim,
    EntityMention,
    Flag,
    Quote,
    Sentence,
    Span,
    Speaker,
    Timex,
)
from storyline.store.sqlite import SQLiteStore
from storyline.store.sqlite_stories import SQLiteStoryRepository

__all__ = ["PAYLOADS", "WebStore", "build_web_store", "join_story"]

PAYLOADS = (
    '<script>alert("x")</script>',
    '<a href="javascript:alert(1)">click here</a>',
    "<svg onload=alert(2)>",
    '<img src=x onerror="alert(3)">',
)


def _at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _sentences(text: str, published: str | None) -> tuple[Sentence, ...]:
    out, start = [], 0
    for part in text.split(". "):
        end = min(len(text), start + len(part) + 1)
        out.append(Sentence(start, end, published, "published" if published else "none"))
        start = end + 1
    return tuple(out)


def _article(aid: str, text: str, **fields: object) -> Article:
    published = fields.get("published")
    return Article(
        id=aid,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        sentences=_sentences(text, published if isinstance(published, str) else None),
        **fields,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class WebStore:
    path: Path
    flood: str = "s-flood"
    merged: str = "s-old"
    market: str = "s-market"
    payload_article: str = "h:payload"


def _flood_articles() -> list[Article]:
    t1 = (
        "Floods hit Tarnwick on Wednesday after days of rain. At least 12 people were killed, "
        'said Mayor Jane Roe. "We need boats now," Roe said.'
    )
    t2 = (
        "The death toll in Tarnwick rose to 15 people on Friday. An emergency official said "
        "that the river was still rising. Rescue teams from Dunmore joined the search."
    )
    t3 = (
        "Update on the Tarnwick floods. "
        + " ".join(PAYLOADS)
        + " The council said 20 people were killed in the floods."
    )
    t4 = "Forecasters warned of heavy rain over Tarnwick for the week ahead."
    roe = Speaker("Roe", *_at(t1, "Roe", 1), canonical="Jane Roe", named=True)
    official = Speaker("An emergency official", *_at(t2, "An emergency official"), named=False)
    a1 = _article(
        "h:flood1",
        t1,
        title="River bursts its banks in Tarnwick",
        outlet="northpost.example",
        url="https://northpost.example/tarnwick-floods",
        published="2024-05-02",
        published_source="metadata",
        entities=(
            EntityMention(*_at(t1, "Tarnwick"), "Tarnwick", "GPE", "Tarnwick"),
            EntityMention(*_at(t1, "Jane Roe"), "Jane Roe", "PERSON", "Jane Roe", "Mayor"),
            EntityMention(*_at(t1, "Roe", 1), "Roe", "PERSON", "Jane Roe"),
        ),
        timexes=(Timex(*_at(t1, "Wednesday"), "Wednesday", "DATE", "2024-05-01"),),
        quotes=(
            Quote(*_at(t1, '"We need boats now,"'), '"We need boats now,"', "direct", "said", roe),
        ),
        claims=(
            Claim(*_at(t1, "At least 12 people"), "At least 12 people", 12.0, "at_least",
                  "people", "killed", None, "Tarnwick", "2024-05-01", "Jane Roe"),
        ),
    )  # fmt: skip
    a2 = _article(
        "h:flood2",
        t2,
        title="Death toll rises to 15 in Tarnwick floods",
        outlet="southwire.example",
        published="2024-05-03",
        published_source="metadata",
        entities=(
            EntityMention(*_at(t2, "Tarnwick"), "Tarnwick", "GPE", "Tarnwick"),
            EntityMention(*_at(t2, "Dunmore"), "Dunmore", "GPE", "Dunmore"),
        ),
        timexes=(Timex(*_at(t2, "Friday"), "Friday", "DATE", "2024-05-03"),),
        quotes=(
            Quote(*_at(t2, "the river was still rising"), "the river was still rising",
                  "indirect", "said", official),
        ),
        claims=(
            Claim(*_at(t2, "15 people"), "15 people", 15.0, "exact", "people", "killed",
                  None, "Tarnwick", "2024-05-03", None),
        ),
        flags=(
            Flag("uncorroborated", "warning", "No other outlet reports 15 deaths.",
                 (Span(*_at(t2, "15 people"), "15 people"),)),
        ),
    )  # fmt: skip
    a3 = _article(
        "h:payload",
        t3,
        title='<img src=x onerror=alert(9)>Flood "update"',
        outlet="northpost.example",
        url="javascript:alert(3)",
        published="2024-05-04",
        published_source="metadata",
        entities=(EntityMention(*_at(t3, "Tarnwick"), "Tarnwick", "GPE", "Tarnwick"),),
        claims=(
            Claim(*_at(t3, "20 people"), "20 people", 20.0, "exact", "people", "killed",
                  None, None, "2024-05-04", None),
        ),
    )  # fmt: skip
    a4 = _article(
        "h:warning",
        t4,
        title="Heavy rain warning for Tarnwick",
        outlet="eastgazette.example",
        published="2024-04-30",
        published_source="metadata",
        entities=(EntityMention(*_at(t4, "Tarnwick"), "Tarnwick", "GPE", "Tarnwick"),),
    )
    copy = _article(
        "h:copy",
        t1,
        title="River bursts its banks in Tarnwick",
        outlet="copycat.example",
        published="2024-05-02",
        published_source="metadata",
        duplicate_of="h:flood1",
    )
    return [a1, a2, a3, a4, copy]


def _other_articles() -> list[Article]:
    market = _article(
        "h:market",
        "Shares in Vantor Mining fell sharply on Monday after the firm cut its forecast.",
        title="Vantor shares fall",
        outlet="southwire.example",
        published="2024-03-11",
        published_source="metadata",
        entities=(EntityMention(10, 23, "Vantor Mining", "ORG", "Vantor Mining"),),
    )
    undated = _article("h:undated", "A note with no date about the Tarnwick bridge.")
    return [market, undated]


def _story(repo: SQLiteStoryRepository, sid: str, members: list[Article], title: str) -> None:
    dates = sorted(a.published for a in members if a.published)
    outlets: dict[str, int] = {}
    for a in members:
        if a.outlet:
            outlets[a.outlet] = outlets.get(a.outlet, 0) + 1
    repo.add_story(
        StoryState(
            id=sid,
            key=repo.next_key(),
            vector_sum=np.zeros(8, dtype=np.float32),
            count=len(members),
            start=dates[0] if dates else None,
            end=dates[-1] if dates else None,
            outlets=outlets,
            title=title,
            entities={"Tarnwick": len(members)},
        )
    )
    for a in members:
        repo.add_member(
            Membership(a.id, sid, repo.next_seq(), 0.9, a.published, a.title, a.outlet,
                       a.content_hash)
        )  # fmt: skip


def join_story(store: SQLiteStore, story_id: str, aid: str, text: str, day: str) -> None:
    """A new article, one sentence dated `day`, stored and added to a story (as ingest would
    assign it), so what is cached of the story becomes stale."""
    article = Article(
        id=aid,
        text=text,
        outlet="river.example",
        published=day,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        sentences=(Sentence(0, len(text), day, "published"),),
    )
    store.put_article(article)
    repo = SQLiteStoryRepository(store)
    repo.add_member(Membership(aid, story_id, repo.next_seq(), 0.9, day))


def build_web_store(path: Path) -> WebStore:
    """Write the store at `path` and return the ids the tests refer to."""
    flood = _flood_articles()
    market, undated = _other_articles()
    with SQLiteStore(path) as store:
        for article in [*flood, market, undated]:
            store.put_article(article)
        # the outlet changed one article after it was read: a second version
        warning = flood[3]
        changed = warning.text.replace("the week ahead", "the next ten days")
        store.update_article(replace(warning, text=changed, content_hash="warning-v2"))
        repo = SQLiteStoryRepository(store)
        _story(repo, "s-flood", flood[:3] + flood[4:], "River bursts its banks in Tarnwick")
        _story(repo, "s-old", flood[3:4], "Heavy rain warning for Tarnwick")
        _story(repo, "s-market", [market], "Vantor shares fall")
        repo.record_merge(MergeRecord("s-old", "s-flood", 0.8, repo.next_seq()))
        grown = repo.get_story("s-flood")
        assert grown is not None
        grown.count, grown.start = 5, "2024-04-30"
        grown.outlets["eastgazette.example"] = 1
        repo.update_story(grown)
    return WebStore(path)
