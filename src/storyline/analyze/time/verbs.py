"""Which way a bare "Friday" or "in January" points, read from the verbs' part-of-speech tags.

HeidelTime resolves such expressions by the tense of the sentence. News
mostly reports what happened, so the past is the default and the future
needs evidence: the finite verb group that governs the expression (the
nearest one before it, the first one after it when it opens the clause)
carrying "will"/"would", a plan or schedule ("planned to leave on Thursday",
"has scheduled a news conference Thursday", "set to resume Monday"), a
commitment ("agreed to buy the unit in February", "an agreement to acquire
the bank in January"), a scheduled present ("meet Monday"), or a deadline
word right before it ("until", "as early as"). A past perfect ("had been
due to expire Friday") and a past-tense head ("met Monday") say past; a plan
the sentence reports as history ("a service planned for Saturday was
canceled") says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from storyline.analyze.time.tense import Tense

__all__ = ["TaggedToken", "verb_tense"]


class TaggedToken(NamedTuple):
    """One token with its character offsets and its fine-grained (Penn) tag."""

    start: int
    end: int
    lower: str
    tag: str


_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
_GLUE = frozenset({"RB", "TO", "RP"})  # "will not", "to", "has already"
_FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
_HAVE = frozenset({"have", "has", "'ve", "had", "'d"})
# Present-tense reporting and cognition verbs: "she estimates ... in October" reports a
# view now and says nothing of when; only event verbs have a scheduled present ("meet Monday").
_SPEECH_WORDS = (
    "says say tells reports announces insists adds notes estimates estimate believes believe "
    "thinks think argues argue claims claim contends contend maintains maintain acknowledges "
    "admits concedes explains recalls recall remembers remember knows know shows show "
    "indicates indicate suggests suggest confirms confirm denies deny agrees agree feels feel"
)
_SPEECH = frozenset(_SPEECH_WORDS.split())
# Words that put what follows after the time of the verb: a plan, a schedule, a delay.
_INTENT = re.compile(
    r"^(?:plan(?:s|ned|ning)?|schedul(?:e|es|ed|ing)|slated|expect(?:s|ed|ing)?|due|poised|"
    r"intend(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|upcoming)$"
)
# The same only before "to", "for" or "until": "set to resume", "postponed until", a wish
# ("wanted to delay the debate on Friday": the debate is still ahead).
_INTENT_BEFORE = re.compile(
    r"^(?:set|going|about|ready|postpon(?:e|es|ed)|delay(?:s|ed)?|extend(?:s|ed)?|"
    r"defer(?:s|red)?|move[sd]?|agree[sd]?|promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?|"
    r"decid(?:e|es|ed)|threaten(?:s|ed)?|want(?:s|ed)?|hop(?:e|es|ed)|seek(?:s)?|sought|"
    r"aim(?:s|ed)?)$"
)
# Nouns of a commitment whose to-infinitive is yet to happen: "an agreement to acquire
# the bank in January", "a plan to close the plant next month".
_COMMITMENT = re.compile(
    r"^(?:agreements?|plans?|offers?|deals?|bids?|pacts?|accords?|proposals?|contracts?|"
    r"commitments?|pledges?|promises?|decisions?|intention|obligations?)$"
)
_INTENT_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ"})
_DEADLINE = re.compile(
    r"\b(?:until|till|as\s+(?:early|soon|late)\s+as|no\s+later\s+than|starting|beginning|"
    r"effective)\s+(?:on\s+|at\s+)?$",
    re.IGNORECASE,
)
_BARRIERS = frozenset({";", ":", "--", "(", ")", '"', "``", "''", "“", "”"})


def _verb_groups(tokens: Sequence[TaggedToken]) -> list[list[int]]:
    """Maximal verb groups ("had not been", "will meet", "made") as token indices."""
    groups: list[list[int]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].tag not in _VERB_TAGS:
            i += 1
            continue
        members = [i]
        j = i + 1
        while j < len(tokens) and (tokens[j].tag in _VERB_TAGS or tokens[j].tag in _GLUE):
            if tokens[j].tag in _VERB_TAGS:
                members.append(j)
            j += 1
        groups.append(members)
        i = j
    return groups


def _intent(tokens: Sequence[TaggedToken], lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] speak of a plan, a schedule or a delay."""
    for k in range(lo, hi):
        tok = tokens[k]
        if tok.tag not in _INTENT_TAGS:
            continue
        if _INTENT.match(tok.lower):
            return True
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if _INTENT_BEFORE.match(tok.lower) and nxt in ("to", "for", "until", "till"):
            return True
    return any(
        tokens[k].tag in ("NN", "NNS")
        and _COMMITMENT.match(tokens[k].lower)
        and tokens[k + 1].tag == "TO"
        for k in range(lo, min(hi, len(tokens) - 1))
    )


def _past_perfect(tokens: Sequence[TaggedToken], members: list[int]) -> bool:
    words = [tokens[k] for k in members]
    return any(
        w.lower in ("had", "'d") and w.tag == "VBD" and any(x.tag == "VBN" for x in words[n + 1 :])
        for n, w in enumerate(words)
    )


def _group_tense(
    tokens: Sequence[TaggedToken], members: list[int], intent: bool, after: bool = False
) -> Tense | None:
    words = [tokens[k].lower for k in members]
    finite = [k for k in members if tokens[k].tag in _FINITE]
    if not finite:
        if intent:
            return "future"
        # A bare participle governs as a reduced relative: "statements made Friday".
        return "past" if all(tokens[k].tag == "VBN" for k in members) else None
    word, tag = tokens[finite[0]].lower, tokens[finite[0]].tag
    if _past_perfect(tokens, members):
        return "past"
    if word in _FUTURE_MODALS:
        return "past" if "have" in words else "future"
    if after and tag == "VBD":
        return "past"  # "On Friday, the government planned to pay": the planning is dated
    if intent:
        return "future"
    if tag == "MD":
        return None  # "could", "may": no direction of their own
    if tag == "VBD":
        return "past"
    if word in _HAVE and any(tokens[k].tag == "VBN" for k in members):
        return "past"  # present perfect: "has agreed"
    if after or word in _SPEECH:
        return None  # "The message on Friday sets the stage": a present of commentary
    return "future"  # the scheduled present: "meet Monday"


def verb_tense(
    tokens: Sequence[TaggedToken], start: int, end: int, before: str = ""
) -> Tense | None:
    """The tense of the verb group governing text[start:end] in its tagged sentence.

    `before` is the text just before the expression, for deadline words. Verbs
    across a semicolon, colon, dash, bracket or quote mark belong to another
    clause; they are only consulted when the expression's own clause has none.
    """
    lo, hi = 0, len(tokens)
    for k, tok in enumerate(tokens):
        if tok.lower in _BARRIERS:
            if tok.end <= start:
                lo = k + 1
            elif tok.start >= end and hi == len(tokens):
                hi = k
    tense = _clause_tense(tokens[lo:hi], start, end, before)
    if tense is None and (lo, hi) != (0, len(tokens)):
        tense = _clause_tense(tokens, start, end, before)
    return tense


def _cancelled_plan(
    tokens: Sequence[TaggedToken], members: list[int], after: list[list[int]]
) -> bool:
    """A bare participle of intent whose noun's own verb, after the expression, is past.

    In "a memorial service planned for Saturday was canceled" the plan is
    reported as history: "planned" alone does not point ahead.
    """
    if not after or not all(tokens[k].tag == "VBN" for k in members):
        return False
    return _group_tense(tokens, after[0], False, after=True) == "past"


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def _opens_relative(
    tokens: Sequence[TaggedToken], before_groups: list[list[int]], split: int
) -> bool:
    """Whether a relative pronoun ("who", "whose", "which") stands between the last verb
    before the expression and the expression: the expression is in the relative clause."""
    lo = before_groups[-1][-1] + 1 if before_groups else 0
    return any(tokens[k].tag in _RELATIVE_TAGS for k in range(lo, split))


def _clause_tense(tokens: Sequence[TaggedToken], start: int, end: int, before: str) -> Tense | None:
    scope = [t for t in tokens if not start <= t.start < end]
    split = sum(1 for t in scope if t.end <= start)
    groups = _verb_groups(scope)
    deadline = bool(_DEADLINE.search(before))
    # Walk back from the expression: a bare infinitive or gerund defers to its governor.
    after = [g for g in groups if g[0] >= split]
    before_groups = [g for g in groups if g[-1] < split]
    if after and not deadline and _opens_relative(scope, before_groups, split):
        # "others, whose council on Saturday offered an amnesty, ...": the relative
        # clause's own verb (after the expression) governs it, not the main clause's.
        tense = _group_tense(scope, after[0], False, after=True)
        if tense is not None:
            return tense
    for members in reversed(before_groups):
        intent = deadline or _intent(scope, members[0], split)
        if intent and not deadline and _cancelled_plan(scope, members, after):
            return None  # "a service planned for Saturday was canceled": no schedule ahead
        tense = _group_tense(scope, members, intent)
        if tense is not None:
            return tense
    if deadline:
        if after and _past_perfect(scope, after[0]):
            return "past"  # "Until Thursday, they had not called him a suspect"
        return "future"
    for members in after:
        intent = _intent(scope, members[0], min(len(scope), members[-1] + 2))
        tense = _group_tense(scope, members, intent, after=True)
        if tense is not None:
            return tense
    return None
