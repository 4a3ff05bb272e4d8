"""A verb of saying set inside the clause it reports, between that clause's subject and
its predicate, with its own speaker: "Voters, Ana Ruiz suggested, need not worry",
"The risk, said Tomas Orlov, an engineer, is small".

A parse of such a sentence takes the reported clause's subject ("Voters", "The risk") for
the verb's subject, or the speaker after an inverted verb for the subject of the
predicate; either way the one who spoke is lost, and a reader would be shown the
clause's subject as the speaker. The speaker is the noun phrase right beside the verb,
between the two commas that set the attribution off.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.noun_phrases import noun_phrase
from storyline.analyze.quotes.phrases import trimmed
from storyline.analyze.quotes.statements import can_speak

__all__ = ["interrupting_source"]

_FINITE_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})
_NOUN_TAGS = ("NN", "PRP")
_JOINS = frozenset({"and", "or", "&", "nor"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def interrupting_source(
    verb: Any, source: tuple[Any, Any] | None, content: tuple[Any, Any] | None
) -> tuple[tuple[Any, Any], tuple[Any, Any] | None] | None:
    """The (source, content) of a verb of saying that interrupts the clause it reports,
    when the parse took that clause's subject for the source; None otherwise.

    Written after its speaker ("Voters, Ana Ruiz suggested, need not worry"): the
    speaker is the phrase between the last comma and the verb, the verb is followed by a
    comma and the content opens with a finite verb (a predicate whose subject stands
    before the attribution). Written before it ("The risk, said Tomas Orlov, an engineer,
    is small"): the parse makes the speaker the subject of the predicate; the speaker is
    that subject and the content the predicate after the comma closing its phrase."""
    if source is None or content is None:
        return None
    return _after_speaker(verb, source, content) or _before_speaker(verb, source, content)


def _after_speaker(
    verb: Any, source: tuple[Any, Any], content: tuple[Any, Any]
) -> tuple[tuple[Any, Any], tuple[Any, Any] | None] | None:
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "," or content[1].i <= verb.i + 1:
        return None
    # a parse that hangs the verb on the clause it interrupts gives it the whole clause:
    # what it reports is what follows it
    said = trimmed(doc, max(content[0].i, verb.i + 2), content[1].i)
    first = None if said is None else next((t for t in doc[said[0].i :] if not t.is_punct), None)
    if said is None or first is None or first.tag_ not in _FINITE_TAGS:
        return None  # "Ana Ruiz, the mayor said, “We will wait”": the content has a subject
    commas = [t.i for t in doc[source[0].i + 1 : verb.i] if t.text == ","]
    if not commas or commas[-1] >= verb.i - 1 or commas[-1] > source[1].i + 1:
        return None  # "Ana Ruiz, the mayor, said": an appositive closed before the verb
    speaker = doc[commas[-1] + 1 : verb.i]
    clause_subject = doc[source[0].i : commas[-1]]
    if not (_noun_phrase_only(speaker) and _noun_phrase_only(clause_subject)):
        return None
    if not can_speak(speaker.root):
        return None
    return (speaker[0], speaker[-1]), said


def _before_speaker(
    verb: Any, source: tuple[Any, Any], content: tuple[Any, Any]
) -> tuple[tuple[Any, Any], tuple[Any, Any] | None] | None:
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or source[1].i != verb.i - 2:
        # "Aides to Ana Ruiz, who ran the board, said their plans, ...": the subject's own
        # clause closes before the verb, which opens the content; the clause's subject
        # must stand right before the comma the verb follows
        return None
    if not _subject_phrase(doc[source[0].i : source[1].i + 1]):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i <= verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
        if not subjects or subjects[0].left_edge.i != verb.i + 1:
            continue
        subject = subjects[0]
        # the comma closing the speaker's phrase (the parse may hang it on the phrase)
        after = subject.right_edge.i + (doc[subject.right_edge.i].text != ",")
        if after >= len(doc) or doc[after].text != "," or not subject.tag_.startswith(_NOUN_TAGS):
            return None
        if not can_speak(subject):
            return None  # "..., said their speeches, full of talk, would ...": no speaker
        first = next((t for t in doc[after + 1 : clause.right_edge.i + 1] if not t.is_punct), None)
        if first is None or first.tag_ not in _FINITE_TAGS:
            return None
        return noun_phrase(subject), trimmed(doc, after + 1, max(content[1].i, after + 1))
    return None


def _noun_phrase_only(words: Any) -> bool:
    """Whether words are one noun phrase: a noun or pronoun, no verb, no list joined by
    "and" ("Ruiz, Halvi and Quenby said" names three speakers)."""
    tokens = list(words)
    return (
        bool(tokens)
        and any(t.tag_.startswith(_NOUN_TAGS) for t in tokens)
        and not any(t.tag_.startswith(("VB", "MD")) or t.lower_ in _JOINS for t in tokens)
        and not any(t.text in ",;:" or t.is_quote for t in tokens)
    )


def _subject_phrase(words: Any) -> bool:
    """Whether words are one noun phrase that may be a clause's subject, its modifiers
    included: a participle ("the long-awaited report") or a term in marks ("any
    ''clear-eyed'' reading") is part of it; a finite verb, a list or a comma is not."""
    tokens = list(words)
    return (
        any(t.tag_.startswith(_NOUN_TAGS) for t in tokens)
        and not any(t.tag_ in _FINITE_TAGS or t.lower_ in _JOINS for t in tokens)
        and not any(t.text in ",;:" for t in tokens)
    )
