"""Figures the text does not assert: a denied report, a question, a condition, a possibility,
an illustration, a figure a correction note withdraws.

"Officials denied reports that the nurse had infected 20 people" carries the figure 20, but
the one thing the sentence asserts is that it is false; "Could 20 people have died ?", "If
20 people were infected, the ward would close" and "the bill could be as high as $2bn" assert
nothing either, nor does "For example, a grower who sells at $4 ..." (`ILLUSTRATION_START`).
Listed as "cases: 20", each reads as the story's fact. `unasserted` says which claims sit in
such a clause; the ledger lines none of them up and the brief lists none. Read
from the words of the figure's own sentence before it (no parse is stored with a claim),
never from its topic.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from storyline.model import Article, Claim

__all__ = ["ILLUSTRATION_START", "retracted", "unasserted"]

ILLUSTRATION_START = re.compile(
    r"\W*(?:(?:but|and|so|now)\s+)?(?:for\s+(?:example|instance)|suppose|supposing|imagine|"
    r"hypothetically|in\s+theory|let\s+'?s\s+say|let\s+us\s+say|say\s+(?=,|that\b)|"
    r"as\s+an\s+(?:example|illustration)|to\s+take\s+an\s+example)",
    re.IGNORECASE,
)
"""A sentence that opens as an illustration or a supposition ("For example, a farmer who
sells at $4 ...", "Suppose a bank lends $100 ..."): it shows how something works or what
would follow, and none of its figures nor its events is a dated fact of the story. A
sentence opening on "if" is read by `_CONDITION` ("If so, officials said 20 died" asserts)."""

_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"disput(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|deride[sd]?|repudiat(?:e|es|ed|ing))\s+"
    r"(?:(?:that\b)|(?:(?:the|a|an|any|all|these|those|such|earlier|recent|media|press|news|"
    r"local|foreign|widespread|unconfirmed|online|initial)\s+){0,3}"
    r"(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|accounts?|speculation|assertions?)"
    r"\s+(?:that|of)\b)",
    re.IGNORECASE,
)
"""A denial of what follows: "denied that ...", "rejected claims of ...", "dismissed media
reports that ...". "The army, which denied involvement, said 20 died" denies something else:
the figure is outside what is denied."""

_CONDITION = re.compile(r"\b(?:if|unless|whether)\b[^,;:]*$", re.IGNORECASE)
"""A condition the figure is in ("if 20 people were infected"): no comma closes it before the
figure. "If so, officials said 20 died" closes it first, and so does a clause of its own
(`_CLAUSE_CUT`: "whether to reopen the mine where 29 miners died")."""

_POSSIBLE = re.compile(
    r"\b(?:could|might|may)\s+(?:(?:not|well|even|also|easily|eventually)\s+)?"
    r"(?:be|reach|top|exceed|cost|hit|rise\s+to|climb\s+to)\s+"
    r"(?:(?:as\s+(?:high|much|many|low)\s+as|up\s+to|more\s+than|over|about|around)\s+)?$",
    re.IGNORECASE,
)
"""A figure given as a possibility ("the bill could be as high as $20 billion", "the toll may
reach 40"): what might be, no fact. "would" and "will" are left alone: "BP said it would pay
$5bn" is a pledge the story reports."""

_CLAUSE_CUT = re.compile(
    r"[;:]|\b(?:but|while|however|after|before|where|when|since|because|until)\b"
    r"|(?:,|\band\b)\s*(?:said|says|added|adds|told|tells|reported|reports)\b",
    re.IGNORECASE,
)
"""What ends a denial's or a condition's reach before the figure: a new clause ("denied
that..., but 20 cases were confirmed"), a clause of time, place or cause of its own ("whether
the strike goes on after police arrested 120"), or the subject's own statement after it
("denied that troops fired and said 20 soldiers were wounded", "The firm, which rejected
claims that it polluted the river, said it paid 200 families")."""


_RETRACTING = re.compile(
    r"\b(?:(?:earlier|previous|prior|original|first)\s+(?:version|edition|entry|update|post|"
    r"draft|report)s?\b[^.;:]*?\b(?:said|says|stated|reported|gave|put|described|called|"
    r"misstated|referred)|mis(?:stated|reported|quoted|identified|calculated)|"
    r"(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|put|"
    r"described|listed|quoted))\b",
    re.IGNORECASE,
)
"""A correction note's words before the figure it withdraws ("An earlier version of this
article said turnout was 63.2 percent", "misstated the rise as 31 percent", "incorrectly
said 40"): the outlet tells what it got wrong, not a figure of the story."""
_CORRECT_FIGURE = re.compile(
    r"[;:]|\b(?:it\s+(?:was|is)|they\s+(?:were|are)|the\s+(?:correct|right|actual|true)|"
    r"in\s+fact|instead\s+of|rather\s+than|but)\b",
    re.IGNORECASE,
)
"""What turns a correction note to the figure that stands ("...; it was 61.2 percent",
"as 31 percent instead of 13 percent": the 13 is right)."""
_NOT_BEFORE = re.compile(r"(?:,\s*|\b)(?:not|rather\s+than|instead\s+of)\s+$", re.IGNORECASE)
"""The withdrawn figure after the one that stands ("It was 61.2 percent, not 63.2 percent")."""


def retracted(article: Article, c: Claim) -> bool:
    """Whether the claim's figure is one a correction note withdraws (`_RETRACTING`): in the
    note, before any words that give the correct figure; or after "not" in the sentence
    right after such a note ("An earlier version misstated the turnout. It was 61.2
    percent, not 63.2 percent")."""
    sentence = _sentence(article, c.start)
    if sentence is None:
        return False
    start, _ = sentence
    text = article.text
    before = text[start : c.start]
    notes = list(_RETRACTING.finditer(before))
    if notes and _CORRECT_FIGURE.search(before, notes[-1].end()) is None:
        return True
    if _NOT_BEFORE.search(before) is None:
        return False
    k = bisect_right([s.start for s in article.sentences], c.start) - 1
    if k < 1:
        return False
    previous = article.sentences[k - 1]
    return _RETRACTING.search(text, previous.start, previous.end) is not None


def unasserted(article: Article, c: Claim) -> bool:
    """Whether the claim's figure is in a denial, a question or a condition of its sentence,
    or is one a correction note withdraws (module doc)."""
    sentence = _sentence(article, c.start)
    if sentence is None:
        return False
    start, end = sentence
    text = article.text
    if ILLUSTRATION_START.match(text, start, end) is not None or retracted(article, c):
        return True
    before = text[start : c.start]
    denials = list(_DENIED.finditer(before))
    if denials and _CLAUSE_CUT.search(before, denials[-1].end()) is None:
        return True
    condition = _CONDITION.search(before)
    if condition is not None and _CLAUSE_CUT.search(before, condition.start()) is None:
        return True
    if _POSSIBLE.search(before) is not None:
        return True
    return _question(text[start:end])


_QUOTES_END = re.compile(r"(?:''|\"|\u201d|\u2019|'|\)|-RRB-|\s)*$")


def _question(sentence: str) -> bool:
    """Whether the sentence asks (ends in a question mark, a closing quote or bracket aside)."""
    return _QUOTES_END.sub("", sentence).endswith("?")


def _sentence(article: Article, position: int) -> tuple[int, int] | None:
    """The span of the sentence holding `position`, None outside every sentence."""
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, position) - 1
    if k < 0 or position >= article.sentences[k].end:
        return None
    return article.sentences[k].start, article.sentences[k].end
