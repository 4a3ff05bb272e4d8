"""Cues used for an act, not for words (issue 14: "quotes that are not statements"): a
person or a government supported or recognized, someone named to a post, a verb done to
oneself, a refusal to act, a mind turned to a topic, a feeling toward people, a kind of
work written, people summoned, and an impersonal "it used to be said". Each keeps its
attribution span, but no speaker is shown; the same verbs used for words keep theirs."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _spoken(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    quotes = pipeline.run(Article(id="t", text=text, published="2024-03-20")).quotes
    return [(q.text, q.speaker.name) for q in quotes if q.speaker is not None and q.speaker.name]


@pytest.mark.parametrize(
    "text",
    [
        # a person or a government supported or recognized
        "For decades, the Republic of Veldor has supported Marland's President Tobias Grell.",
        "Still, the League of Nations continued to recognize the Varga government as the "
        "legitimate one.",
        # named to a post
        "For thirty years, Halvard Brenn never wanted a deputy. Today, he names Anton Varga "
        "vice president.",
        "Halvard Brenn named Anton Varga as his vice president on Saturday.",
        # a verb done to oneself
        "The premier is out of the army, the army command is asserting itself.",
        # a refusal to act
        "By refusing to use the central bank's reserves to rescue Harlow Bank, Mr. Denton "
        "took a gamble.",
        "In refusing to bail out Harlow Bank, Denton put an end to the rescues.",
        # a mind turned to a topic
        "Professor Mira Kessel once got to thinking about power.",
        # a feeling toward people
        "People became so angry with bankers and business tycoons that they voted for the rebels.",
        # a kind of work written
        "Tomas Ebert is editor of the Harbour Weekly. He writes a regular column for the "
        "Valley Courier.",
        # people summoned
        "The embattled leader Anton Varga is calling for fresh volunteers.",
        # a paper written: the work, not what it says (a title in marks is no statement)
        "I 'd suggest two sources . Ana Ruiz , a fund economist , wrote a paper called '' "
        "Capture in Banking , '' which has a good overview of the literature .",
        # a state of things declared into force (a dated list of events)
        "Oregon declares a state of emergency due to the threat to the coast , as the slick "
        "approaches land .",
        # a noun named by a passive participle: what was said is not given
        "But the 50m figure cited by Ana Ruiz took some insiders by surprise .",
        "The plan announced by the mayor on Monday will cost $ 5m .",
        # urged with no one urged: a passive with its "be" left out
        "Since the war , clerics have turned the city into something closer to a seminary , "
        "with music banned and women strongly encouraged to wear the veil .",
        # something added to something
        'The ministry and the broadcasters try to make money by adding fuel to the "swamp '
        'fever" scare.',
        'Jon Berg added one more "fact" to the list.',
        # naming something as a cause with only its object: the writer's gist of a target
        # (issue 14's shown-speaker policy; it showed the governor before)
        "The governor named the bridge as the cause of the delays.",
        # advice with no words quoted: conduct pressed on a listener, in the writer's words
        # (notspeech44; it was listed with the statements before)
        "The council encouraged women to vote in May.",
        # an impersonal passive: nobody said it, least of all the last people named
        'Most people assumed that Denton would help. It used to be said that a bank was "too '
        'big to fail," but no more.',
    ],
)
def test_an_act_shows_no_speaker(pipeline: Pipeline, text: str) -> None:
    spoken = _spoken(pipeline, text)
    assert [s for s in spoken if s[0] != "Denton would help"] == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The minister said she supported the plan to widen the canal.", "supported", "minister"),
        ("Lena Ortiz supported the claim that the dam was safe.", "dam was safe", "Lena Ortiz"),
        ("Mira Kessel wrote that the mill would close.", "mill would close", "Mira Kessel"),
        ("The general declared that the war was over.", "war was over", "general"),
        ("A statement issued by the ministry said the dam was safe.", "dam was safe", "statement"),
        ("Police warned to expect delays on the bridge.", "expect delays", "Police"),
        ("Mira Kessel thinks that the mill will close.", "mill will close", "Mira Kessel"),
        ('"It is too big to fail," the mayor said.', "too big to fail", "mayor"),
        ("The mayor added that the bridge would reopen.", "bridge would reopen", "mayor"),
        ('Jon Berg added: "The bridge will reopen in May."', "bridge will reopen", "Jon Berg"),
    ],
)
def test_the_same_verbs_used_for_words_keep_their_speaker(
    pipeline: Pipeline, text: str, words: str, speaker: str
) -> None:
    spoken = _spoken(pipeline, text)
    assert any(words in w and speaker in s for w, s in spoken), spoken
