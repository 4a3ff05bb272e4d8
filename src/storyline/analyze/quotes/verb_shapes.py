"""The shapes of a cue verb's clause that `attribution._from_token` asks about: a clitic
"'s" that is "has", "that" after "said", a markup name, a verb's particle, and the noun
that is the verb's real subject when the parse inverted or swallowed it.

Split from attribution.py (past 500 lines); every function reads one verb's tokens.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import ADDRESSEE_VERBS, LISTENER_FIRST, cue_lemma
from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.statements import can_speak

__all__ = [
    "EMPTY_TAGS",
    "OTHER_VERB_PARTICLES",
    "inverted_subject",
    "markup_name",
    "perfect_clitic",
    "that_said",
    "with_particle",
]

_CLITIC_S = frozenset({"'s", "’s"})


def perfect_clitic(verb: Any, lemma: str) -> bool:
    """Whether a participle after "'s" is a perfect the parse took for a passive ("he's
    said he will fight": he has said it, not "he is said"): a verb that does not take its
    listener as object ("she's told that ..." is a passive) with a clause of what was said
    and a subject that can say it ("It's said that ..." stays impersonal)."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return (
        len(aux) == 1
        and aux[0].lower_ in _CLITIC_S
        and lemma not in ADDRESSEE_VERBS
        and len(subjects) == 1
        and subjects[0].lower_ != "it"
        and can_speak(subjects[0])
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


_THAT_SAID_BETWEEN = frozenset({"being", "having", "been"})


_CONNECTIVES = {"said": "that", "told": "all"}
"""Verbs that open a sentence as a writer's connective with the word before them: "That
said," (nevertheless) and "All told," (in all)."""


def that_said(verb: Any) -> bool:
    """Whether the verb opens its sentence as the connective "That said," / "That being
    said," (nevertheless) or "All told," (in all): the writer's turn of phrase, with "That"
    or "All" no source and what follows the comma nobody's words. Only that word first in
    the sentence (or after a bracket or a dash), at most "being"/"having been" before the
    verb, and a comma right after it."""
    doc = verb.doc
    word = _CONNECTIVES.get(verb.lower_)
    if word is None or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False
    i = verb.i - 1
    while i >= 0 and doc[i].lower_ in _THAT_SAID_BETWEEN:
        i -= 1
    if i < 0 or doc[i].lower_ != word:
        return False
    return bool(i == verb.sent.start or doc[i - 1].is_punct)


def markup_name(doc: Any, i: int) -> bool:
    """Whether word `i` of a document is the name of a markup tag left in the text
    (`<tweet author="...">`, `</tweet>`): page code, not a word of the article."""
    if i == 0:
        return False
    before: str = doc[i - 1].text
    return before.endswith(("<", "</")) and bool(doc[i].idx == doc[i - 1].idx + len(before))


def with_particle(verb: Any, particles: frozenset[str]) -> bool:
    """Whether a verb carries one of its reporting particles: "out" as a particle, or a
    preposition with no object before it ("referred to the bridge", not "referred the
    case to a judge")."""
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    return any(
        c.lower_ in particles and (c.dep_ == "prt" or (c.dep_ == "prep" and not has_object))
        for c in verb.children
    )


EMPTY_TAGS = frozenset({"WP", "WDT", "PRP", "DT"})
"""Tags of a one-word content that stands for words given elsewhere ("what", "it", "this")."""


OTHER_VERB_PARTICLES = frozenset({"off", "down", "away", "over", "in", "back", "through"})


_CLOSING_MARKS = frozenset({"”", '"', "''", "’", "'", ","})


_VERB_LEADS = frozenset({"aux", "auxpass", "neg"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def inverted_subject(verb: Any) -> tuple[Any, Any] | None:
    """The speaker written after the verb when it follows the quoted words
    (`"...," added a senior aide`): the parser often takes it for an object. Never after
    a verb whose object is its listener ("..., Ana Ruiz, 58, told the Velmar Post"):
    English does not put the speaker after "told", so the noun there is who heard it."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in _CLOSING_MARKS:
        return None
    if cue_lemma(verb.lower_) in LISTENER_FIRST:
        return None
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "oprd", "nsubj", "appos"} and (
            child.tag_.startswith("NN")
        ):
            return noun_phrase(child)
    return _swallowing_noun(verb) or _opening_noun(verb)


def _swallowing_noun(verb: Any) -> tuple[Any, Any] | None:
    """The noun phrase after an inverted verb that the parse read the verb into, as the
    first word of a name (`"...," claims writer Dana Quill` parsed as one noun phrase
    "claims writer Dana Quill"): the verb is the cue and the words after it the speaker,
    here the writer who names themselves, not a body named before the quote."""
    head = verb.head
    if verb.dep_ != "compound" or head.i <= verb.i or not head.tag_.startswith("NN"):
        return None
    while head.dep_ == "compound" and head.head.i > head.i and head.head.tag_.startswith("NN"):
        head = head.head  # "notes analyst Dana Quill": the verb hung on "analyst", on "Quill"
    start, end = noun_phrase(head)
    if start.i > verb.i + 1:
        return None
    return verb.doc[verb.i + 1], end


def _opening_noun(verb: Any) -> tuple[Any, Any] | None:
    """The noun phrase right after an inverted verb that a split quote's parse hung on the
    quoted words that resume after it (`"The risk," said Ana Ruiz, an engineer, "is ..."`:
    the name becomes the subject of "is"): the name is still the speaker. Not when the
    name runs straight into that verb: in "Ana Ruiz, whose firm sells lamps, said Tom
    Best was a builder" the name opens the clause she reported."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    tok = doc[verb.i + 1]
    while (
        tok.head.i != tok.i
        and tok.head.left_edge.i == verb.i + 1
        and tok.head.tag_.startswith("NN")
    ):
        tok = tok.head
    if (
        not tok.tag_.startswith("NN")
        or tok.dep_ not in {"nsubj", "nsubjpass"}
        or tok.head.i < tok.i
    ):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.tag_ in _FINITE_TAGS
        and (nxt.i == tok.head.i or (nxt.head.i == tok.head.i and nxt.dep_ in _VERB_LEADS))
        and cue_lemma(tok.head.lower_) is None
    ):
        # "said Tom Best was a builder": the name runs straight into its verb (a finite
        # one: "said ABC Group prexy Paul Lee" with "prexy" tagged a verb is one name; and
        # one that reports nothing: in "says study Researchers say flu will ..." the name
        # speaks either way)
        return None
    return noun_phrase(tok)
