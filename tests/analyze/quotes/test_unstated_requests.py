"""Words nobody stated, shown as quotes (notspeech43, issue 14): a request ("asked the court
to dismiss the charges", "who asked not to be named"), an expectation of someone's conduct
("we expect him to speak"), a count added ("added 87 yards"), a belief held ("her belief
that ..."), a stance on a question ("is n't sure what broke the line"), a topic explained
("explained how he sees his job:"), a view the writer infers ("apparently believes ...")
and a title of an exhibition in quotation marks. Each
keeps its attribution span (PolNeAR scores it), but no reader is shown it; the statements
beside them stay shown. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _quotes(pipeline: Pipeline, text: str) -> list[Quote]:
    return pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes


def _shown(pipeline: Pipeline, text: str) -> list[str]:
    return [q.text for q in _quotes(pipeline, text) if q.stated]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a request of a listener: what was asked for, not a statement
        ("Lawyers for Tomas Arlow asked the court to dismiss the charges against him .", "dismiss"),
        ("The Dorvanian envoy asked Pell Arvin to leave the country within a week .", "leave"),
        ("The Velmar Board has asked her to do it twice .", "do it twice"),
        # a source's terms, in the writer's words
        ("One friend , who asked not to be named , said he was kind .", "named"),
        ("The official , who asked to remain anonymous , said the talks failed .", "anonymous"),
        # what someone is expected to do
        ("We expect him to speak at the Velmar Falls rally .", "speak"),
        # a player's tally, whatever clause the parse hangs after it
        (
            "Ivo Marek added 87 yards receiving for the Osk Herons ( 4 - 9 ) , who had 410 "
            "yards passing in a narrow defeat - their third such loss in a row .",
            "410 yards",
        ),
        # a belief held, in the writer's account
        ("Despite her belief that the dam was safe , Marisol Quenby left Velmar Falls .", "safe"),
        # a topic explained, its words on the next line
        (
            "In his remarks , Judge Pell Arvin explained how he sees his job :\nMy aim is to "
            "keep the Osk courts open .",
            "how he sees",
        ),
        # the writer's guess at a state of mind
        ("Ivo Marek , who apparently believes he owns the Osk pier , stayed on .", "owns the"),
        ("The Velmar board clearly expects Ivo Marek to draw a crowd to the fair .", "draw a"),
        ("Yesterday , Marisol Quenby apparently felt she had to leave Velmar Falls .", "leave"),
        # a title in quotation marks
        (
            "The Velmar Falls gallery opened the exhibition `` Lanterns over Osk Harbour '' on "
            "Friday .",
            "Lanterns",
        ),
    ],
)
def test_nothing_stated_is_not_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert not [q for q in _shown(pipeline, text) if words in q]


def test_a_stance_on_a_question_is_not_its_speakers_words(pipeline: Pipeline) -> None:
    # "is n't sure what broke the line": the question is not what the company said; the
    # spokeswoman's "she said" reports the whole sentence
    text = (
        "Osk Cable is n't sure what broke the line , she said . Osk Cable is n't sure what "
        "broke the line , she said . `` We have two theories . ''"
    )
    quotes = _quotes(pipeline, text)
    assert not [q for q in quotes if q.stated and q.text == "what broke the line"]
    assert [q for q in quotes if q.stated and q.text.startswith("Osk Cable is n't sure")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a forecast and a statement added stay shown (a question put states nothing since
        # notspeech45: test_notspeech45)
        ("Analysts at Velmar Bank expect prices to rise in the spring .", "prices to rise"),
        ("Osk fire officials believe the blaze began in the mill 's kitchen .", "the blaze"),
        ("Tomas Arlow added that the dam would hold through the winter .", "the dam would hold"),
        # a demand a document puts in writing, and the document's next words
        (
            "The Osk Birding Society sent a letter today asking the harbour board to repeal "
            "the new rules .",
            "to repeal",
        ),
        # a belief in the first person, in a speaker's quoted words, is said
        ("'' It is our belief that the dam is safe , '' the Osk ministry said .", "our belief"),
        # a belief delivered is said
        ("Marisol Quenby voiced her belief that the dam was safe .", "the dam was safe"),
        ("Marisol Quenby stated her belief that the dam was safe .", "the dam was safe"),
        ("Tomas Arlow restated his belief that the Osk deal was fair .", "deal was fair"),
        # words after the colon are the explanation itself
        (
            "In his remarks , Judge Pell Arvin explained how he sees his job : My aim is to "
            "keep the Osk courts open .",
            "My aim",
        ),
        (
            "Dr. Quenby explained what happened : `` The dam broke at night . ''",
            "The dam broke",
        ),
    ],
)
def test_statements_beside_them_stay_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert [q for q in _shown(pipeline, text) if words in q]
