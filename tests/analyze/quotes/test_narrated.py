"""Contents a reporting verb takes that are no one's words (narrated.py; statements3, issue 14).

Each case is a class a held-out reading (reading17) found shown as someone's quote: an
embedded question after "tell you" or "told how", an infinitive that only points back
("to do the same"), a saying to a generic "you", a finding in progress, a view given to
the reader, a view inside a relative clause, a sentence before a semicolon or a colon read
as a later verb's content, and a mood noun with no one's name on it. Each is kept for
PolNeAR's scoring (the quote is there, marked as stating nothing); the statements beside
them stay shown. Every text is invented.
"""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _shown(pipeline: Pipeline, text: str) -> list[str]:
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    return [q.text for q in article.quotes if q.stated]


def test_a_promise_to_tell_where_things_stand_is_no_quote(pipeline: Pipeline) -> None:
    text = "The harbour board shut the pier on Friday . We 'll tell you where that stands ."
    assert not quote_with(pipeline, text, "where that stands").stated


def test_told_how_describes_and_does_not_quote(pipeline: Pipeline) -> None:
    text = "His sister , Ana Ruiz , told how she had been told of her brother 's arrest ."
    assert not quote_with(pipeline, text, "how she had been told").stated


def test_what_was_needed_clause_is_still_said(pipeline: Pipeline) -> None:
    text = "Ivo Marek said what was needed was a ban on fishing in the bay ."
    q = quote_with(pipeline, text, "a ban on fishing")
    assert q.stated and q.speaker is not None and q.speaker.name == "Ivo Marek"


def test_explained_what_happened_then_quoted_words_stays(pipeline: Pipeline) -> None:
    text = (
        "In a statement , Ana Ruiz explained what happened : `` I got lost in the moment "
        "and forgot the words , '' the singer said ."
    )
    assert quote_with(pipeline, text, "forgot the words").stated


def test_an_infinitive_pointing_back_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "Senator Ivo Marek froze his campaign on Tuesday and called on the governor to do "
        "the same ."
    )
    assert not quote_with(pipeline, text, "to do the same").stated


def test_a_real_appeal_is_shown_as_urging_is(pipeline: Pipeline) -> None:
    # notspeech45: "called on X to ..." is an appeal in the writer's words, as "urged X to
    # ..." is, and neither is shown; quoted words of the appeal are
    text = "Senator Ivo Marek called on the governor to close the harbour to tankers ."
    assert not quote_with(pipeline, text, "to close the harbour").stated
    text = "Senator Ivo Marek urged the governor to close the harbour to tankers ."
    assert not quote_with(pipeline, text, "to close the harbour").stated
    text = "Senator Ivo Marek called on the governor : `` Close the harbour to tankers . ''"
    assert quote_with(pipeline, text, "Close the harbour").stated


def test_a_saying_to_a_generic_you_is_no_statement(pipeline: Pipeline) -> None:
    text = "Dock workers will tell you their rights are being whittled away ."
    assert not quote_with(pipeline, text, "their rights").stated


def test_a_finding_in_progress_is_narration(pipeline: Pipeline) -> None:
    text = "Hog farmers in Veska are finding that the name of the fever is hurting their sales ."
    assert not quote_with(pipeline, text, "hurting their sales").stated


def test_a_study_finding_is_still_stated(pipeline: Pipeline) -> None:
    text = "The Veska study found that the fever spread from pigs to farm workers ."
    assert quote_with(pipeline, text, "spread from pigs").stated


def test_a_view_given_to_the_reader_is_no_statement(pipeline: Pipeline) -> None:
    text = (
        "You recall he fired his government . You and your friends thought the port would close ."
    )
    assert not quote_with(pipeline, text, "fired his government").stated
    assert not quote_with(pipeline, text, "the port would close").stated


def test_a_view_inside_a_relative_clause_is_no_statement(pipeline: Pipeline) -> None:
    text = "The police have gone after people who they think are trying to organise online ."
    assert not quote_with(pipeline, text, "trying to organise").stated


def test_said_in_a_relative_clause_is_kept(pipeline: Pipeline) -> None:
    text = "It was a plan that officials said would cut costs ."
    assert quote_with(pipeline, text, "would cut costs").stated


def test_a_sentence_before_a_semicolon_is_not_the_next_verbs_content(pipeline: Pipeline) -> None:
    text = "Rowe Drilling has pointed at Dunmore Oil ; Dunmore Oil has challenged Rowe Drilling ."
    assert not quote_with(pipeline, text, "has pointed at").stated


def test_a_sentence_before_a_colon_is_not_the_next_verbs_content(pipeline: Pipeline) -> None:
    text = (
        "He is still in pain . It is quite unaffected : Marek is still reporting from inside "
        "himself ."
    )
    assert not quote_with(pipeline, text, "quite unaffected").stated


def test_fears_with_no_owner_are_a_mood(pipeline: Pipeline) -> None:
    text = (
        "Fears that the fever would hurt pork prices caused officials in Veska to use "
        "another name ."
    )
    assert not quote_with(pipeline, text, "hurt pork prices").stated


def test_fears_someone_voiced_stay_theirs(pipeline: Pipeline) -> None:
    text = "Mayor Ana Ruiz 's fears that the bridge would fall were shared by engineers ."
    assert quote_with(pipeline, text, "the bridge would fall").stated


def test_plain_reported_speech_is_untouched(pipeline: Pipeline) -> None:
    text = "Ivo Marek said the plant in Veska will close in May ."
    assert _shown(pipeline, text) == ["the plant in Veska will close in May"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The talks have collapsed — the mediator , Ivo Marsh , said late on Sunday .",
            "talks have collapsed",
        ),
        ("Prices will rise -- the central bank of Veska warned on Tuesday .", "Prices will rise"),
    ],
)
def test_a_dash_before_the_speaker_does_not_cut_the_statement_off(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert quote_with(pipeline, text, words).stated


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Himself a former harbour executive — he owned the Veska Dock Company from 1983 to "
            "1986 — Rell also offered his view of the strike .",
            "Himself a former harbour executive",
        ),
        (
            "The old picture of the dockers ignored much of their history — Vell cites the "
            "strike of 1968 as proof — but the picture was not wholly wrong .",
            "ignored much of their history",
        ),
    ],
)
def test_a_pair_of_dashes_around_the_cue_still_cuts_the_content_off(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert not quote_with(pipeline, text, words).stated
