"""Titles and roles written next to a person's name, kept apart from the name itself.

"US Secretary of State Antony Blinken" names one person whose role is
"Secretary of State": the canonical name must not carry the title (or every
title change would create a new person), but the role is worth keeping.
The vocabulary here is generic English news usage, not taken from any corpus.
"""

from __future__ import annotations

import re

from storyline.analyze.title_abbreviations import TITLE_ABBREVIATIONS

__all__ = [
    "HONORIFICS",
    "RANK_ABBREVIATIONS",
    "ROLE_HEADS",
    "is_role_modifier",
    "leading_role",
    "split_title",
    "titles_only",
    "trailing_role",
]


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _dotted(words: str) -> frozenset[str]:
    """Each word as written and with a full stop ("sgt", "sgt.")."""
    return frozenset(f for w in words.split() for f in (w, w + "."))


RANK_ABBREVIATIONS: frozenset[str] = _dotted(
    " ".join(t.lower() for t in TITLE_ABBREVIATIONS)  # "sgt", "capt", "det", "cllr", ...
    # and those `title_abbreviations` leaves out (the tokenizer keeps them whole, they hold a
    # digit, or they are often something else before a capitalised word): army, navy,
    # police, civil
    + " wo1 wo2 2lt gen ldr radm vadm adm pc dc sen rep gov"
)
"""Rank and office abbreviations written before a name ("Pte", "L/Cpl", "Det Insp", "Flt Lt",
"Ch Supt", "Cllr"), lower-cased: general English usage, never part of the name. Several
run together ("Lt Col", "Det Ch Insp") and each is cut. Abbreviations that are also given
names ("Di", "Con", "Sig") are left out. Every title abbreviation the tokenizer reads as
one token before a name is one ("Msgr.", "Atty.", "Ofc.": `title_abbreviations`, written
once there); the recogniser may take it into the name ("Msgr . Farmer")."""

HONORIFICS: frozenset[str] = (
    _vocab(
        "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr. "
        "pres pres. sheikh mullah rabbi imam pope king queen prince princess emir sultan "
        "ayatollah"
    )
    | RANK_ABBREVIATIONS
)
"""Words that precede a name without being part of it (lower-cased)."""

ROLE_HEADS: frozenset[str] = _vocab(
    "president vice-president premier chancellor minister secretary senator congressman "
    "congresswoman representative governor mayor ambassador envoy spokesman spokeswoman "
    "spokesperson spokesperson's general commander chief head leader director chairman "
    "chairwoman chair ceo cfo founder president-elect candidate nominee justice judge "
    "attorney prosecutor officer official adviser advisor aide diplomat negotiator "
    "coordinator commissioner administrator speaker lawmaker legislator delegate "
    "correspondent reporter editor analyst economist professor researcher spokesman's "
    "admiral colonel lieutenant captain major sergeant marshal inspector superintendent "
    "monarch king queen prince princess pope cardinal bishop archbishop rabbi imam cleric "
    "executive manager sheriff detective mp deputy undersecretary under-secretary "
    "strategist pollster organizer activist ruler emperor empress pharaoh tsar czar farmer "
    "nurse constable trooper private corporal bombardier rifleman gunner sapper guardsman "
    "fusilier airman brigadier commodore ensign"
)
"""Nouns that make a run of words before a name a role ("foreign minister", "army chief")."""

_RANK_LEADS = frozenset({"lance", "staff", "colour", "color", "flight", "squadron", "wing"})
"""Words that open a rank only before its head ("Lance Corporal", "Staff Sgt", "Flight
Lieutenant"); elsewhere they may be a given name ("Lance") or a word of a name."""


def _rank_next(word: str) -> bool:
    low = word.lower()
    return low in RANK_ABBREVIATIONS or _is_head(word) or low in {"lieutenant", "leader"}


_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "general", "&"})
_MAX_ROLE_WORDS = 7


_MODIFIERS = _vocab(
    "prime foreign defense defence interior finance health justice state home deputy vice "
    "former acting top chief senior assistant associate executive general military army "
    "police security intelligence national presidential press supreme"
)


def is_role_modifier(word: str) -> bool:
    """A word that qualifies a title ("Health" of "Health Secretary", "Interior"): part of
    the title, never an entity of its own, even where the recogniser tagged it."""
    return word.lower().strip(".,'’") in _MODIFIERS


def _is_head(word: str) -> bool:
    w = word.lower().strip(".,'’")
    if "-" in w and w not in ROLE_HEADS:
        # "director-general", "secretary-general": a compound title led by a head
        return _is_head(w.split("-", 1)[0])
    return w in ROLE_HEADS or (w.endswith("s") and w[:-1] in ROLE_HEADS)


def titles_only(surface: str, label: str) -> bool:
    """Whether a mention is only rank or title abbreviations ("Det Insp", "Lt Col"): the
    recogniser cut them from the name that follows. A lone one is dropped only when typed
    a person ("DC" the place, "PC" the computer are names)."""
    words = surface.split()
    return (label == "PERSON" or len(words) > 1) and all(
        w.lower() in RANK_ABBREVIATIONS for w in words
    )


def split_title(name: str) -> tuple[str, str | None]:
    """Strip leading honorifics and role words from a person mention's text.

    Returns (name, role): "Prime Minister Benjamin Netanyahu" -> ("Benjamin
    Netanyahu", "Prime Minister"); "Mr. Trump" -> ("Trump", None). A name is
    never stripped to nothing.
    """
    words = name.split()
    cut = 0
    role_words: list[str] = []
    after_connector = False
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if word == "." and cut == i and i > 0 and words[i - 1].lower() in HONORIFICS:
            cut = i + 1  # a tokenised text's title stop, "Sgt . Farmer": the title's own
            continue
        if low in HONORIFICS and (not role_words or low in RANK_ABBREVIATIONS):
            # a rank's abbreviation may follow a title's words ("Detective Insp")
            cut = i + 1
        elif low in _RANK_LEADS and i + 1 < len(words) - 1 and _rank_next(words[i + 1]):
            # "Lance Cpl", "Lance Corporal": a rank's first word, not the given name "Lance"
            cut = i + 1
        elif _is_head(word) or low in _MODIFIERS:
            role_words.append(word)
            cut = i + 1
        elif role_words and low in _CONNECTORS:
            role_words.append(word)
            after_connector = True
            cut = i + 1
            continue
        elif after_connector and word[:1].isupper():
            role_words.append(word)
            cut = i + 1
        else:
            break
        after_connector = False
    while role_words and role_words[-1].lower() in _CONNECTORS:
        role_words.pop()
    if not any(_is_head(w) for w in role_words):
        role_words = []
    rest = " ".join(words[cut:])
    return (rest or name), (" ".join(role_words) or None)


_SENTENCE_WORDS = _vocab(
    "if but with following please dear no so when does do did will would can could today as "
    "has have had and or nor for of to the a an while after before then also even just now "
    "yet here there this that these those what who why how where said says told thanks "
    "meanwhile however although though because since until unless you we i they he she it"
)
"""Words that open a sentence or a clause: capitalised there, never part of a title."""
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ic)$")


def _title_word(word: str) -> bool:
    """A word that may stand in front of a title's head: "former", "Egyptian", "US", "BP"."""
    low = word.lower().strip(".,'’")
    bare = word.strip(".,'’")
    letters = len(bare.replace(".", ""))
    if bare.isupper() and 2 <= letters <= 5:
        return letters >= 3 or low not in _SENTENCE_WORDS  # "WHO", "US"; not "NO"
    if low in _SENTENCE_WORDS:
        return False
    return low in _MODIFIERS or bool(_DEMONYM.match(bare))


def leading_role(before: str) -> str | None:
    """The title that ends right before a name, if any.

    `before` is the text preceding the mention (a sentence prefix). Read from the
    name backwards, a title is: an optional complement ("of State", "for Health")
    after its head, one or more role nouns and modifiers ("Prime Minister", "chief
    executive"), and in front at most a few words that qualify it ("former",
    "Egyptian", "US"). A capitalised word that merely opens the sentence ("If
    President X", "Calls for President X") or a clause ("heads of A and X") is not
    part of it: "said US Secretary of State" -> "US Secretary of State" (the caller
    drops leading words that are entities of their own, such as "US").
    """
    if not before or not before[-1:].isspace() or before[-2:-1].isspace():
        return None
    # the last words only, split from the end: `before` may be all of a long page before
    # the name (the same words as `before.split()[-(_MAX_ROLE_WORDS + 2) :]`)
    words = before.rsplit(None, _MAX_ROLE_WORDS + 2)[-(_MAX_ROLE_WORDS + 2) :]
    while words and words[-1].lower() in HONORIFICS:
        words.pop()  # "chief executive Mr" X: the honorific is not the title
    if not words or words[-1][-1:] in ',.;:!?)"”' or words[-1].endswith(("'s", "’s")):
        return None
    i = len(words) - 1
    # a complement after the head: capitalised words after "of"/"for" ("Secretary of State")
    j = i
    while j >= 0 and words[j][:1].isupper() and not _is_head(words[j]):
        j -= 1
    if j < i and j >= 1 and words[j].lower() in {"of", "for"} and _is_head(words[j - 1]):
        i = j - 1
    if not _is_head(words[i]):
        return None
    start = i
    while start - 1 >= 0:
        word = words[start - 1]
        if word[-1:] in ',.;:!?)"”' or word.endswith(("'s", "’s")) or word in _BRACKETS:
            break  # "(10 a.m. ET) Egyptian President": a bracket closes what came before
        if _is_head(word) or word.lower() in _MODIFIERS or _title_word(word):
            start -= 1
            continue
        break
    picked = words[start:]
    if len(picked) > _MAX_ROLE_WORDS:
        return None
    return " ".join(picked)


_BRACKETS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-", "(", "[", "]"})

_POSSESSIVES = frozenset({"'s", "’s"})
_TRAILING = re.compile(
    r"^\s*,\s*(?:the|a|an)?\s*"
    r"((?:(?:[A-Za-z][\w'’.-]*|['’]s)\s+){0,5}?[A-Za-z][\w'’.-]*)\s*[,.;]",
)


def trailing_role(after: str) -> str | None:
    """A role in an appositive right after a name: "Blinken, the secretary of state, said"."""
    m = _TRAILING.match(after[:100])
    if not m:
        return None
    words = m.group(1).split()
    heads = [i for i, w in enumerate(words) if _is_head(w)]
    if not heads:
        return None
    # an appositive role is modifiers then a head ("the former secretary of state"), never a
    # clause that happens to contain a title (", despite President Biden's opposition.")
    lead = words[: heads[0]]
    # a body's possessive may lead ("the Harbour Board 's acting director")
    if any(not (w.lower() in _MODIFIERS or w[:1].isupper() or w in _POSSESSIVES) for w in lead):
        return None
    return " ".join(words)
