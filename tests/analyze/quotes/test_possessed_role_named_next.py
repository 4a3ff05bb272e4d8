"""A possessive's role named in the next sentence under the same role noun ("her spokesman
said ... spokesman Tomas Brell said"): issue 14, class description-for-named. Texts
written for these tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_her_spokesman_is_the_spokesman_named_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "Marisol Quenby , the swimming star of the 1950s , died on Thursday in Velmar Falls at "
        "the age of 88 , her spokesman said .\nQuenby died peacefully in her sleep , spokesman "
        "Tomas Brell said .\n"
    )
    assert speakers_shown(pipeline, text, "died on Thursday") == ["Tomas Brell"]


def test_her_spokesman_is_not_a_lawyer_named_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "Marisol Quenby died on Thursday at 88 , her spokesman said .\nQuenby died in her "
        "sleep , her lawyer Tomas Brell said .\n"
    )
    assert speakers_shown(pipeline, text, "died on Thursday") == ["her spokesman"]


def test_its_spokesman_is_not_a_rival_bodys_spokesman_named_next(pipeline: Pipeline) -> None:
    text = (
        "Velmar Bank cut 200 jobs on Monday , its spokesman said . At rival Tarn Bank , "
        "spokesman Ivo Brell said no cuts were planned .\n"
    )
    assert speakers_shown(pipeline, text, "cut 200 jobs") == ["Velmar Bank's spokesman"]
