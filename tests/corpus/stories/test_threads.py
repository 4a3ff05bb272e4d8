"""Stories hold threads: developments linked across quiet weeks, events of one kind kept apart."""

from __future__ import annotations

from pathlib import Path

from storyline.corpus.stories import (
    InMemoryStoryRepository,
    StoryAssigner,
    StoryConfig,
    StoryRepository,
)
from storyline.corpus.stories.split import article_split_terms, settle
from storyline.corpus.stories.threads import stories_with_threads
from storyline.model import Article

# A dam failure and, two months later, the inquiry into it: one story, two developments.
DAM = (
    "The Korvel dam on the Ister river burst on {day}, flooding the villages of Brana and "
    "Selo; Governor Ilse Marek ordered the evacuation as engineers from Ostrava Hydro "
    "inspected the breach."
)
INQUIRY = (
    "An inquiry into the Korvel dam collapse on the Ister river opened on {day}: Governor "
    "Ilse Marek told the panel that Ostrava Hydro engineers had warned of cracks at Brana "
    "and Selo."
)
# Another dam failure of the same kind, elsewhere, with other names.
OTHER_DAM = (
    "The Tamsin reservoir wall near Port Aldo gave way on {day}; Mayor Rui Caldas said "
    "Harbourline Water crews had closed the coast road and moved families from Vila Nova."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _article(aid: str, text: str, published: str) -> Article:
    return Article(id=aid, text=text, published=published, content_hash=aid + "h")


def _dam_story(assigner: StoryAssigner) -> tuple[list[str], list[str]]:
    """Five reports of the burst in May, five of the inquiry in late July."""
    burst = [
        assigner.assign(_article(f"b{i}", DAM.format(day=d), f"2024-05-0{i + 1}")).story_id
        for i, d in enumerate(DAYS)
    ]
    inquiry = [
        assigner.assign(_article(f"q{i}", INQUIRY.format(day=d), f"2024-07-2{i + 1}")).story_id
        for i, d in enumerate(DAYS)
    ]
    return burst, inquiry


def test_a_development_after_quiet_weeks_is_a_thread_of_the_same_story(
    assigner: StoryAssigner, repository: StoryRepository
) -> None:
    burst, inquiry = _dam_story(assigner)
    first = assigner.resolve(burst[0])
    later = assigner.resolve(inquiry[0])
    assert first != later  # seventy quiet days: assignment started a new thread
    assert repository.story_of(first) == first and repository.story_of(later) == later

    links = assigner.link()

    assert len(links) == 1
    story = repository.story_of(later)
    assert story == repository.story_of(first)
    assert sorted(repository.threads_of(story)) == sorted({first, later})
    assert repository.threads_of(first) == repository.threads_of(later)
    assert [(link.thread, link.story) for link in repository.thread_links()] == [
        (links[0].thread, links[0].story)
    ]
    [(combined, threads)] = stories_with_threads(repository)
    assert combined.id == story and combined.count == 10 and len(threads) == 2
    assert (combined.start, combined.end) == ("2024-05-01", "2024-07-25")


def test_an_event_of_the_same_kind_with_other_names_stays_a_story_of_its_own(
    assigner: StoryAssigner, repository: StoryRepository
) -> None:
    burst, _ = _dam_story(assigner)
    other = [
        assigner.assign(_article(f"o{i}", OTHER_DAM.format(day=d), f"2024-09-0{i + 1}")).story_id
        for i, d in enumerate(DAYS)
    ]
    assigner.link()
    assert repository.story_of(assigner.resolve(other[0])) != repository.story_of(
        assigner.resolve(burst[0])
    )


def test_threads_further_apart_than_the_link_window_stay_apart(
    assigner: StoryAssigner, repository: StoryRepository
) -> None:
    assigner.config = StoryConfig(link_window_days=30)
    burst, inquiry = _dam_story(assigner)
    assert assigner.link() == []
    assert repository.story_of(assigner.resolve(burst[0])) != repository.story_of(
        assigner.resolve(inquiry[0])
    )


def test_settle_gives_each_article_its_thread_and_its_story(fake_embedder: object) -> None:
    assigner = StoryAssigner(InMemoryStoryRepository(), fake_embedder, dim=384)  # type: ignore[arg-type]
    articles = [
        _article(f"b{i}", DAM.format(day=d), f"2024-05-0{i + 1}") for i, d in enumerate(DAYS)
    ]
    articles += [
        _article(f"q{i}", INQUIRY.format(day=d), f"2024-07-2{i + 1}") for i, d in enumerate(DAYS)
    ]
    done = [(a.article_id, a.story_id) for a in assigner.assign_many(articles)]
    settled = settle(assigner, done, {a.id: article_split_terms(a) for a in articles})
    assert len(set(settled.threads.values())) == 2
    assert len(set(settled.stories.values())) == 1
    assert settled.threads["b0"] != settled.threads["q0"]


def test_links_are_stored_and_survive_reopening(tmp_path: Path, fake_embedder: object) -> None:
    from storyline.store.sql_stories import SqlStoryRepository
    from storyline.store.sqlite import SQLiteStore

    with SQLiteStore(tmp_path / "s.db") as store:
        repo = SqlStoryRepository(store)
        assigner = StoryAssigner(repo, fake_embedder, dim=384)  # type: ignore[arg-type]
        burst, inquiry = _dam_story(assigner)
        assigner.link()
        story = repo.story_of(assigner.resolve(inquiry[0]))
    with SQLiteStore(tmp_path / "s.db") as store:
        repo = SqlStoryRepository(store)
        assert repo.story_of(burst[0]) == repo.story_of(inquiry[0]) == story
        repo.clear_thread_links()
        assert repo.thread_links() == []
        assert repo.story_of(inquiry[0]) != repo.story_of(burst[0])


def test_link_fit_needs_the_names_to_agree_both_ways() -> None:
    import numpy as np

    from storyline.corpus.stories import StoryState
    from storyline.corpus.stories.scoring import link_fit

    def thread(key: int, names: dict[str, float], start: str = "2024-05-01") -> StoryState:
        return StoryState(
            id=f"t{key}",
            key=key,
            vector_sum=np.ones(8, np.float32) * 4,
            count=4,
            start=start,
            end=start,
            terms={"dam": 4.0, "burst": 4.0, "flood": 4.0},
            names=names,
        )

    config = StoryConfig()
    korvel = thread(1, {"Korvel": 4, "Marek": 4, "Brana": 4})
    same = thread(2, {"Korvel": 4, "Marek": 3, "Brana": 4}, "2025-01-10")
    other = thread(3, {"Tamsin": 4, "Caldas": 4, "Aldo": 4})
    df, docs = {"dam": 3, "burst": 3, "flood": 3}, 10
    fit = link_fit(config, korvel, same, df, docs)
    assert fit is not None and fit > config.link_threshold
    assert link_fit(config, korvel, other, df, docs) is None  # same words, other names
    far = thread(4, {"Korvel": 4, "Marek": 4, "Brana": 4}, "2027-06-01")
    assert link_fit(config, korvel, far, df, docs) is None  # beyond link_window_days
