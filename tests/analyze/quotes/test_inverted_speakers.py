"""A speaker written after its verb, right after the closing quotation mark (`"...," added
a local Democrat`; `"The risk," said Ana Ruiz, an engineer, "is ..."`): the parse often
takes the name for the verb's object, or for the subject of the quoted words that resume
after it, but it is who speaks."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with
from quote_helpers import quotes_and_speakers as _quotes

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_name_the_parse_took_for_an_object_speaks(pipeline: Pipeline) -> None:
    text = (
        '"It is the mayor\'s to lose at this point," added another local Democrat. '
        '"The team has done what it needs to do."'
    )
    quote = quote_with(pipeline, text, "to lose")
    assert quote.speaker is not None and quote.speaker.text == "another local Democrat", quote


def test_a_name_between_the_halves_of_a_split_quote_speaks(pipeline: Pipeline) -> None:
    text = (
        "Many opponents of the plan worry about jobs. "
        '"The risk," said Edward Leamer, an economist who runs a forecast center, '
        '"is that we are going to be attracting workers and repelling jobs."'
    )
    found = _quotes(pipeline, text)
    said = [s for q, s in found if q.startswith('"The risk,"')]
    assert said == ["Edward Leamer"], found


@pytest.mark.parametrize(
    ("text", "listener"),
    [
        (
            "''That was a fine speech you gave last night, Mr. Chairman,'' Councilman "
            "Tomas Orlov, Democrat of Velmar Falls, told Mr. Brask as he stopped to "
            "shake hands.",
            "Mr. Brask",
        ),
        (
            "“We were wrong to wait so long, Mr. Speaker,” Tomas Orlov, 58, told "
            "the Velmar Post in an interview.",
            "the Velmar Post",
        ),
    ],
)
def test_the_one_told_after_the_quote_is_the_listener(
    pipeline: Pipeline, text: str, listener: str
) -> None:
    """English never writes the speaker after "told" ("...," told the mayor): the noun
    after it is who heard the words, even when the parse found no subject before it (a
    name the quoted words address, "Mr. Speaker", taken for the subject)."""
    quote = quote_with(pipeline, text, "wait so long" if "wait" in text else "fine speech")
    assert quote.speaker is None or quote.speaker.text != listener, quote
