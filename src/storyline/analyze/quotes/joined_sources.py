"""Coordinated sources: when "A and B said", a relative "who" after "A and B", or a list of
bodies is the speaker, the reader is shown every name the text joins, not the last one.

Split from source_heads.py, which keeps the grammar of one source phrase (its head and
what only modifies it); the joins build on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.source_heads import (
    PREPOSITIONS,
    SPEAKING_LABELS,
    SUBJECT_STOPS,
    WORD,
    owned_title,
)
from storyline.analyze.quotes.speaking_nouns import names_a_speaker, singular
from storyline.model import EntityMention

__all__ = [
    "described_names",
    "joined_antecedent",
    "joined_groups",
    "joined_names",
    "joined_subject",
]

_JOINED_BEFORE_VERB = re.compile(
    r"\s+(?:and|&)\s+(?:,\s*(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+\s*,\s*)?"
    r"(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+\s*"
    r"(?:,\s*(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+\s*,\s*)?"
    r"(?:(?:have|had|both|also|jointly|later|then)\s+)?"
)
"""The rest of a subject cut at "and", up to its verb: "[Lena Ortiz] and Marco Bell said",
"[The foreign minister] and his counterpart , Ana Ruiz , said", "[Ana Ruiz] and , in
another briefing , Tom Hale said" (a parenthetical right after "and")."""
_BEFORE_VERB: frozenset[str] = vocab("have had both also jointly later then")
_AUX_BEFORE_VERB: frozenset[str] = vocab("are were have has had will would")
"""Auxiliaries right before the verb ("Ortiz and Bell are reporting"): no part of the
subject, and no clause starting either, where they close the words before the verb."""
_JOINED_AFTER_VERB = re.compile(r"\s+(?:and|&)\s+")
_PHRASE_ENDS = frozenset({"", ",", ";", ":", ".", "!", "?", "'", '"', "`", "-", ")"})


_LIST_TAIL = re.compile(r"(?:\s*,\s*[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)*?\s*,?\s+(?:and|&)\s+")
"""The rest of a list after its first member, up to its last member (", leftists and ")."""


def _list_end(text: str, end: int, cue_start: int, verbs: Sequence[int]) -> int | None:
    """Where a list that a source phrase opens ends, when a verb follows its last member
    within three words ("Islamists , leftists and union members marched"); None if none."""
    tail = _LIST_TAIL.match(text, end, cue_start)
    if tail is None or not verbs:
        return None
    words = list(WORD.finditer(text, tail.end(), cue_start))[:4]
    for word, following in pairwise(words):
        i = bisect_left(verbs, following.start())
        if i < len(verbs) and verbs[i] == following.start():
            return word.end()
        if word.group().casefold() in SUBJECT_STOPS:
            return None
    return None


def joined_subject(
    text: str,
    source: tuple[int, int],
    cue_start: int,
    entities: Sequence[EntityMention],
    verbs: Sequence[int] = (),
) -> tuple[int, int]:
    """A source phrase cut at "and" grown to the whole subject: "Lena Ortiz and Marco Bell
    said" is said by both, "The head of the agency and her deputy said" by two people. A
    parse often keeps only the first conjunct. Before the verb, the words between the
    phrase and the verb are the rest of the subject when they open with "and" and hold no
    word that starts a clause, or when they finish a list the subject's verb follows
    (`verbs`: the tagger's verb offsets); after an inverted verb ("said Lena Ortiz and Marco Bell"),
    only a second name the recogniser marked is taken. A name joined before the phrase
    opening its clause is taken too (`_joined_before`). A last name opening a work's title
    takes the title with it (`owned_title`)."""
    grown = _joined(text, source, cue_start, entities, verbs)
    grown = _after_complement(text, source, grown)
    grown = _joined_before(text, grown, entities)
    return owned_title(text, grown, cue_start, entities)


_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|remains|remained)\s+$", re.IGNORECASE)
_AND_AT = re.compile(r"\s*,?\s*and\s+")


def _after_complement(
    text: str, source: tuple[int, int], grown: tuple[int, int]
) -> tuple[int, int]:
    """A subject grown over "and" whose first conjunct completes a copula before it ("the
    one without a deal is director Ana Ruiz and the Kestra Courier are reporting that
    ..."): the parse joins the copula's complement to the next clause's subject, and
    only the conjuncts after "and" report."""
    start, end = source
    if grown == source or grown[0] != start or _COPULA_BEFORE.search(text, 0, start) is None:
        return grown
    joined = _AND_AT.match(text, end)
    if joined is None or joined.end() >= grown[1]:
        return grown
    return (joined.end(), grown[1])


_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|which)\s[^;:!?`'\"“”]*?,\s*$")
"""A relative clause set off by commas that ends right before the verb ("..., who lead
the two offices , said")."""
_ADVERB = re.compile(r"[a-z]+ly\b\s*")
"""A manner adverb closing an inverted subject ("said Ortiz and Bell jointly")."""
_AND_BEFORE = re.compile(r"\s+and\s+")
_CLAUSE_EDGE = re.compile(r"(?:^|[,;:.!?`'\"]\s*)$")
"""What a subject opens after: the start of the text, a comma, the end of a sentence."""


def _joined_before(
    text: str, source: tuple[int, int], entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """A source phrase that is the second conjunct of its subject grown back to the
    first, when that is a recognised name opening the clause ("In a briefing , Ruiz and
    other officials rejected it , saying ...": Ruiz spoke too, and is the one named).
    Only a name set right after a clause's edge: "met Ruiz and other officials" is no
    subject."""
    start, end = source
    for e in entities:
        if e.end > start or e.end < start - 8 or e.label not in SPEAKING_LABELS:
            continue
        if _AND_BEFORE.fullmatch(text, e.end, start) is None:
            continue
        if _CLAUSE_EDGE.search(text[max(0, e.start - 3) : e.start]) is None:
            continue
        return (e.start, end)
    return source


def joined_antecedent(
    text: str, antecedent: tuple[int, int], entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """The phrase a relative pronoun hangs on, grown back over a name joined to it by
    "and": in "Ana Ruiz and Ivo Brask , who wrote that ...", the parse hangs "who" on the
    last conjunct, but both wrote. Only a name of the same kind as the one the phrase
    ends with (two people, two outlets), so that "the mayor and Brask" stays as read."""
    start, end = antecedent
    last = next((e for e in entities if e.start < end and start < e.end), None)
    if last is None or last.label not in SPEAKING_LABELS:
        return antecedent
    for e in entities:
        if e.label != last.label or e.end > start or e.end < start - 8:
            continue
        if _AND_BEFORE.fullmatch(text, e.end, start) is not None:
            return (e.start, end)
    return antecedent


def _joined(
    text: str,
    source: tuple[int, int],
    cue_start: int,
    entities: Sequence[EntityMention],
    verbs: Sequence[int],
) -> tuple[int, int]:
    start, end = source
    if end <= cue_start:
        aside = _RELATIVE_ASIDE.search(text, end, cue_start)
        if aside is not None and text[end:cue_start].lstrip().startswith("and "):
            # "[A] and B , who head the two offices , said": a relative clause set off
            # between the subject and its verb is no part of the subject; both speak
            cue_start = aside.start()
        gap = text[end:cue_start]
        listed = _list_end(text, end, cue_start, verbs)
        if listed is not None:
            # "[Islamists] , leftists and union members marched ..., demanding": a list
            # whose last member the subject's verb follows
            return (start, listed)
        if _JOINED_BEFORE_VERB.fullmatch(text, end, cue_start) is None or "``" in gap:
            return source
        words = list(WORD.finditer(text, end, cue_start))[1:]
        while words and words[-1].group().casefold() in _BEFORE_VERB:
            words.pop()
        if words and words[-1].group().casefold() in _AUX_BEFORE_VERB:
            words.pop()
            while words and words[-1].group().casefold() in _BEFORE_VERB:
                words.pop()
        if not words or any(w.group().casefold() in SUBJECT_STOPS for w in words):
            return source
        return (start, words[-1].end())
    for e in entities:
        if e.start < end or e.label not in SPEAKING_LABELS:
            continue
        rest = text[e.end :].lstrip()
        adverb = _ADVERB.match(rest)
        if adverb is not None:
            rest = rest[adverb.end() :]  # "said Ortiz and Bell jointly ."
        if _JOINED_AFTER_VERB.fullmatch(text, end, e.start) and rest[:1] in _PHRASE_ENDS:
            return (start, e.end)
        break
    return source


def described_names(
    text: str, start: int, end: int, found: Sequence[EntityMention]
) -> list[tuple[int, int, EntityMention | None]]:
    """The names joined by "and" (`joined_names`) standing in apposition to a plural
    description that opens a source phrase ("The two Velm Post reporters who broke the
    story , Ana Ruiz and Tom Hale , have maintained"): the description says who the named
    ones are, and each of them speaks. Empty unless the words before the phrase's first
    comma hold a lower-case plural."""
    comma = text.find(",", start, end)
    if comma < 0:
        return []
    described = WORD.findall(text[start:comma])
    if not any(w.islower() and singular(w) != w for w in described):
        return []
    after = comma + 1
    while after < end and text[after].isspace():
        after += 1
    return joined_names(text, after, end, found)


def joined_names(
    text: str, start: int, end: int, found: Sequence[EntityMention]
) -> list[tuple[int, int, EntityMention | None]]:
    """The names of a source phrase text[start:end] joined by "and" ("Lena Ortiz and Marco
    Bell", "Ortiz , Bell and Kaur"), in text order, each with the recognised mention it is
    (None for a capitalised name the recogniser missed); empty unless every conjunct before
    any appositive is a name and one is recognised as a person or a body ("the" before a
    recognised name is no part of it). A name holding "and"
    ("Smith and Wesson") is one conjunct. A parenthetical right after "and" ("Ortiz and ,
    in another briefing , Bell") is read past, and a conjunct may be a description ending
    in a recognised person's name ("and senior engineer Marco Bell"): that name."""
    text = _aside_after_and(text, start, end)
    region = text[start:end]
    joins = list(_LIST_JOIN.finditer(region))
    last_and = max((m.start() for m in joins if "," not in m.group()), default=-1)
    if last_and < 0:
        return []
    comma = region.find(",", last_and)
    region_end = start + (comma if comma >= 0 else len(region))
    out: list[tuple[int, int, EntityMention | None]] = []
    cursor = start
    for m in [*_LIST_JOIN.finditer(text, start, region_end), None]:
        a, b = cursor, (m.start() if m else region_end)
        while b > a and text[b - 1].isspace():
            b -= 1
        if any(e.start < b and e.end > (m.end() if m else b) for e in found if m):
            return []  # the join is inside a recognised name
        a = _titled_person(text, a, b, found)
        if cursor == start:
            a = _kind_before_names(text, a, b, found)
        article = _THE.match(text, a, b)
        if article is not None and any(e.start == article.end() and e.end == b for e in found):
            a = article.end()  # "the Kestra Courier": the recognised name after "the"
        words = WORD.findall(text[a:b])
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return []
        mention = next((e for e in found if e.start == a and e.end == b), None)
        out.append((a, b, mention))
        cursor = m.end() if m else region_end
    named = [e for _, _, e in out if e is not None and e.label in SPEAKING_LABELS]
    return out if len(out) >= 2 and named else []


_THE = re.compile(r"[Tt]he\s+")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_ASIDE_AFTER_AND = re.compile(r"(?<=\s)(?:and|&)\s+(,\s*(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+\s*,)\s*")
_DESCRIPTION_WORDS = 4


def _aside_after_and(text: str, start: int, end: int) -> str:
    """`text` with a parenthetical set off right after "and" in text[start:end] blanked
    out, offsets kept ("Ortiz and , in another briefing , Bell" reads "Ortiz and Bell")."""
    m = _ASIDE_AFTER_AND.search(text, start, end)
    if m is None:
        return text
    return text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1) :]


def _titled_person(text: str, a: int, b: int, found: Sequence[EntityMention]) -> int:
    """Where a conjunct's name starts when the conjunct is a short lower-case description
    ending in a recognised person ("senior engineer Marco Bell", "Kestrel senior engineer
    Marco Bell" with the employer's name first): the name is who speaks.
    A description with "of" ("the wife of Marco Bell") is someone else, and is kept whole."""
    for e in found:
        if e.label != "PERSON" or e.end != b or not a < e.start:
            continue
        lead = WORD.findall(text[a : e.start])
        owner = 0
        while owner < min(2, len(lead) - 1) and lead[owner][:1].isupper():
            owner += 1  # "Kestrel senior engineer": the employer named before the title
        rest = lead[owner:]
        if 0 < len(rest) <= _DESCRIPTION_WORDS and all(w.islower() and w != "of" for w in rest):
            return e.start
        if _capital_title(lead):
            return e.start  # "Secretary of the Interior Dan Marro": a title before the name
    return a


_TITLE_JOINS = frozenset({"of", "the", "for"})
_TITLE_WORDS = 6


def _capital_title(lead: list[str]) -> bool:
    """Whether the words before a person's name are a capitalised title ("Secretary of the
    Interior", "Minister for Water"): they open and end with a capital, and only "of",
    "the" or "for" between are lower-case. "Friends of Marco Bell" ends in "of": the name
    is whom the body is named for."""
    return (
        0 < len(lead) <= _TITLE_WORDS
        and lead[0][:1].isupper()
        and lead[-1][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_JOINS for w in lead)
    )


_GROUP_JOIN = re.compile(r"\s+(?:and|&)\s+")


def joined_groups(text: str, start: int, end: int, found: Sequence[EntityMention]) -> bool:
    """Whether a source phrase is two groups joined by "and", one of them unnamed
    ("secular Vardans and liberals say", "farmers and Kestrel unions"): both speak, so the
    phrase is shown whole; the name in one conjunct is no more the speaker than the other.
    Each conjunct is a short phrase ending in a plural noun, before any comma or
    preposition, and no recognised name holds the "and"."""
    region = re.split(r",|\(|--", text[start:end], maxsplit=1)[0]
    joins = list(_GROUP_JOIN.finditer(region))
    if len(joins) != 1:
        return False
    j = joins[0]
    if any(e.start < start + j.start() and e.end > start + j.end() for e in found):
        return False
    parts = [WORD.findall(region[: j.start()]), WORD.findall(region[j.end() :])]
    if any(not p or len(p) > 4 for p in parts):
        return False
    if any(w.casefold() in PREPOSITIONS for p in parts for w in p):
        return False
    heads = [p[-1] for p in parts]
    if not any(h.islower() for h in heads):
        return False  # "Ortiz and Bell": names, each shown (`joined_names`)
    return all(_plural_head(text, h) for h in heads)


def _plural_head(text: str, word: str) -> bool:
    """Whether a conjunct's last word is a plural ("liberals", "Vardans"): several. A
    capitalised one only where the text writes its singular too ("a Vardan cleric"): a
    surname ending in "s" ("Dorros and the museum staff") is one person."""
    low = word.casefold()
    one = singular(low)
    if one == low or low.endswith(("'s", "’s", "ss", "us", "is")):
        return False
    if word.islower():
        return True
    return re.search(rf"\b{re.escape(word[: len(one)])}\b", text) is not None


def _kind_before_names(text: str, a: int, b: int, found: Sequence[EntityMention]) -> int:
    """Where the first conjunct's name starts when a plural noun for the kind of all the
    conjuncts opens the subject ("Travel firms Kestrel Tours and Vela Air said", "rival
    carriers Vela Air and Skyline"): the kind says what each named one is, and each speaks.
    """
    for e in found:
        if e.label not in SPEAKING_LABELS or e.end != b or not a < e.start:
            continue
        lead = WORD.findall(text[a : e.start])
        if not 0 < len(lead) <= 3 or any(w.casefold() in PREPOSITIONS for w in lead):
            continue
        kind = lead[-1]
        if kind.islower() and singular(kind) != kind and names_a_speaker(kind):
            return e.start
    return a
