"""A quotation set out as a paragraph of its own and signed with a dash and a name on the
line after it, as fact checks and readers' letters print them: the name signed is the
speaker (quotes/signatures.py)."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.signatures import signed_after


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_quote_signed_with_a_dash_and_a_name(pipeline: Pipeline) -> None:
    text = (
        "The fact check looks at claims from the debate.\n\n"
        '"Almost all new income in Velmar Falls is going to the top 1 percent."\n\n'
        "- Marisol Quenby.\n\n"
        "The councillor is relying on an old study."
    )
    assert speaker_text(pipeline, text, "top 1 percent") == "Marisol Quenby"


def test_a_letter_signed_with_a_name_and_a_town(pipeline: Pipeline) -> None:
    text = (
        "Readers wrote in about the mill.\n\n"
        '"The whole idea of closing the mill is something we hear about all the time, '
        'and it needs to stop."\n\n'
        "-Tomas Orlov, Velmar Falls."
    )
    assert speaker_text(pipeline, text, "needs to stop") == "Tomas Orlov"


def test_a_dash_line_after_a_quote_inside_a_sentence_signs_nothing() -> None:
    text = 'Ruiz said the plan was "cheaper by far" than the bridge.\n- Tomas Orlov.'
    start = text.index('"')
    assert signed_after(text, start, text.index('"', start + 1) + 1) is None


def test_a_dash_line_of_a_sentence_signs_nothing() -> None:
    text = '"We will not close the mill."\n- The council meets on Monday.'
    assert signed_after(text, 0, text.index("\n")) is None


def test_reactions_signed_at_the_end_of_their_own_lines(pipeline: Pipeline) -> None:
    text = (
        "We asked readers what they made of the debate.\n"
        "“He never answered a single question about the mill. Not one.” ― Marisol Quenby\n"
        "“I came in undecided and I am leaving undecided, which says it all.” ― Tomas Orlov\n"
        "More reactions will follow."
    )
    assert speaker_text(pipeline, text, "single question") == "Marisol Quenby"
    assert speaker_text(pipeline, text, "leaving undecided") == "Tomas Orlov"


def test_a_dash_and_words_after_a_quote_in_its_line_sign_nothing() -> None:
    text = "“We will not close the mill.” ― The council meets on Monday about it.\n"
    assert signed_after(text, 0, text.index("”") + 1) is None
