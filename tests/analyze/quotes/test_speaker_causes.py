"""Speaker errors of an independent reading of real pages (issue 14), each reproduced on a
short text written for it: a verb joined to the wrong clause, cues that report no words
(wanting, seeking, perceiving, a result), a quote-only verb used as an ordinary verb."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def test_a_verb_joined_to_the_reported_clause_takes_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Ms Brandt recounted that the clerk had later gone to his managers and said: "
        '"This is me. I think I am the one who sent the letter."'
    )
    q = quote_with(pipeline, text, "This is me")
    assert q.speaker is not None and q.speaker.name == "the clerk"


def test_a_verb_joined_to_its_own_clause_keeps_the_subject(pipeline: Pipeline) -> None:
    text = 'Ana Ruiz stood up and said: "We will win this vote in the spring."'
    q = quote_with(pipeline, text, "We will win")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def _shown(pipeline: Pipeline, text: str, needle: str) -> str | None:
    q = quote_with(pipeline, text, needle)
    return q.speaker.name if q.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        # a wish: the writer's account of what someone wants
        (
            "Senator Dana Whitlow is a risk-taker by temperament. The Democratic senator is "
            "hoping that her sudden decision to skip the vote will be seen as leadership.",
            "will be seen",
        ),
        # a search for something is an act
        (
            "The insurer has already paid out $40m to 5,000 families. The company is seeking "
            "more information on 12,000 other claims.",
            "more information",
        ),
        # a perception
        (
            "This new interest was confirmed when the ministry saw how auditors were quietly "
            "gaining access to the most guarded ledgers in the region.",
            "gaining access",
        ),
        # a result an event showed, whatever stands as its subject
        (
            'The streets were empty on Sunday. Smog had cleared, revealing "a pale blue sky" '
            "over the capital.",
            "pale blue sky",
        ),
    ],
)
def test_cues_for_what_nobody_voiced_show_no_speaker(
    pipeline: Pipeline, text: str, needle: str
) -> None:
    assert _shown(pipeline, text, needle) is None


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("The governor said she hoped that the talks would resume soon.", "talks", "governor"),
        (
            "Ana Ruiz spoke to reporters on Monday, revealing a plan to close the old plant.",
            "a plan",
            "Ana Ruiz",
        ),
        ("Officials see the vote as a test of the new rules.", "the vote", "Officials"),
        ("The ministry saw that the auditors had been misled.", "auditors", "ministry"),
    ],
)
def test_the_same_verbs_keep_a_speaker_for_words(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    shown = _shown(pipeline, text, needle)
    assert shown is not None and speaker in shown


def test_a_pronoun_takes_a_titled_speaker_the_recogniser_missed(pipeline: Pipeline) -> None:
    text = (
        'Ben Van Dorn, another investigator on the team, said: "The dye could last for some '
        'time." Dr Hale said it would be important to continue watching the region. '
        '"Understanding how this plume is spreading will decide how quickly fishing can '
        'resume in the bay," he said.'
    )
    q = quote_with(pipeline, text, "Understanding how")
    assert q.speaker is not None and q.speaker.name == "Dr Hale"


def test_a_quote_only_verb_run_into_the_marks_quotes_nobody(pipeline: Pipeline) -> None:
    text = (
        "We see Carver, aged 12, recalling the morning the river flooded, the day the old "
        'teacher saw the town begin "counting its losses". So his fear now "is not so '
        'different from the fear of that morning".'
    )
    q = quote_with(pipeline, text, "not so different")
    assert q.speaker is None or q.speaker.name is None


def test_a_quote_only_verb_set_off_by_a_colon_keeps_its_speaker(pipeline: Pipeline) -> None:
    text = 'The mayor paused and then began: "We have all lost something this winter."'
    q = quote_with(pipeline, text, "lost something")
    assert q.speaker is not None and q.speaker.name == "The mayor"


def test_he_in_a_transcript_turn_is_not_the_one_whose_turn_it_is(pipeline: Pipeline) -> None:
    text = (
        "CROWLEY: Joining me now is Fareed Lake, host of the evening show.\n"
        "FAREED LAKE, HOST: He's back.\n"
        "CROWLEY: So did he give you any hint about what he sees would fill that vacuum?\n"
        "LAKE: He did lay it out.\nHe imagines a one-year transition during which he said "
        "he would be happy to serve as the interim chairman, during which the club would "
        "write new rules.\n"
    )
    q = quote_with(pipeline, text, "interim chairman")
    assert q.speaker is None or q.speaker.name != "Fareed Lake"


def test_he_after_a_headline_name_colon_is_that_person(pipeline: Pipeline) -> None:
    text = (
        "Tom Lake: 'We will keep going'\n\n"
        "Tom Lake spoke to reporters outside the studio on Monday. He said the show would "
        "return in the spring."
    )
    q = quote_with(pipeline, text, "return in the spring")
    assert q.speaker is not None and q.speaker.name == "Tom Lake"
