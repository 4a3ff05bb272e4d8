"""The name that opens the clause a speaker reports is not the speaker ("Ana Ruiz, whose
firm sells lamps, said Tom Best was a builder: ''...''"). When the parse leaves "said"
without a subject, the noun right after the verb is taken as an inverted speaker only if
a comma or a mark sets it off from the verb it is the subject of (a split quote:
`"The risk," said Ana Ruiz, an engineer, "is ..."`)."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "reported", "speaker"),
    [
        (
            "Mr. Oduya, whose latest venture, Brightline, sells lamps, said Mr. Halvorsen was "
            "a candidate in the spirit of the city: ''He's a builder. He has many ideas.''",
            "Halvorsen",
            "Oduya",
        ),
        (
            "Ms. Varga, whose newest shop, Lumenhaus, sells boots, said Mr. Dettmer was a "
            "mayor in the style of the valley: ''He's a fixer. He gets things done.''",
            "Dettmer",
            "Varga",
        ),
    ],
)
def test_the_subject_of_the_reported_clause_is_not_the_speaker(
    pipeline: Pipeline, text: str, reported: str, speaker: str
) -> None:
    quote = quote_with(pipeline, text, "He's a")
    assert quote.speaker is not None, quote
    assert reported not in quote.speaker.text, quote
    assert quote.speaker.canonical is not None and speaker in quote.speaker.canonical, quote


def test_a_name_set_off_after_the_verb_still_speaks(pipeline: Pipeline) -> None:
    """The parse may hang the name on the verb of the relative clause after it ("who
    served ... yet endorsed"): a comma sets it off, so it is the inverted speaker."""
    text = (
        "''The town needs one or two big ideas that are proportionate to the scale of the "
        "problems we are facing,'' said Ingrid Solberg, who served as harbor master during "
        "Mr. Dahl's first term yet endorsed Tom Brekke in the primary. ''Her instinct is to "
        "be cautious.''"
    )
    quote = quote_with(pipeline, text, "big ideas")
    assert quote.speaker is not None and quote.speaker.text == "Ingrid Solberg", quote


def test_a_described_speaker_after_an_inverted_verb_still_speaks(pipeline: Pipeline) -> None:
    """The parse may make the description after "said" the subject of a verb far after it
    ("... the new bloc Mr. Halvorsen helped form"): the noun is not followed by its verb."""
    text = (
        "He also had a voice in decisions about major investments in Velmar, said a former "
        "spokesman for Velmar's Foreign Ministry, Oleg Varnas, who also ran as a candidate "
        "in the new bloc Mr. Halvorsen helped form."
    )
    quote = quote_with(pipeline, text, "Oleg Varnas")
    assert quote.speaker is not None, quote
    assert quote.speaker.text.startswith("a former spokesman"), quote


def test_a_title_tagged_as_a_verb_does_not_split_the_name(pipeline: Pipeline) -> None:
    """ "said ABC Group prexy Paul Brekke": the tagger may call the title a verb whose
    subject is the company; only a finite verb after the name opens a reported clause."""
    text = (
        "“ It is an honor to welcome back Ellen Varga as the host of the biggest celebration "
        "of the year , ” said ABC Entertainment Group prexy Paul Brekke ."
    )
    quote = quote_with(pipeline, text, "It is an honor")
    assert quote.speaker is not None and "Paul Brekke" in quote.speaker.text, quote


def test_a_name_opening_a_verb_of_saying_still_speaks(pipeline: Pipeline) -> None:
    """ "says study Researchers say flu will ...": a headline glued to the standfirst; the
    name opens a clause, but one of saying, so it speaks those words either way."""
    text = (
        "Flu could reach a third of Velmar 's people , says study Researchers say flu will "
        "spread around the valley within nine months ."
    )
    quote = quote_with(pipeline, text, "spread around")
    assert quote.speaker is not None and quote.speaker.text.endswith("Researchers"), quote
