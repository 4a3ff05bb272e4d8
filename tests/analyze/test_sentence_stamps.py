"""A page's publication stamp is a sentence of its own (analyze/sentences.py): a headline
with no full stop would otherwise run into it and on into the first sentence."""

from __future__ import annotations

from storyline.analyze.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_headline_does_not_run_through_the_stamp_into_the_body() -> None:
    text = (
        "Survey team says the arms were destroyed years before the war Thursday 3 March "
        "2005 10.15 GMT The investigators have given up the hunt , it was reported "
        "yesterday ."
    )
    assert _sentences(text) == [
        "Survey team says the arms were destroyed years before the war",
        "Thursday 3 March 2005 10.15 GMT",
        "The investigators have given up the hunt , it was reported yesterday .",
    ]


def test_a_date_in_prose_is_no_stamp() -> None:
    text = "The hearing on Thursday 3 March 2005 was delayed by a week ."
    assert _sentences(text) == [text]
