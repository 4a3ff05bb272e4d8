"""A body's name run into the title of the person named after it (entities/title_tails.py).
Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest

from storyline.analyze.entities.canonical import RawMention
from storyline.analyze.entities.edges import repair_edges
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


def _raw(text: str, surface: str, label: str) -> RawMention:
    start = text.index(surface)
    return RawMention(start, start + len(surface), label)


def _surfaces(text: str, raw: list[RawMention]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in repair_edges(text, raw)]


def test_a_body_ends_before_the_title_of_the_person_after_it() -> None:
    text = "Dorvex Executive Vice President Scott Halvorsen replied. Dorvex grew."
    raw = [
        _raw(text, "Dorvex Executive", "ORG"),
        _raw(text, "Scott Halvorsen", "PERSON"),
        RawMention(text.rindex("Dorvex"), text.rindex("Dorvex") + 6, "ORG"),
    ]
    assert _surfaces(text, raw) == [
        ("Dorvex", "ORG"),
        ("Scott Halvorsen", "PERSON"),
        ("Dorvex", "ORG"),
    ]


def test_a_body_whose_last_word_is_no_title_of_the_person_after_it_stays_whole() -> None:
    text = "The Velmar Executive Council met Scott Halvorsen on Monday."
    raw = [_raw(text, "Velmar Executive Council", "ORG"), _raw(text, "Scott Halvorsen", "PERSON")]
    assert _surfaces(text, raw) == [
        ("Velmar Executive Council", "ORG"),
        ("Scott Halvorsen", "PERSON"),
    ]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities"])


def test_the_body_is_not_named_by_its_run_on_form(pipeline: Pipeline) -> None:
    text = (
        "When asked about the deal, Dorvex Executive Vice President Scott Halvorsen "
        'replied, "It is good." Dorvex has had a policy of growth.'
    )
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    bodies = {e.canonical for e in article.entities if e.label == "ORG"}
    assert bodies == {"Dorvex"}


def test_a_body_is_not_cut_to_a_name_written_alone_only_for_another_type() -> None:
    text = "Velm Police Chief Ana Ruiz said the town of Velm was calm."
    raw = [
        _raw(text, "Velm Police", "ORG"),
        _raw(text, "Ana Ruiz", "PERSON"),
        RawMention(text.rindex("Velm"), text.rindex("Velm") + 4, "GPE"),
    ]
    assert _surfaces(text, raw)[0] == ("Velm Police", "ORG")
