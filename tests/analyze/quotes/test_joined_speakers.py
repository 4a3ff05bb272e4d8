"""Who is the source of a participle joined to an earlier one, and of an infinitive on a
noun that says nothing (PolNeAR train wrong source spans, issue 14), each on a short text
written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # the parse hangs "implying" on "penetrate", the last verb of what "warning" reports
        (
            "On Thursday, he expanded upon his calls for more police, warning followers "
            "that the group could easily penetrate the country and implying that some "
            "members might already be here.",
            "some members might already be here",
            "he",
        ),
        (
            "Mayor Tilda Brenn answered the council sideways, conceding that the fund had "
            "run dry but warning that the new levy would hurt the harbour.",
            "the new levy would hurt the harbour",
            "Mayor Tilda Brenn",
        ),
    ],
)
def test_a_joined_participle_shares_the_earlier_participles_subject(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_participle_joined_to_another_participle_keeps_the_parse(pipeline: Pipeline) -> None:
    # both participles are the clause's own; nothing to move
    text = (
        "Senator Ana Ruiz spoke for an hour, praising the ferry crews and urging the "
        "council to fund the pier."
    )
    assert speaker_text(pipeline, text, "the pier") == "Senator Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # the requests and the plans say nothing: the subject of the verb holding them does
        (
            "Senator Ana Ruiz did not respond to requests to comment on the plan.",
            "the plan",
            "Senator Ana Ruiz",
        ),
        (
            "Ruiz has no plans to endorse a candidate before the primary.",
            "a candidate",
            "Ruiz",
        ),
        (
            "Mayor Bo Lind passed up easy chances to challenge the judge.",
            "the judge",
            "Mayor Bo Lind",
        ),
    ],
)
def test_an_infinitive_on_a_noun_that_says_nothing_takes_the_holders_subject(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_possessor_says_whose_plan_an_infinitive_is(pipeline: Pipeline) -> None:
    # "the mayor's refusal to call": the mayor's, not the one who spoke of it
    text = (
        "Ruiz went after the governor for following the mayor's refusal to call the fire a crime."
    )
    speaker = speaker_text(pipeline, text, "the fire")
    assert speaker is not None and "mayor" in speaker


def test_a_joined_verb_shares_the_subject_found_before_the_first_verb(
    pipeline: Pipeline,
) -> None:
    # "in Dover, Ohio, 62-year-old Tilda Brenn": the parse hangs the name on the town and
    # leaves "railed" without a subject; "explained", joined to it, has the same one
    text = (
        "At a June campaign event in Dover, Ohio, 62-year-old Tilda Brenn also railed "
        "against the new port, and explained how much it upset her to hear the trucks "
        "at night."
    )
    assert speaker_text(pipeline, text, "upset her") == "62-year-old Tilda Brenn"
