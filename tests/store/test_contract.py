"""The storage contract: every backend passes these (SQLite, and PostgreSQL on a real server)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.errors import StorageError
from storyline.model import (
    Article,
    Claim,
    Entity,
    EntityMention,
    FeedState,
    Flag,
    Quote,
    Sentence,
    Span,
    Speaker,
    Timex,
)
from storyline.store import ArticleFilter, SQLiteStore, Store, open_store
from storyline.store.postgres import PostgresStore


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "postgres":
        backend: Store = PostgresStore(request.getfixturevalue("pg_url"))
    else:
        backend = SQLiteStore(tmp_path / "contract.db")
    yield backend
    backend.close()


def annotated(aid: str = "a1", **kw: object) -> Article:
    text = 'Blinken said "we disagree" on Friday; 32,000 were killed in Gaza.'
    base = Article(
        id=aid,
        text=text,
        title="Blinken in Israel",
        url=f"https://example.org/{aid}",
        outlet="example.org",
        published="2024-03-23",
        published_source="metadata",
        content_hash=f"hash-{aid}",
        sentences=(Sentence(0, len(text), "2024-03-22", "timex"),),
        entities=(
            EntityMention(0, 7, "Blinken", "PERSON", "Antony Blinken", "Secretary of State"),
        ),
        timexes=(Timex(27, 36, "on Friday", "DATE", "2024-03-22"),),
        quotes=(
            Quote(
                14, 24, "we disagree", "direct", "said", Speaker("Blinken", 0, 7, "Antony Blinken")
            ),
            Quote(
                27,
                36,
                "on Friday",
                "indirect",
                "said",
                Speaker("he", 8, 10, "Antony Blinken", True, "pronoun", Span(0, 7, "Blinken")),
            ),
        ),
        claims=(
            Claim(
                38,
                64,
                "32,000 were killed",
                32000.0,
                "exact",
                "people",
                "killed",
                as_of="2024-03-23",
            ),
        ),
        flags=(Flag("F1", "info", "a test flag", (Span(0, 7, "Blinken"),)),),
        embedding=(0.5, -0.25, 1.0),
        annotated=frozenset({"sentences", "entities"}),
    )
    from dataclasses import replace

    return replace(base, **kw)  # type: ignore[arg-type]


def test_round_trip_keeps_every_annotation(store: Store) -> None:
    article = annotated()
    assert store.put_article(article) is True
    loaded = store.get_article("a1")
    assert loaded == article
    assert loaded is not None and loaded.annotated == article.annotated


def test_put_is_idempotent_and_replaces_annotations(store: Store) -> None:
    store.put_article(annotated())
    assert store.put_article(annotated(claims=())) is False
    loaded = store.get_article("a1")
    assert loaded is not None and loaded.claims == ()
    assert store.count_articles() == 1


def test_failed_write_leaves_nothing_half_written(store: Store) -> None:
    bad = annotated("a2", timexes=(Timex(0, 1, "x", "DATE", None),))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - any backend error is acceptable
        store.put_article(bad)
    assert store.get_article("a2") is None
    assert not store.has_article("a2")
    assert not store.entities_stale()  # its mentions were never written


def test_content_hash_and_signatures(store: Store) -> None:
    store.put_article(annotated("a1"), signature=b"sig1")
    store.put_article(annotated("a2", duplicate_of="a1", content_hash="hash-a1"), signature=b"s2")
    assert store.find_by_content_hash("hash-a1") == "a1"
    assert list(store.iter_signatures()) == [("a1", b"sig1")]


def test_near_duplicate_candidates_by_band_key(store: Store) -> None:
    """An original's band keys are kept with it; a duplicate's are not; candidates come
    in the order stored, each once, with its signature."""
    assert store.signature_bands_ready()  # a new store has nothing to fill in
    store.put_article(annotated("a1"), signature=b"sig1", bands=(11, 12, 13))
    store.put_article(
        annotated("a2", duplicate_of="a1", content_hash="h2"), signature=b"s2", bands=(13,)
    )
    store.put_article(annotated("a3"), signature=b"sig3", bands=(13, 14, 14))
    store.put_article(annotated("a4"), signature=None)
    assert store.near_duplicate_candidates([13, 12, 14]) == [("a1", b"sig1"), ("a3", b"sig3")]
    assert store.near_duplicate_candidates([14]) == [("a3", b"sig3")]
    assert store.near_duplicate_candidates([15]) == []
    assert store.near_duplicate_candidates([]) == []
    # re-stored as a duplicate of another: no longer a candidate
    store.put_article(annotated("a3", duplicate_of="a1"), signature=None)
    assert store.near_duplicate_candidates([14]) == []
    # keys span the signed 64-bit range of both backends
    store.put_article(annotated("a5"), signature=b"sig5", bands=(-(2**63), 2**63 - 1))
    assert store.near_duplicate_candidates([2**63 - 1]) == [("a5", b"sig5")]


def test_fill_signature_bands_keeps_every_originals_keys(store: Store) -> None:
    """A store whose signatures were written without keys gets them from `bands_of`, a
    page at a time; a signature it rejects is skipped, not fatal."""
    store.put_article(annotated("a1"), signature=b"one")
    store.put_article(annotated("a2", duplicate_of="a1", content_hash="h2"), signature=b"two")
    store.put_article(annotated("a3"), signature=b"bad")
    store.put_article(annotated("a4"), signature=b"four")

    def bands_of(signature: bytes) -> tuple[int, ...]:
        if signature == b"bad":
            raise ValueError("not a signature")
        return (len(signature), 100)

    assert store.near_duplicate_candidates([100]) == []
    assert store.fill_signature_bands(bands_of) == 3  # the originals with a signature
    assert store.signature_bands_ready()
    assert store.near_duplicate_candidates([100]) == [("a1", b"one"), ("a4", b"four")]
    assert store.near_duplicate_candidates([3]) == [("a1", b"one")]
    assert store.fill_signature_bands(bands_of) == 3  # again: nothing written twice
    assert store.near_duplicate_candidates([100]) == [("a1", b"one"), ("a4", b"four")]


def test_filters_and_stats(store: Store) -> None:
    store.put_article(annotated("a1", published="2024-03-19", outlet="one"))
    store.put_article(annotated("a2", published="2024-03-23", outlet="two"))
    store.put_article(annotated("a3", published=None, published_source="none", outlet="two"))
    ids = [a.id for a in store.iter_articles()]
    assert ids == ["a1", "a2", "a3"]  # by date, undated last
    assert [a.id for a in store.iter_articles(ArticleFilter(since="2024-03-20"))] == ["a2"]
    assert [a.id for a in store.iter_articles(ArticleFilter(outlet="TWO"))] == ["a2", "a3"]
    stats = store.stats()
    assert (stats.articles, stats.undated) == (3, 1)
    assert (stats.first_date, stats.last_date) == ("2024-03-19", "2024-03-23")
    assert dict(stats.outlets) == {"one": 1, "two": 2}


def test_long_listing_streams_and_allows_writes_between_articles(store: Store) -> None:
    """A listing longer than one load chunk keeps its order; rewriting as it goes is safe."""
    n = 600
    for i in range(n):
        day = 1 + i % 28
        store.put_article(Article(id=f"n{i:04d}", text=f"text {i}", published=f"2024-02-{day:02d}"))
    seen = []
    for article in store.iter_articles():
        seen.append(article.id)
        store.put_article(replace(article, title=f"seen {article.id}"))
    expected = sorted((f"2024-02-{1 + i % 28:02d}", f"n{i:04d}") for i in range(n))
    assert seen == [aid for _, aid in expected]
    assert all(a.title == f"seen {a.id}" for a in store.iter_articles(ArticleFilter(limit=n)))


def test_search_ranks_and_filters(store: Store) -> None:
    store.put_article(
        annotated("a1", title="Ceasefire talks", text="Talks on a ceasefire resumed.")
    )
    store.put_article(annotated("a2", title="Weather", text="Rain is expected; no ceasefire news."))
    store.put_article(annotated("a3", title="Sport", text="A football match."))
    hits = store.search("ceasefire")
    assert [h.article_id for h in hits] == ["a1", "a2"]
    assert "[ceasefire]" in hits[0].snippet.lower()
    assert store.search("ceasefire", ArticleFilter(outlet="nowhere")) == []


def test_search_ranks_only_the_newest_candidates(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both backends rank only the most recently stored matches (the limit lowered to 2
    here): the best match overall is left out when older than the newest two, and the
    limit counts matches that pass the filter."""
    for module in ("sqlite", "postgres"):
        monkeypatch.setattr(f"storyline.store.{module}.SEARCH_CANDIDATES", 2)
    # stored in this order: "old" is the oldest match, and the best (the word in its title)
    for aid, title, text, outlet in [
        ("old", "Harbour flood", "The harbour flood closed the port.", "A"),
        ("mid", "Council vote", "A vote on the budget; flood defences.", "B"),
        ("other", "Market day", "Nothing about water at all.", "A"),
        ("new", "Flood warning", "A flood warning for the harbour.", "B"),
    ]:
        store.put_article(Article(id=aid, title=title, text=text, outlet=outlet,
                                  content_hash=f"h-{aid}"))  # fmt: skip
    hits = store.search("flood")
    assert [h.article_id for h in hits] == ["new", "mid"]
    assert hits[0].score >= hits[1].score
    assert "[" in hits[0].snippet
    # outlet A's newest two matches are "old" alone: found, though older than "mid"
    assert [h.article_id for h in store.search("flood", ArticleFilter(outlet="A"))] == ["old"]
    monkeypatch.setattr("storyline.store.sqlite.SEARCH_CANDIDATES", 1000)
    monkeypatch.setattr("storyline.store.postgres.SEARCH_CANDIDATES", 1000)
    assert sorted(h.article_id for h in store.search("flood")) == ["mid", "new", "old"]


def test_a_smaller_limit_gives_the_first_of_the_longer_list(store: Store) -> None:
    """The best `limit` matches are the first `limit` of a longer list, scores and all,
    whatever the limit (PostgreSQL reads only the candidates that can still enter the
    best, so the limit changes what it reads): articles of many lengths, the word in
    the title of some, once or many times in the body of others."""
    for n in range(30):
        body = " ".join(["the slipway was wet"] * (1 + n * 7 % 40) + ["ferry"] * (n % 4))
        title = "Ferry to Maelholm" if n % 5 == 0 else "Tides at Maelholm"
        store.put_article(Article(id=f"f{n}", title=title, text=body + " ferry.",
                                  content_hash=f"hf{n}"))  # fmt: skip
    full = store.search("ferry", ArticleFilter(limit=30))
    assert len(full) == 30
    assert [h.score for h in full] == sorted((h.score for h in full), reverse=True)
    for limit in (1, 2, 5, 12):
        hits = store.search("ferry", ArticleFilter(limit=limit))
        assert [h.article_id for h in hits] == [h.article_id for h in full[:limit]]
        assert [h.score for h in hits] == pytest.approx([h.score for h in full[:limit]])


def test_search_survives_query_syntax(store: Store) -> None:
    store.put_article(annotated("a1", text="The U.S. envoy met officials."))
    for query in ['U.S. "', "AND OR", "envoy)", "*", ""]:
        store.search(query)  # must not raise
    assert [h.article_id for h in store.search('U.S. "envoy')] == ["a1"]


def test_entity_mentions_stream_in_article_order(store: Store) -> None:
    later = annotated(
        "a2",
        published="2024-03-25",
        content_hash="hash-a2",
        entities=(
            EntityMention(0, 7, "Blinken", "PERSON", "Antony Blinken"),
            EntityMention(20, 26, "Israel", "GPE", "Israel"),
        ),
    )
    store.put_article(later)
    store.put_article(annotated("a1"))
    mentions = list(store.iter_entity_mentions())
    expected = [m for a in store.iter_articles() for m in a.entities]
    assert mentions == expected
    assert [m.text for m in mentions] == ["Blinken", "Blinken", "Israel"]
    assert mentions[0].role == "Secretary of State"


def test_entities_replace_and_find_by_alias(store: Store) -> None:
    store.replace_entities(
        [
            Entity("e1", "Antony Blinken", "PERSON", ("Blinken",), ("Secretary of State",), 5),
            Entity("e2", "United States", "GPE", ("US", "U.S."), (), 9),
        ]
    )
    assert [e.name for e in store.list_entities()] == ["United States", "Antony Blinken"]
    found = store.find_entity("blinken")
    assert found is not None and found.roles == ("Secretary of State",)
    assert store.list_entities(type="PERSON")[0].id == "e1"
    store.replace_entities([])
    assert store.find_entity("Blinken") is None


def test_an_alias_differing_only_in_case_keeps_the_names_spelling(store: Store) -> None:
    # The alias table is case-blind: of 'Marla Quist' and 'MARLA QUIST' one row is kept,
    # and it must be the entity's name, not whichever spelling a set yields first (a
    # set's order changes with the process's hash seed: twelve entities make a lucky
    # pass of an unordered write about one in four thousand).
    names = [f"Marla Quist{n}" for n in range(12)]
    store.replace_entities(
        [Entity(f"e{n}", name, "PERSON", (name.upper(),), (), 3) for n, name in enumerate(names)]
    )
    rows = store.conn.execute("SELECT alias FROM entity_aliases").fetchall()  # type: ignore[attr-defined]
    assert sorted(r[0] for r in rows) == sorted(names)


def test_entity_list_goes_stale_when_mentions_change(store: Store) -> None:
    assert not store.entities_stale()
    store.put_article(replace(annotated("a1"), entities=()))
    assert not store.entities_stale()  # no mention written: the list still holds
    store.put_article(annotated("a2"))
    assert store.entities_stale()
    store.replace_entities([Entity("e1", "Antony Blinken", "PERSON", ("Blinken",), (), 1)])
    assert not store.entities_stale()
    # rewriting an article drops its old mentions, even when it now has none
    store.put_article(replace(annotated("a2"), entities=()))
    assert store.entities_stale()


def test_a_list_built_before_a_write_stays_stale(store: Store) -> None:
    store.put_article(annotated("a1"))
    version = store.mentions_version()
    store.put_article(annotated("a2"))  # written while the list was being built
    assert store.mentions_version() > version
    store.replace_entities([], version=version)
    assert store.entities_stale()
    store.replace_entities([], version=store.mentions_version())
    assert not store.entities_stale()


def test_the_embedding_model_of_the_vectors_is_recorded(store: Store) -> None:
    assert store.embedding_model() == 0 and not store.has_embeddings()
    store.put_article(replace(annotated("a1"), embedding=(0.6, 0.8)))
    assert store.has_embeddings()
    store.set_embedding_model(2)
    store.set_embedding_model(1)
    assert store.embedding_model() == 1


def test_feed_state(store: Store) -> None:
    assert store.get_feed("https://x/feed") is None
    store.put_feed(FeedState("https://x/feed", etag='"abc"', failures=2))
    store.put_feed(FeedState("https://x/feed", etag='"def"', failures=0))
    feed = store.get_feed("https://x/feed")
    assert feed is not None and (feed.etag, feed.failures) == ('"def"', 0)


def test_reopening_keeps_data_and_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "re.db"
    with SQLiteStore(path) as first:
        first.put_article(annotated())
    with SQLiteStore(path) as second:
        assert second.count_articles() == 1
        names = [r[0] for r in second.conn.execute("SELECT name FROM schema_migrations")]
        assert names == sorted(set(names))


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="not a usable storyline database"):
        SQLiteStore(junk)


def test_ids_with_prefix(store: Store) -> None:
    store.put_article(annotated("h:abc1"))
    store.put_article(annotated("h:abc2"))
    store.put_article(annotated("h:xyz9"))
    assert store.ids_with_prefix("h:xy") == ["h:xyz9"]
    assert store.ids_with_prefix("h:abc") == ["h:abc1", "h:abc2"]
    assert store.ids_with_prefix("h:abc", limit=1) == ["h:abc1"]
    assert store.ids_with_prefix("%") == []


def test_update_keeps_the_replaced_version_with_its_claims(store: Store) -> None:
    store.put_article(annotated())
    text = 'Blinken said "we disagree" on Friday; 33,000 were killed in Gaza.'
    newer = annotated(text=text, content_hash="hash-a1-v2", claims=(), flags=())
    assert store.update_article(newer) == 2
    versions = store.article_versions("a1")
    assert [(v.version, v.current) for v in versions] == [(1, False), (2, True)]
    assert versions[0].claims[0].value == 32000.0 and versions[1].claims == ()
    assert versions[0].flags[0].code == "F1"
    assert "33,000" in versions[1].diff and "32,000" in versions[1].diff
    assert [v.version for v in store.iter_superseded_versions()] == [1]
    loaded = store.get_article("a1")
    assert loaded is not None and loaded.text == text and loaded.claims == ()
    stored = store.stored_content("a1")
    assert stored is not None and (stored.content_hash, stored.version) == ("hash-a1-v2", 2)
    assert store.count_articles() == 1


def test_update_of_an_unknown_article_is_refused_and_writes_nothing(store: Store) -> None:
    with pytest.raises(KeyError):
        store.update_article(annotated("nope"))
    assert store.article_versions("nope") == [] and store.stored_content("nope") is None


def test_a_failed_update_keeps_the_old_version_whole(store: Store) -> None:
    store.put_article(annotated())
    bad = annotated(text="changed", timexes=(Timex(0, 1, "x", "DATE", None),))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - any backend error is acceptable
        store.update_article(bad)
    assert store.get_article("a1") == annotated()
    assert [v.version for v in store.article_versions("a1")] == [1]


def test_count_unassigned_counts_originals_without_a_story(store: Store) -> None:
    store.put_article(annotated("a1"))
    store.put_article(annotated("a2", duplicate_of="a1"))
    assert store.count_unassigned() == 1


def test_postgres_reopening_keeps_data_and_migrations_run_once(pg_url: str) -> None:
    with open_store(pg_url) as first:
        assert isinstance(first, PostgresStore)
        first.put_article(annotated())
    with open_store(pg_url) as second:
        assert second.count_articles() == 1
        names = [r[0] for r in second.conn.execute("SELECT name FROM schema_migrations")]
        assert names == sorted(set(names)) and names


def test_unreachable_postgres_is_a_clear_error(tmp_path: Path) -> None:
    url = f"postgresql://nobody@/storyline?host={tmp_path}&connect_timeout=1"
    with pytest.raises(StorageError, match="cannot connect to PostgreSQL"):
        PostgresStore(url, connect_timeout=2.0)


def test_search_marks_the_match_in_a_snippet_of_the_body(store: Store) -> None:
    body = "Officials met in the capital. " * 20 + "A ceasefire was agreed at dawn."
    store.put_article(annotated("a1", title="Talks", text=body))
    (hit,) = store.search("ceasefire")
    assert "[ceasefire]" in hit.snippet.lower() and len(hit.snippet) < len(body)


def test_has_cached_answers_for_exactly_the_stored_version(store: Store) -> None:
    reads = store.page_reads()
    assert reads.has_cached("story:s1", "v1") is False  # nothing stored yet
    reads.store_cached("story:s1", "v1", '{"parts": 1}')
    assert reads.has_cached("story:s1", "v1") is True
    assert reads.has_cached("story:s1", "v2") is False  # another version is stale
    assert reads.has_cached("story:s2", "v1") is False  # another key
    reads.store_cached("story:s1", "v2", '{"parts": 2}')  # replaced: the old one is gone
    assert reads.has_cached("story:s1", "v1") is False
    assert reads.has_cached("story:s1", "v2") is True
    assert reads.cached("story:s1", "v2") == '{"parts": 2}'  # agrees with the full read


def test_embeddings_stored_before_read_back_and_new_ones_take_a_byte_a_dimension(
    store: Store,
) -> None:
    """Issue 19: a vector is written as one signed byte a dimension and its scale; a vector
    written in an older format (half floats, or float32 before the format byte) reads as
    it did."""
    import struct

    vector = tuple((-1) ** i * (i + 1) / 64 for i in range(8))
    store.put_article(replace(annotated("a1"), embedding=vector))
    got = store.get_article("a1")
    assert got is not None and got.embedding is not None
    assert got.embedding == pytest.approx(vector, abs=max(map(abs, vector)) / 254 * 1.0001)
    (blob,) = store.conn.execute("SELECT embedding FROM articles WHERE id = ?", ("a1",)).fetchone()
    assert len(bytes(blob)) == 1 + 4 + 8
    for old in (bytes([1]) + struct.pack("<8e", *vector), struct.pack("<8f", *vector)):
        store.conn.execute("UPDATE articles SET embedding = ? WHERE id = ?", (old, "a1"))
        again = store.get_article("a1")
        assert again is not None and again.embedding == pytest.approx(vector, abs=1e-7)


def test_count_indexed_leaves_out_stories_without_a_vector(store: Store) -> None:
    """A story holding only pages that are not news has a zero vector sum: no full story
    index holds it, so the count an index is checked against at every open leaves it out
    (else every open saw a mismatch and rebuilt the index)."""
    import numpy as np

    from storyline.corpus.stories.records import StoryState

    repo = store.stories()
    with repo.atomic():
        for key, vector in ((1, np.ones(4, dtype=np.float32)), (2, np.zeros(4, np.float32))):
            repo.add_story(StoryState(id=f"s-{key}", key=key, vector_sum=vector))
    assert repo.count_active() == 2
    assert repo.count_indexed() == 1 == len(list(repo.iter_centroids()))
