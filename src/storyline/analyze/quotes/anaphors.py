"""The fuller source a bare definite description names again ("the aide", "the paper").

News introduces an unnamed source once in full and then shortens it: "A senior Liberal
House aide said ... '...,' the aide said." A reader shown "the aide" cannot tell who
spoke; the text said it a sentence before. A bare "the <noun>" source is read back to the
latest speaker whose source phrase has the same head noun ("aide", or a compound ending
in it: "the paper" after "Norland's Vesta newspaper"), when that source is fuller than
the bare phrase, stood within a few sentences and no other phrase with that head noun was
introduced in between ("an aide to the governor" would make "the aide" uncertain). A name
found that way is shown with the mention it was read from; a description is shown in its
full wording, with the bare phrase kept as what the attribution wrote. A plural source
with a modifier ("trade sources said") is read back to as well: "one source" after it is
one of that group, and "the source" then is that one, of those sources.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.discourse import Discourse, Said
from storyline.model import Span, Speaker

__all__ = ["bare_noun", "described_before"]

_REACH_CHARS = 1500
"""How far back a bare description is read: a few sentences of the same passage."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_HEAD_END = re.compile(r",|\b(?:who|which|that|at|for|of|in|with|from|on|to)\b")
_BARE = frozenset({"the"})
_DETERMINED = re.compile(
    r"(?i)\s*(?:the|a|an|some|several|many|other|all|both|few|these|those|their|its|his|her)\b"
)
"""A plural source opening with a determiner or quantifier says nothing fuller of its own
("some sources"); a modifier ("trade sources") does."""
_FEW = re.compile(r"(?i)\b(?:two|three|four|five|both|pair)\b")
"""A plural source counting few members: "the source" after it may be either."""


def _head(phrase: str) -> str | None:
    """The head noun of a source phrase: its last word before a comma, a relative clause
    or a preposition ("A senior aide to the governor" -> "aide")."""
    words = _WORD.findall(_HEAD_END.split(phrase, maxsplit=1)[0])
    return words[-1].casefold() if words else None


def bare_noun(surface: str, determiners: frozenset[str]) -> str | None:
    """The noun of a bare description written as one of `determiners` and one lower-case
    noun ("the aide", "The paper", "its executives"), casefolded; None for any other
    phrase (a capitalised second word is a name: "The Guardian")."""
    words = surface.split()
    if len(words) != 2 or words[0].casefold() not in determiners or not words[1].isalpha():
        return None
    if not words[1].islower():
        return None
    return words[1].casefold()


def _bare_head(surface: str) -> str | None:
    """The noun of a bare definite description ("the aide", "The paper"), else None."""
    return bare_noun(surface, _BARE)


def _same_head(bare: str, head: str) -> bool:
    """Whether a fuller phrase's head noun is the bare one, or a compound ending in it
    ("newspaper" for "paper")."""
    return head == bare or (head.endswith(bare) and len(head) - len(bare) >= 3)


def _plural_of(bare: str, head: str) -> bool:
    """Whether a fuller phrase's head is the bare noun's plural ("trade sources" for "the
    source"): the bare one is one of that group."""
    return head in (bare + "s", bare + "es")


def _introduced_between(d: Discourse, bare: str, lo: int, hi: int, group: bool) -> bool:
    """Whether another phrase with the head noun is introduced between the source read
    back to and the bare phrase ("an aide to the mayor", "another aide"). After a group
    ("trade sources said"), "one source" is one of that group, not someone new."""
    says = "an?|another|second" if group else "an?|another|one|second"
    pattern = re.compile(rf"(?i)\b(?:{says})\s+(?:[\w'’-]+\s+){{0,4}}\w*{bare}\b")
    return pattern.search(d.text, lo, hi) is not None


def described_before(d: Discourse, surface: str, start: int) -> Speaker | None:
    """The speaker a bare "the <noun>" at text[start:] names again, with the fuller source
    as its evidence; None when the phrase is not bare or no single source fits."""
    bare = _bare_head(surface)
    if bare is None:
        return None
    end = start + len(surface)
    for said in reversed(d.history):
        if said.pos >= start:
            continue
        if start - said.pos > _REACH_CHARS:
            return None
        found = _fuller(d, said, bare)
        if found is None:
            continue
        evidence, name = found
        group = _plural_of(bare, _head(said.speaker.text) or "")
        if _introduced_between(d, bare, evidence.end, start, group):
            return None
        if name is not None:
            return Speaker(surface, start, end, name, True, "role", evidence)
        return Speaker(surface, start, end, None, False, "description", evidence)
    return None


def _fuller(d: Discourse, said: Said, bare: str) -> tuple[Span, str | None] | None:
    """The fuller mention an earlier speaker gives for the head noun `bare`, and the name
    it stands for (None for an unnamed source), or None when it has another head or is
    no fuller than the bare phrase."""
    sp = said.speaker
    if sp.start is None or sp.end is None:
        return None
    written = Span(sp.start, sp.end, sp.text)
    head = _head(sp.text)
    if head is None or not (_same_head(bare, head) or _plural_of(bare, head)):
        return None
    if _plural_of(bare, head) and (sp.canonical or _FEW.search(sp.text)):
        return None  # "Tom Hale and Ana Ruiz", "two sources": which one is not said
    if sp.resolution == "description" and sp.resolved_from is not None:
        return sp.resolved_from, None  # "the aide" already read back to "A senior aide"
    if sp.canonical:
        # "the company" already read to the body named before it ("Dalcor executive Ana
        # Ruiz was freed, the company said. ... the company tweeted"): that body again
        return sp.resolved_from or written, sp.canonical
    if _bare_head(sp.text) is not None:
        return None  # a bare phrase no one was found for: nothing fuller to show
    if sp.resolution == "description" and len(_WORD.findall(sp.text)) > 2:
        return written, None  # "a company" says no more than "the company"
    if sp.resolution == "description" and _plural_of(bare, head) and not _DETERMINED.match(sp.text):
        return written, None  # "trade sources": a kind of source the bare phrase omits
    return None
