"""A name opening a work's title is no source of its own (source_heads.py): texts written
for these tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_name_opening_a_work_s_title_is_not_the_source(pipeline: Pipeline) -> None:
    text = (
        "His rifle was used as a standard army sidearm from 1911 to 1985 , according to the "
        "maker 's website and Tom Vell 's Infantry Weapons ."
    )
    shown = speakers_shown(pipeline, text, "standard army sidearm")
    assert shown == ["the maker 's website and Tom Vell 's Infantry Weapons"]
