"""Who a reported clause's pronoun subject stands for, as its own sentence gives it.

"The mayor said she believes the levy will pass": the belief is reported by the
mayor's words; the scheme of attributions (PARC/PolNeAR) writes one statement
with the mayor as its source, and the "she" of the inner clause is that same
person. When the cue's subject is a personal pronoun and the cue's clause is
the complement of another reporting verb whose own subject agrees with it in
number, that subject is the phrase the pronoun continues. The stage then writes
the outer subject as the source span, but only when the pronoun was resolved to
the person that phrase names (see `stage`): the grammar proposes, the
discourse resolver confirms, so nobody is guessed across another person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from storyline.analyze.quotes.cues import cue_lemma
from storyline.analyze.quotes.participles import participle_source
from storyline.analyze.quotes.phrases import source_head, subject_of
from storyline.model import Speaker

__all__ = ["PERSONAL_SUBJECTS", "continued_speaker", "reporting_subject"]

PERSONAL_SUBJECTS = frozenset({"he", "she", "they"})
"""Third-person pronouns an inner clause's subject can continue an outer subject with."""

_SINGULAR_TAGS = frozenset({"NNP", "NN"})
_PLURAL_TAGS = frozenset({"NNPS", "NNS"})


def reporting_subject(verb: Any, source: tuple[Any, Any] | None) -> tuple[Any, Any] | None:
    """The subject of the reporting verb whose words hold `verb`'s clause, when `source`
    is a pronoun that continues it ("Ruiz told the council that she doubts ...": Ruiz),
    else None. The pronoun must be the verb's own subject, the verb's clause the outer
    verb's complement, and the outer subject written before the pronoun, agreeing with it
    ("he"/"she" a singular noun, "they" a plural one, or the same pronoun)."""
    if source is None or source[0].i != source[1].i:
        return None
    pronoun = source[0]
    word = pronoun.lower_
    if word not in PERSONAL_SUBJECTS or pronoun.dep_ != "nsubj" or pronoun.head.i != verb.i:
        return None
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    outer = verb.head
    if cue_lemma(outer.lower_) is None:
        return None
    found = participle_source(outer, subject_of(outer))
    if found is None or found[1].i >= pronoun.i:
        return None
    head = source_head(found)
    if head.lower_ == word:
        return found
    tags = _PLURAL_TAGS if word == "they" else _SINGULAR_TAGS
    return found if head.tag_ in tags else None


def continued_speaker(
    text: str, speaker: Speaker | None, outer: tuple[int, int] | None
) -> Speaker | None:
    """`speaker` written as the outer subject `outer` (character offsets) when it is the
    pronoun `reporting_subject` hung there and the discourse resolved it to the person
    that phrase names (the name it was read from lies inside the phrase), or the phrase is
    the same pronoun ("He told us he doubts ..."); otherwise `speaker` unchanged. The
    name, resolution and evidence stay the pronoun's: only the span written changes."""
    if speaker is None or outer is None or speaker.start is None or speaker.end is None:
        return speaker
    word = speaker.text.strip().casefold()
    if word not in PERSONAL_SUBJECTS or not outer[1] <= speaker.start:
        return speaker
    phrase = text[outer[0] : outer[1]]
    evidence = speaker.resolved_from
    same = phrase.strip().casefold() == word
    named_there = (
        speaker.resolution == "pronoun"
        and evidence is not None
        and outer[0] <= evidence.start
        and evidence.end <= outer[1]
    )
    if not (same or named_there):
        return speaker
    return replace(speaker, text=phrase, start=outer[0], end=outer[1])
