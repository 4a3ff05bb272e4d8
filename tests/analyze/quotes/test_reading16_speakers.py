"""Speakers of the held-out reading of main cb06939 (issue 14), now in-sample: a body or a
person named again by a description whose head differs from the name, "he" after "asked
<Name>", a question put to someone, words a report only relays, a name opening a work's
title, and scare-quoted phrases. Texts are written for these tests, in the corpus's
tokenised style, with invented names."""

from __future__ import annotations

import re

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, quotes_and_speakers, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.named_again import spoken_for
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_described_company_is_the_one_body_just_named(pipeline: Pipeline) -> None:
    text = (
        "Shares of Dalcor Energy Plc rose on Tuesday . Dalcor Energy and its rivals benefited "
        "from a rise in crude prices . Higher output also helped lift Dalcor Energy 's peers "
        "but the Leeds-based oil company said its production fell 4 percent ."
    )
    assert speakers_shown(pipeline, text, "production fell") == ["Dalcor Energy"]
    q = quote_with(pipeline, text, "production fell")
    assert q.speaker is not None and q.speaker.text == "the Leeds-based oil company"
    assert q.speaker.resolved_from is not None


def test_a_described_company_stays_with_two_bodies_named(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Energy Plc bought a stake in Varnet Oil Corp on Tuesday . "
        "The London-based company said its production fell 4 percent ."
    )
    assert speakers_shown(pipeline, text, "production fell") == ["The London-based company"]


def test_a_rival_company_is_not_the_one_just_named(pipeline: Pipeline) -> None:
    text = (
        "Dalcor Energy Plc reported a record profit on Tuesday . "
        "The rival company said its production fell 4 percent ."
    )
    assert speakers_shown(pipeline, text, "production fell") == ["The rival company"]


def test_an_expert_is_the_expert_named_in_the_next_sentence(pipeline: Pipeline) -> None:
    text = (
        "Child hunger in Dorvania nearly doubled last year because of the blockade , a United "
        "Nations expert said yesterday . Piet Kalvaar , the UN 's special expert on the right "
        "to food , said more than a quarter of children do not have enough to eat ."
    )
    assert speakers_shown(pipeline, text, "Child hunger") == ["Piet Kalvaar"]


def test_an_expert_is_not_someone_else_named_next(pipeline: Pipeline) -> None:
    text = (
        "Child hunger in Dorvania nearly doubled last year , a United Nations expert said "
        "yesterday . Piet Kalvaar , a doctor in the capital , said more than a quarter of "
        "children do not have enough to eat ."
    )
    assert speakers_shown(pipeline, text, "Child hunger") == ["a United Nations expert"]


def test_a_man_is_not_the_one_whose_man_is_named_next(pipeline: Pipeline) -> None:
    text = (
        "The harbour would stay closed for a week , a man said yesterday . Piet Kalvaar , the "
        "man 's brother , said the boats had all left ."
    )
    assert speakers_shown(pipeline, text, "harbour would stay") != ["Piet Kalvaar"]


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


def test_a_name_opening_a_work_s_title_is_not_the_source(pipeline: Pipeline) -> None:
    text = (
        "His rifle was used as a standard army sidearm from 1911 to 1985 , according to the "
        "maker 's website and Tom Vell 's Infantry Weapons ."
    )
    shown = speakers_shown(pipeline, text, "standard army sidearm")
    assert shown == ["the maker 's website and Tom Vell 's Infantry Weapons"]


def test_a_scare_quoted_manner_phrase_is_nobody_s_quote(pipeline: Pipeline) -> None:
    text = (
        "The police said the gunmen fired at the car . Her husband , Sam Davis , drove their "
        "truck `` at high rate of speed '' to the bridge ."
    )
    assert not any("rate of speed" in q for q, _ in quotes_and_speakers(pipeline, text))


def test_quoted_words_of_the_sentence_s_subject_still_count(pipeline: Pipeline) -> None:
    text = "Tomas Reyes called the plan `` a farce '' on Monday ."
    assert speakers_shown(pipeline, text, "a farce") == ["Tomas Reyes"]


def _discourse(text: str, names: list[tuple[str, str]]) -> Discourse:
    """A Discourse over `text` whose only mentions are the given (words, label), each at its
    last occurrence; sentences cut after each " . "."""
    entities = []
    for words, label in names:
        at = text.rindex(words)
        entities.append(EntityMention(at, at + len(words), words, label, words))
    cuts = [0] + [m.end() for m in re.finditer(r" \. ", text)]
    sentences = [Sentence(a, b) for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    return Discourse(text, entities, sentences)


def test_a_described_company_reads_a_name_the_recogniser_missed(pipeline: Pipeline) -> None:
    # the body opens the sentence before as its subject, but only its later possessive
    # mention was marked: the description still names it
    text = (
        "Dalcor and its rivals benefited from a rise in crude prices . Higher output also "
        "helped lift Dalcor 's peers but the Leeds-based oil company said its output fell ."
    )
    d = _discourse(text, [("Dalcor", "ORG")])
    start = text.index("the Leeds-based")
    body = spoken_for(d, ["the", "leeds-based", "oil", "company"], start)
    assert body is not None and body.text == "Dalcor"
    assert spoken_for(d, ["the", "rival", "oil", "company"], start) is None
