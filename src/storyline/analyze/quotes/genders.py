"""Which people of one article the text itself calls "he" or "she".

A pronoun speaker ("she said") must only be resolved to someone it can refer
to. Here the article says it (a given name's gender is given_names.py's), through a title
written before a name ("Mrs.", "Sir"), a gendered noun in a role, an appositive or a
predicate ("spokeswoman", "a father of two", "Ruiz is the mayor 's daughter"), and the
pronouns that follow a person in a sentence that names nobody else ("Okafor said his
team ...").
Each piece of evidence is a vote; a title outranks the nouns and pronouns, a person whose
votes disagree stays unknown, and unknown is compatible with either pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Literal

from storyline.model import EntityMention, Sentence


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


__all__ = [
    "GENDERED_NOUNS",
    "Gender",
    "gender_of_pronoun",
    "noun_gender",
    "person_genders",
    "title_gender",
]

Gender = Literal["m", "f"]

_MALE_TITLES = _vocab("mr mr. sir lord king prince duke baron count father monsignor msgr msgr.")
_FEMALE_TITLES = _vocab(
    "mrs mrs. ms ms. miss dame lady queen princess duchess baroness countess madam madame"
)
_MALE_NOUNS = _vocab(
    "spokesman chairman congressman businessman councilman assemblyman policeman fireman "
    "cameraman anchorman sportsman statesman son father husband brother grandfather uncle "
    "nephew boyfriend widower actor king prince man boy gentleman grandson stepfather"
)
_FEMALE_NOUNS = _vocab(
    "spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman "
    "policewoman firewoman camerawoman anchorwoman sportswoman stateswoman daughter mother "
    "wife sister grandmother aunt niece girlfriend widow actress queen princess woman girl "
    "lady granddaughter stepmother"
)
GENDERED_NOUNS: frozenset[str] = _MALE_NOUNS | _FEMALE_NOUNS
"""Every noun that gives its person's gender: each names one person."""
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")
_APPOSITIVE = re.compile(r"\s*,([^,.;:()]{1,80})[,.;]")
_OWNED = re.compile(r"\s*whose\b", re.IGNORECASE)
"""An appositive about what the person owns ("Tom Brell, whose wife is ..."): its noun is
the owned one's, not the person's."""
_APPOSITIVE_BEFORE = re.compile(
    r"(?:^|[\s“\"(])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+['’]s)\s+"
    r"([^,.;:()“”\"]{1,60}),\s*$"
)
"""A noun phrase set off before a name ("A spokeswoman for the clinic, ", "Her son, ")."""
_QUALIFIER = re.compile(r"\s(?:for|of|at|in|with|from|to)\s")
_TITLE_VOTES = 3
_NOUN_VOTES = 2


def gender_of_pronoun(word: str) -> Gender | None:
    """The gender a third-person singular pronoun asks for, None for any other word."""
    low = word.casefold()
    if low in _MALE_PRONOUNS:
        return "m"
    if low in _FEMALE_PRONOUNS:
        return "f"
    return None


_STATE_STOP = re.compile(r"\bMiss ?\.\s*$")
""""Miss" with a full stop: the state's abbreviation ("Jackson , Miss ."), which may end
the sentence before a name; the title "Miss" takes none."""


def title_gender(word: str) -> Gender | None:
    """The gender a title gives the name after it ("Mrs.", "King"), None for any other word."""
    low = word.casefold()
    if low in _MALE_TITLES:
        return "m"
    if low in _FEMALE_TITLES:
        return "f"
    return None


def noun_gender(words: list[str]) -> Gender | None:
    """The gender a gendered noun among `words` gives ("spokeswoman"), None if none or both."""
    lows = {w.casefold().strip(".,'’") for w in words}
    male, female = bool(lows & _MALE_NOUNS), bool(lows & _FEMALE_NOUNS)
    if male == female:
        return None
    return "m" if male else "f"


def person_genders(
    text: str,
    entities: Sequence[EntityMention],
    sentences: Sequence[Sentence],
    quoted: Callable[[int], bool] | None = None,
    names: Callable[[str], Gender | None] | None = None,
) -> dict[str, Gender]:
    """Canonical person name -> the gender the article's own words give it (if they agree):
    a title first, else the gendered nouns and pronouns about it, unless `names` (a name ->
    the gender its given name says, given_names.py) says otherwise."""
    votes: dict[str, Counter[Gender]] = {}
    titled: dict[str, Counter[Gender]] = {}
    people = sorted((e for e in entities if e.label == "PERSON"), key=lambda e: e.start)

    def vote(name: str, gender: Gender | None, weight: int) -> None:
        if gender is not None:
            votes.setdefault(name, Counter())[gender] += weight

    for e in people:
        name = e.canonical or e.text
        before = _WORD.findall(text[max(0, e.start - 12) : e.start])
        said = title_gender(before[-1]) if before else None
        if _STATE_STOP.search(text, max(0, e.start - 12), e.start):
            said = None  # "Biloxi , Miss . Fred Quenby ...": a state, not the title
        vote(name, said, _TITLE_VOTES)
        if said is not None and (name == e.text or len(e.text.split()) > 1):
            # "Mrs. Ana Ruiz"; not "Mrs. Ruiz" read as her husband Tom Ruiz
            titled.setdefault(name, Counter())[said] += 1
        if e.role:
            vote(name, noun_gender(e.role.split()), _NOUN_VOTES)
        appositive = _APPOSITIVE.match(text, e.end)
        if appositive and not _OWNED.match(appositive.group(1)):
            vote(name, noun_gender(appositive.group(1).split()), _NOUN_VOTES)
        vote(name, _gender_set_off_before(text, e.start), _NOUN_VOTES)
        vote(name, _gender_predicated(text, e.end), _NOUN_VOTES)
    _pronoun_votes(text, people, sentences, quoted, vote)
    out: dict[str, Gender] = {}
    for name in dict.fromkeys(e.canonical or e.text for e in people):
        # the pronouns after a name are weak evidence ("Vern Dalby's calls, she said"
        # votes "she" for Dalby), and so is a noun near it ("Ana Ruiz's husband"): a title
        # comes first; the rest say nothing against a given name that clearly says a gender
        said = _agreed(titled.get(name, Counter()))
        if said is None:
            said = _agreed(votes.get(name, Counter()))
            if names is not None and names(name) not in (None, said):
                said = None
        if said is not None:
            out[name] = said
    return out


def _agreed(counter: Counter[Gender]) -> Gender | None:
    """The gender the votes give, when they agree clearly enough."""
    male, female = counter["m"], counter["f"]
    if male != female and min(male, female) * 3 < max(male, female):
        return "m" if male > female else "f"
    return None


def _gender_set_off_before(text: str, start: int) -> Gender | None:
    """The gender a noun phrase set off before a name gives it, read from the phrase's
    head, before whatever qualifies it ("A spokeswoman for the clinic, Ana Ruiz": the
    spokeswoman, not "the clinic's son")."""
    before = _APPOSITIVE_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return None
    head = _QUALIFIER.split(" " + before.group(1) + " ", maxsplit=1)[0]
    return noun_gender(head.split())


_PREDICATE = re.compile(r"\s+(?:is|was)\s+(?:the|an?|his|her|their|its)\s+")
_PREDICATE_STOPS = frozenset({"of", "for", "to", "with", "at", "in", "and", "who", "that"})


def _gender_predicated(text: str, end: int) -> Gender | None:
    """The gender a noun said of a name gives it ("Ana Ruiz is the leader 's only
    daughter", "Tom Best was a father of two"): the first gendered noun among the few
    words after "is the", before any preposition or clause."""
    m = _PREDICATE.match(text, end)
    if m is None:
        return None
    for word in _WORD.findall(text[m.end() : m.end() + 60])[:6]:
        low = word.casefold()
        if low in _PREDICATE_STOPS:
            return None
        if low in GENDERED_NOUNS:
            return noun_gender([low])
    return None


_POSSESSOR = re.compile(r"\s*['’]s?(?!\w)")
_OF_BEFORE = re.compile(r"\b[a-z]+\s+of\s+(?:[A-Z][\w.]*\s+){0,2}$")
"""A noun and "of" (a title between allowed) right before a name: "husband of Rep. "."""


def _pronoun_votes(
    text: str,
    people: Sequence[EntityMention],
    sentences: Sequence[Sentence],
    quoted: Callable[[int], bool] | None,
    vote: Callable[[str, Gender | None, int], None],
) -> None:
    """The first pronoun after the only person its sentence names so far refers to that
    person, unless the sentence used that gender before the name or the name is a
    possessor ("Vera 's husband ... he")."""
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[EntityMention]] = {}
    for e in people:
        i = bisect_right(starts, e.start) - 1
        by_sentence.setdefault(i, []).append(e)
    for i, mentions in by_sentence.items():
        if i < 0:
            continue
        sentence = sentences[i]
        first = mentions[0]
        if _POSSESSOR.match(text, first.end) or _OF_BEFORE.search(
            text, max(0, first.start - 40), first.start
        ):
            # "Vera 's husband , Tomas , ... when he was shot": the pronoun after a
            # possessor is as likely the person it owns, so it is no evidence for the name;
            # nor after a name owned by "of" ("Mark Hale , husband of Rep. Ana Ruiz said
            # his ...", where a splitter may start the sentence at the name)
            continue
        name = first.canonical or first.text
        others = [m for m in mentions if (m.canonical or m.text) != name]
        stop = others[0].start if others else sentence.end
        taken = _taken_before(text, sentence.start, first.start, quoted)
        for word in _WORD.finditer(text, first.end, stop):
            if quoted is not None and quoted(word.start()):
                continue
            gender = gender_of_pronoun(word.group())
            if gender is None:
                continue
            if gender not in taken and not _object_in_own_clause(text, first.end, word):
                vote(name, gender, 1)
            # only the nearest pronoun: "Blair and his government , of which she was a
            # part": a later one may be someone the sentence leaves unnamed
            break


_OBJECT_PRONOUNS = frozenset({"him", "her"})
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”]|\b(?:that|who|whom|which|when|while|because|after|before|and|but|or|if|as)\b",
    re.IGNORECASE,
)
"""What ends the clause a name heads, or opens another inside it."""
_OBJECT_FOLLOWER = re.compile(
    r"\s*(?:[.,;:!?)\"“”]|$|(?:to|about|that|if|whether|why|what|how|when|for|in|on|at|with|"
    r"not|the|an?|and|but|or|as|from|into|out|up|back|again|over|by)\b)",
    re.IGNORECASE,
)
"""What follows an object "her" and never a possessive one ("asked her to", "told her.")."""


def _object_in_own_clause(text: str, name_end: int, word: re.Match[str]) -> bool:
    """Whether the pronoun is an object in the clause the name heads ("Okafor asked her
    about", "Okafor thanked him."): that object is someone else, since the name itself
    would be "herself"/"himself", so it is no evidence of the name's gender. A "her"
    before a noun may be possessive ("Okafor asked her aides"), which may be the name's own."""
    low = word.group().casefold()
    if low not in _OBJECT_PRONOUNS or _CLAUSE_BREAK.search(text, name_end, word.start()):
        return False
    return low == "him" or _OBJECT_FOLLOWER.match(text, word.end()) is not None


def _taken_before(
    text: str, start: int, end: int, quoted: Callable[[int], bool] | None
) -> set[Gender]:
    """The genders of the pronouns a sentence uses before its first name ("She recalls
    talks with Blair and says that he misled her"): a later pronoun of the same gender
    may continue that earlier someone, so it is no evidence for the name."""
    out: set[Gender] = set()
    for word in _WORD.finditer(text, start, end):
        gender = gender_of_pronoun(word.group())
        if gender is not None and (quoted is None or not quoted(word.start())):
            out.add(gender)
    return out
