"""Article listings by cursor, their filters, and the article page."""

from __future__ import annotations

import pytest
from web_store import WebStore

from storyline.engine import Storyline
from storyline.query import QueryError, article_list, article_page
from storyline.query.claims import LEDGER_SOURCE

ALL_BY_DATE = [
    "h:payload", "h:flood2", "h:copy", "h:flood1", "h:warning", "h:market", "h:undated",
]  # fmt: skip


def test_newest_first_undated_last_with_the_story_each_is_in_now(engine: Storyline) -> None:
    listing = article_list(engine)
    assert [a.id for a in listing.items] == ALL_BY_DATE
    stories = {a.id: a.story_id for a in listing.items}
    # h:warning was assigned to s-old, which merged into s-flood
    assert stories["h:warning"] == "s-flood"
    assert stories["h:market"] == "s-market" and stories["h:undated"] is None
    assert listing.next_cursor is None


@pytest.mark.parametrize("size", [1, 2, 3])
def test_cursor_pages_cover_every_article_once(engine: Storyline, size: int) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(20):
        page = article_list(engine, limit=size, cursor=cursor)
        seen += [a.id for a in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == ALL_BY_DATE


def test_filters(engine: Storyline) -> None:
    def ids(**kw: str) -> list[str]:
        return [a.id for a in article_list(engine, **kw).items]

    assert ids(since="2024-05-02", until="2024-05-03") == ["h:flood2", "h:copy", "h:flood1"]
    assert ids(outlet="NORTHPOST.example") == ["h:payload", "h:flood1"]
    assert ids(story="s-old") == ["h:payload", "h:flood2", "h:copy", "h:flood1", "h:warning"]
    assert ids(story="s-market", since="2024-01-01") == ["h:market"]


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"cursor": "not-a-cursor"}, "cursor"),
        ({"cursor": "WzEsMl0"}, "cursor"),  # [1,2]: a date that is not text
        ({"since": "2024-13-01"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"story": "s-nope"}, "story"),
    ],
)
def test_bad_parameters_name_themselves(
    engine: Storyline, kw: dict[str, object], message: str
) -> None:
    with pytest.raises(QueryError, match=f"^{message}:"):
        article_list(engine, **kw)  # type: ignore[arg-type]


def test_article_page_has_story_copy_claims_and_flags(engine: Storyline) -> None:
    page = article_page(engine, "h:flood2")
    assert page is not None
    assert page.story is not None and page.story.id == "s-flood"
    assert page.duplicate_of is None
    assert [(s.id, s.status, [p.value for p in s.points]) for s in page.claims.series] == [
        ("killed", "consistent", [15.0])
    ]
    assert page.claims.source == LEDGER_SOURCE
    # the flag stored with the article; the story's review raises none: 15 is a point of a
    # rising toll (12, 15, 20 on three days), which no other outlet's figure contradicts
    assert [(f.code, f.evidence[0].text) for f in page.flags] == [("uncorroborated", "15 people")]
    assert page.article.quotes[0].speaker is not None
    assert page.article.sentences  # every annotation is on the page, sentences too


def test_a_copy_names_its_first_and_a_merged_member_its_new_story(engine: Storyline) -> None:
    copy = article_page(engine, "h:copy")
    assert copy is not None and copy.duplicate_of is not None
    assert copy.duplicate_of.id == "h:flood1"
    moved = article_page(engine, "h:warn")  # a unique prefix is enough
    assert moved is not None and moved.article.id == "h:warning"
    assert moved.story is not None and moved.story.id == "s-flood"


def test_versions_oldest_first_with_what_changed(engine: Storyline) -> None:
    page = article_page(engine, "h:warning")
    assert page is not None
    assert [(v.version, v.current) for v in page.versions] == [(1, False), (2, True)]
    assert "-Forecasters warned of heavy rain over Tarnwick for the week ahead." in (
        page.versions[0].changes
    )
    assert page.article.text.endswith("the next ten days.")
    other = article_page(engine, "h:flood2")
    assert other is not None and [v.version for v in other.versions] == [1]


def test_unknown_article_is_none(engine: Storyline, web_store: WebStore) -> None:
    assert article_page(engine, "h:nothing-like-it") is None
    assert article_page(engine, "h") is None
