"""Tense from POS-tagged verbs (the real spaCy tagger), and how it steers weekdays and months."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from timex_helpers import tense_of

from storyline.analyze.time import TimeStage, tag_timexes
from storyline.analyze.time.postags import SentenceTags
from storyline.model import Article, Sentence

WED = dt.date(2024, 3, 20)


@pytest.mark.parametrize(
    ("sentence", "expr", "tense"),
    [
        ("The minister said he will begin moving the staff on Friday.", "Friday", "future"),
        ("The envoy met the president Monday in Lima.", "Monday", "past"),
        ("The tender had been scheduled to close at midnight Friday.", "Friday", "past"),
        ("The choir planned to leave Vienna on Thursday for Prague.", "Thursday", "future"),
        ("She and the governor meet separately Monday with the auditors.", "Monday", "future"),
        ("Until Thursday, they had not named her as a witness.", "Thursday", "past"),
        ("Following are remarks made Friday by the coach.", "Friday", "past"),
        ("The shipment could reach the port as early as Tuesday.", "Tuesday", "future"),
        ("The council has scheduled a public hearing Thursday.", "Thursday", "future"),
    ],
)
def test_verb_group_decides_the_tense(nlp: Any, sentence: str, expr: str, tense: str) -> None:
    assert tense_of(nlp, sentence, expr) == tense


def value_of(text: str, expr: str, dct: dt.date, **kwargs: Any) -> str:
    found = {t.text: t.value for t in tag_timexes(text, dct, **kwargs)}
    return found[expr]


def test_weekday_direction_follows_the_verbs() -> None:
    # Wednesday 2024-03-20: a plan points ahead, a past perfect back, a possessive back.
    assert value_of("The band planned to leave on Thursday.", "Thursday", WED) == "2024-03-21"
    text = "The discount had been due to end Friday evening."
    assert value_of(text, "Friday evening", WED) == "2024-03-15TEV"
    text = "Tenants said they would find a way to challenge Tuesday's ruling."
    assert value_of(text, "Tuesday", WED) == "2024-03-19"
    text = "The minister said he will begin moving the staff on Friday."
    assert value_of(text, "Friday", WED) == "2024-03-22"


def test_month_year_from_tense_reaches_further_back_when_tagged() -> None:
    dct = dt.date(1989, 10, 27)
    text = "In January, Redwood Foods hired a new finance director."
    assert value_of(text, "January", dct) == "1989-01"
    text = "Okafor will be named captain for the tour in December."
    assert value_of(text, "December", dt.date(1998, 3, 4)) == "1998-12"


def test_a_month_close_to_the_dct_keeps_its_year_whatever_the_verb() -> None:
    text = "Directors declared a dividend, payable Dec. 11 to shareholders of record Nov. 30."
    assert value_of(text, "Dec. 11", dt.date(1989, 10, 27)) == "1989-12-11"


def test_cue_words_still_work_without_the_tagger() -> None:
    text = "The minister said he will begin moving the staff on Friday."
    assert value_of(text, "Friday", WED, pos=False) == "2024-03-22"


def test_sentence_tags_reuse_a_parsed_doc_and_ignore_a_foreign_one(nlp: Any) -> None:
    text = "The band planned to leave on Thursday."
    tags = SentenceTags(text, nlp(text))
    tags.prepare([(0, len(text))])
    tokens = tags.get(0, len(text))
    assert tokens is not None and [t.tag for t in tokens][:3] == ["DT", "NN", "VBD"]
    other = SentenceTags(text, nlp("Something else entirely."))  # not this text: not used
    other.prepare([(0, len(text))])
    again = other.get(0, len(text))
    assert again is not None and again[5].lower == "on"
    assert SentenceTags(text, object()).get(0, len(text)) is None  # not a Doc: no crash


def test_stage_uses_the_doc_an_earlier_stage_left(nlp: Any) -> None:
    text = "The band planned to leave on Thursday. It met on Monday."
    article = Article(
        id="a1",
        text=text,
        published="2024-03-20",
        sentences=(Sentence(0, 38), Sentence(39, len(text))),
        scratch={"doc": nlp(text)},
    )
    out = TimeStage()(article)
    assert {t.text: t.value for t in out.timexes} == {
        "Thursday": "2024-03-21",
        "Monday": "2024-03-18",
    }


def test_a_reporting_verb_in_the_present_has_no_schedule(nlp: Any) -> None:
    sentence = (
        "He estimates his shares, worth $2 million in October, are worth a third of that now."
    )
    assert tense_of(nlp, sentence, "October") != "future"
    found = {t.text: t.value for t in tag_timexes(sentence, dt.date(1998, 1, 8))}
    assert found["October"] == "1997-10"


def test_midnight_with_a_weekday_takes_the_tense_of_its_verb() -> None:
    text = "The tender previously had been scheduled to close at midnight Friday."
    found = {t.text: t.value for t in tag_timexes(text, dt.date(1989, 10, 30))}
    assert found["midnight Friday"] == "1989-10-27T24:00"


def test_a_weekday_inside_a_relative_clause_follows_that_clause() -> None:
    # Wednesday 2024-03-20: the main clause's present ("is shared") does not schedule the
    # relative clause's event; its own verb ("opened", "will open") says which way.
    text = "The view is shared by the growers, whose union on Saturday opened talks with the mill."
    assert value_of(text, "Saturday", WED) == "2024-03-16"
    text = "The view is shared by the mayor, who on Saturday will open the new bridge."
    assert value_of(text, "Saturday", WED) == "2024-03-23"


def test_a_wish_points_ahead() -> None:
    # Wednesday 2024-03-20: what someone wanted, hoped or sought to do is still to come.
    text = "He went on air and wanted to postpone the vote on Friday."
    assert value_of(text, "Friday", WED) == "2024-03-22"
    text = "The union hoped to reopen the plant on Monday."
    assert value_of(text, "Monday", WED) == "2024-03-25"
