"""Pronoun speakers of the held-out readings of sessions 43-44 (issue 14): an unmarked
surname opening the sentence before "he said", the answer to a question put by name, and
a given name fitting the latest subject. Texts are written for these tests, in the
corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


# -- pronouns ------------------------------------------------------------------------------


def test_he_goes_on_with_the_unmarked_surname_opening_the_sentence_before(
    pipeline: Pipeline,
) -> None:
    text = (
        "Deputy Public Defender Peter Crane asked the boy about the night .\nProsecutor Tomas "
        "Ruiz said the defendant fired at the crowd .\n`` As that girl lay bleeding , this "
        "defendant pedaled off , '' Ruiz said .\nThe gun has not been recovered .\nCrane did "
        "not deny his client was at the corner with a handgun - or that he fired the weapon "
        ".\nHe said it was a small revolver , not the rifle that killed the girl ."
    )
    assert speakers_shown(pipeline, text, "small revolver") == ["Peter Crane"]


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_the_one_asked_by_name_gives_the_answer(pipeline: Pipeline, gap: str) -> None:
    text = (
        "Tomas Brask testified on Monday .\nAt one point , Ivo Ruiz asked Brask , `` You just "
        f"lied to this jury when you told them that , correct ? ''{gap}`` Yes , '' he "
        "responded .\nThe trial resumes on Friday ."
    )
    assert speakers_shown(pipeline, text, "Yes") == ["Tomas Brask"]
    assert speakers_shown(pipeline, text, "correct ?") == ["Ivo Ruiz"]


def test_he_is_the_latest_subject_when_both_given_names_fit(pipeline: Pipeline) -> None:
    text = "Tom Young lost the vote on Monday . Dan Brask won it . He said the count was fair ."
    assert speakers_shown(pipeline, text, "count was fair") == ["Dan Brask"]
