"""Cues used for a deed, the writer's framing or the writer's own question show no speaker
(a vote, help given, money pledged, a person cited, "as X recognize that", "Did X think
...?"), and the same verbs used for words keep theirs."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def _spoken(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    return [(q.text, _shown(q)) for q in quotes if _shown(q) is not None]


@pytest.mark.parametrize(
    "text",
    [
        # a vote on something
        "A total of 57 councillors voted against the bypass last spring.",
        # help given: the agent of "backed by" / "supported by" says nothing
        'The harbour board, backed by its loyal allies in the port unions, ignored the "evidence".',
        'The rebels were supported by about twelve trucks, including "Katyusha" launchers.',
        # money pledged
        "Some 20 countries have pledged about 3 billion dollars in aid for the flooded valley.",
        # a person cited is a source of other words
        "The Daily Courier cited a dairy farmer who had lost half his herd.",
        # the writer's framing of a state of mind
        "As the villagers grow confident that the new dam is safe, they return to the valley.",
        "Millions of poor farmers now hold cheap policies, as commercial firms recognize that "
        "insuring the poor is profitable.",
        # the writer's own question
        "Did the mayor think these tests were met in the case of the bridge?",
        "Was the mayor sure of her case?",
        # a bare "what" is no content
        "Dave Moreno was flown home. There, he faced what he calls his long nightmare.",
    ],
)
def test_a_deed_a_framing_or_a_question_shows_no_speaker(pipeline: Pipeline, text: str) -> None:
    assert _spoken(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Unions pledged that the strike would end by Monday.", "strike would end", "Unions"),
        ("Harbour ferries resumed, as officials said the storm had passed.", "storm", "officials"),
        ("The ministry cited rising fuel costs for the delay.", "fuel costs", "The ministry"),
        (
            "The mayor, backed by the council, said the bridge would close.",
            "bridge would close",
            "The mayor",
        ),
    ],
)
def test_the_same_verbs_used_for_words_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert _shown(quote_with(pipeline, text, words)) == speaker
