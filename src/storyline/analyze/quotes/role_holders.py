"""Who a role noun names: the person the article gave that role ("the prime minister").

The holder chain's role reader, apart from the speaker resolver because it is one
question with its own evidence: the name set right after the role as its appositive,
else the latest person titled with it or set beside it, and only when the words that
qualify the role ("the sentencing judge") are written with that person's name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.source_heads import WORD
from storyline.model import EntityMention

__all__ = ["role_holder"]

_QUALIFIER_WINDOW = 80
"""How far around a named person a role's qualifying words must be written (`_qualified`)."""
_ARTICLE_WORDS: frozenset[str] = frozenset({"the", "a", "an"})


def _qualifiers(words: list[str], head: str) -> list[str]:
    """The words between a role's determiner and its head that tie it to one case or one
    body ("sentencing" in "the sentencing judge", "sorority" in "the sorority 's national
    president"), casefolded: a participle in "-ing", or an owner written with a possessive
    that is no role itself ("the president 's senior adviser" is someone's aide, whoever
    the text named so). Adjectives ("the Kurdish rebel-turned president") qualify nothing
    a name need repeat."""
    heads = [i for i, w in enumerate(words) if w.strip(".,") == head]
    between = words[1 : heads[-1]]
    out: list[str] = []
    for k, w in enumerate(between):
        bare = _bare_word(w)
        owner = _POSSESSIVE_END.search(w) is not None or (
            k + 1 < len(between) and between[k + 1] in {"'s", "’s", "'", "’"}
        )
        if not bare or bare in _ARTICLE_WORDS or not bare.isalpha():
            continue
        if (owner and bare not in ROLE_HEADS) or (bare.endswith("ing") and w.islower()):
            out.append(bare)
    return out


_POSSESSIVE_END = re.compile(r"\w['’]s?$")
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s+|$)(?=[A-Z`'\"“]|$)|\n")
"""Where a sentence ends around a name: a stop before a capital or a quotation mark."""


def _bare_word(word: str) -> str:
    """A word casefolded, without the punctuation around it or a possessive's mark."""
    return re.sub(r"['’]s?$", "", word.strip(".,")).casefold()


_APPOSED_ROLE = re.compile(
    r"\s*,\s+((?:[\w'’-]+\s+){0,5}?[a-z][\w-]*)(?=\s*(?:,|\bfor\b|\bof\b|\bat\b))"
)
"""An appositive after a name, up to where it names whose role it is ("Ana Ruiz, planning
and finance minister for ..."): a few words ending in a lower-case noun."""
_APPOSED_NAME = re.compile(r"\s*,\s*")
_APPOSED_END = re.compile(r"\s*(?:[.,;]|$)")
"""A name set off after a role as its appositive, up to a stop or comma."""
_ROLE_BEFORE = re.compile(r"\b([a-z][\w-]*)\s*,?\s*$")


def role_holder(d: Discourse, words: list[str], start: int, end: int) -> EntityMention | None:
    """The person a role noun ("the prime minister") refers to: the one named right
    after it as its appositive ("said the prime minister, Ana Ruiz."), else the latest
    one given that role before it."""
    if not words or words[0] != "the" or len(words) > 5:
        return None
    heads = [w.strip(".,") for w in words if w.strip(".,") in ROLE_HEADS]
    if not heads:
        return None
    head = heads[-1]
    apposed = next(iter(d.overlapping(end, end + 80)), None)
    if (
        apposed is not None
        and apposed.label == "PERSON"
        and _APPOSED_NAME.fullmatch(d.text, end, apposed.start)
        and _APPOSED_END.match(d.text, apposed.end)
    ):
        return apposed
    qualifiers = _qualifiers(words, head)
    for e in reversed(d.entities[: bisect_left(d.starts, start)]):
        if e.label != "PERSON":
            continue
        if not (e.role and head in e.role.casefold().split()) and not _set_beside(d.text, e, head):
            continue
        if _qualified(d.text, e, qualifiers):
            return e
        return None  # the latest holder of the role is not the one qualified so
    return None


def _qualified(text: str, e: EntityMention, qualifiers: list[str]) -> bool:
    """Whether the words qualifying a role ("the sentencing judge", "the sorority's
    national president") are written with person `e`'s own title or appositive, in
    the sentence naming them: only then is the role that person's. A judge named for
    one case is not "the sentencing judge" of another; a president of one body is not
    "the sorority's president"."""
    before = text[max(0, e.start - _QUALIFIER_WINDOW) : e.start]
    after = text[e.end : e.end + _QUALIFIER_WINDOW]
    before = _SENTENCE_BREAK.split(before)[-1]
    after = _SENTENCE_BREAK.split(after)[0]
    written = {_bare_word(w) for w in WORD.findall(before + " " + after)}
    return all(q in written for q in qualifiers)


def _set_beside(text: str, e: EntityMention, head: str) -> bool:
    """Whether the role noun is set beside the name as an appositive ("Ana Ruiz,
    planning and finance minister for the region,", "the region's finance minister,
    Ana Ruiz"): the text gave that person the role, though no title pattern did."""
    after = _APPOSED_ROLE.match(text, e.end)
    if after is not None and head in after.group(1).casefold().split():
        return True
    before = _ROLE_BEFORE.search(text, max(0, e.start - 60), e.start)
    return before is not None and before.group(1).casefold() == head
