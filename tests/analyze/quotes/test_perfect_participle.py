"""A perfect participle opening a sentence ("Having announced that ..., the judge ...") is
done by the subject of the clause it opens; "having been asked" stays a passive whose
asker is not written. Sentences written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_perfect_participle_takes_the_subject_of_its_clause(pipeline: Pipeline) -> None:
    text = (
        "Having announced that he would not close the port, Judge Tomas Vell proceeded "
        "to read the ruling."
    )
    quote = quote_with(pipeline, text, "would not close the port")
    assert quote.speaker is not None and quote.speaker.text == "Judge Tomas Vell"


def test_having_been_asked_is_still_a_passive(pipeline: Pipeline) -> None:
    text = "Having been asked whether the port would close, Judge Tomas Vell read the ruling."
    quote = quote_with(pipeline, text, "whether the port would close")
    assert quote.speaker is None or quote.speaker.text != "Judge Tomas Vell"
    assert not quote.stated
