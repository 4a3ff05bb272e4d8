"""PostgreSQL's `search` cuts the snippet of a one-word query from the opening of a text
when that gives the snippet of the whole text (`pg_headline`): every snippet must be
`ts_headline` of the whole text.

The opening is made short here (`OPENING` 250 characters) so that invented texts put the
word before it, across it, after it and not at all; with tags, hyphenated words, web
addresses, numbers, long runs of punctuation, and queries of more than one operand.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from storyline.model import Article
from storyline.store import ArticleFilter
from storyline.store.pg_headline import HEADLINE, headline_params, headline_sql
from storyline.store.postgres import PostgresStore

WORDS = [
    "the",
    "harbour",
    "of",
    "Velmar",
    "Falls",
    "was",
    "quiet",
    "when",
    "Marisol",
    "Quenby",
    "arrived",
    "with",
    "the",
    "Dorvanian",
    "delegation",
    "and",
    "a",
    "letter",
    "for",
    "the",
    "mayor",
    "about",
    "tides",
    "nets",
    "boats",
    "fishermen",
    "council",
]
ODD = [
    "state-run",
    "<b>bold</b>",
    '<a href="x y">link</a>',
    "http://velmar.example/tides?id=4",
    "3.14",
    "-42",
    "...!!!---",
    "e-mail:quenby@velmar.example",
    "1999-2031",
]


def _text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) if rng.random() > 0.06 else rng.choice(ODD) for _ in range(90)]
    where = rng.choice(["early", "cut", "late", "none", "twice"])
    spot = {"early": 3, "cut": 14, "late": 60, "none": None, "twice": 8}[where]
    if spot is not None:
        words.insert(spot, "lighthouse")
    if where == "twice":
        words.insert(40, "lighthouse")
    if rng.random() < 0.2:  # a long run of non-words after the word
        words.insert((spot or 0) + 1, " ,;- " * 30)
    return " ".join(words)


@pytest.fixture
def pg(pg_url: str) -> Iterator[PostgresStore]:
    store = PostgresStore(pg_url)
    rng = random.Random(45)
    for n in range(80):
        title = "Lighthouse notice" if n % 7 == 0 else f"Notice {n}"
        store.put_article(Article(id=f"h{n}", text=_text(rng), title=title, content_hash=f"hh{n}"))
    yield store
    store.close()


def _whole(store: PostgresStore, query: str) -> dict[str, str]:
    rows = store.conn.execute(
        "SELECT a.id, ts_headline('english', a.text, q, ?) "
        "FROM articles a, websearch_to_tsquery('english', ?) q WHERE a.search_vector @@ q",
        (HEADLINE, query),
    ).fetchall()
    return {str(i): str(h) for i, h in rows}


QUERIES = ["lighthouse", "harbour", '"lighthouse"', "lighthouse harbour", "lighthouse -bold"]


def test_snippets_are_the_whole_texts_headlines(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storyline.store.pg_headline.OPENING", 250)
    for query in QUERIES:
        hits = pg.search(query, ArticleFilter(limit=100))
        assert hits, query
        whole = _whole(pg, query)
        assert {h.article_id: h.snippet for h in hits} == {
            h.article_id: whole[h.article_id] for h in hits
        }


def _cut(store: PostgresStore, query: str) -> dict[str, bool]:
    """Whether each match's snippet was cut from its opening."""
    _, opening = headline_sql("a.text", "q")
    opening_params, (start, sentinel, *_) = headline_params()
    rows = store.conn.execute(
        "SELECT a.id, strpos(cut.h, ?) > 0 AND strpos(cut.h, ?) = 0 "
        f"FROM articles a, websearch_to_tsquery('english', ?) q, LATERAL {opening} "
        "WHERE a.search_vector @@ q",
        (start, sentinel, query, *opening_params),
    ).fetchall()
    return {str(i): bool(c) for i, c in rows}


def test_the_opening_is_used_only_where_it_may_be(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cases above are covered: one-word snippets cut from the opening, and others
    from the whole text (the word past the opening, or not in the text, a tag in the
    opening, a run of non-words reaching the sentinel; queries of several operands)."""
    monkeypatch.setattr("storyline.store.pg_headline.OPENING", 250)
    cut = _cut(pg, "lighthouse")
    assert 10 < sum(cut.values()) < len(cut) - 10
    texts = dict(pg.conn.execute("SELECT id, text FROM articles").fetchall())
    opening = {i: re.sub(r"\S*$", "", str(texts[i])[:250]) for i in cut}  # to a whitespace
    assert not any(cut[i] for i in cut if "<" in opening[i])
    assert not any(cut[i] for i in cut if "lighthouse" not in opening[i])
    assert not any(_cut(pg, "lighthouse harbour").values())
    assert not any(_cut(pg, "lighthouse -bold").values())


def test_a_tag_across_the_openings_end_keeps_the_whole_text(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag holding a space, cut by the opening's end: in the opening its halves parse as
    words ("a", "href") that end the fragment; in the whole text the tag is one token,
    not a word, and the fragment runs on past it."""
    words = "alder birch cedar dogwood elm fir ginkgo hazel ilex juniper kapok larch maple"
    eight = " ".join(words.split()[:8])  # the tag comes after the 22nd word
    text = f'lighthouse {words} {eight} <a href="velmar quenby">falls</a> ' + "tide " * 40
    pg.put_article(Article(id="tag", text=text, title="Tag", content_hash="h-tag"))
    monkeypatch.setattr("storyline.store.pg_headline.OPENING", text.index("quenby"))
    (hit,) = [h for h in pg.search("lighthouse", ArticleFilter(limit=200)) if h.article_id == "tag"]
    assert hit.snippet == _whole(pg, "lighthouse")["tag"]
    assert "href" not in hit.snippet and "falls" in hit.snippet
