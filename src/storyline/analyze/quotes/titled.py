"""The one person an article gives a bare description's noun as a title ("the developer
boasted ... billionaire developer Piet Varnek 's projects").

News often names a source by what they are ("the developer", "the author") and names
them, under that very noun, elsewhere in the article, before or after. The noun is read
as that person only through a link the text writes: the noun set right before the name
("developer Piet Varnek", "the developer , Piet Varnek") or as its appositive ("Piet
Varnek , the developer ,", "Piet Varnek , a developer ,"), or the title the recogniser
read. And only when that link is the article's only one for the noun: two people titled
so, or the noun used once more for anyone else ("a developer said", "another
developer", "the developer of the mall", "deputy developer"), leave the description as
written, never a guess at a different person. Plural uses ("other developers") name a
group, not a rival one, and are no bar.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.source_heads import PREPOSITIONS
from storyline.model import EntityMention

__all__ = ["initialled_title", "name_after_title", "qualifies_title", "titled_one"]

_RANKS = vocab(
    "former ex previous late then deputy vice assistant acting interim outgoing incoming "
    "chief senior junior co"
)
"""Words that make a title another office, or the office at another time."""
_QUALIFIED = re.compile(r"\s+(?:of|for|at|from|to|with|in|on)\b")
"""What follows a noun that says whose or which one it is ("the developer of the mall")."""
_NAME_NEXT = re.compile(r"\s*,?\s*[A-Z]")


def titled_one(d: Discourse, words: list[str], start: int) -> EntityMention | None:
    """The person the bare description `words` ("the developer") at `start` is, by the
    article's one written link between that noun and a name; None without one."""
    if len(words) != 2 or words[0] != "the" or not words[1].isalpha():
        return None
    known = _TITLED.setdefault(d, {})
    if words[1] not in known:
        known[words[1]] = _titled_by_noun(d, words[1])
    return known[words[1]]


_TITLED: WeakKeyDictionary[Discourse, dict[str, EntityMention | None]] = WeakKeyDictionary()
"""Each article's answers to `titled_one` by noun: the answer reads every person and the
whole page, and every source written "the <noun>" asks (the same noun many times)."""


def _titled_by_noun(d: Discourse, noun: str) -> EntityMention | None:
    titles: dict[str, EntityMention] = {}
    covered: set[int] = set()
    written = _noun_places(d.text, noun)
    for p in d.people:
        link = _link(d, p.mention, noun, written)
        if link is not None:
            titles.setdefault(p.name, p.mention)
            covered.add(link)
    if len(titles) != 1:
        return None
    for m in re.finditer(rf"(?i)\b{noun}\b", d.text):
        if m.start() in covered:
            continue
        if not _bare(d.text, m.start(), m.end()):
            return None  # "a developer said", "another developer": someone else maybe
    return next(iter(titles.values()))


def _noun_places(text: str, noun: str) -> list[int]:
    """Every offset where `text` writes the letters of `noun` in any case, overlapping
    ones included: where a title before a name can be (`_link` reads the few words
    before each person only where the noun is written there)."""
    pattern = re.compile(noun, re.IGNORECASE)
    places: list[int] = []
    m = pattern.search(text)
    while m is not None:
        places.append(m.start())
        m = pattern.search(text, m.start() + 1)
    return places


def _link(d: Discourse, e: EntityMention, noun: str, written: Sequence[int]) -> int | None:
    """Where the text writes `noun` as the title of person `e` (the offset of that noun),
    or None: set right before the name, as its appositive, or in its recognised title.
    `written`: where the noun is written (`_noun_places`)."""
    window = max(0, e.start - 60)
    at = bisect_left(written, window)
    before = (
        re.search(
            rf"(?i)(?:^|[^\w'’-])((?:[\w'’-]+\s+)?)({noun})\s*,?\s*$", d.text[window : e.start]
        )
        if at < len(written) and written[at] + len(noun) <= e.start
        else None  # the noun is not written in the window: no title before the name
    )
    if (
        before is not None
        and before.group(1).strip().casefold() not in _RANKS
        and not _opens_clause(d, e, max(0, e.start - 60) + before.start(1))
    ):
        return max(0, e.start - 60) + before.start(2)
    after = re.compile(rf"\s*,\s*(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}?({noun}),?(?=\s*[,.;])", re.I)
    m = after.match(d.text, e.end)
    between = m.group(0).split()[2:-1] if m is not None else []
    if m is not None and not any(
        w.casefold() in _RANKS | PREPOSITIONS or w in ("'s", "’s") for w in between
    ):
        return m.start(1)  # the appositive's head, not "a lawyer for the developer"
    if e.role and noun in e.role.casefold().split():
        found = d.text.rfind(noun, max(0, e.start - 60), e.start)
        return found if found >= 0 else e.start
    return None


def _opens_clause(d: Discourse, e: EntityMention, phrase: int) -> bool:
    """Whether name `e`, right after a noun phrase starting at `phrase`, is the subject of
    a clause of its own rather than that noun's name: a verb follows the name and one goes
    before the phrase, which is then that verb's object ("questioned the driver Tom Hale
    had hired": Tom Hale hired the driver). A phrase opening its clause ("Billionaire
    developer Piet Varnek has frozen ...") is the name's own."""
    after = re.match(r"\s*(\S)", d.text[e.end : e.end + 40])
    if after is None or not d.is_verb(e.end + after.start(1)):
        return False
    word = re.search(r"([\w'’-]+)\s*$", d.text[max(0, phrase - 40) : phrase])
    return word is not None and d.is_verb(max(0, phrase - 40) + word.start(1))


def _bare(text: str, start: int, end: int) -> bool:
    """Whether the noun at text[start:end] is a bare "the <noun>" naming no one else: the
    description itself or another use of it, not qualified by whose or which one."""
    before = text[max(0, start - 12) : start].split()
    if not before or before[-1].casefold() != "the" or _QUALIFIED.match(text, end):
        return False
    return not _NAME_NEXT.match(text, end)  # "the developer Velm Homes": a name not a person


_TITLE_GAP = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){1,3}")
"""Capitalised words alone between two names of one phrase: a title."""


def qualifies_title(text: str, e: EntityMention, mentions: list[EntityMention]) -> bool:
    """Whether mention `e` only qualifies the title of a person named after it in the same
    phrase ("Velmar Falls Fire Department Chief Oren Pike", "Kestra County Sheriff Tom
    Hale"): the phrase's head is the titled person, whatever label the recogniser gave
    the words before the title. The words between are the later person's title, as read
    (its role ends with them)."""
    for f in mentions:
        if f.label != "PERSON" or f.start <= e.end or not f.role:
            continue
        gap = _TITLE_GAP.fullmatch(text, e.end, f.start)
        if gap is not None and f.role.split()[-len(gap.group().split()) :] == gap.group().split():
            return True
    return False


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def name_after_title(
    text: str, start: int, end: int, mentions: list[EntityMention]
) -> tuple[int, int] | None:
    """The name closing a source phrase right after a capitalised title ("Velmar Falls
    Police Chief Ana Ruiz": "Ana Ruiz"), when the recogniser read no person there: it may
    take the place and the body before the title for the person and miss the name. The
    titled person heads the phrase (as in `qualifies_title`); None if the phrase does not
    end so with a full name (a lone "Chief Craft" is left to the names written before),
    a conjunction stands before the title, or a person is recognised at the name."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(len(words) - 2, -1, -1):
        title = words[k].group()
        if title.casefold() not in ROLE_HEADS or not title[:1].isupper():
            continue
        if any(w.group() in ("and", "&") for w in words[:k]):
            # "Mayor Tom Hale and Police Chief Ana Ruiz": two speakers, both shown
            # (joined_sources.joined_names), not the last one alone
            return None
        rest = words[k + 1 :]
        if not 2 <= len(rest) <= 3 or not all(
            _CAPITALISED.fullmatch(w.group()) and w.group().casefold() not in ROLE_HEADS
            for w in rest
        ):
            return None
        a, b = start + rest[0].start(), start + rest[-1].end()
        if any(e.label == "PERSON" and e.start < b and a < e.end for e in mentions):
            return None
        return (a, b)
    return None


_INITIALS = re.compile(r"[A-Z]{2,4}")
_TITLE_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,5})$")
"""The capitalised words right before a name: its title ("Velmar County District
Attorney")."""


def initialled_title(d: Discourse, surface: str) -> EntityMention | None:
    """The one person the article titles with the words `surface` ("the DA") writes by
    their initials: "the DA said" after "Velmar County District Attorney Ana Ruiz", "the
    PM" of "Prime Minister Ivo Brell". News writes a title in full before the name once,
    then by its initials; the title's last words give them ("District Attorney": DA), and
    its head must be a role. Two people titled so leave the description as written."""
    words = surface.split()
    if len(words) != 2 or words[0].casefold() != "the" or not _INITIALS.fullmatch(words[1]):
        return None
    initials = words[1]
    found: dict[str, EntityMention] = {}
    for p in d.people:
        e = p.mention
        m = _TITLE_BEFORE.search(d.text, max(0, e.start - 80), e.start)
        if m is None:
            continue
        title = m.group(1).split()
        if len(title) < len(initials) or title[-1].casefold() not in ROLE_HEADS:
            continue
        if "".join(w[0] for w in title[-len(initials) :]) == initials:
            found.setdefault(p.name, e)
    return next(iter(found.values())) if len(found) == 1 else None
