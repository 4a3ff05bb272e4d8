"""An unnamed body made a sentence's subject is what a later "it says" means (fix49,
issue 14): "The observer mission led by Ada Ruiz issues its statement. It says ..."
went back over the mission to the source before it (a surname the tagger missed).
The body is shown by the phrase that describes it. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.body_subjects import described_body_subject
from storyline.model import Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_it_is_the_body_just_made_the_subject(pipeline: Pipeline) -> None:
    text = (
        "Reactions to the Tarrow Vale flood report\n\n"
        '13:30 - Brennick welcomes the report but says it is "too late".\n\n'
        "14:50 - The regional audit commission led by Piet Halvorsen issues its findings. "
        'It says the flood money was "spent with care" but that "records were thin".'
    )
    assert speakers_shown(pipeline, text, "flood money") == ["The regional audit commission"]


def test_it_still_continues_a_body_that_spoke(pipeline: Pipeline) -> None:
    text = (
        "The Tarrow Vale Water Board said on Monday that the levee would hold. "
        "It said repairs would start in May."
    )
    assert speakers_shown(pipeline, text, "repairs") == ["Tarrow Vale Water Board"]


def test_described_body_subject() -> None:
    text = "Rain fell. The regional audit commission led by Ida Moll met. The vote was close."
    sentences = [Sentence(0, 10), Sentence(11, 61), Sentence(62, 82)]
    verbs = [text.index("fell"), text.index("led"), text.index("met"), text.index("was")]
    found = described_body_subject(text, sentences, verbs, 0, len(text))
    assert found is not None
    assert found[0] == 1
    assert found[1].text == "The regional audit commission"
    # "The vote" is no body: nothing found after the commission's sentence
    assert described_body_subject(text, sentences, verbs, 62, len(text)) is None
