"""Speakers the review of session 44's pronoun and speaker rules found misread (issue 14):
a man whose given name the US lists give to women (Italian "Andrea", Catalan "Joan"), a
name opening the writer's clause before a colon, outside the words a trailing "he said"
reports, two titled speakers joined by "and", and a surname read again inside a body's
longer name. Texts written here, in the corpus's tokenised style, with invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_and_resolution, speakers_shown

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.given_names import given_name_gender


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    "name", ["Andrea Ferrante", "Michele Bardi", "Joan Vidal", "Toni Kessler", "Ashley Crane"]
)
def test_a_given_name_another_country_gives_the_other_sex_says_nothing(name: str) -> None:
    assert given_name_gender(name) is None


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Italian coach Andrea Ferrante arrived in Velmar on Monday . `` We will win "
            "this , '' he said .",
            "win this",
            "Andrea Ferrante",
        ),
        (
            "Andrea Ferrante , the club 's spokesman , met reporters . He said the team "
            "would stay .",
            "would stay",
            "Andrea Ferrante",
        ),
        (
            "Joan Vidal , the club president , spoke on Monday . `` It is over , '' he said .",
            "It is over",
            "Joan Vidal",
        ),
    ],
)
def test_he_after_a_man_named_so_abroad_is_him(
    pipeline: Pipeline, text: str, words: str, name: str
) -> None:
    assert speaker_and_resolution(pipeline, text, words) == (name, "pronoun")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale was upbeat on Monday : the team would recover , he said .",
        "Ana Ruiz chairs the board . Tom Hale was upbeat on Monday : the team would "
        "recover , he said .",
    ],
)
def test_a_name_before_a_colon_is_not_inside_the_words_he_said_reports(
    pipeline: Pipeline, text: str
) -> None:
    assert speaker_and_resolution(pipeline, text, "would recover") == ("Tom Hale", "pronoun")


def test_a_name_inside_the_reported_words_after_a_colon_still_is_not_the_speaker(
    pipeline: Pipeline,
) -> None:
    # the colon only frees a name before it: Marek, after it, is who the words are about
    text = (
        "Sheriff Tom Hale spoke on Friday . The news was grim : Ivo Marek was on probation "
        "for an earlier arrest , he said ."
    )
    assert speaker_and_resolution(pipeline, text, "on probation") == ("Tom Hale", "pronoun")


@pytest.mark.parametrize("source", ["Mayor Tom Hale", "Velmar Falls Mayor Tom Hale"])
def test_two_titled_speakers_joined_by_and_are_both_shown(pipeline: Pipeline, source: str) -> None:
    text = f"{source} and Police Chief Ana Ruiz said the road was closed ."
    shown = speakers_shown(pipeline, text, "road was closed")
    assert len(shown) == 1 and shown[0] is not None
    assert source.split()[-1] in shown[0] and "Ana Ruiz" in shown[0]


def test_a_surname_inside_a_longer_name_is_no_return_to_that_person(pipeline: Pipeline) -> None:
    # "Young" of "the Young Farmers Club" is no mention of Senator Young
    text = (
        "Senator Tom Young retired in May . The panel met again on Monday without a chair . "
        "Ivo Brask , the mayor , met the Young Farmers Club . He said the vote was set ."
    )
    assert speaker_and_resolution(pipeline, text, "vote was set") == ("Ivo Brask", "pronoun")
