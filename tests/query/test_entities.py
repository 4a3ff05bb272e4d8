"""Entity pages: mentions per day, the stories that mention the entity, what it said."""

from __future__ import annotations

from storyline.engine import Storyline
from storyline.query import entity_list, entity_page, speaker_quotes


def test_entity_list_by_type(engine: Storyline) -> None:
    names = [e.name for e in entity_list(engine).items]
    assert names[0] == "Tarnwick"
    assert [e.name for e in entity_list(engine, type="PERSON").items] == ["Jane Roe"]


def test_entity_page_by_name_or_alias(engine: Storyline) -> None:
    page = entity_page(engine, "Roe")
    assert page is not None and page.entity.name == "Jane Roe"
    assert page.entity.roles == ("Mayor",)
    assert [(d.day, d.count) for d in page.mentions] == [("2024-05-02", 2)]
    assert [(s.story.id, s.articles) for s in page.stories] == [("s-flood", 1)]
    assert [q.text for q in page.quotes] == ['"We need boats now,"']


def test_mentions_in_a_merged_story_count_for_the_story_that_took_it(engine: Storyline) -> None:
    page = entity_page(engine, "Tarnwick")
    assert page is not None
    # three articles naming it were assigned to s-flood, one (h:warning) to s-old: one story
    assert [(s.story.id, s.articles) for s in page.stories] == [("s-flood", 3 + 1)]


def test_unknown_entity_and_unknown_speaker(engine: Storyline) -> None:
    assert entity_page(engine, "Nobody Atall") is None
    said = speaker_quotes(engine, "Nobody Atall")
    assert said.quotes == () and not said.named


def test_speaker_quotes_by_alias(engine: Storyline) -> None:
    said = speaker_quotes(engine, "Roe")
    assert said.speaker == "Jane Roe" and said.named
    assert [q.article.id for q in said.quotes] == ["h:flood1"]
