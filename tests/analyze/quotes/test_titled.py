"""A bare description ("the developer") read as the one person the article titles with
its noun (titled.py), and left as written otherwise. Texts written for these tests, with
invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_the_developer_is_the_one_titled_developer_named_later(pipeline: Pipeline) -> None:
    text = (
        "For the first time `` in the history of the city , '' the developer boasted , a "
        "tower would rise over the river . The plans have stalled . Billionaire developer "
        "Piet Varnek has frozen his projects ."
    )
    assert speakers_shown(pipeline, text, "history of the city") == ["Piet Varnek"]


def test_the_author_is_the_one_named_with_the_author_as_appositive(pipeline: Pipeline) -> None:
    text = (
        "The book begins with how the author once found a bird in an attic , lying `` with "
        "its wings stretched out '' . Kalvaar picks up the bird . Jan Kalvaar , the author , "
        "lives in Velm ."
    )
    assert speakers_shown(pipeline, text, "wings stretched out") == ["Jan Kalvaar"]


def test_plural_uses_of_the_noun_do_not_stop_the_link(pipeline: Pipeline) -> None:
    text = (
        "`` We will build it , '' the developer said . Other developers joined Piet Varnek , "
        "the developer , in halting work ."
    )
    assert speakers_shown(pipeline, text, "We will build it") == ["Piet Varnek"]


def test_another_of_the_same_noun_leaves_the_description(pipeline: Pipeline) -> None:
    text = (
        "`` in the history of the city , '' the developer boasted . A second developer , "
        "Ana Ruiz , disagreed . Billionaire developer Piet Varnek has frozen his projects ."
    )
    assert speakers_shown(pipeline, text, "history of the city") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_a_title_of_another_rank_is_no_link(pipeline: Pipeline) -> None:
    text = (
        "`` We will build it , '' the developer said . Deputy developer Piet Varnek has "
        "frozen his projects ."
    )
    assert speakers_shown(pipeline, text, "We will build it") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_a_qualified_use_of_the_noun_leaves_the_description(pipeline: Pipeline) -> None:
    text = (
        "`` We will build it , '' the developer said . The developer of the mall , Velm "
        "Homes , has frozen its projects . Piet Varnek , a developer , left ."
    )
    assert speakers_shown(pipeline, text, "We will build it") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_two_people_given_the_noun_leave_the_description(pipeline: Pipeline) -> None:
    text = (
        "`` We will build it , '' the developer said . Piet Varnek , a developer , and Ana "
        "Ruiz , a developer , left the city ."
    )
    assert speakers_shown(pipeline, text, "We will build it") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_a_name_opening_a_clause_after_the_noun_is_no_title(pipeline: Pipeline) -> None:
    # "the driver Tom Hale had hired": Tom Hale hired the driver, he is not the driver
    text = (
        "Police questioned the driver Tom Hale had hired for the night . "
        "`` I saw nothing , '' the driver said ."
    )
    assert speakers_shown(pipeline, text, "I saw nothing") == [
        None
    ]  # a bare anaphor read back to no one is withheld (confidence.py)


def test_the_noun_before_a_name_in_an_object_is_still_its_title(pipeline: Pipeline) -> None:
    text = (
        "Police questioned the driver Tom Hale on Monday . `` I saw nothing , '' the driver said ."
    )
    assert speakers_shown(pipeline, text, "I saw nothing") == ["Tom Hale"]
