"""A "he"/"she" read across a source the speaker history should not hold or should not
skip (pronouns.py, speakers.py, referents.py, reactions.py). Texts written for these
tests, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_source_inside_another_speakers_words_that_states_nothing_is_forgotten(
    pipeline: Pipeline,
) -> None:
    # "a senator knew" lies inside Brandvold's words and states nothing: the "He" after
    # it goes on with Brandvold, never with "a senator"
    text = (
        "Former Velmar Falls water commissioner Oskar Brandvold told the inquiry on Tuesday "
        "that he had never hidden the leaks.\n\nBrandvold, 58, said the meeting that his "
        "former assistant Teodor Marsk described, in which Brandvold is alleged to have said "
        "a senator knew about the leaks, had never taken place. He told the panel that he "
        'had met the senator "twice at most, both times at dinners."'
    )
    assert speakers_shown(pipeline, text, "twice at most") == ["Oskar Brandvold"]


def test_a_pronoun_closing_several_quoted_sentences_is_not_read_across_their_subject(
    pipeline: Pipeline,
) -> None:
    # the spokeswoman (a name the recogniser calls a body) opens the sentence before the
    # quotation; "she" closes two quoted sentences later: hers, never the minister's
    text = (
        "The regional transport minister, Cosmin Vardell, on Monday refused to fund new "
        "buses, saying that the budget was already stretched.\n\n"
        '"We cannot spend money that we do not have," the minister said.\n\n'
        "Opposition transport spokeswoman Ilsabet Crone accused the minister of hiding "
        'behind the bus company. "He controls the money. He cannot pretend this is not his '
        'problem," she said.'
    )
    assert speakers_shown(pipeline, text, "He controls the money") == ["Ilsabet Crone"]


_HARBOUR = (
    "Port economists say the harbour's real problem is turnover. Dr. Anselm Virko of the "
    "Coastal Labour Institute said that the port had lost about 400 dockers to inland "
    "warehouses in two years. He said that training a new crane driver costs the port more "
    'than 50,000 crowns.\n\n"Wages are the single biggest reason dockers leave," Virko '
    "said.\n\nTemporary labour agencies are profiting. {name}, managing director of the "
    'staffing firm {firm} Maritime, said demand this month had been "astonishing." She said '
    "her firm had supplied 300 shifts to the harbour."
)


def test_a_firm_named_in_the_last_speakers_own_sentence_takes_no_pronoun(
    pipeline: Pipeline,
) -> None:
    # "the staffing firm Tasker Maritime" stands in Morwenna Tasker's own sentence: no
    # new subject after her, so her "She said" goes on with her
    text = _HARBOUR.format(name="Morwenna Tasker", firm="Tasker")
    assert speakers_shown(pipeline, text, "300 shifts") == ["Morwenna Tasker"]


def test_a_pronoun_is_not_read_back_across_a_name_the_recogniser_missed(
    pipeline: Pipeline,
) -> None:
    # the recogniser marks no name in "Sioned Varley" (read as a description): she spoke
    # last, so "She said" is hers, never the man quoted before her
    text = _HARBOUR.format(name="Sioned Varley", firm="Varley")
    assert speakers_shown(pipeline, text, "300 shifts") == ["Sioned Varley"]


def test_one_of_a_group_of_people_is_a_person_a_pronoun_continues(pipeline: Pipeline) -> None:
    # "One of the former nurses" spoke last: her "She said" is not the doctor's before her
    text = (
        'Dr. Ottilie Vrana, the clinic\'s chief surgeon, said the rota was "unsafe." "We '
        'cannot staff the night shift," she said.\n\nOne of the former nurses who spoke to '
        "the Courier this week said the rota matched what she had been told by colleagues. "
        "She said a manager had told her to stop asking questions."
    )
    (shown,) = speakers_shown(pipeline, text, "stop asking")
    assert shown is not None and shown.startswith("One of the former nurses")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "In a letter to investors, chair Henrike Dalsgaard said the board had rejected "
            "the bid. She said Marlowe's own plan would deliver more.\n\nChief executive "
            'Tomas Verhoeven went further. "This is an attempt to buy us cheaply," he said.',
            "buy us cheaply",
            "Tomas Verhoeven",
        ),
        (
            '"Nobody warned us until the water was at the door," said Pavel Ostrander, 61. '
            "He said his neighbours had slept on a roof.\n\nCommissioner Ilse Brandhorst, who "
            "heads the rescue service, rejected the criticism. The sirens had worked as "
            "designed, she said.",
            "worked as designed",
            "Ilse Brandhorst",
        ),
    ],
)
def test_the_other_pronoun_after_a_speaker_goes_to_the_subject_just_named(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    # the last speaker was reached by the other pronoun, so cannot be meant; the one
    # person the pronoun fits, made a subject in the sentence before, is
    assert speakers_shown(pipeline, text, words) == [speaker]


def test_the_other_pronoun_is_not_guessed_between_two_people_named_since(
    pipeline: Pipeline,
) -> None:
    # two women named after the man who spoke: "she" may be either, so nobody is shown
    text = (
        '"Nobody warned us," said Pavel Ostrander, 61. He said his neighbours had slept on '
        "a roof.\n\nMayor Ilse Brandhorst met councillor Dora Vinkel on Tuesday. The sirens "
        "had worked as designed, she said."
    )
    assert speakers_shown(pipeline, text, "worked as designed") == [None]


def test_a_capitalised_plural_opening_a_sentence_is_no_missed_name(pipeline: Pipeline) -> None:
    # "People" (a description opening its sentence) is no name the recogniser missed: the
    # unnamed official who spoke last is who "he" goes on with
    text = (
        'Chief executive Pieter Lomvik says the firm has changed. "We start again," Lomvik '
        "said.\n\nPeople who know the founder say he has been living abroad.\n\nOne senior "
        "clerk at another court, who asked not to be named, said the payments had shocked "
        'colleagues. "We all knew the numbers looked high," he said.'
    )
    (shown,) = speakers_shown(pipeline, text, "numbers looked high")
    assert shown is not None and shown.startswith("One senior clerk")
