"""Review42's quote misfires, mended: texts written for these tests, in the corpus's
tokenised style, with invented names and places."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speakers_shown

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


# -- a relation to another firm is not that firm (descriptions) -------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Dalcor Motors recalled 40,000 cars on Monday after a brake part failed . "
            "The supplier said it was not to blame .",
            "not to blame",
        ),
        (
            "Velmar Health said on Monday that its software had been hacked . "
            "The vendor said the flaw was fixed .",
            "flaw was fixed",
        ),
    ],
)
def test_a_supplier_is_not_the_firm_it_supplies(
    pipeline: Pipeline, text: str, content: str
) -> None:
    shown = speakers_shown(pipeline, text, content)
    assert len(shown) == 1 and not (shown[0] or "").startswith(("Dalcor", "Velmar"))


def test_a_description_owned_by_a_body_is_not_that_body(pipeline: Pipeline) -> None:
    text = (
        "Customers of Velmar Bank lost money after a glitch . The bank's payment provider "
        "said it was investigating ."
    )
    shown = speakers_shown(pipeline, text, "was investigating")
    assert len(shown) == 1 and shown[0] != "Velmar Bank"


# -- a stance or a wondering that a verb of saying reports (stated_objects, nesting) ------


def test_a_stance_a_verb_of_saying_reports_is_said(pipeline: Pipeline) -> None:
    text = "Ana Ruiz was confident that the bridge would hold , she told reporters on Monday ."
    assert speakers_shown(pipeline, text, "bridge would hold") == ["Ana Ruiz"]


def test_a_stance_alone_is_still_no_one_s_words(pipeline: Pipeline) -> None:
    text = "Ana Ruiz was confident that the bridge would hold ."
    assert speakers_shown(pipeline, text, "bridge would hold") == [None]


def test_a_telling_joined_to_a_wondering_is_said(pipeline: Pipeline) -> None:
    text = (
        "Ana Ruiz wondered aloud whether the town could afford it , telling the council it "
        "could not ."
    )
    assert speakers_shown(pipeline, text, "it could not") == ["Ana Ruiz"]
    assert speakers_shown(pipeline, text, "town could afford") == [None]


# -- a body whose officer is named is still a body in view (descriptions) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Dalcor Energy chief Ana Ruiz said on Monday that it would buy Vesta Power . "
        "The energy giant said the price was fair .",
        "Dalcor Energy officials met Vesta Power on Monday . The energy giant said the price "
        "was fair .",
    ],
)
def test_a_body_before_its_officer_leaves_the_giant_unresolved(
    pipeline: Pipeline, text: str
) -> None:
    assert speakers_shown(pipeline, text, "price was fair") != ["Vesta Power"]


# -- "she and two other members": a joined name needs the pronoun's gender (joined_pronouns)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said on Monday that Tom Berne had lied . Berne denied it , but she and two "
        "other members said they would vote him out .",
        "Ana Ruiz accused Tom Berne of lying . Berne denied it . She and two other members "
        "said they would vote him out .",
    ],
)
def test_she_and_others_is_not_joined_to_a_man_by_proximity(pipeline: Pipeline, text: str) -> None:
    shown = speakers_shown(pipeline, text, "vote him out")
    assert len(shown) == 1 and "Berne" not in (shown[0] or "")


def test_she_and_others_joins_a_woman_the_article_says_is_one(pipeline: Pipeline) -> None:
    text = (
        "Mrs Ana Ruiz said on Monday that the vote was rigged , and she and two other members "
        "said they would ask for a recount ."
    )
    shown = speakers_shown(pipeline, text, "ask for a recount")
    assert shown == ["Ana Ruiz and two other members"]


# -- "said Velmar Bank deputy Ana Ruiz in a statement": where or when is no speaker ---------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "`` The bridge is safe , '' said Velmar Bank deputy Ana Ruiz in a statement .",
            "Velmar Bank deputy Ana Ruiz",
        ),
        (
            "`` The bridge is safe , '' said Velmar mayor Ana Ruiz at a meeting on Monday .",
            "Velmar mayor Ana Ruiz",
        ),
        (
            "`` The bridge is safe , '' said Velmar Bank deputy Marta Kolsky in a statement .",
            "Velmar Bank deputy Marta Kolsky",
        ),
    ],
)
def test_an_inverted_source_ends_at_its_name(pipeline: Pipeline, text: str, speaker: str) -> None:
    q = quote_with(pipeline, text, "bridge is safe")
    assert q.speaker is not None and q.speaker.text == speaker


def test_an_inverted_source_qualified_by_a_place_is_whole(pipeline: Pipeline) -> None:
    text = "`` The bridge is safe , '' said the head of security at the port ."
    q = quote_with(pipeline, text, "bridge is safe")
    assert q.speaker is not None and q.speaker.text == "the head of security at the port"


def test_the_place_of_a_body_after_the_name_stays_in_the_source(pipeline: Pipeline) -> None:
    text = (
        "`` The current is slowing , '' said Marta Kolsky from the Dorne Ocean Centre in Velmar ."
    )
    q = quote_with(pipeline, text, "current is slowing")
    assert q.speaker is not None and q.speaker.name == "Marta Kolsky"
    assert q.speaker.text.endswith("in Velmar")
