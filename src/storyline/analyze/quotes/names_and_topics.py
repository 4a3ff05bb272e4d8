"""Verbs of saying whose words here are a name given or a topic touched, not a statement
(notspeech44, issue 14): "the guy teammates and fans call Big Swag scored 7 points" (what
people call someone), "has spoken about the sequel, even mentioning casting ideas" (what
the talk touched on). Each keeps its attribution span for PolNeAR; `shown.may_show` shows
no speaker for it. Read off the parse with generic English only."""

from __future__ import annotations

from typing import Any

from storyline.analyze.nlp import lemma as word_lemma
from storyline.analyze.quotes.cues import vocab

__all__ = ["name_given", "topic_gerund"]


def name_given(verb: Any, lemma: str) -> bool:
    """ "the guy teammates and fans call Big Swag scored 7 points": "call" before a clause
    of its own right after it names someone. English "call" takes no clause ("called for",
    "called on" bring in an appeal with a preposition), so a clause the parse hangs on it
    is the rest of the sentence, read through a relative clause with no "whom"; the people
    who use the name are no speakers of it. (With "whom" the parse finds the relative
    clause, and the name is already no statement.) So is a name given back, after the
    narration that holds it (`_named_back`)."""
    if lemma != "call":
        return False
    return any(c.dep_ == "ccomp" and c.left_edge.i == verb.i + 1 for c in verb.children) or (
        _named_back(verb)
    )


_NAMED_OBJECTS: frozenset[str] = vocab("it them this that these those him her")


def _named_back(verb: Any) -> bool:
    """ "ran black bag jobs , he called them , for years": "call" with a pronoun for its
    object and the name written before it, the clause that holds the name being the
    writer's narration. Only the term is the subject's; the parse hangs the whole clause
    before the verb on it as what was said. "called it a fraud" (the name after) is read
    by the object rules."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lower_ not in _NAMED_OBJECTS:
        return False
    if any(c.dep_ in {"oprd", "xcomp", "attr"} for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


_TOPIC_GERUND_VERBS: frozenset[str] = vocab("mention cite discuss")
"""Verbs whose gerund object is a topic ("mentioning casting ideas", "cited rising costs")."""


def topic_gerund(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "even mentioning casting ideas and filming plans": a verb that names a topic with a
    gerund the parse took for a clause of its own (no subject, no "that"), right after it.
    It tells what was touched on, with none of the words said about it; a gerund of
    perceiving (`_WITNESSED`) is the subject's account of what they saw, and stays."""
    if lemma not in _TOPIC_GERUND_VERBS or content is None:
        return False
    first = next((t for t in content if not t.is_punct), None)
    return (
        first is not None
        and first.i == verb.i + 1
        and first.tag_ == "VBG"
        and first.head.i == verb.i
        and first.dep_ in {"xcomp", "ccomp"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in first.children)
        and word_lemma(first.text, first.tag_) not in _WITNESSED
    )


_WITNESSED: frozenset[str] = vocab("see hear witness notice spot meet watch smell")
"""Verbs of perceiving whose gerund after "mentioned" tells what the subject saw or heard
("mentioned seeing the suspect near the harbour"): an account of their own, as "recalled
seeing ..." is, not a topic touched on."""
