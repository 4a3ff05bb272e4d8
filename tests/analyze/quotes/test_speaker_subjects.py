"""Whose subject a reporting verb borrows when it has none of its own (PolNeAR train
wrong speakers, issue 14), each on a short text written for it."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with, speaker_text

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # an active verb joined to a passive one shares its subject, not its "by" agent
        (
            "Harbour officials were angered by the ruling and predicted it would slow other cases.",
            "slow other cases",
            "Harbour officials",
        ),
        # ... and the passive does not leave it without a speaker
        (
            "By evening the mayor was forced into a rare retreat and said that his words "
            "had been misread.",
            "had been misread",
            "the mayor",
        ),
    ],
)
def test_an_active_verb_joined_to_a_passive_takes_its_subject(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_passive_cue_keeps_its_agent(pipeline: Pipeline) -> None:
    text = "The mayor was asked by reporters whether he would resign."
    assert speaker_text(pipeline, text, "would resign") == "reporters"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "The late timing of the vote led critics to say that the council was hiding something.",
            "hiding something",
            "critics",
        ),
        (
            "The slump has led some allies to worry whether she could lose the state.",
            "lose the state",
            "some allies",
        ),
    ],
)
def test_the_object_of_a_causative_speaks_its_infinitive(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_purpose_infinitive_keeps_the_subject(pipeline: Pipeline) -> None:
    text = "She used the speech to say that the plant would close."
    assert speaker_text(pipeline, text, "plant would close") == "She"


def test_a_dateline_is_never_the_subject(pipeline: Pipeline) -> None:
    text = (
        "BRISTOL, England - The mayor's political allies on Monday predicted an easy "
        "victory in the vote."
    )
    speaker = speaker_text(pipeline, text, "easy victory")
    assert speaker is not None and speaker.startswith("The mayor's political allies")


def test_a_name_right_before_the_verb_is_its_subject(pipeline: Pipeline) -> None:
    # the parse hangs the name on the noun before the comma and leaves "said" subjectless
    text = (
        "Tuesday in New York City, while on the campaign trail for his wife Democratic "
        "presidential front-runner Susan Miller, former president John Miller said his wife "
        "was ready."
    )
    assert speaker_text(pipeline, text, "was ready") == "former president John Miller"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        (
            "The party leaders have signaled their support for the tax delay.",
            "tax delay",
            "The party leaders",
        ),
        ("The senator is doubling down on his support for the wall.", "the wall", "The senator"),
    ],
)
def test_a_possessive_on_the_subjects_own_speech_noun_is_the_subject(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_possessive_after_another_noun_of_the_verb_stays(pipeline: Pipeline) -> None:
    text = "The premier criticised the mayor in parliament over his call for a ban on cars."
    assert speaker_text(pipeline, text, "ban on cars") == "his"


def test_a_verb_inside_a_clause_credited_to_a_document_keeps_its_subject(
    pipeline: Pipeline,
) -> None:
    text = (
        "In a letter to council colleagues released Monday, the mayor rips the agreement to "
        "restructure the debt, arguing that the deal favors the banks."
    )
    assert speaker_text(pipeline, text, "favors the banks") == "the mayor"


def test_a_negation_clitic_is_never_the_speaker(pipeline: Pipeline) -> None:
    # the tokeniser splits "didn’t"; a parse that took "n’t" for the subject spoke "n’t"
    from storyline.analyze.nlp import annotate, parse_spans
    from storyline.analyze.quotes.phrases import subject_of

    doc = annotate("I didn’t know about the case when I was sentenced.")
    (parsed,) = parse_spans([doc[:]])
    know = next(t for t in parsed if t.lower_ == "know")
    negation = next(t for t in parsed if t.lower_ == "n’t")
    negation.dep_ = "nsubj"  # the parse seen on real pages, forced on this one
    negation.head = know
    for child in list(know.children):
        if child.lower_ == "i":
            child.dep_ = "dep"
    source = subject_of(know)
    assert source is not None and source[0].text == "I"


def test_the_object_of_a_request_has_said_nothing(pipeline: Pipeline) -> None:
    text = (
        'Ruiz beamed and asked the crowd to welcome the mayor - "our finest neighbour." '
        "Then she left."
    )
    assert speaker_text(pipeline, text, "finest neighbour") == "Ruiz"


def test_a_second_participle_of_saying_starts_its_own_quote(pipeline: Pipeline) -> None:
    text = (
        "She offers calm instead of anger, urging voters to see the big picture and "
        "promising to manage the upheaval."
    )
    first = quote_with(pipeline, text, "big picture")
    assert "promising" not in first.text
    second = quote_with(pipeline, text, "manage the upheaval")
    assert second.cue == "promising"


def test_a_question_takes_its_own_attribution_over_the_last_paragraphs_cue(
    pipeline: Pipeline,
) -> None:
    # the splitter ends the sentence after "?”"; the cue closing the paragraph before
    # ("as the audience laughed") must not take the question from the one right after it
    text = (
        "“How tall is that bridge?” asked the boy, as the audience laughed and applauded.\n\n"
        "“Leo, let me tell you, how tall is that bridge going to be?” Ruiz said in response. "
        "“As tall as it needs to be.”"
    )
    q = quote_with(pipeline, text, "let me tell you")
    assert q.cue == "said"
    assert q.speaker is not None and q.speaker.text == "Ruiz"


@pytest.mark.parametrize(
    ("text", "needle", "speaker"),
    [
        # a quote closed by a full stop, then a sentence that is only its attribution
        (
            "The council met on Monday. “Voters, if you are listening, I hope you will find "
            "the missing ballots.” Ruiz said. Others laughed.",
            "missing ballots",
            "Ruiz",
        ),
        # a title's stop between the question and its attribution ends no sentence
        (
            "The mayor spoke first. “Is the council wrong about the budget?” Mr. Ruiz said.",
            "wrong about the budget",
            "Mr. Ruiz",
        ),
    ],
)
def test_an_attribution_sentence_after_the_quote_is_its_own(
    pipeline: Pipeline, text: str, needle: str, speaker: str
) -> None:
    assert speaker_text(pipeline, text, needle) == speaker


def test_a_sentence_of_its_own_after_a_quote_is_no_attribution(pipeline: Pipeline) -> None:
    text = "He left. “The plan is dead for good now.” Ruiz said the vote was close."
    q = quote_with(pipeline, text, "dead for good")
    assert q.speaker is None or q.speaker.text != "Ruiz" or q.cue is None
