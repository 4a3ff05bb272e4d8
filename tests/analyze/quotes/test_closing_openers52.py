"""A curly opening mark typed where a closer belongs ('“We are ready,“ said Ana Ruiz'):
an editor's automatic quotes make it after a comma. It touches the word it ends and a
space follows, so it closes the quotation; read as an opener, the writer's attribution
became quoted words and the quote lost its speaker. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speaker_text

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.marks import find_quoted


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_quoted(text)]


def test_an_opener_after_a_comma_and_before_a_space_closes() -> None:
    text = "“It was unusual,“ said Ada Pellworth, a lawyer. “It is a hard thing to do.”"
    assert _spans(text) == ["“It was unusual,“", "“It is a hard thing to do.”"]


def test_the_quote_keeps_its_speaker_with_a_later_quotation_in_the_paragraph(
    pipeline: Pipeline,
) -> None:
    text = (
        "The meeting ran late.\n\n"
        "“It was unusual,“ said Ada Pellworth, a lawyer with the Fairness Project. "
        "“It is a hard thing to do.”"
    )
    # (the two quotations and the attribution between them make one quote, as '"A," she
    # said, "B."' does)
    assert speaker_text(pipeline, text, "It was unusual") == "Ada Pellworth"
    assert speaker_text(pipeline, text, "hard thing") == "Ada Pellworth"


def test_an_abbreviation_inside_the_quote_does_not_stop_it_closing(pipeline: Pipeline) -> None:
    # "Mrs." reads as a sentence end: the older rule for an opener typed as a closer
    # wanted no sentence end inside the quotation
    text = (
        "The board met on Monday.\n\n"
        "“If Mrs. Hale loses the vote, that could create real problems for her here,“ "
        "said Tomas Brandvold, a councilman from Harlow."
    )
    quote = quote_with(pipeline, text, "real problems")
    assert quote.speaker is not None and quote.speaker.text == "Tomas Brandvold"
    assert "Brandvold" not in quote.text


def test_a_pronoun_attribution_between_two_quotations(pipeline: Pipeline) -> None:
    text = "Mr. Oduya shrugged. “Apparently not,“ he said. “A leopard never changes its spots.”"
    assert speaker_text(pipeline, text, "Apparently not") == "he"


def test_openers_in_opening_places_still_open() -> None:
    # an opener after a space, touching the word it opens, and a nested one after a dash
    text = "She said “we will wait” and then—“we will go.” He called it “a plan.”"
    assert _spans(text) == ["“we will wait”", "“we will go.”", "“a plan.”"]
