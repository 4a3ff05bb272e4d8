"""The people a trailing "they said" reports on are not its speakers (fix49, issue 14):
"Hospital officials said ... Eleven patients have gone home, they said" showed "Eleven
patients" as the speaker, the subject of the reported words read as people the text had
turned to. People made the subject of a sentence of their own still take the "they".
Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_reported_people_are_not_the_speakers(pipeline: Pipeline) -> None:
    text = (
        "Clinic officials said 40 patients were still being treated at Selm Hospital. "
        "Nine patients have recovered and gone home, they said."
    )
    assert speakers_shown(pipeline, text, "Nine patients") == ["Clinic officials"]


def test_people_made_a_subject_before_still_take_they(pipeline: Pipeline) -> None:
    text = (
        "Clinic officials said 40 patients were still being treated at Selm Hospital. "
        "Nurses gathered outside the ward on Friday. They said they had not been paid."
    )
    assert speakers_shown(pipeline, text, "not been paid") == ["Nurses"]
