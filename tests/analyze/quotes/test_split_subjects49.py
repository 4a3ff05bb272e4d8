"""Subjects the parse misplaces, from the held-out reading of PolNeAR dev (odd half) in
session 49 (issue 14): a heading taken for a second subject of "said", a subject of a
clause written without "that" read as an object, and "according to" followed by a
modifier the parse took for a verb. Texts are written for these tests, with invented
names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_heading_before_a_fronted_clause_is_not_the_subject(pipeline: Pipeline) -> None:
    text = (
        "THE LENDING Back when he wrote his book, Mr. Kessel said that he considered debt "
        "a last resort. These days, he has changed his tune."
    )
    assert speaker_text(pipeline, text, "considered debt") == "Mr. Kessel"


def test_the_subject_of_a_clause_without_that_says_it(pipeline: Pipeline) -> None:
    text = "That is a small fraction of the minimum $20 million experts say it costs to run."
    assert speaker_text(pipeline, text, "it costs") == "experts"


def test_a_subject_borrowed_across_a_garbled_clause_stays_the_first(
    pipeline: Pipeline,
) -> None:
    # the second subject after the comma belongs to the main verb, not to "admitting"
    text = (
        "House Speaker Tom Reyes, R-Wis., despite admitting that he did have his concerns "
        "about lawyers, the victims do need to have their day in court."
    )
    assert speaker_text(pipeline, text, "his concerns") == "House Speaker Tom Reyes"


def test_according_to_a_modifier_read_as_a_verb_names_the_source(pipeline: Pipeline) -> None:
    text = (
        "The mayor chastised the board for its vote. As a television host on “The Long "
        "Night,” Tom Dana repeatedly mocked his guests, according to show insiders. They "
        "said he rated guests by their looks."
    )
    assert speaker_text(pipeline, text, "mocked his guests") == "show insiders"
