"""Sources that name no one, found by speakers18 on invented texts."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.nonspeakers import no_source


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("needle", "time"),
    [("would close", "Last night"), ("ferries would stop", "Tuesday morning")],
)
def test_a_time_owning_a_speaking_noun_is_no_speaker(
    pipeline: Pipeline, needle: str, time: str
) -> None:
    text = (
        "Storms hit the coast of Valmora on Monday. Last night's announcement that the port "
        "of Kestrel would close for a week angered the fishing crews. Tuesday morning's "
        "statement that the ferries would stop surprised nobody."
    )
    q = quote_with(pipeline, text, needle)
    assert q.speaker is None or q.speaker.name is None
    assert q.speaker is None or q.speaker.text == time


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Last night", True),
        ("yesterday's", True),
        ("The original", True),
        ("Night Watch Ltd", False),
        ("Monday Rivers", False),
        ("the mayor", False),
    ],
)
def test_no_source_is_a_time_or_the_page(phrase: str, expected: bool) -> None:
    assert no_source(phrase) is expected


_SOURCES = (
    "The Norland trade ministry is preparing a report on tariffs ahead of the June summit "
    'in Velm, {group} said. "If we can finish it by then we will," said one source. Of 40 '
    "countries that raised tariffs, 12 did so because of the floods, the source said."
)


def test_the_source_after_one_of_a_group_of_sources_is_read_back_to_the_group(
    pipeline: Pipeline,
) -> None:
    q = quote_with(pipeline, _SOURCES.format(group="trade sources"), "because of the floods")
    assert q.speaker is not None
    assert q.speaker.name == "trade sources"
    assert q.speaker.text == "the source"


@pytest.mark.parametrize("group", ["two trade sources", "some sources"])
def test_the_source_after_few_or_plain_sources_stays_as_written(
    pipeline: Pipeline, group: str
) -> None:
    # "two sources": which of the two is not said; "some sources" says no more than it
    q = quote_with(pipeline, _SOURCES.format(group=group), "because of the floods")
    assert q.speaker is not None
    assert q.speaker.name in (None, "the source")
