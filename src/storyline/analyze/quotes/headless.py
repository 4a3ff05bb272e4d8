"""Whether a clause content opens with its verb: a parse that took the clause's subject
for the speaker.

"Fitch warned the $20bn fund agreed this week might not cover the debts": a parse
that reads "the fund agreed" as a clause leaves "might not cover the debts" as what
the fund "agreed", and the fund as its speaker. English reported clauses have a
subject before a modal or finite verb, so content opening with one is the tail of a
clause whose subject the parse gave away; the speaker it was given is no speaker.
A relative pronoun before the source ("the figure, which the firm said was
accurate") is that clause's subject, and the source did say it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from storyline.analyze.quotes.cues import SPEECH_LEMMAS, cue_lemma

__all__ = ["bracketed_aside", "cue_follows", "opens_with_verb", "predicate_in_marks"]


_FINITE_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})
_CLAUSE_HEADS = frozenset({"ccomp", "xcomp", "conj", "ROOT", "advcl", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def opens_with_verb(verb: Any, content: Any) -> bool:
    """Whether a parsed clause content's first word is a modal or finite verb with no
    subject before it ("might not cover all of its debts"), right after its reporting
    `verb`. After a comma it is the rest of a sentence the attribution interrupts ("The
    plan, the mayor said, was cheaper"), whose subject stands before it."""
    tokens = [t for t in content if not t.is_punct and not t.is_space]
    if not tokens or tokens[0].tag_ not in _FINITE_TAGS:
        return False
    first = tokens[0]
    head = first.head if first.dep_ in {"aux", "auxpass", "neg"} else first
    if head.dep_ not in _CLAUSE_HEADS or any(c.dep_ in _SUBJECTS for c in head.children):
        # "columnist ... had telephoned" ("syndicated" tagged a verb modifies a noun),
        # "attempts ... had failed", "that 's the army": the clause has its subject
        return False
    between = content.doc[verb.i + 1 : tokens[0].i] if verb.i < tokens[0].i else None
    if between is None or any(t.is_punct for t in between):
        return False
    return not _relative_subject(verb)


_OPENING_BRACKETS = frozenset({"(", "-LRB-", "["})
_CLOSING_BRACKETS = frozenset({")", "-RRB-", "]"})


def bracketed_aside(verb: Any, content: Any) -> bool:
    """Whether a clause content is a whole sentence in brackets after its verb's own words
    ("Quenby is expecting a raise ( he was given $ 2 million upfront for the first film
    )"): the parse hangs the bracketed clause on the verb, but brackets after a clause set
    apart the writer's aside, told in the third person, not the subject's words. Brackets
    right after a colon hold the words the colon announces, and stay the subject's."""
    tokens = [t for t in content if not t.is_space and t.text != "."]
    if len(tokens) < 3 or tokens[0].text not in _OPENING_BRACKETS:
        return False
    if tokens[-1].text not in _CLOSING_BRACKETS or tokens[0].i <= verb.i + 1:
        return False
    if content.doc[tokens[0].i - 1].text == ":":
        return False  # "told reporters : ( the dam is safe )": the colon gives the words
    inner = content.doc[tokens[0].i + 1 : tokens[-1].i]
    return not any(t.text in _OPENING_BRACKETS for t in inner)


def predicate_in_marks(text: str, name_end: int, mark_start: int, verbs: Sequence[int]) -> bool:
    """Whether quoted words are the predicate of the name before them: "Costa and his
    associates `` wrongfully caused an account to be opened ''" quotes a filing about
    them, with no verb between the name and the marks and the words opening in lower case
    like a sentence's verb phrase. The one named did not say them."""
    if name_end > mark_start or ":" in text[name_end:mark_start]:
        return False
    i = bisect_left(verbs, name_end)
    if i < len(verbs) and verbs[i] < mark_start:
        return False
    first = _FIRST_WORD.search(text, mark_start, min(len(text), mark_start + 60))
    return first is not None and first.group()[:1].islower()


def cue_follows(text: str, end: int) -> bool:
    """Whether quoted words closed by a comma are followed by a verb of saying among the
    next two words ("... control , '' says reporter about the town"): the words are given
    to whoever follows, so a name before the marks (a headline's "fired Scud missile") or
    the speaker of the quote before is not theirs. Words closed by a sentence end are
    followed by a new sentence, whose cue is its own."""
    inner = text[:end].rstrip().rstrip("'\"”’`").rstrip()
    if not inner.endswith(","):
        return False
    return any(cue_lemma(w) in SPEECH_LEMMAS for w in _FIRST_WORD.findall(text, end, end + 30)[:2])


_FIRST_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_RELATIVES = frozenset({"which", "that", "who", "whom", "what"})


def _relative_subject(verb: Any) -> bool:
    """Whether the clause's subject is a relative pronoun before the source ("the figure,
    which the firm said was accurate", "a plan that officials said would fail"): the
    content's subject stands there, and the source did say it."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    before = subjects[0].left_edge.i - 1
    return before >= 0 and verb.doc[before].lower_ in _RELATIVES
