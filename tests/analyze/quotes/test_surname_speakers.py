"""A speaker shown by the full name the article gives, not a bare surname (issue 14, class
truncated-name: a father and a son both quoted). Texts written
for these tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.couples import shared_surnames
from storyline.model import EntityMention


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_SON_AND_FATHER = (
    "Velmont 's Ravi Quenby stays for a senior season\nRavi Quenby had a secret . Quenby "
    "told his father , Tarnwell coach Oren Quenby , that he would stay .\n"
    "Father and son then told the athletic director .\n"
    "Later that night , Quenby sent out a message : `` I will be back for one more season . ''\n"
    "`` My heart told me to stay , '' Quenby said .\n"
    "As Oren Quenby said , his son 's points will help the team .\n"
    "The team plays again on Saturday .\n"
    "`` He never pushed me , '' Quenby said .\n"
)


def test_the_son_called_by_the_surname_keeps_it_after_his_father_is_named(
    pipeline: Pipeline,
) -> None:
    assert speakers_shown(pipeline, _SON_AND_FATHER, "My heart told me") == ["Ravi Quenby"]
    assert speakers_shown(pipeline, _SON_AND_FATHER, "never pushed me") == ["Ravi Quenby"]
    assert speakers_shown(pipeline, _SON_AND_FATHER, "points will help") == ["Oren Quenby"]


def test_a_surname_two_named_before_it_share_is_still_left_as_written(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ravi Quenby and his father Oren Quenby flew home on Friday . `` We are tired , '' "
        "Quenby said ."
    )
    assert speakers_shown(pipeline, text, "We are tired") == ["Quenby"]


def _mention(text: str, surface: str, after: int, canonical: str) -> EntityMention:
    start = text.index(surface, after)
    return EntityMention(start, start + len(surface), surface, "PERSON", canonical)


def test_shared_surnames_keeps_a_surname_written_alone_before_the_second_person() -> None:
    text = "Ravi Quenby won . Quenby smiled . Oren Quenby came . Quenby said so ."
    people = [
        _mention(text, "Ravi Quenby", 0, "Ravi Quenby"),
        _mention(text, "Quenby", 12, "Ravi Quenby"),
        _mention(text, "Oren Quenby", 0, "Oren Quenby"),
        _mention(text, "Quenby", text.index("Quenby said"), "Ravi Quenby"),
    ]
    got = [e.canonical for e in shared_surnames(text, people)]
    assert got == ["Ravi Quenby", "Ravi Quenby", "Oren Quenby", "Ravi Quenby"]
    # with no surname written alone before the second full name, and both named in the
    # sentence before, the text has not said
    text = "Ravi Quenby met Oren Quenby . Quenby said so ."
    people = [
        _mention(text, "Ravi Quenby", 0, "Ravi Quenby"),
        _mention(text, "Oren Quenby", 0, "Oren Quenby"),
        _mention(text, "Quenby", text.index("Quenby said"), "Oren Quenby"),
    ]
    assert [e.canonical for e in shared_surnames(text, people)][-1] == "Quenby"


def test_the_one_named_in_the_sentence_before_keeps_the_surname_later(
    pipeline: Pipeline,
) -> None:
    text = (
        "The body of Mara Quenby , 61 , was found on Tuesday .\nThe man , Ravi Quenby , 35 , "
        "will be charged with murder .\nQuenby was arrested at home .\nPolice searched the "
        "house for hours .\n`` I did nothing wrong , '' Quenby told reporters in 2005 .\n"
    )
    assert speakers_shown(pipeline, text, "did nothing wrong") == ["Ravi Quenby"]
