"""Words nobody stated shown as a quote, and statements hidden as not speech (notspeech45,
issue 14): a request or a question put with "ask", an appeal with "call on" / "call for"
(shown alike with "urge"), a group's worry recounted, a nickname or a term given back
("black bag jobs, he called them"), two speakers' words run into one span (a question
and its answer, "witnesses testifying that ..., and others testifying ..."), and, the
other way, statements hidden: one said inside words that state nothing ("urged voters to
reject the plan, which she said would raise taxes"), an account of what was seen
("mentioned seeing the suspect"), words in brackets after a colon, and a line's label
taken for a speaker or for words ("Memo : ..., Ruiz said"). Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Quote


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _quotes(pipeline: Pipeline, text: str) -> list[Quote]:
    return list(pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes)


def _shown(pipeline: Pipeline, text: str) -> list[Quote]:
    return [q for q in _quotes(pipeline, text) if q.stated]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a request in the mandative mood: what was asked for
        ("Marisol Quenby asked that someone open the door of the Velmar Falls hall .", "door"),
        # a question put states nothing
        ("Prosecutor Ana Velt asked whether she shielded her son from the Osk police .", "son"),
        ("Prosecutor Ana Velt asked Marisol Quenby if she shielded her son .", "son"),
        ("At the hearing , Pell Arvin asked why the Osk council had waited so long .", "waited"),
        # an appeal to a listener, as "urged the council to act" is
        ("Mayor Ivo Marek called on the council to act before the Velmar Falls flood .", "act"),
        ("The mayor called for the council to vote on the Osk levy .", "vote"),
        ("Ms Okafor is calling for the Osk port to stay open at night .", "stay open"),
        # a group's worry or belief recounted, nobody quoted
        ("Owners have been worried that the Velmar Falls dam would not hold .", "dam"),
        ("Investors have thought the Osk fund was safe for years .", "fund"),
        # a nickname, and a term given back after the narration that holds it
        (
            "The Osk pier was closed , said spokesman Pell Arvin .\n"
            'Dubbed the "Sandfather" for his temper , the former Velmar boss left .',
            "Sandfather",
        ),
        (
            "Tomas Arlow had run break-ins without warrants - `` black bag jobs , '' he called "
            "them - in Velmar Falls for years .",
            "break-ins",
        ),
        ("Tomas Arlow ran black bag jobs , he called them , across Velmar Falls .", "ran"),
    ],
)
def test_nothing_stated_is_not_shown(pipeline: Pipeline, text: str, words: str) -> None:
    assert not [q for q in _shown(pipeline, text) if words in q.text]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # officials' worry is the text's sourcing, and a view with a clause still shows
        ("Officials have been worried that the Velmar Falls dam would not hold .", "dam"),
        # quoted words after "asked" are still the asker's
        ("Pell Arvin asked , `` Why did the Osk council wait so long ? ''", "Why did"),
        # a name given with its predicate after it is still read by the object rules
        ("Marisol Quenby said the Osk levy was a tax on the poor .", "levy"),
    ],
)
def test_a_statement_beside_them_stays(pipeline: Pipeline, text: str, words: str) -> None:
    assert [q for q in _shown(pipeline, text) if words in q.text]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a statement said inside words that state nothing stands with its own speaker
        (
            "Senator Marisol Quenby urged voters to reject the plan , which she said would "
            "raise taxes in Velmar Falls .",
            "raise taxes",
            "Marisol Quenby",
        ),
        (
            "Pell Arvin praised the Osk plan , which the mayor said would cut costs .",
            "cut costs",
            "mayor",
        ),
        # what someone saw, in their own account, as "recalled seeing" is
        (
            "Pell Arvin mentioned seeing the suspect near the Osk harbour on Friday .",
            "seeing the suspect",
            "Pell Arvin",
        ),
        # brackets after a colon hold the words the colon announces
        ("Engineer Pell Arvin told reporters : ( the dam is safe ) .", "dam is safe", "Pell Arvin"),
    ],
)
def test_a_hidden_statement_is_shown(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    quote = next(q for q in _shown(pipeline, text) if words in q.text)
    assert quote.speaker is not None and quote.speaker.name is not None
    assert speaker in quote.speaker.name


def test_a_topic_mentioned_stays_hidden(pipeline: Pipeline) -> None:
    text = "Pell Arvin spoke about the sequel , even mentioning casting ideas and filming plans ."
    assert not [q for q in _shown(pipeline, text) if "casting" in q.text]


def test_an_aside_in_brackets_stays_hidden(pipeline: Pipeline) -> None:
    text = "Pell Arvin is expecting a raise ( he was given $ 2 million upfront for the film ) ."
    assert not [q for q in _shown(pipeline, text) if "upfront" in q.text]


def test_a_question_and_its_answer_are_two_quotes(pipeline: Pipeline) -> None:
    text = (
        "At one point , Velt asked Arvin , `` You lied to the jury , correct ? ''\n"
        "`` I did not , '' he responded ."
    )
    question = next(q for q in _quotes(pipeline, text) if "lied" in q.text)
    assert "did not" not in question.text
    answer = next(q for q in _shown(pipeline, text) if "did not" in q.text)
    assert answer.speaker is not None and answer.speaker.name == "Arvin"


def test_a_title_in_marks_inside_the_words_keeps_the_rest(pipeline: Pipeline) -> None:
    text = "Max Velt said he was `` thrilled '' to show off his `` special move '' in the ad ."
    quote = next(q for q in _shown(pipeline, text) if "thrilled" in q.text)
    assert "in the ad" in quote.text


def test_a_second_group_testifying_is_not_the_first_ones_words(pipeline: Pipeline) -> None:
    text = (
        "The trial entered its penalty phase , with prosecution witnesses testifying that "
        "Arlow is still a cold killer plotting to escape , and defense witnesses testifying "
        "he had a troubled childhood and has shown signs of remorse ."
    )
    first = next(q for q in _quotes(pipeline, text) if "cold killer" in q.text)
    assert "defense" not in first.text and "childhood" not in first.text
    second = next(q for q in _shown(pipeline, text) if "childhood" in q.text)
    assert second.speaker is not None and second.speaker.text == "defense witnesses"


@pytest.mark.parametrize("before", ["", "The Osk pier was closed on Friday .\n"])
def test_a_lines_label_is_neither_speaker_nor_words(pipeline: Pipeline, before: str) -> None:
    text = before + "Memo : the Velmar dam is leaking , Ruiz said ."
    quote = next(q for q in _shown(pipeline, text) if "leaking" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Ruiz"
    assert "Memo" not in quote.text
