"""Speakers of the held-out reading of main e645f95 (issue 14): the one "was quoted by X
as saying" names (not X), a statement reported inside another's words (its own subject
said it), the people a bare apostrophe owns ("Daniels' colleagues"), a titled person
after the body in their title, a role's appositive name, and a spokeswoman shown as
herself. Texts are written for these tests, in the corpus's tokenised style, with
invented names."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ivo Karsten was quoted by state television as saying the border would stay "
            "closed until the spring .",
            "border would stay",
            "Ivo Karsten",
        ),
        (
            "Ivo Karsten was quoted by the Velmar Falls Courier as saying that the border "
            "would stay closed .",
            "border would stay",
            "Ivo Karsten",
        ),
        (
            "The Dorvanian minister was cited by Kestra Radio as saying : `` The border will "
            "stay closed . ''",
            "border will stay",
            "The Dorvanian minister",
        ),
    ],
)
def test_the_one_quoted_by_an_outlet_speaks(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    assert speakers_shown(pipeline, text, words) == [speaker]


def test_an_outlet_that_quotes_someone_in_the_active_still_gives_them(
    pipeline: Pipeline,
) -> None:
    text = "State television quoted Ivo Karsten as saying the border would stay closed ."
    assert speakers_shown(pipeline, text, "border would stay") == ["Ivo Karsten"]


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses say Hiller claimed she had seen the truck leave the depot before dawn .",
        "Witnesses say Hiller claimed that she had seen the truck leave the depot before dawn .",
        "The neighbours said Marisol Quenby had told them she saw the truck leave the depot .",
    ],
)
def test_a_statement_reported_inside_another_is_its_subjects(pipeline: Pipeline, text: str) -> None:
    """The inner verb's subject said the inner words; the outer speaker said she did."""
    inner = speakers_shown(pipeline, text, "the truck leave")
    assert inner[-1] in {"Hiller", "Marisol Quenby"}, inner
    assert inner[0] in {"Witnesses", "The neighbours"}, inner


def test_a_joined_verb_is_no_inner_statement(pipeline: Pipeline) -> None:
    text = "Mara Vell says the quarry should close and says Tomas Rellig agreed to pay for it ."
    assert "Tomas Rellig" not in speakers_shown(pipeline, text, "agreed to pay")


def test_one_reported_inside_a_claim_is_not_read_back(pipeline: Pipeline) -> None:
    text = (
        "Rellan Voss says Marek Dovin claimed the order came from above . "
        "He said he had kept notes of every meeting ."
    )
    assert speakers_shown(pipeline, text, "order came from") == ["Rellan Voss", "Marek Dovin"]
    assert speakers_shown(pipeline, text, "kept notes") == ["Rellan Voss"]


@pytest.mark.parametrize("owner", ["Daniels'", "Daniels '", "Dr . Daniels'"])
def test_a_bare_apostrophe_owns_the_speakers(pipeline: Pipeline, owner: str) -> None:
    """ "Daniels' colleagues said": the colleagues speak, not the one they belong to."""
    text = (
        "President Vane nominated Martin Daniels to lead the institute . "
        f"{owner} colleagues said he is a natural choice to head the agency ."
    )
    shown = speakers_shown(pipeline, text, "natural choice")
    assert len(shown) == 1 and shown[0] is not None and shown[0].endswith("colleagues"), shown


@pytest.mark.parametrize(
    "text",
    [
        "Velmar Falls Fire Department Chief Oren Pike said the fire started before dawn .",
        "Velmar Falls Fire Chief Oren Pike said the fire started before dawn .",
    ],
)
def test_the_titled_person_heads_the_phrase_not_the_body_before_the_title(
    pipeline: Pipeline, text: str
) -> None:
    assert speakers_shown(pipeline, text, "fire started") == ["Oren Pike"]


def test_a_role_is_named_by_its_appositive_after_it(pipeline: Pipeline) -> None:
    text = "`` The treaty will be signed , '' said the Dorvanian Chancellor , Mira Tessel ."
    assert speakers_shown(pipeline, text, "treaty will be") == ["Mira Tessel"]
    listed = "`` The fire is out , '' said the police chief , the mayor and the governor ."
    assert speakers_shown(pipeline, listed, "fire is out") == ["the police chief"]


def test_a_spokeswoman_for_a_body_is_shown_as_herself_and_her_pronoun_too(
    pipeline: Pipeline,
) -> None:
    text = (
        "Quenby Foods closed its plant in Velmar Falls , a spokeswoman said . "
        "`` We regret this , '' she said in a statement ."
    )
    assert speakers_shown(pipeline, text, "closed its plant") == ["a spokeswoman for Quenby Foods"]
    assert speakers_shown(pipeline, text, "We regret") == ["a spokeswoman for Quenby Foods"]


def test_a_source_set_off_inside_the_words_is_no_inner_statement(pipeline: Pipeline) -> None:
    text = (
        "Farmers are saying , the paper claimed , that had the dam been built , the floods "
        "would have been smaller ."
    )
    assert speakers_shown(pipeline, text, "floods would have") == ["Farmers"]
