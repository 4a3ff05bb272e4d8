"""Who speaks through a present participle, a count of people, a "'s" perfect and a
trailing "according to" (PolNeAR train wrong or missing speakers, issue 14), each on a
short text written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, speaker_text

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # the parse hangs the participle on the event noun: the one in the clause before
        # it, who can speak, says it
        (
            "The dispute erupted two months after Ana Ruiz entered the race, calling her "
            "rivals cowards.",
            "her rivals cowards",
            "Ana Ruiz",
        ),
        # the speaking noun the participle hangs on right before it
        (
            "The talk ended with Ana Ruiz asking the mayor whether she would run.",
            "whether she would run",
            "Ana Ruiz",
        ),
        # an expletive "it" says nothing
        (
            "It was at the fair that Ana Ruiz gave her speech, pointing to the report that "
            "the dam had failed.",
            "the dam had failed",
            "Ana Ruiz",
        ),
        # a subject after an opening participle is still the participle's subject
        (
            "After saying he was nervous, the farmer asked a question about the dam.",
            "he was nervous",
            "the farmer",
        ),
    ],
)
def test_a_participle_takes_the_subject_of_the_clause_before_it(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_noun_in_the_participles_own_words_is_not_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Senator Bo Lind defended his plan to raise the ferry fare, saying the gains "
        "would outweigh the losses."
    )
    assert speaker_text(pipeline, text, "would outweigh the losses") == "Senator Bo Lind"


def test_a_share_of_people_before_the_participle_keeps_it(pipeline: Pipeline) -> None:
    text = "Voters view the mayor as ready, with 50 percent saying she is prepared for the job."
    assert speaker_text(pipeline, text, "prepared for the job") == "50 percent"


def test_a_day_before_the_participle_is_not_its_subject(pipeline: Pipeline) -> None:
    text = "The ferry company released a statement Wednesday saying the claims were false."
    assert speaker_text(pipeline, text, "the claims were false") == "The ferry company"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        ("About 4 in 10 say they want the next mayor to cut taxes.", "cut taxes", "About 4 in 10"),
        ("Six in 10 said the mayor is decisive.", "is decisive", "Six in 10"),
    ],
)
def test_a_count_of_people_before_the_verb_speaks(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_perfect_written_with_a_clitic_has_its_subject(pipeline: Pipeline) -> None:
    text = "While he's said he'll fight on to the convention, Ruiz must decide soon."
    assert speaker_text(pipeline, text, "fight on") == "he"


def test_an_impersonal_passive_with_a_clitic_has_no_speaker(pipeline: Pipeline) -> None:
    art = pipeline.run(Article(id="t", text="It's said that the bridge is unsafe.", published=""))
    assert all(q.speaker is None for q in art.quotes)


def test_according_to_after_a_speakers_words_keeps_both(pipeline: Pipeline) -> None:
    text = (
        '"I ask you not to protest on the floor," Ana Ruiz said, according to the Valley '
        'Herald. "It matters."'
    )
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    found = {(q.text, q.speaker.text if q.speaker else None) for q in article.quotes}
    assert ('"I ask you not to protest on the floor,"', "Ana Ruiz") in found
    assert (
        '"I ask you not to protest on the floor," Ana Ruiz said',
        "the Valley Herald",
    ) in found


def test_according_to_after_a_cue_before_its_words_is_one_quote(pipeline: Pipeline) -> None:
    text = "Bo Lind said he would have fired the aide, according to press reports."
    article = pipeline.run(Article(id="t", text=text, published="2024-03-20"))
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in article.quotes] == [
        ("said", "Bo Lind")
    ]


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "Her campaign quickly sent out an email to supporters stating, "
            "\u201cCouncilman Tomas Orlov Joins a Growing List of Critics.\u201d",
            "Growing List",
            "Her campaign",
        ),
        (
            "Even before Quenby took the stage, her campaign sent out a text message to "
            'supporters saying: "With your help, we won Velmar Falls!"',
            "we won Velmar Falls",
            "her campaign",
        ),
        (
            "Senator Ana Quenby is making a pitch to Dorvan voters saying a state law "
            "banning the ferry is wrong.",
            "banning the ferry",
            "Senator Ana Quenby",
        ),
    ],
)
def test_those_a_message_went_to_do_not_say_it(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    """ "an email to supporters saying ...": the parse hangs the participle on the
    recipients, but what follows is the message's, sent by the clause's subject."""
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_second_participle_goes_with_the_first_ones_subject(pipeline: Pipeline) -> None:
    """ "with X tweeting that it was ... and asking, ...": the parse joins "asking" to the
    verb inside the first participle's words, whose subject ("it") said nothing."""
    text = (
        "Critics were quick to chime in, with Tomas Orlov tweeting that it was a "
        '"disaster" for Quenby and asking, "How can someone with such bad judgment '
        'lead the city?"'
    )
    assert speaker_text(pipeline, text, "such bad judgment") == "Tomas Orlov"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "It was a potent one-two punch by the two leaders, as Ana Quenby echoed the "
            "criticism, saying Orlov ''reminds us every day that he is not in it for the "
            "people.''",
            "reminds us every day",
            "Ana Quenby",
        ),
        (
            "It was at the conference that Tomas Brask delivered his tirade against the "
            "ferry in a long speech, pointing to the mayor's 2007 revelation that she never "
            "rode it.",
            "she never rode it",
            "Tomas Brask",
        ),
    ],
)
def test_the_it_of_it_was_is_no_participles_speaker(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    """ "It was a potent punch, as X echoed it, saying ...", "It was there that X spoke,
    pointing to ...": the parse hangs the participle on "was", whose "it" says nothing;
    the subject of the clause before the participle does."""
    assert speaker_text(pipeline, text, needle) == speaker
