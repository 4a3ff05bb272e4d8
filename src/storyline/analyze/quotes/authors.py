"""Who wrote the writing a source names ("the statement said", "according to a letter
signed by Ana Ruiz"): the author the text itself gives it.

News quotes a statement, a letter or a memorandum and names its author with it ("a letter
signed by Ana Ruiz", "a statement from the Harbour Authority") or in the sentence before
("A statement by the Dorvanian Foreign Ministry described the attacks as senseless.
'...,' the statement said"). A reader shown "the statement" cannot tell whose words those
are; the author is who said them. Read only where the text links the two: the phrase
followed by "by" or "from" and a name, or "the <writing>" after exactly one writing of
that noun given an author so in its own sentence or the two before, by "by" or as the
subject that issued it ("Ana Ruiz issued a statement ... The statement said"). Word classes only,
never a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.family_names import surname_bearer
from storyline.analyze.quotes.source_heads import POSSESSIVE
from storyline.analyze.quotes.speaking_nouns import WRITING_NOUNS
from storyline.model import EntityMention, Span, Speaker

__all__ = ["written_by"]

_WINDOW = 2
"""Sentences before the phrase's own that "the statement" reaches back over, as
`descriptions.described_again` reaches for "the company"."""
_BY = (
    r"\s*,?\s*(?:(?:signed|written|issued|sent|distributed|released|published|prepared|"
    r"drafted|posted|read)\s+)?(?:by|from)\s+(?:the\s+)?$"
)
_AUTHOR_AFTER = re.compile(_BY.removesuffix("$"))
_AUTHORS = frozenset({"PERSON", "ORG"})
_ISSUED = (
    r"\s*,?\s*(?:(?:also|later|then|quickly|swiftly)\s+)?(?:issued|released|published|"
    r"put\s+out|sent\s+out|posted)\s+(?:a|an)\s+"
)
"""A name's own verb of putting out a writing ("Ana Ruiz issued a statement", "Dalcor ,
later released a statement"): the name is that writing's author."""


def written_by(d: Discourse, words: list[str], start: int, end: int) -> Speaker | None:
    """The author of the writing a source phrase at text[start:end] names (`words` its
    lower-case words), with the mention the author was read from; None when the phrase
    names no writing or the text gives it no one author."""
    if not 2 <= len(words) <= 4 or words[0] not in ("a", "an", "the"):
        return None
    head = words[-1].strip(".,")
    if head not in WRITING_NOUNS:
        return None
    author = _author_at(d, _AUTHOR_AFTER.match(d.text, end))
    if author is None and words[0] == "the":
        author = _author_before(d, head, start)
    if author is None:
        return None
    surface = d.text[start:end]
    name = author.canonical or author.text
    evidence = Span(author.start, author.end, author.text)
    bearer = surname_bearer(d, author, author.start)
    if bearer is not None:
        name, evidence = bearer  # "a letter signed by Quenby": which Quenby, as a source
    return Speaker(surface, start, end, name, True, "role", evidence)


def _author_at(d: Discourse, by: re.Match[str] | None) -> EntityMention | None:
    """The person or body named right where "by ..." leaves off."""
    if by is None:
        return None
    i = bisect_left(d.starts, by.end())
    if i >= len(d.entities) or d.entities[i].start != by.end():
        return None
    e = d.entities[i]
    return e if _whole_author(d, e) else None


def _whole_author(d: Discourse, e: EntityMention) -> bool:
    """Whether a mention after "by" names the author itself: a person or a body, outside
    quotation marks, not the owner of another noun ("by Dalcor 's owner": the owner
    wrote it, whoever that is)."""
    return e.label in _AUTHORS and not POSSESSIVE.match(d.text, e.end) and not d.quoted(e.start)


_LOOK_BACK_CHARS = 80
"""How far before an author's name its writing's noun may stand ("A statement issued
late on Friday by the ...")."""


def _author_before(d: Discourse, head: str, start: int) -> EntityMention | None:
    """The one author given a writing of the noun `head` in the window before `start`
    ("A statement by the Foreign Ministry ..."); None for none or for two."""
    lo = d.sentences[max(0, d.sentence_of(start) - _WINDOW)].start
    pattern = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}{head}s?" + _BY)
    issued = re.compile(_ISSUED + rf"(?:[\w-]+\s+){{0,3}}{head}\b")
    found: dict[str, EntityMention] = {}
    for e in d.entities[bisect_left(d.starts, lo) : bisect_left(d.starts, start)]:
        # the writing's noun, then "by", ending right where the name starts; or the name
        # as the subject of issuing one ("Ana Ruiz issued a statement")
        if not _whole_author(d, e):
            continue
        if pattern.search(d.text, max(lo, e.start - _LOOK_BACK_CHARS), e.start) or (
            issued.match(d.text, e.end) and not d.modifier(e)
        ):
            found.setdefault(e.canonical or e.text, e)
    return next(iter(found.values())) if len(found) == 1 else None
