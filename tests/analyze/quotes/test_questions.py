"""Questions put to someone versus questions someone put (questions.py): texts written for
these tests, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_question_asked_after_an_appositive_is_the_subject_s(pipeline: Pipeline) -> None:
    # the comma closes the appositive "angry at the delay": the residents asked
    # (a verb of saying: a question put states nothing since notspeech45)
    text = "Dozens of residents , angry at the delay , said the plant was not safe ."
    assert speakers_shown(pipeline, text, "plant was not safe") == ["Dozens of residents"]


def test_a_question_put_after_said_and_when_is_still_received(pipeline: Pipeline) -> None:
    text = (
        "The harbour would stay shut `` for as long as it takes '' , Tarn Velo said , when "
        "asked whether the board might reopen it ."
    )
    assert speakers_shown(pipeline, text, "board might reopen") == [None]
    assert speakers_shown(pipeline, text, "for as long as it takes") == ["Tarn Velo"]


def test_he_after_asking_someone_is_the_one_asked(pipeline: Pipeline) -> None:
    text = (
        "Lina Dorr wrote the column . When I asked Tomas Brandel whether a refusal to join the "
        "coalition might have destroyed the alliance , he replied that the alliance would "
        "never have gone forward without Vestria ."
    )
    assert speakers_shown(pipeline, text, "never have gone forward") == ["Tomas Brandel"]


def test_a_question_put_to_someone_is_nobody_s_statement(pipeline: Pipeline) -> None:
    text = (
        "The Security Council resolution `` directly rules out '' ground operations , Orlov "
        "said , when asked whether the council might authorize such intervention ."
    )
    assert speakers_shown(pipeline, text, "might authorize") == [None]
    assert speakers_shown(pipeline, text, "directly rules out") == ["Orlov"]


def test_words_a_report_only_relays_are_not_the_report_s(pipeline: Pipeline) -> None:
    text = (
        "According to local media reports , Mara Quill came home last Thursday , checked her "
        "answering machine and heard this : `` I love you so much , will you marry me ? ''"
    )
    assert speakers_shown(pipeline, text, "marry me") == [None]


def test_a_statement_a_colon_opens_is_still_its_own(pipeline: Pipeline) -> None:
    text = "According to the ministry 's statement : `` The border stays closed until May . ''"
    assert speakers_shown(pipeline, text, "border stays closed") != [None]


def test_a_person_s_own_account_after_a_colon_is_theirs(pipeline: Pipeline) -> None:
    text = (
        "According to Professor Ivo Marek , director of the Harbour Health Agency , we are "
        "not there yet : `` The number of sporadic cases remains under twenty . ''"
    )
    assert speakers_shown(pipeline, text, "sporadic cases") == ["Ivo Marek"]


def test_a_report_still_says_what_it_reports(pipeline: Pipeline) -> None:
    text = "According to local media reports , Mara Quill came home last Thursday ."
    assert speakers_shown(pipeline, text, "came home") == ["local media reports"]


def test_a_scare_quoted_manner_phrase_is_nobody_s_quote(pipeline: Pipeline) -> None:
    text = (
        "The police said the gunmen fired at the car . Her husband , Sam Davis , drove their "
        "truck `` at high rate of speed '' to the bridge ."
    )
    assert not any("rate of speed" in q for q, _ in quotes_and_speakers(pipeline, text))


def test_quoted_words_of_the_sentence_s_subject_still_count(pipeline: Pipeline) -> None:
    text = "Tomas Reyes called the plan `` a farce '' on Monday ."
    assert speakers_shown(pipeline, text, "a farce") == ["Tomas Reyes"]
