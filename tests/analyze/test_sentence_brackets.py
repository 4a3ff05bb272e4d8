"""A sentence does not end at a bracket closing on an abbreviation's stop when the words
after it go on in lower case ("Rep. Tom Bell (R-Tex.) told ..."). Sentences written for it."""

from __future__ import annotations

from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_party_tag_does_not_end_its_sentence() -> None:
    text = "Rep. Tom Bell (R-Tex.) told reporters that the port would close. He left early."
    assert _sentences(text) == [
        "Rep. Tom Bell (R-Tex.) told reporters that the port would close.",
        "He left early.",
    ]


def test_a_bracket_before_a_capital_or_a_line_break_still_ends_it() -> None:
    text = "The vote went to Sen. Ana Ruiz (D-Ore.)\n\nthe next item was the ferry."
    assert len(_sentences(text)) == 2
    text = "The mayor spoke at length (see p. 4.) Then the board voted."
    assert _sentences(text)[-1] == "Then the board voted."


def test_the_speaker_before_a_party_tag_says_it() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = "Rep. Tom Bell (R-Tex.) told reporters that the port would close."
    quote = quote_with(pipeline, text, "port would close")
    assert quote.speaker is not None and quote.speaker.text == "Rep. Tom Bell"


def test_a_stock_ticker_in_brackets_does_not_end_its_sentence() -> None:
    text = (
        "The firm said so. The Vexo (NASDAQ: VEXO) web site was hit by an attack on "
        "Monday, according to security company Brantsoft's blog."
    )
    assert _sentences(text) == [
        "The firm said so.",
        "The Vexo (NASDAQ: VEXO) web site was hit by an attack on Monday, according to "
        "security company Brantsoft's blog.",
    ]


def test_a_reported_sentence_keeps_its_ticker() -> None:
    pipeline = Pipeline(QUOTE_STAGES)
    text = (
        "The firm said so. The Vexo (NASDAQ: VEXO) web site was hit by an attack on "
        "Monday, according to security company Brantsoft's blog."
    )
    quote = quote_with(pipeline, text, "web site was hit")
    assert quote.text.startswith("The Vexo (NASDAQ: VEXO) web site")
