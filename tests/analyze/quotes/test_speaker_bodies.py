"""Who may stand behind a source: "he" needs a person, "it" a body, a page's "your" nobody,
and a name shown to a reader carries no tokeniser debris."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.model import Speaker


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


_quote = quote_with


def test_he_is_never_a_thing_named_after_someone(pipeline: Pipeline) -> None:
    # the tagger may take a vessel's or a rig's name for a person; the common noun after it
    # says it only names the thing, which cannot say "I am deeply sorry"
    text = (
        "Mark Holt expects to tell Congress he is `` personally devastated '' by the Gulf "
        "drilling rig explosion and oil spill . The explosion and sinking of the BP-operated "
        "Deepwater Horizon rig `` never should have happened -- and I am deeply sorry that "
        "they did , '' he said in testimony to be delivered Thursday ."
    )
    q = _quote(pipeline, text, "deeply sorry")
    assert q.speaker is not None
    assert q.speaker.name != "Deepwater Horizon"


def test_a_page_asking_its_reader_is_no_speaker_and_no_body_for_it(pipeline: Pipeline) -> None:
    text = (
        "The health agency says countries must not relax their guard . What are your "
        "concerns about the virus ? Almost 900 cases had been confirmed , the agency said . "
        "Cases rose and fell in many places , it said , and it was too early to tell ."
    )
    prompt = _quote(pipeline, text, "the virus")
    assert prompt.speaker is None or prompt.speaker.name is None
    later = _quote(pipeline, text, "rose and fell")
    assert later.speaker is not None
    assert later.speaker.name == "the agency"


def test_a_body_named_before_its_bracketed_acronym_speaks(pipeline: Pipeline) -> None:
    text = (
        "The Committee for Open Courts -LRB- COC -RRB- , a Boston-based advocacy group , "
        "said late Thursday it had recorded 24 arrests ."
    )
    q = _quote(pipeline, text, "24 arrests")
    assert q.speaker is not None
    assert q.speaker.name == "Committee for Open Courts"


def test_a_description_is_shown_without_tokenised_quote_marks_and_brackets() -> None:
    cut_title = Speaker("The Danish newspaper `` Politiken", 0, 33, None, False, "description")
    assert cut_title.name == "The Danish newspaper Politiken"
    acronym = Speaker("COC -RRB-", 0, 9, None, False, "description")
    assert acronym.name == "COC"
    plain = Speaker("a senior official", 0, 17, None, False, "description")
    assert plain.name == "a senior official"


def test_accusations_from_someone_are_theirs_not_the_accused(pipeline: Pipeline) -> None:
    text = (
        "Just this year , executives from Grant Brothers spent nine hours trying to fend off "
        "accusations from senators that they bilked investors , and the chairman apologized ."
    )
    q = _quote(pipeline, text, "bilked investors")
    assert q.speaker is not None
    assert q.speaker.name == "senators"


def test_a_study_led_by_someone_is_shown_with_their_name(pipeline: Pipeline) -> None:
    text = (
        "People who suddenly gain power seem especially prone to outlandish ambition , "
        "according to a study led by Nora Vance at the London Business School ."
    )
    q = _quote(pipeline, text, "outlandish ambition")
    assert q.speaker is not None
    assert q.speaker.name is not None and "Nora Vance" in q.speaker.name


@pytest.mark.parametrize(
    "introduced",
    [
        "`` The cost is colossal , '' said Omar Haddad , planning and finance minister for "
        "the northern government .",
        "The region 's finance minister , Omar Haddad , spoke on Monday .",
    ],
)
def test_the_minister_is_the_person_the_text_set_that_role_beside(
    pipeline: Pipeline, introduced: str
) -> None:
    text = (
        f"{introduced} `` Traders tend to profit more than they should , '' Haddad said . "
        "The minister said the government was fixing prices of rice and flour ."
    )
    q = _quote(pipeline, text, "fixing prices")
    assert q.speaker is not None
    assert q.speaker.canonical == "Omar Haddad"
    assert q.speaker.resolution == "role"


def test_a_role_beside_a_preposition_gives_nobody_that_role(pipeline: Pipeline) -> None:
    text = (
        "`` The cost is colossal , '' said Omar Haddad , a lawyer for the minister . "
        "The minister said the government was fixing prices of rice ."
    )
    q = _quote(pipeline, text, "fixing prices")
    assert q.speaker is not None
    assert q.speaker.canonical is None
