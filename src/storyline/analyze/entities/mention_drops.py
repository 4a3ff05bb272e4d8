"""The article-wide passes over prepared mentions that drop them or cut words off them
before their labels are settled (canonical.py runs them in order): a headline's verb in
-ing glued to a name, a plural or a common noun capitalised only at a sentence's or a
line's start, and the words of a title read as names of their own.

Split from mention_labels.py (which keeps the passes that retype mentions) to keep each
module one stage; each pass reads only the article's own mentions, never a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from storyline.analyze.entities.context import PEOPLE_ADJECTIVE, at_sentence_start
from storyline.analyze.entities.mention_labels import (
    PLACE_LIKE,
    PreparedMention,
    cached_name_key,
)
from storyline.analyze.web_addresses import without_addresses
from storyline.analyze.word_index import whole_word_starts

__all__ = ["drop_common_plurals", "drop_common_words", "drop_inside_roles", "strip_gerunds"]

_GERUND = re.compile(r"[A-Z][a-z]{2,}ing\s+")
_GERUND_LEAD = re.compile(_GERUND.pattern + r"(?:(?:back|up|out|off|down|over|away)\s+)?")
"""A verb in -ing opening a line, with its particle ("Winning back")."""
_LINE_START = re.compile(r"(?:\A|\n)\s*\Z")


def strip_gerunds(text: str, work: list[PreparedMention]) -> None:
    """A headline's verb glued to a name ("Keeping Reyes forces out of Marlow"): a person
    mention whose first word ends in -ing and whose other words name a person the article
    writes with another first name ("Dana Reyes") is that person; the -ing word is
    dropped. A first name that happens to end so ("Sterling Hayes") keeps it, as no other
    full name with that surname is written. So for a body: "Blaming Arvex" opening a line,
    where the article names "Arvex" alone, is "Arvex" ("Sterling Bank" stays)."""
    firsts: dict[str, set[str]] = {}
    for w in work:
        words = w.name.split()
        if w.label == "PERSON" and len(words) > 1:
            firsts.setdefault(cached_name_key(words[-1]), set()).add(cached_name_key(words[0]))
    bodies = {cached_name_key(w.name) for w in work if w.label in PLACE_LIKE}
    for w in work:
        # "Blaming Arvex is pointless", "Winning back Tarvo would" opening a line: a body or
        # a place the article names alone
        gerund = _GERUND_LEAD.match(text, w.start, w.end) if w.label == "ORG" else None
        if gerund is not None and _LINE_START.search(text, max(0, w.start - 3), w.start):
            words = w.name.split()
            rest = " ".join(words[len(gerund.group().split()) :])
            if rest and cached_name_key(rest) in bodies:
                w.start, w.name = gerund.end(), rest
    for w in work:
        gerund = _GERUND.match(text, w.start, w.end) if w.label == "PERSON" else None
        if gerund is None or " " not in w.name:
            continue
        first, rest = w.name.split(" ", 1)
        if firsts.get(cached_name_key(rest.split()[-1]), set()) - {cached_name_key(first)}:
            w.start, w.name = gerund.end(), rest


_PLURAL = re.compile(r"[A-Z][a-z]+[^s\W]s")
_PLURAL_WORD = re.compile(r"\b[a-z]+[^s\W]s\b")


def drop_common_plurals(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """A plural common noun capitalised at a sentence or headline start ("Drones hit the
    town", with "drones" in lower case elsewhere) is no person: a lone plural-shaped word
    typed as a person whose lower-case form the article also writes is dropped, unless it
    is a word of a person's full name there ("Ana Rivers" and "the rivers")."""
    candidates = [
        w for w in work if w.label == "PERSON" and " " not in w.name and _PLURAL.fullmatch(w.name)
    ]
    if not candidates:
        return work
    written = set(_PLURAL_WORD.findall(text))
    in_names = {
        cached_name_key(word)
        for w in work
        if w.label == "PERSON" and " " in w.name
        for word in w.name.split()
    }
    drop = {
        id(w)
        for w in candidates
        if w.name.lower() in written and cached_name_key(w.name) not in in_names
    }
    return [w for w in work if id(w) not in drop] if drop else work


_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ical|ous|ive)")
_PEOPLE_SHAPE = re.compile(PEOPLE_ADJECTIVE.pattern + r"\Z")
_ADJECTIVE_SHAPE = re.compile(r"[A-Z][a-z]+(?:ic|al|ous|ive|y|ful|less|ary|ant|ent)")
"""An adjective's ending ("Chaotic", "Jittery"): the only words typed a people that the
article's lower-case use of them unmasks; a plural noun ("Conservatives", "Catholics")
is a people's name whatever "fiscal conservatives" elsewhere writes."""
_PLURAL_AFTER = re.compile(r"[ \t]+(?!(?:says|has|was|is|does|plans|wants)\b)[a-z]{3,}s\b")


def drop_common_words(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """A common noun capitalised only where it opens a sentence or a line ("Scheme to cut
    fees" opening a teaser, "Irony is ...", with "scheme" and "irony" in lower case
    elsewhere in the article) is no name: a lone word typed a person or a body that the
    article writes in lower case too, and never capitalised inside a sentence, is dropped,
    unless it is a word of a longer name there ("Ana Rivers" and "the rivers"); so is an
    adjective's word ("Chemical", "Massive") opening a sentence before a plural noun. A word
    typed a product or a work counts too ("Family members said", with "family" elsewhere),
    and one typed a people ("Chaotic systems", with "chaotic" elsewhere), unless it has
    a people's adjective's shape ("Syrian", "Kurdish": the word of a people whatever the
    case) or no adjective's shape at all ("Conservatives won the seat", with "fiscal
    conservatives" elsewhere: a plural noun naming a people)."""
    candidates = [
        w
        for w in work
        # "Chaotic systems" typed a people: an adjective's word, no people's shape;
        # "Family members said" typed a product or a work
        if (
            w.label in {"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"}
            or (
                w.label == "NORP"
                and not _PEOPLE_SHAPE.match(w.name)
                and _ADJECTIVE_SHAPE.fullmatch(w.name) is not None
            )
        )
        and " " not in w.name
        and w.name[:1].isupper()
        and w.name[1:].islower()
        and len(w.name) > 2
    ]
    if not candidates:
        return work
    in_names = {cached_name_key(word) for w in work if " " in w.name for word in w.name.split()}
    drop: set[int] = set()
    prose = without_addresses(text)  # a page's lower-case address slug is no prose use
    for name in {w.name for w in candidates}:
        if cached_name_key(name) in in_names:
            continue
        capitalised = whole_word_starts(text, name)
        # "Chemical dispersants were sprayed": an adjective opening a sentence before its
        # plural noun, though the article never writes the word in lower case
        adjective = _ADJECTIVE.fullmatch(name) is not None and all(
            _PLURAL_AFTER.match(text, at + len(name)) for at in capitalised
        )
        if not adjective and not whole_word_starts(prose, name.lower()):
            continue
        if all(at_sentence_start(text, at) for at in capitalised):
            drop.update(id(w) for w in candidates if w.name == name)
    return [w for w in work if id(w) not in drop] if drop else work


def drop_inside_roles(work: list[PreparedMention]) -> list[PreparedMention]:
    """Words of a title are not entities of their own ("State" in "Secretary of State")."""
    roles = sorted((w.role_start, w.start) for w in work if w.role_start >= 0)
    starts = [a for a, _ in roles]
    reach = list(accumulate((b for _, b in roles), max))

    def inside(w: PreparedMention) -> bool:
        n = bisect_right(starts, w.start)
        return n > 0 and reach[n - 1] >= w.end

    return [w for w in work if not inside(w)]
