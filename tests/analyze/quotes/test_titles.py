"""Quoted words that are a title, not anyone's words (analyze/quotes/titles.py): a speech's
title in quotation marks between a determiner and the noun of the occasion. Every text is
invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_speech_title_in_marks_is_no_quote(pipeline: Pipeline) -> None:
    text = (
        "Governor Ivo Marek will make the announcement tomorrow at a `` State of the "
        "Harbour 's Future Security '' speech at Veska University ."
    )
    assert not [q for q in quotes_and_speakers(pipeline, text) if "Harbour" in q[0]]
