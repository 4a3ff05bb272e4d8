"""Reported speech holding quoted phrases is indirect (fix49, issue 14): `Piet Halvorsen
told the council that the levee was "barely holding" and that ...` was labelled direct
because marks stood in it. Words that open inside their marks stay direct. Every text
is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.kinds import quote_kind
from storyline.analyze.quotes.marks import QuoteMark
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_paraphrase_with_a_quoted_phrase_is_indirect(pipeline: Pipeline) -> None:
    text = (
        'Engineer Piet Halvorsen told the council that the levee was "barely holding" and '
        "that the next two days would decide it."
    )
    assert quote_with(pipeline, text, "barely holding").kind == "indirect"


def test_words_in_marks_stay_direct(pipeline: Pipeline) -> None:
    text = '"The levee is barely holding," engineer Piet Halvorsen told the council.'
    assert quote_with(pipeline, text, "barely holding").kind == "direct"


def test_quote_kind() -> None:
    text = 'the levee was "barely holding" today'
    mark = QuoteMark(text.index('"'), text.rindex('"') + 1, True)
    assert quote_kind(text, 0, len(text), [mark], False) == "indirect"
    assert quote_kind(text, mark.start, mark.end, [mark], False) == "direct"
    assert quote_kind(text, 0, len(text), [], False) == "indirect"
    assert quote_kind(text, 0, len(text), [], True) == "direct"  # a transcript's words


def test_a_quoted_sentence_after_a_paraphrase_is_its_own_direct_quote(pipeline: Pipeline) -> None:
    # the paraphrase no longer swallows the speaker's next sentence into one "direct" quote
    text = 'Ana Ruiz said the plan was "a disaster for the valley." "Nobody asked the farmers."'
    art = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    found = [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in art.quotes]
    assert found == [
        ("indirect", 'the plan was "a disaster for the valley."', "Ana Ruiz"),
        ("direct", '"Nobody asked the farmers."', "Ana Ruiz"),
    ]
