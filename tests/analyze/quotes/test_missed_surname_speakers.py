"""A lone surname the recogniser missed is the one person named in full with it, wherever
that name stood (issue 14, class truncated-name: a reporter named as "the Velm Post 's Dave
Kessler" then "Kessler reported" shown bare). Invented names."""

from __future__ import annotations

from storyline.analyze.quotes.speakers import SpeakerResolver
from storyline.model import EntityMention, Sentence


def test_a_surname_the_recogniser_missed_is_the_person_named_as_a_modifier() -> None:
    # "told the Velm Post 's Dave Kessler more": the discourse keeps no account of a name
    # read as a noun's modifier, yet the lone "Kessler" the recogniser missed is his
    text = (
        "Sources told the Velm Post 's Dave Kessler more about the talks .\n"
        "Kessler reported that the club offered a deal ."
    )
    full = text.index("Dave Kessler")
    entities = [EntityMention(full, full + 12, "Dave Kessler", "PERSON", "Dave Kessler")]
    sentences = [Sentence(0, text.index("\n")), Sentence(text.index("\n") + 1, len(text))]
    verbs = [text.index(v) for v in ("told", "reported", "offered")]
    lone = text.index("Kessler reported")
    speaker = SpeakerResolver(text, entities, sentences, verbs).resolve(lone, lone + 7)
    assert (speaker.name, speaker.named) == ("Dave Kessler", True)
