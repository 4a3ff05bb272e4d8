"""A participle right after the object of "quoted" or "cited" (phrases._quoted_as): the
one quoted says the words, the one who passes them on does not. Texts written for these
tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_quoted_a_correspondent_saying_is_the_correspondents(pipeline: Pipeline) -> None:
    text = (
        "Velm TV said the army had fired on protesters . It quoted a Velm TV correspondent "
        "saying the army had fired on the crowd ."
    )
    assert speakers_shown(pipeline, text, "fired on the crowd") == ["a Velm TV correspondent"]


def test_quoted_a_name_saying_is_the_names(pipeline: Pipeline) -> None:
    text = "The agency quoted Ana Ruiz saying that the port would close ."
    assert speakers_shown(pipeline, text, "port would close") == ["Ana Ruiz"]


def test_a_statement_issued_is_still_the_senders(pipeline: Pipeline) -> None:
    text = "Velm Oil issued a statement saying output fell ."
    assert speakers_shown(pipeline, text, "output fell") == ["Velm Oil"]


def test_a_participle_after_a_comma_is_the_subjects(pipeline: Pipeline) -> None:
    text = "The minister quoted figures showing that output fell , saying the plan worked ."
    assert speakers_shown(pipeline, text, "plan worked") == ["The minister"]
