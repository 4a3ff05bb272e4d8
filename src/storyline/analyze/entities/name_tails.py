"""Words run on after a name that belong to what follows it: what a possessive owns when
the page dropped its apostrophe ("Halvern s chief executive", read as one body), and a
rank or an office's word glued after a headline's surname from the titled name after it
("says Vell Admiral Ana Rusk"). The recogniser reads both as part of the name; the
article then shows a row "Halvern s CEO" beside "Halvern", or "Vell Admiral" beside "Dano
Vell". Read by prepare.py for each mention; word classes only, never a list of names.
A place's name run into the capitalised first word of a story-highlight line after it
("the town of Tarvo Rebels are moving") is cut back to the place (`cut_glued_nouns`, an
article-wide pass run by canonical.py).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.entities.opening_verbs import case_counts
from storyline.analyze.entities.roles import RANK_ABBREVIATIONS, ROLE_HEADS

__all__ = ["cut_glued_nouns", "cut_trailing_rank", "owned_after"]


def owned_after(after: str) -> bool:
    """Whether the words after a lost apostrophe's "s" are a thing owned ("s record", "s
    public relations problem", "s CEO") rather than the rest of a name with a possessive
    inside it ("Children s Hospital", "People s Assembly"): a lower-case word, or first a
    title's initials or an office's word."""
    words = after.split()
    if not words or any(w[:1].islower() and w not in _NAME_JOINERS for w in words):
        return True
    first = words[0]
    if first.isupper() and len(first) <= _OWNED_INITIALS:
        return True
    # an office's word is owned ("s Commissioner"), unless a joiner and a capitalised word
    # carry the name on ("Children s Commissioner for Tarn": the office's own name)
    return first.casefold() in ROLE_HEADS and not any(
        a in _NAME_JOINERS and b[:1].isupper() for a, b in itertools.pairwise(words[1:])
    )


_OWNED_INITIALS = 4
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
"""Lower-case words inside a body's name ("Children s Hospital of Tarn")."""
_TRAILING_RANK = re.compile(r"\s+([A-Z][a-z]+\.?)\Z")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]")


def cut_trailing_rank(text: str, start: int, end: int) -> int:
    """The end of a person's mention without a rank or an office's word run on after it
    from the next name ("says Vale Admiral Ana Reyes": a headline's surname glued to the
    title of the full name that follows): a name never ends in such a word when another
    name follows it at once, and the word is that name's title."""
    rank = _TRAILING_RANK.search(text, start, end)
    if rank is None or rank.start() <= start:
        return end
    word = rank.group(1).rstrip(".").lower()
    if word not in RANK_ABBREVIATIONS and word not in _RANK_HEADS:
        return end
    if _NAME_AFTER.match(text, end) is None:
        return end
    return rank.start()


_SURNAME_TITLES = frozenset(
    {
        *("general", "major", "marshal", "chief", "head", "leader", "chair", "speaker"),
        *("justice", "judge", "king", "queen", "prince", "princess", "pope", "cardinal"),
        *("bishop", "farmer", "nurse", "private", "chancellor", "mayor", "sheriff"),
        *("gunner", "ensign", "ruler"),
    }
)
"""Office words (roles.ROLE_HEADS) that are also surnames ("Edwin Major", "Ana Bishop")."""
_RANK_HEADS = ROLE_HEADS - _SURNAME_TITLES
"""Titles that stand before a person's name, never a surname's last word: the roles'
office words without those that are also surnames."""


def cut_glued_nouns(text: str, work: list[PreparedMention]) -> None:
    """A place's mention whose last word opens a clause (on a new line, or before a plural
    verb) and is a common noun the article writes in lower case, with the sentence going
    on in lower case after it and the rest of the mention written alone as a place
    elsewhere ("Tarvo Rebels are moving" beside "near Tarvo" and "the rebels"), ends
    before that word: a highlight line's first word glued to the place that ended the
    line before. A place's own kind ("Tarvo Valley", "Tarvo Islands") is its name's word
    and stays, and so does a whole name the article writes more than once."""
    places = {cached_name_key(w.name) for w in work if w.label in _PLACES}
    written = Counter(cached_name_key(w.name) for w in work)
    for w in work:
        if w.label not in _PLACES or " " not in w.name:
            continue
        rest, last = w.name.rsplit(" ", 1)
        if not last.istitle() or not last.isalpha() or last.casefold() in _PLACE_KINDS:
            continue
        if cached_name_key(rest) not in places or _LOWER_AFTER.match(text, w.end) is None:
            continue
        if written[cached_name_key(w.name)] > 1:
            continue  # a name the article writes twice is its own ("Tarvo Sound")
        if not _common_noun(text, last) or not _opens_a_clause(text, w, last):
            continue
        w.end -= len(last) + 1
        while w.end > w.start and text[w.end - 1].isspace():
            w.end -= 1
        w.name = rest


def _opens_a_clause(text: str, w: PreparedMention, last: str) -> bool:
    """Whether the mention's last word opens a clause of its own: a line break stands
    before it, or a plural verb follows it ("Tarvo Rebels are moving", a highlight line's
    subject glued to the place that ended the line before). A town takes a singular verb
    or none: "In Tarvo Falls residents fled ... over the falls" keeps its name."""
    seg = text[w.start : w.end]
    gap = seg[: seg.rfind(last)]
    return "\n" in gap[len(gap.rstrip()) :] or _PLURAL_VERB_AFTER.match(text, w.end) is not None


_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:are|were|have)\b")


def _common_noun(text: str, word: str) -> bool:
    """Whether the article writes `word` in lower case at least as often as capitalised: a
    common noun ("rebels"), not a name written once in lower case in a reader's comment
    ("south america" beside "Copa America" twice)."""
    lower, upper = case_counts(text, word)
    return lower > 0 and lower >= upper


_PLACES = frozenset({"GPE", "LOC"})
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_PLACE_KINDS = frozenset(
    {
        *("valley", "valleys", "river", "rivers", "mountains", "mountain", "hills", "hill"),
        *("island", "islands", "isles", "sea", "bay", "lake", "lakes", "coast", "desert"),
        *("county", "province", "state", "city", "town", "village", "district", "region"),
        *("peninsula", "strait", "straits", "gulf", "basin", "plain", "plains", "heights"),
        *("square", "street", "road", "park", "airport", "port", "harbour", "harbor"),
        *("ocean", "oceans", "sound", "channel", "shelf", "forest", "delta", "beach"),
    }
)
"""Nouns that end a place's own name ("Tarvo Valley"): never a word glued on after it."""
