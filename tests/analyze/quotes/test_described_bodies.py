"""A description with a place's name in it, named by the body after it (source_heads.py).
Texts written for these tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_description_with_a_place_in_it_is_named_by_the_body_after_it(
    pipeline: Pipeline,
) -> None:
    # the parse splits "The US car manufacturer" from the name it describes; a place's
    # name inside the description does not make it a name of its own
    text = (
        "The US car manufacturer General Orbis Motors said that it would axe 10,000 jobs "
        "at its plants."
    )
    shown = speakers_shown(pipeline, text, "10,000 jobs")
    assert len(shown) == 1 and shown[0] is not None and shown[0].endswith("Orbis Motors")
