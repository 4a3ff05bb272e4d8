"""The record of one attribution found in a sentence: character offsets of its parts.

Kept apart from the parse reading so that every cue reader (verbs, speech nouns,
stances, "according to") builds the same record without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Attribution"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Character offsets of a cue, its source (if written) and its content (if found)."""

    cue_start: int
    cue_end: int
    cue: str
    source: tuple[int, int] | None
    content: tuple[int, int] | None
    antecedent: tuple[int, int] | None = None
    """The noun phrase a relative-pronoun source hangs on ("the board, which ruled"), or
    the reporting subject a pronoun source continues ("Ruiz said she doubts": Ruiz)."""
    content_is_phrase: bool = False
    """The content is what the words are about (an object: "called the plan", "criticized
    the law as"), not a clause stating them, so quoted words beside it in the sentence
    ("called the plan "a disaster"") are still this cue's to take."""
    sourceless: bool = False
    """The text names no source (a passive with no agent: "is expected to", "was
    described as"); its subject is what was spoken of, so none is to be looked for."""
    statement: bool = True
    """Whether the source states the content. An attribution in the broad sense of the
    PARC/PolNeAR scheme also covers a plan ("aims to discuss"), an intention ("plans to
    leave") and a state of things ("Cases seem to be declining", "figures show"): its
    source span is kept as the scheme writes it, but it names nobody who said anything."""
    turned_down: bool = False
    """The content is others' words the source turns down ("The minister denied claims that
    ..."): not the source's statement, but the source is still the one a later "she" in
    the passage stands for ("..., and she said she would not resign")."""
    verbatim: bool = False
    """The content is the source's own words though no marks enclose them: a transcript
    turn after its upper-case label ("FALLIN : Well, I think ...") is what was said, word
    for word, so the quote is direct (a headline's "Smith: talks will fail" is not)."""
    says: bool = True
    """Whether the cue, with no quoted words, says something a reader may be shown with a
    speaker (a verb of saying, or of opinion with a clause; see `shown.may_show`)."""
    voiced: bool = True
    """Whether the cue can report words at all: quoted words beside a verb of wanting,
    knowing, perceiving or doing ("wants", "knows") are not its subject's."""
    source_speaks: bool = True
    """Whether the source phrase's head names someone who can speak
    (`speaking_sources.head_can_speak`): "The reason", "His comments" cannot."""
