"""Words nobody said are shown with no speaker: negated, refused, hypothetical, evidence."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.unsaid import evidence_source, quoted_term, withheld
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Omar Reyes did not say whether he would run again.", "run again"),
        ("Omar Reyes didn’t say whether he would run again.", "run again"),
        ("The agency declined to say how many people had been hurt.", "people"),
        ("Tom Hale refused to comment on the report.", "report"),
        ("Most economists would agree that the plan is costly.", "costly"),
        ("Further tests confirmed the woman had the virus.", "virus"),
        ("The senate voted to approve the bill on Friday.", "approve"),
        ("The vaccine works by tricking the body into thinking it was infected.", "infected"),
    ],
)
def test_nothing_said_shows_no_speaker(pipeline: Pipeline, text: str, needle: str) -> None:
    q = quote_with(pipeline, text, needle)
    assert q.speaker is not None  # the source span is kept for the attribution
    assert q.speaker.name is None and q.speaker.canonical is None


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("Omar Reyes said he would not run again.", "run again", "Omar Reyes"),
        ("“That is not so,” said Omar Reyes.", "not so", "Omar Reyes"),
        ("“We will never go,” Omar Reyes said.", "never go", "Omar Reyes"),
        ("The doctors confirmed the woman had the virus.", "virus", "The doctors"),
    ],
)
def test_statements_keep_their_speaker(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    q = quote_with(pipeline, text, needle)
    assert q.speaker is not None and q.speaker.name == speaker


def test_withheld_reads_only_the_verb_group() -> None:
    text = "Officials have still not said when it opens."
    assert withheld(text, text.index(" have"), text.index("said"), "said", " when")
    text = "Officials said it would not open."
    assert not withheld(text, text.index(" said"), text.index("said"), "said", " it")
    assert evidence_source("Further tests") and not evidence_source("Two doctors")


def test_a_quoted_term_a_verb_of_thinking_takes_is_nobodys_words() -> None:
    pipeline = Pipeline(["sentences", "entities", "quotes"])
    text = 'Many residents think of the levy as "a tax on the poor" and the council disagrees.'
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    term = [q for q in quotes if "tax on the poor" in q.text]
    assert all(q.speaker is None or q.speaker.name is None for q in term)


def test_only_short_verbless_marks_a_thinking_verb_takes_are_terms() -> None:
    assert quoted_term("think", ["a tax on the poor"], has_verb=False)
    assert not quoted_term("said", ["a tax on the poor"], has_verb=False)
    assert not quoted_term("think", ["we will rebuild the pier"], has_verb=True)
    assert not quoted_term("believes", ["a long and costly and needless tax on the poor"], False)
