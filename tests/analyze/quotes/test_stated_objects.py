"""A verb of saying whose only complement is a noun phrase states no words (notspeech21,
issue 14): the object is what was announced, asked for or bound to, and a reader shown it
as a quote reads narration as speech. A clause, an infinitive or quotation marks give the
words, and keep the speaker. Every text is invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a demand or an undertaking: what was asked for, its words not given
        ("The Varn Harbour Board proposes a new tax on ferries .", "tax on ferries"),
        ("'' The pier is gone , '' she said , calling for boats from the mainland .", "boats from"),
        ("Senator Ilse Marr called for an inquiry into the dredging contract .", "an inquiry"),
        ("Protesters in Tolva demanded the release of the ferrymen .", "release of the"),
        ("The mayor of Osk promised a recount of the harbour votes .", "a recount"),
        ("The dock workers threaten a strike over the night rota .", "a strike"),
        # a relative clause with its own word describes what was proposed; nothing said
        ("The mayor proposed new harbour rules that would attempt to prevent a flood .", "rules"),
        # a noun that is a verb too is still a noun phrase
        ("The union of Tolva ferrymen called for a harbour boycott .", "boycott"),
        # a figure stays hidden as before (statements4)
        (
            "Premier Ana Dace announced a rise to $ 1,250 in the rebate for people buying a "
            "new boat .",
            "rise to",
        ),
        # an object cut from what it was said to be: half a statement
        (
            "Ivo Marr , an analyst at Tolva Bank , cited the weaker prices of grain for "
            "delivery in later months as evidence that the surplus will not last .",
            "weaker prices",
        ),
    ],
)
def test_a_bare_noun_phrase_object_is_no_statement(
    pipeline: Pipeline, text: str, words: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None  # the source span is kept for PolNeAR's scoring
    assert q.speaker.name is None
    assert not q.stated


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a that-clause, an infinitive, a noun holding its clause
        ("The Varn Harbour Board proposes that ferries pay a new tax .", "ferries pay", "Board"),
        # ("called for the council to open an inquiry": an appeal, shown as "urged" is, to
        # no reader since notspeech45)
        ("The mayor of Osk promised to recount the harbour votes .", "recount", "mayor"),
        # the infinitive after a relative clause with no relative word: the banks are to halt
        (
            "The Varn Savings Board called for the banks it regulates to halt evictions .",
            "halt",
            "Board",
        ),
        ("The Osk council announced plans to close the ferry pier .", "plans to close", "council"),
        # a clause with no "that" whose verb the tagger read as a noun ("resign" NN)
        (
            "Protesters in Tolva gathered in the square on Friday , demanding the embattled "
            "mayor resign .",
            "mayor resign",
            "Protesters in Tolva",
        ),
        # quoted words are words, whatever the verb takes
        ("Senator Ilse Marr called for “ an inquiry into the contract . ”", "inquiry", "Marr"),
        ("Asked about the levy , Mayor Tomas Hale said “ Yes . ”", "Yes", "Tomas Hale"),
        # an answer word stands for the answer
        ("Asked if the pier was safe , Mayor Tomas Hale said no .", "no", "Tomas Hale"),
        # an "as" in a clause of its own after the object is that clause's
        (
            "The cable describes him as the mayor 's fixer , saying he stepped out of the "
            "shadows as the director of the port .",
            "fixer",
            "cable",
        ),
        # what the object is said to be, given with it
        ("Dara Venn described the dredging plan as a disaster .", "a disaster", "Dara Venn"),
    ],
)
def test_words_given_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    q = quote_with(pipeline, text, words)
    assert q.speaker is not None and q.speaker.name is not None
    assert speaker in q.speaker.name
    assert q.stated
