"""The one who asks is not the one who answers.

"Asked by the judge if he understood the charges , he responded `` Yes . ''" and "Kolwe
was asked by Judge Ana Ruiz if ... . He responded , `` Yes , '' to the questions": the
agent of the asking (read as the clause's logical subject, and so a likely antecedent) put
the question; the "he" who responds, replies or answers is the one asked. The asker is
never shown as the speaker of the answer (pronouns.py).
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.model import Span

__all__ = ["asker_of_answer"]

_ANSWERS = vocab("reply respond answer")
_VERB_AFTER = re.compile(r"\s*[A-Za-z]+\s+([a-z]+)")
_ASKED_BY = re.compile(
    r"\b(?i:asked|questioned|pressed|quizzed|interviewed|posed|put)\s+by\s+"
    r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$"
)
"""A passive verb of asking and its "by", a title or two between allowed: "asked by the",
"questioned by Judge "."""


def asker_of_answer(text: str, pronoun_start: int, evidence: Span) -> bool:
    """Whether the pronoun at `pronoun_start` answers ("he responded", "she replied") and
    the mention it was read from is the agent of a question put to someone ("asked by
    the judge", "questions posed by Hale")."""
    verb = _VERB_AFTER.match(text, pronoun_start)
    if verb is None or cue_lemma(verb.group(1)) not in _ANSWERS:
        return False
    return _ASKED_BY.search(text, max(0, evidence.start - 40), evidence.start) is not None
