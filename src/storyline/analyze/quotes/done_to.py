"""Words a cue takes that tell what was done to someone or asked of them, not what its
subject said (notspeech46, issue 14):

- the reason a passive gives ("cited by Velmar police for driving under the influence",
  "was praised by the council for saving the pier"): "cite", "charge", "praise" name an
  official act or a judgement there, and the "for" phrase is why it was done, never words
  the agent stated;
- a clause that belongs to a gerund inside a prepositional phrase after the cue ("has
  charged the inspectors with verifying that the plant was closed", "tasked the police
  with making sure that ..."): a parse that hangs the clause on the cue shows a mandate
  or a charge as the subject's statement, where the subject only said what others are to
  check.

Both read the parse only; the attribution stays for PolNeAR's scoring and no speaker is
shown (`shown.may_show`).
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import vocab

__all__ = ["gerund_clause", "passive_reason"]

_REASON_PREPS: frozenset[str] = vocab("for")
_NEGATIONS: frozenset[str] = vocab("not never n't")
_PREP_OBJECTS = frozenset({"pobj", "pcomp"})
_MIN_GERUND = 5
"""Shortest "-ing" word read as a gerund ("doing"); shorter ones ("king", "ring") are not."""


def passive_reason(verb: Any, content: Any | None) -> bool:
    """Whether a passive cue's content is the "for" phrase of why its subject was acted on
    ("was cited by police for speeding", "cited by traffic police in May for driving under
    the influence, Ivo Marek was sent home"): a passive participle (with "by" or a passive
    auxiliary) whose content is the object of its own "for"."""
    if content is None or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ in {"agent", "auxpass", "nsubjpass"} for c in verb.children):
        return False
    root = _root(content)
    return (
        root is not None
        and root.dep_ in _PREP_OBJECTS
        and root.head.lower_ in _REASON_PREPS
        and root.head.head.i == verb.i
    )


def gerund_clause(verb: Any, content: Any | None) -> bool:
    """Whether a clause content after the cue stands right after a gerund that is a
    preposition's object ("charged the auditors with verifying that the loans were
    repaid", "with making sure that ..."): the clause is what the gerund takes, a duty set
    or a deed, whatever head the parse gave it."""
    if content is None or content.start <= verb.i + 1:
        return False
    doc = verb.doc
    before = content.start - 1
    if content[0].lower_ != "that":
        if doc[before].lower_ != "that":
            return False  # only a "that" clause is surely the gerund's complement
        before -= 1
    if before <= verb.i:
        return False
    word = doc[before]
    gerund = word if _gerund(word) else word.head if _gerund(word.head) else None
    return gerund is not None and verb.i < gerund.i <= before


def _gerund(tok: Any) -> bool:
    """An "-ing" word a preposition takes as a verb ("with verifying", "for saying"): no
    determiner or possessor on it ("after the meeting" is a noun), and not negated ("for
    not disclosing that ...": what was kept back, which the subject holds true)."""
    low = tok.lower_
    return (
        low.endswith("ing")
        and len(low) >= _MIN_GERUND
        and tok.dep_ in _PREP_OBJECTS
        and tok.head.tag_ == "IN"
        and not any(c.dep_ in {"det", "poss", "neg"} for c in tok.children)
        and tok.doc[tok.i - 1].lower_ not in _NEGATIONS
    )


def _root(content: Any) -> Any | None:
    """The token of a span whose head lies outside it."""
    inside = range(content.start, content.end)
    return next((t for t in content if t.head.i not in inside or t.head.i == t.i), None)
