"""Speakers shown by a rank or by part of a name the article gives in full (issue 14,
session 45): a rank's abbreviation whose full stop ended the sentence before its holder's
name ("said Sgt. Marty Quenby" shown as 'Sgt'), and a surname of two words typed a place
("Del Quenby said" after "Vincent Del Quenby"). Texts are written for these tests, in the
corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.genders import person_genders
from storyline.analyze.sentences import split_sentences
from storyline.model import EntityMention, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "after",
    [
        "said Sgt. Marty Quenby .",
        "said Sgt . Marty Quenby of the Velmar police .",
        "said Capt. Marty Quenby .",
    ],
)
def test_a_rank_stands_before_its_holders_name(pipeline: Pipeline, after: str) -> None:
    """The rank's full stop is no sentence end: the holder, named after it, speaks."""
    text = "Police arrested a man on Monday . `` He was armed , '' " + after
    assert speakers_shown(pipeline, text, "armed") == ["Marty Quenby"]


def test_a_sentence_opening_with_a_function_word_still_ends_after_a_rank() -> None:
    text = "The suspect hit a sergeant and a Col. The man fled ."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The suspect hit a sergeant and a Col.",
        "The man fled .",
    ]


def test_a_rank_joins_its_holders_name_in_one_sentence() -> None:
    text = "`` He was armed , '' said Lt. Marty Quenby of the police ."
    assert [text[a:b] for a, b in split_sentences(text)][-1].startswith("` He was armed")
    assert "Lt. Marty Quenby" in text[slice(*split_sentences(text)[-1])]


@pytest.mark.parametrize(
    "text",
    [
        "Vincent Del Quenby runs the store . `` We lost everything , '' Del Quenby said .",
    ],
)
def test_a_two_word_surname_is_the_person_named_in_full(pipeline: Pipeline, text: str) -> None:
    """The surname's words end the full name: it is that person, not a place."""
    assert speakers_shown(pipeline, text, "lost everything") == ["Vincent Del Quenby"]


_CHARGED = (
    "A driver was charged with manslaughter on Monday , Velmar County District Attorney "
    "Richard Quenby said . "
)


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        (
            _CHARGED
            + "The crash killed two people . `` This was a reckless act , '' the DA said .",
            "reckless act",
            ["Richard Quenby"],
        ),
        (
            "A bridge was closed on Monday , said Prime Minister Ivo Brellan of Dorvania . "
            "The storm killed two people on Friday . The bridge had been unsafe since May , "
            "the PM said .",
            "unsafe since May",
            ["Ivo Brellan"],
        ),
    ],
)
def test_a_title_by_its_initials_is_the_one_titled_so(
    pipeline: Pipeline, text: str, words: str, shown: list[str]
) -> None:
    """ "the DA" writes by its initials the title the article gave one person in full."""
    assert speakers_shown(pipeline, text, words) == shown


def test_two_people_titled_with_those_initials_leave_the_description(pipeline: Pipeline) -> None:
    text = (
        _CHARGED + "Defence Attorney Tomas Orlov disagreed . `` This was a reckless act , '' "
        "the DA said ."
    )
    assert speakers_shown(pipeline, text, "reckless act") == ["the DA"]


def test_a_states_abbreviation_before_a_name_is_no_title() -> None:
    """ "Jackson , Miss ." ends a sentence with Mississippi's abbreviation: the name opening
    the next one is not given "Miss" as a woman's title."""
    text = "He lived in Jackson , Miss .\nFred Quenby worked for the campaign until he retired ."
    fred = EntityMention(text.index("Fred"), text.index(" worked"), "Fred Quenby", "PERSON")
    sentences = [Sentence(a, b) for a, b in split_sentences(text)]
    assert person_genders(text, [fred], sentences) == {"Fred Quenby": "m"}


def test_a_numbered_name_keeps_its_number(pipeline: Pipeline) -> None:
    """ "Juror No. 8": the abbreviation's full stop ends no name, and two numbered jurors
    are not one "Juror No"."""
    text = (
        "The jury deliberated for two days . `` It was hard , '' said Juror No. 8 . "
        "`` We were searching , '' Juror No. 12 said ."
    )
    assert speakers_shown(pipeline, text, "was hard") == ["Juror No. 8"]
    assert speakers_shown(pipeline, text, "were searching") == ["Juror No. 12"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Tomas Orlov 's mother , Marisol , and father , Ivo , attended the trial most "
            "days . They sat through the sentencing on Saturday . As she came into the "
            "courthouse , Orlov 's mother expressed their sentiments . `` We just want to "
            "fade into obscurity , '' she said .",
            "fade into obscurity",
        ),
        (
            "Tomas Orlov 's mother , Marisol , attended the trial most days . `` We just "
            "want to go home , '' Orlov 's mother said .",
            "go home",
        ),
    ],
)
def test_a_relatives_description_is_the_name_set_beside_it(
    pipeline: Pipeline, text: str, words: str
) -> None:
    """The article named the mother once, in apposition; the relation written alone (or a
    pronoun read to it) is shown by that name."""
    assert speakers_shown(pipeline, text, words) == ["Marisol"]


def test_a_relation_given_two_names_stays_a_description(pipeline: Pipeline) -> None:
    text = (
        "Tomas Orlov 's sister , Marisol , and Tomas Orlov 's sister , Ana , came . "
        "`` We just want to go home , '' Orlov 's sister said ."
    )
    assert speakers_shown(pipeline, text, "go home") == ["Orlov 's sister"]


_FAMILY = (
    "Coach Ramon Quenby took over the team on Monday . His son , T.J. Quenby , plays "
    "guard for Velmar State . "
)


def test_a_lone_surname_speaking_of_a_parent_is_the_named_child(pipeline: Pipeline) -> None:
    """Of a father and the son named as such, the one who speaks of "his father" is the
    son."""
    text = _FAMILY + "Quenby said he had n't talked to his father about the job yet ."
    assert speakers_shown(pipeline, text, "talked to his father") == ["T.J. Quenby"]


def test_a_lone_surname_with_no_parent_cue_stays_the_principal(pipeline: Pipeline) -> None:
    text = _FAMILY + "Quenby said he would start the season with a new playbook ."
    assert "T.J. Quenby" not in speakers_shown(pipeline, text, "new playbook")


_MEMBER = "Golf champion Trevor Quenby has become a life member of the European Tour . "


@pytest.mark.parametrize(
    "after",
    [
        "said the 29-year-old .",
        "said the 29-year-old on the eve of the Dorvan Open in Velmar .",
    ],
)
def test_an_age_is_the_person_the_sentence_before_is_about(pipeline: Pipeline, after: str) -> None:
    """ "the 29-year-old" right after a sentence about one person is that person; the time
    phrase after it says when, and is no part of who speaks."""
    text = _MEMBER + "`` I feel good about my game , '' " + after
    assert speakers_shown(pipeline, text, "feel good") == ["Trevor Quenby"]


def test_an_age_after_a_sentence_naming_two_is_not_guessed(pipeline: Pipeline) -> None:
    text = (
        "Golf champion Trevor Quenby and his coach , Peter Marsh , flew home on Monday . "
        "`` I feel good about my game , '' said the 29-year-old ."
    )
    assert speakers_shown(pipeline, text, "feel good") == [None]
