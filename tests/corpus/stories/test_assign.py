"""Online assignment rules, on both repositories, with the hashing stand-in embedder."""

from __future__ import annotations

from dataclasses import replace

import pytest
from story_texts import FLOOD, MARKET

from storyline.analyze.embed import HashingEmbedder
from storyline.corpus.stories import StoryAssigner, StoryConfig, StoryRepository
from storyline.ingest.pages import NOT_NEWS_FLAG
from storyline.model import Article, Flag


def art(
    aid: str,
    text: str,
    published: str | None = "2024-03-01",
    *,
    title: str | None = None,
    outlet: str | None = None,
) -> Article:
    return Article(
        id=aid,
        text=text,
        published=published,
        content_hash=aid + "h",
        title=title,
        outlet=outlet,
    )


def test_related_articles_join_and_unrelated_start_new(assigner: StoryAssigner) -> None:
    a = assigner.assign(art("a", FLOOD.format(day="Monday"), title="Floods hit Almsbury"))
    b = assigner.assign(art("b", FLOOD.format(day="Tuesday"), "2024-03-02"))
    c = assigner.assign(art("c", MARKET, "2024-03-02"))
    assert a.created and not b.created
    assert b.story_id == a.story_id
    assert c.created and c.story_id != a.story_id
    assert a.story_id.startswith("s-")


def test_an_assigned_article_never_moves(assigner: StoryAssigner) -> None:
    first = assigner.assign(art("a", FLOOD.format(day="Monday")))
    again = assigner.assign(art("a", MARKET))
    assert again.story_id == first.story_id
    assert "already_assigned" in again.flags


def test_far_apart_in_time_starts_a_new_story(assigner: StoryAssigner) -> None:
    a = assigner.assign(art("a", FLOOD.format(day="Monday"), "2020-01-01"))
    b = assigner.assign(art("b", FLOOD.format(day="Tuesday"), "2023-06-01"))
    assert b.story_id != a.story_id


def test_undated_article_is_assigned_by_content_and_flagged(assigner: StoryAssigner) -> None:
    a = assigner.assign(art("a", FLOOD.format(day="Monday")))
    b = assigner.assign(art("b", FLOOD.format(day="Friday"), None))
    assert b.story_id == a.story_id
    assert "undated" in b.flags


@pytest.mark.parametrize("date", ["1900-01-01", "2100-01-01"])
def test_implausible_dates_are_treated_as_undated(assigner: StoryAssigner, date: str) -> None:
    a = assigner.assign(art("a", FLOOD.format(day="Monday")))
    b = assigner.assign(art("b", FLOOD.format(day="Friday"), date))
    assert b.story_id == a.story_id
    assert "implausible_date" in b.flags
    assert b.message is not None and date in b.message


@pytest.mark.parametrize("text", ["", "   ", "Breaking", "two words"])
def test_too_short_texts_get_a_story_of_their_own(assigner: StoryAssigner, text: str) -> None:
    assigner.assign(art("a", FLOOD.format(day="Monday")))
    short = assigner.assign(art("s", text))
    assert short.created and "too_short" in short.flags
    assert short.message is not None and "too short" in short.message
    after = assigner.assign(art("b", FLOOD.format(day="Tuesday")))
    assert after.story_id != short.story_id


def _page(aid: str, text: str, published: str = "2024-03-01") -> Article:
    flag = Flag(code=NOT_NEWS_FLAG, severity="info", message="not a news article")
    return Article(id=aid, text=text, published=published, content_hash=aid + "h", flags=(flag,))


def test_a_page_that_is_not_news_is_a_related_page_of_the_story_it_fits(
    assigner: StoryAssigner,
) -> None:
    first = assigner.assign(art("a", FLOOD.format(day="Monday"), title="Floods hit Almsbury"))
    repo = assigner.repository
    before = repo.get_story(first.story_id)
    assert before is not None
    count, title, centroid = before.count, before.title, before.centroid.copy()
    placed = assigner.assign(_page("p", FLOOD.format(day="Sunday"), "2024-02-20"))
    assert not placed.created and placed.story_id == first.story_id
    assert NOT_NEWS_FLAG in placed.flags
    assert placed.message is not None and "related page" in placed.message
    after = repo.get_story(first.story_id)
    assert after is not None
    # the story's state is unchanged: not counted, not dated, not in its centroid or title
    assert (after.count, after.title, after.start) == (count, title, "2024-03-01")
    assert (after.centroid == centroid).all()
    member = repo.membership("p")
    assert member is not None and NOT_NEWS_FLAG in member.flags
    later = assigner.assign(art("b", FLOOD.format(day="Tuesday")))
    assert later.story_id == first.story_id


def test_a_page_that_is_not_news_fitting_no_story_has_a_story_without_articles(
    assigner: StoryAssigner,
) -> None:
    assigner.assign(art("a", FLOOD.format(day="Monday")))
    placed = assigner.assign(_page("p", MARKET))
    assert placed.created and NOT_NEWS_FLAG in placed.flags
    story = assigner.repository.get_story(placed.story_id)
    assert story is not None and story.count == 0 and story.title
    # a news article on the page's subject does not join the page's story
    news = assigner.assign(art("m", MARKET, "2024-03-02"))
    assert news.story_id != placed.story_id


def test_a_page_too_short_to_compare_fits_no_story_also_with_a_vector_given(
    assigner: StoryAssigner, fake_embedder: HashingEmbedder
) -> None:
    """An ingest's workers embed a page that is not news whatever its length (the engine
    hands the vector over); the assigner compares it only when it would embed it itself."""
    first = assigner.assign(art("a", FLOOD.format(day="Monday")))
    vector = fake_embedder.embed([FLOOD.format(day="Monday")])[0]
    page = replace(_page("p", "Almsbury pictures"), embedding=tuple(float(x) for x in vector))
    placed = assigner.assign(page)
    assert NOT_NEWS_FLAG in placed.flags
    story = assigner.repository.get_story(placed.story_id)
    assert placed.story_id != first.story_id and story is not None and story.count == 0
    # with enough words the given vector places it with the story it fits
    long_page = replace(page, id="q", content_hash="qh", text=FLOOD.format(day="Sunday"))
    assert assigner.assign(long_page).story_id == first.story_id


def test_a_page_shaped_as_not_news_is_related_without_a_pipeline(
    assigner: StoryAssigner,
) -> None:
    first = assigner.assign(art("a", FLOOD.format(day="Monday")))
    index = "\n".join(
        [
            "March 4: Floods reach the lower town.",
            "March 3: Rain swells the river.",
            "March 1, editorial: The flood defences need money.",
        ]
    )
    placed = assigner.assign(art("i", index))
    assert NOT_NEWS_FLAG in placed.flags
    # too few words to compare: a story of its own, with no articles
    story = assigner.repository.get_story(placed.story_id)
    assert placed.story_id != first.story_id and story is not None and story.count == 0


def test_identical_text_joins_its_twin(assigner: StoryAssigner) -> None:
    text = FLOOD.format(day="Monday")
    a = assigner.assign(Article(id="a", text=text, content_hash="same"))
    assigner.assign(art("c", MARKET))
    b = assigner.assign(Article(id="b", text=text, content_hash="same"))
    assert b.story_id == a.story_id
    assert "duplicate_of:a" in b.flags


def test_merges_are_recorded_and_old_ids_resolve(
    repository: StoryRepository, fake_embedder: HashingEmbedder
) -> None:
    # A join threshold above reach keeps stories apart; a merge threshold below it joins them.
    config = StoryConfig(threshold=2.0, merge_threshold=-1.0)
    assigner = StoryAssigner(repository, fake_embedder, config=config, dim=384)
    a = assigner.assign(art("a", FLOOD.format(day="Monday")))
    b = assigner.assign(art("b", MARKET))
    assert b.story_id == a.story_id  # the answer is the story as it now stands
    first, second = repository.membership("a"), repository.membership("b")
    assert first is not None and second is not None
    assert first.story_id != second.story_id  # each keeps the id it was given
    merges = repository.merges()
    assert [(m.source, m.target) for m in merges] == [(second.story_id, first.story_id)]
    assert repository.resolve(second.story_id) == first.story_id
    assert {m.article_id for m in repository.members(first.story_id)} == {"a", "b"}
    assert repository.count_active() == 1


def test_story_keeps_a_label(assigner: StoryAssigner, repository: StoryRepository) -> None:
    from storyline.corpus.stories.labels import story_label

    a = assigner.assign(
        art("a", FLOOD.format(day="Monday"), title="Floods hit Almsbury", outlet="X")
    )
    assigner.assign(art("b", FLOOD.format(day="Tuesday"), "2024-03-03", outlet="Y"))
    story = repository.get_story(a.story_id)
    assert story is not None
    label = story_label(story)
    assert label.title == "Floods hit Almsbury"
    assert (label.start, label.end) == ("2024-03-01", "2024-03-03")
    assert set(label.outlets) == {"X", "Y"} and label.count == 2
    assert "almsbury" in label.top_terms


def test_shared_entities_count_when_present(
    repository: StoryRepository, fake_embedder: HashingEmbedder
) -> None:
    from storyline.model import EntityMention

    def with_entities(aid: str, text: str, names: list[str]) -> Article:
        ents = tuple(EntityMention(0, 1, n, "PERSON", canonical=n) for n in names)
        return Article(id=aid, text=text, published="2024-03-01", entities=ents)

    config = StoryConfig(threshold=0.45)
    assigner = StoryAssigner(repository, fake_embedder, config=config, dim=384)
    text = "Officials met on Monday to discuss the budget and the coming vote in parliament."
    a = assigner.assign(with_entities("a", text, ["p:ann-lee", "o:senate"]))
    b = assigner.assign(with_entities("b", text + " More talks.", ["p:ann-lee", "o:senate"]))
    assert b.story_id == a.story_id


def test_late_article_finds_a_long_running_story(assigner: StoryAssigner) -> None:
    # A story dated across six months; an article dated inside that span arrives last.
    dates = ["2024-01-05", "2024-02-01", "2024-02-25", "2024-03-20", "2024-04-15", "2024-05-10"]
    first = assigner.assign(art("a0", FLOOD.format(day="Monday"), dates[0]))
    for n, date in enumerate(dates[1:], 1):
        assert assigner.assign(art(f"a{n}", FLOOD.format(day="Monday"), date)).story_id == (
            first.story_id
        )
    late = assigner.assign(art("late", FLOOD.format(day="Friday"), "2024-01-20"))
    assert late.story_id == first.story_id


def test_index_search_is_limited_to_the_time_window() -> None:
    import datetime as dt

    import numpy as np

    from storyline.corpus.stories import UsearchCentroidIndex

    index = UsearchCentroidIndex(4)
    v = np.array([1, 0, 0, 0], dtype=np.float32)
    index.upsert(1, v, "2020-01-01", "2020-01-10")
    index.upsert(2, v, "2024-01-01", "2024-09-30")
    index.upsert(3, v, None, None)
    near = {k for k, _ in index.search(v, 10, dt.date(2024, 5, 1), 30)}
    assert near == {2, 3}
    # undated: the undated stories and those of the newest ~13 months, not 2020's
    assert {k for k, _ in index.search(v, 10, None, 30)} == {2, 3}
    index.remove(2)
    assert {k for k, _ in index.search(v, 10, None, 30)} == {1, 3}
    assert {k for k, _ in index.search(v, 10, dt.date(2024, 5, 1), 30)} == {3}
    assert len(index) == 2


def test_undated_search_reads_the_newest_buckets_only() -> None:
    """An undated search reaches back UNDATED_REACH_BUCKETS buckets from the newest
    dated story, whatever the window; with no dated story it reads the undated one."""
    import datetime as dt

    import numpy as np

    from storyline.corpus.stories import UsearchCentroidIndex
    from storyline.corpus.stories.index import BUCKET_DAYS, UNDATED_REACH_BUCKETS

    index = UsearchCentroidIndex(4)
    v = np.array([0, 1, 0, 0], dtype=np.float32)
    index.upsert(9, v, None, None)
    assert [k for k, _ in index.search(v, 10, None, 30)] == [9]
    newest = dt.date(2024, 6, 15)
    reach = dt.timedelta(days=BUCKET_DAYS * UNDATED_REACH_BUCKETS)
    index.upsert(1, v, str(newest), str(newest))
    inside = newest - reach  # in the oldest bucket read, or the one after it
    index.upsert(2, v, str(inside), str(inside))
    outside = newest - reach - dt.timedelta(days=2 * BUCKET_DAYS)
    index.upsert(3, v, str(outside), str(outside))
    # a long story reaching into the newest months is found by its later buckets
    index.upsert(4, v, "2001-01-01", str(newest - dt.timedelta(days=40)))
    assert {k for k, _ in index.search(v, 10, None, 0)} == {1, 2, 4, 9}
    assert {k for k, _ in index.search(v, 10, outside, 0)} == {3, 4, 9}  # dated: its window


def test_story_title_is_the_first_sentence_when_the_article_has_no_title() -> None:
    from storyline.corpus.stories.titles import article_headline

    article = Article(
        id="t1",
        text="The ferry company said on Monday that sailings resume. Inspectors agreed.\nMore.",
    )
    assert article_headline(article) == "The ferry company said on Monday that sailings resume."
    titled = Article(id="t2", text="Harbour notes. More text.", title="Ferry sailings resume")
    assert article_headline(titled) == "Ferry sailings resume"
    ranked = Article(
        id="t3", text="Boats of the fleet of Adm. Ann Lee sailed at dawn . Then rain ."
    )
    assert article_headline(ranked) == "Boats of the fleet of Adm. Ann Lee sailed at dawn ."
    bylined = Article(
        id="t4", text="x", title="Harbour reopens after storm By Ann Lee Staff writer"
    )
    assert article_headline(bylined) == "Harbour reopens after storm"


def test_placing_a_related_page_with_articles_leaves_the_story_as_its_articles_make_it(
    assigner: StoryAssigner,
) -> None:
    news = [art("a", FLOOD.format(day="Monday")), art("b", FLOOD.format(day="Tuesday"))]
    page = _page("p", FLOOD.format(day="Sunday"), "2024-02-20")
    story_id = assigner.place([page, *news])
    story = assigner.repository.get_story(story_id)
    assert story is not None and story.count == 2 and story.start == "2024-03-01"
    assert story.title and "Sunday" not in story.title
    member = assigner.repository.membership("p")
    assert member is not None and NOT_NEWS_FLAG in member.flags


def test_a_page_flagged_not_english_is_kept_out_like_a_page_that_is_not_news(
    assigner: StoryAssigner,
) -> None:
    """The pipeline's not-English flag and ingest's not-news flag are one decision
    (page_flags.kept_out_of_stories): a page not analysed for its language joins no story
    as an article."""
    from storyline.page_flags import NOT_ENGLISH_FLAG

    first = assigner.assign(art("a", FLOOD.format(day="Monday"), title="Floods hit Almsbury"))
    flag = Flag(code=NOT_ENGLISH_FLAG, severity="info", message="language und, not English")
    page = Article(
        id="p",
        text=FLOOD.format(day="Sunday"),
        published="2024-02-20",
        content_hash="ph",
        flags=(flag,),
    )
    placed = assigner.assign(page)
    assert NOT_NEWS_FLAG in placed.flags and not placed.created
    story = assigner.repository.get_story(first.story_id)
    assert story is not None and story.count == 1
