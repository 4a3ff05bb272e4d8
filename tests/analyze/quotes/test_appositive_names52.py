"""A person's name with a description set off by commas before the verb the parse found
no subject for ("At Pine Ridge, Jonas Vellacott, the club's president and general
manager, suggested that ..."): the name is the subject (appositive_names.py). Before,
the words went to nobody, or ran on from the speaker before. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.appositive_names import name_after_mark, name_before_appositive
from storyline.analyze.quotes.turns import appositive_before
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _mentions(text: str, *named: tuple[str, str]) -> list[EntityMention]:
    out = []
    for name, label in named:
        start = text.index(name)
        out.append(EntityMention(start, start + len(name), name, label))
    return sorted(out, key=lambda e: e.start)


def _subject(text: str, cue: str, *named: tuple[str, str]) -> str | None:
    mentions = _mentions(text, *named)
    span = appositive_before(text, text.index(cue), mentions)
    return text[span[0] : span[1]] if span else None


def test_the_parse_missing_the_subject_before_a_long_description(pipeline: Pipeline) -> None:
    text = (
        "At Pine Ridge, Jonas Vellacott, the club's 78-year-old president and general "
        "manager, suggested that the troubles of his rivals could be blamed on poor management."
    )
    assert speaker_text(pipeline, text, "troubles of his rivals") == "Jonas Vellacott"


def test_a_name_after_a_comma_before_a_description() -> None:
    text = "At the yard, Mira Sandoval, the yard's owner, argued that fees were too high."
    assert _subject(text, "argued", ("Mira Sandoval", "PERSON")) == "Mira Sandoval"


def test_places_and_parties_inside_the_description() -> None:
    # "“...,” Councillor Bram Ostrow, Liberal of Kenton, told": a title after the closing
    # mark, and a party and a place inside the description
    text = "“It was fine,” Councillor Bram Ostrow, Liberal of Kenton, told the mayor."
    named = (("Bram Ostrow", "PERSON"), ("Liberal", "NORP"), ("Kenton", "GPE"))
    assert _subject(text, "told", *named) == "Bram Ostrow"


def test_an_auxiliary_before_the_verb() -> None:
    text = "In Kenton, Bram Ostrow, the union's director, has said that the strike goes on."
    assert _subject(text, "said", ("Bram Ostrow", "PERSON")) == "Bram Ostrow"


def test_a_name_inside_a_phrase_is_no_subject() -> None:
    # the letter was to Ana Ruiz; the mayor is who she is, the board who said it
    text = "In a letter to Ana Ruiz, the mayor of Vell, the board said that it would wait."
    assert _subject(text, "said", ("Ana Ruiz", "PERSON"), ("Vell", "GPE")) is None


def test_a_name_inside_the_description_is_passed_over() -> None:
    text = "Ana Ruiz, Tom Hale's lawyer, said that it would wait."
    named = (("Ana Ruiz", "PERSON"), ("Tom Hale", "PERSON"))
    assert _subject(text, "said", *named) == "Ana Ruiz"
    text = "“It is not over,” Tom Hale, a top outside Ruiz adviser, said on Monday."
    named = (("Tom Hale", "PERSON"), ("Ruiz", "PERSON"))
    assert _subject(text, "said", *named) == "Tom Hale"


def test_a_list_is_no_appositive() -> None:
    listed = "Asked, Ana Ruiz, the mayor, and the board, said nothing."
    assert name_before_appositive(listed, listed.index("said"), [], []) is None
    text = "Ana Ruiz, the mayor, then the board, said that it would wait."
    assert _subject(text, "said", ("Ana Ruiz", "PERSON")) is None


def test_a_quote_cut_from_its_verb_by_the_subjects_description(pipeline: Pipeline) -> None:
    # the nested quotation's closing mark ends the sentence for the splitter; the verb
    # in the next sentence is the quote's, past the description of its subject (with
    # stops inside it: "A.F.L.-C.I.O.")
    text = (
        "Longtime labor officials point out that the candidate's popularity is fragile.\n\n"
        "''In every election there are stories suggesting that members will defect - 'Oh, "
        "they won't vote for him,''' Stefan Rosewall, a former political director of the "
        "A.F.L.-C.I.O. and progressive political organizer, wrote in an email response."
    )
    assert speaker_text(pipeline, text, "In every election") == "Stefan Rosewall"


_ACROSS = (
    "An argument between those who fear weakness in the face of the flood (''This is less a "
    "storm and more an invasion,'' {who} wrote in The Kestra Times last week) and those who "
    "fear panic."
)


def test_the_name_after_the_marks_when_the_parse_took_a_phrase_before_them(
    pipeline: Pipeline,
) -> None:
    # the parse read "An argument between those who ..." as the subject of "wrote"
    text = _ACROSS.format(who="Marla Quint")
    assert speaker_text(pipeline, text, "more an invasion") == "Marla Quint"


def test_no_name_after_the_marks_gives_no_speaker() -> None:
    text = _ACROSS.format(who="the columnist")
    assert name_after_mark(text, text.index("wrote"), [], []) is None
    text = "“We wait,” Mr. Ana Ruiz, the mayor, and the board said."
    ruiz = _mentions(text, ("Ana Ruiz", "PERSON"))
    assert name_after_mark(text, text.index("said"), ruiz, [e.start for e in ruiz]) is None
