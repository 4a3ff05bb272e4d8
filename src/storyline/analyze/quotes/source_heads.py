"""The grammar of a source phrase: which name in it is its head, and which only modifies it.

"Its director, Samuel Reyes" is named by Reyes; "a lawyer for Smith", "Smith's
lawyer" and "Dahl aides" are not named by the name they hold. Shared by the
speaker resolver (speakers.py) for names in the phrase and for subjects; the parse
moves of an attribution (subject, span) are in phrases.py, its noun phrase in
noun_phrases.py, and sources joined by "and" ("Ruiz and Hale said") in joined_sources.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from storyline.analyze.entities.roles import HONORIFICS
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.speaking_nouns import names_a_person, singular
from storyline.model import EntityMention

__all__ = [
    "POSSESSIVE",
    "PREPOSITIONS",
    "SPEAKING_LABELS",
    "SUBJECT_STOPS",
    "WORD",
    "described_whole",
    "named_head",
    "names_speaker",
    "owned_title",
]


SPEAKING_LABELS = ("PERSON", "ORG", "GPE", "NORP")
"""Entity types that can name a source, in order of preference."""
PREPOSITIONS: frozenset[str] = vocab(
    "of for in at from with by to under against about on over after before between among "
    "near toward towards without like than inside across within behind close"
)
WORD = re.compile(r"[\w'’.-]+")
POSSESSIVE = re.compile(r"\s?['’](?:[ \t]?s\b|(?=\s+[^\W\d_]))")
"""A possessive after a name: "'s" as written ("Ruiz's") or tokenised ("Ruiz 's", "Ruiz ' s"),
or a bare apostrophe before the next word ("Daniels' colleagues", "Daniels ' colleagues")."""
_JOINS = frozenset({"and", "or", "&"})
_MEMBER_OF = re.compile(r"\b(?:including|among them|such as)\b", re.IGNORECASE)
"""What names a member of the source, not the source: "Critics, including Dahl, said",
"some - including Dahl and his aides - speculated": the group speaks, the name is one
of it."""
_OWNS_A_TITLE = re.compile(r"\s?['’]s\s+[A-Z]")
"""A possessive and a capitalised word after a name: the name is part of a title."""


def names_speaker(text: str, e: EntityMention, start: int, end: int) -> bool:
    """Whether a mention inside a source phrase names the source.

    A person names it as the head or an appositive; another entity only as
    the head ("the Foreign Ministry", not "a top Israeli official" or "a
    spokesman for the ministry"). Nothing behind a preposition or owning the
    head ("Smith's lawyer") names the phrase.
    """
    if e.label not in SPEAKING_LABELS:
        return False
    lead = text[max(start, 0) : e.start]
    clause = _without_title(re.split(r"[,—–(]|--", lead)[-1], e.role)
    if any(w.casefold() in PREPOSITIONS for w in WORD.findall(clause)):
        return False
    if _MEMBER_OF.search(lead) is not None:
        return False  # "some - including Dahl and his aides": one of the ones who speak
    tail = text[e.end : end]
    if not tail.strip() and _OWNS_A_TITLE.match(text, e.end):
        # "according to the maker's website and Hale 's Infantry Weapons" with the phrase
        # cut at the name: the name opens a work's title, which is the source
        return False
    possessive = POSSESSIVE.match(tail)
    rest = tail[possessive.end() :] if possessive else tail
    if possessive and rest.strip(" ,"):
        return False  # "Smith's lawyer": the lawyer speaks
    if e.label == "PERSON":
        # "Dahl aides", "the Dahl administration": a common noun after the name heads
        # the phrase, and speaks; "Dahl, the mayor,", "Dahl and Berg" and "Dahl of the
        # refugee agency" (a preposition opens what qualifies the name) name it
        after = WORD.match(rest, 1) if rest[:1] == " " else None
        return not (
            after
            and after.group()[:1].islower()
            and after.group() not in _JOINS
            and after.group() not in PREPOSITIONS
        )
    return not rest.strip(" ,)")


SUBJECT_STOPS: frozenset[str] = vocab(
    "that who which whose whom when where while as if because but or so said says told "
    "has is was were are will would could"
)
"""Words that end a noun phrase: a clause, a verb or a second statement begins there."""


def named_head(
    text: str, source: tuple[int, int], cue_start: int, entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """A source phrase cut before the name that heads it ("[WHO chief] Dr Ana Ruiz said",
    "[Velmar Bank] acting chair Ana Ruiz said", "said [Velmar Bank] deputy Ana Ruiz ."):
    a person's name standing between the phrase and its verb (or, after the verb, closing
    the phrase), with only an honorific or a role's lower-case words before it, is the rest
    of the phrase, which the name heads: the body and the role are the person's
    description. A phrase that is all lower-case words ("trade paper", "the weekly") is
    named by the body's name right after it ("trade paper The Velmar Post wrote")."""
    start, end = source
    inverted = start > cue_start
    if end >= cue_start and not inverted:
        return source
    if any(e.label == "PERSON" and start <= e.start < end for e in entities):
        return source  # the phrase already holds its person
    described = _described(text, start, end, entities)
    for e in entities:
        if not end <= e.start < e.end or (not inverted and e.end > cue_start):
            continue
        if e.label != "PERSON" and not (described and e.label == "ORG"):
            continue
        if e.start - end > _LEAD_CHARS:
            continue  # more than a role's words between: and no slice of a long page per name
        lead = text[end : e.start].split()
        if e.label == "ORG" and lead not in ([], ["The"]):
            continue  # "trade paper The Velmar Post": a capital "The" opens the name
        if e.label == "PERSON" and not _role_words(lead):
            continue
        if inverted and not _PHRASE_CLOSE.match(text, e.end):
            continue
        between = text[e.end : cue_start].replace(",", " ").casefold().split()
        if inverted or all(w in _AUXILIARIES for w in between):
            # "its CEO Ana Ruiz has said": an auxiliary before the cue is still no subject
            return (start, e.end)
    run = _THE_NAME.fullmatch(text, end, cue_start) if described and not inverted else None
    if run is not None:
        # "trade magazine The Velmar Courier wrote" with the name unrecognised: a capital
        # "The" in mid-sentence opens a name, the rest of the phrase
        return (start, run.end(1))
    return source


_ARTICLE = re.compile(r"(?:The|A|An)\b")
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _described(text: str, start: int, end: int, entities: Sequence[EntityMention]) -> bool:
    """Whether a phrase is a description, all lower-case words but for an opening article
    and the names of places and peoples in it ("trade paper", "The Dorvanian car maker"):
    a body's name right after it is what the phrase describes."""
    words = text[start:end]
    places = [e for e in entities if e.label in _PLACE_LABELS and start <= e.start < e.end <= end]
    for e in sorted(places, key=lambda e: -e.start):
        words = words[: e.start - start] + " " * (e.end - e.start) + words[e.end - start :]
    opening = _ARTICLE.match(words)
    if opening is not None:
        words = words[opening.end() :]
    return bool(words.strip()) and not any(c.isupper() for c in words)


_THE_NAME = re.compile(r"\s+(The(?:\s+[A-Z][\w'’&-]*){1,4})\s+")
"""A name opened by a capital "The" standing alone between a phrase and its verb."""
_PHRASE_CLOSE = re.compile(r"\s*(?:[,.;:!?)]|--|``|''|\"|$|(?:in|on|at|during|after|to)\s)")
"""What follows a name that ends a source phrase set after its verb: punctuation, or a
preposition opening where or when ("said Velmar Bank deputy Ana Ruiz in a statement")."""
_ROLE_WORDS_MAX = 3
_LEAD_CHARS = 80
"""The most characters between a phrase and the name heading it: three role words ("acting
deputy chair") or a run of honorifics fit, a clause does not."""


def _role_words(lead: list[str]) -> bool:
    """Whether the words between a phrase and a name are an honorific or a role: at most
    three lower-case words, none a preposition, a conjunction, a verb's auxiliary or a word
    that ends a noun phrase ("interim coach", "deputy", "Dr"); a past-tense "-ed" word
    ("arrested Ana Ruiz") is a verb whose object the name is."""
    if all(w.casefold() in HONORIFICS for w in lead):
        return True
    if len(lead) > _ROLE_WORDS_MAX:
        return False
    for w in lead:
        low = w.casefold()
        if low in HONORIFICS:
            continue
        if not w.isalpha() or not w.islower() or low.endswith("ed"):
            return False
        if low in PREPOSITIONS or low in SUBJECT_STOPS or low in _JOINS or low in _AUXILIARIES:
            return False
    return True


_AUXILIARIES = vocab("has have had is was were will would may might could should also")
"""Words that may stand between a subject and its verb of saying ("has said", "also
said") without being part of the subject."""


_PHRASE_CHAR = r"(?:[^,.;:`'’\"()\n]|['’]s\b|\b(?:Mr|Mrs|Ms|Dr|Prof)\.(?=\s+[A-Z]))"
"""One character of a qualifying phrase: no punctuation that ends one, but a possessive
("Dorvan's thinking") and a person's honorific ("familiar with Mr. Quenby's case")."""
_NOT_AFTER_HONORIFIC = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bProf)"
"""Where a qualifying phrase may not end: right before an honorific's full stop."""
_POST_MODIFIER = re.compile(
    r"\s+(?:(?:close|closest|near|next)\s+to|familiar\s+with|(?:for|at|of|with|from|in|inside|"
    r"within)(?=\s))\s+"
    + _PHRASE_CHAR
    + r"{1,70}?"
    + _NOT_AFTER_HONORIFIC
    + r"(?=\s*(?:,|;|\.|``|''|\(|-LRB-|$))"
)
"""A prepositional phrase after an unnamed source, up to the next comma: "a source [close
to the talks] , who asked not to be named , said", "said one official [at Harlow Mining]
, who declined to be named"."""


_BEFORE_CUE = re.compile(
    r"\s+(?:(?:close|closest|near|next)\s+to|familiar\s+with|(?:for|at|of|with|from|inside|"
    r"within)(?=\s)|(?P<who>who)(?=\s))\s+" + _PHRASE_CHAR + r"{1,70}?"
    r"(?=(?:\s+(?:has|have|had|also|would|will|could|may|might|reportedly|privately))*\s*$)"
)
"""The same phrase running on to the verb with no comma to close it: "a person [close to
the company] said", "people [familiar with the talks] have said", and a short relative
clause, "people [who know him] say", "two surveyors [who worked at the site] told"; the
auxiliaries and adverbs before the verb are not part of it. A clause longer than the
bound is not shown (the phrase stays at its head noun)."""
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s+){1,4}(?:and|or)\s")
"""A comma that goes on to names and "and": the phrase's object is a list of names ("of
Hungary, Poland and the Czech Republic"), which the comma does not close. An appositive
with an "and" inside ("for Seagram, the Montreal wine and spirits concern") is none."""
_JOINED_VERB = re.compile(r"\s(?:and|but|or|then|yet)$")
"""A relative clause ending in a conjunction before the cue: the cue is the second verb of
the subject's own ("residents who said they opposed it decried the attack and said"),
whose first the clause has swallowed."""
_UNNAMING = re.compile(r"\b(?:anonymity|named|identified|authori[sz]ed|quoted)\b")
"""Words of a relative clause that only says the source is not named ("who spoke on
condition of anonymity", "who asked not to be identified"): no word of who it is."""


def _person_head(words: list[str]) -> bool:
    """Whether a source phrase's last word names a person or people ("a source",
    "people", "two engineers"): what a post-modifier tells a reader more of. A plural only
    as a common noun: a capitalised one after another capitalised word is a surname
    ("Dustin Childs")."""
    word = words[-1]
    low = word.casefold()
    if low == "people" or names_a_person(low):
        return True
    if word[:1].isupper() and len(words) > 1 and words[-2][:1].isupper():
        return False
    return names_a_person(singular(low))


def described_whole(
    text: str, source: tuple[int, int], cue_start: int, verbs: Sequence[int] = ()
) -> tuple[int, int]:
    """An unnamed source's phrase grown over the phrase that says whom it speaks for,
    where the parse stopped at its head noun ("A source", "one senior official", "People"):
    a reader is shown "a source close to the talks", "one senior official at Harlow
    Mining", "people who know him". Only a phrase ending in a noun for someone who speaks
    grows, never past the cue, and across a verb only in a relative clause that runs
    right up to the cue."""
    start, end = source
    words = WORD.findall(text[start:end])
    if not words or not _person_head(words):
        return source
    m = _POST_MODIFIER.match(text, end)
    if m is not None and _LIST_GOES_ON.match(text[:cue_start], m.end()):
        return source  # "the ambassadors of Hungary, Poland and Orlen": a list, not a phrase
    clause = False
    if m is None or end <= cue_start < m.end():
        m = _BEFORE_CUE.match(text[:cue_start], end) if end < cue_start else None
        if m is None:
            return source
        clause = m.group("who") is not None
        if clause and (_UNNAMING.search(m.group(0)) or _JOINED_VERB.search(m.group(0))):
            return source
    i = bisect_left(verbs, end)
    if not clause and i < len(verbs) and verbs[i] < m.end():
        return source
    return (start, m.end())


_TITLE_RUN = re.compile(
    r"\s?['’]s(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|to|on|in))*\s+[A-Z][\w'’-]*"
)
"""A possessive and a run of capitalised words after a name ("'s Infantry Weapons",
"'s Guide to the Rifles"): a work's title the name opens."""


def owned_title(
    text: str, source: tuple[int, int], cue_start: int, entities: Sequence[EntityMention]
) -> tuple[int, int]:
    """A source phrase cut at a name that opens a work's title ("according to Hale 's
    Infantry Weapons" read as "Hale"), grown over the title: the work is the source, and a
    reader is shown it, not the name inside it."""
    start, end = source
    if not any(e.end == end and e.label == "PERSON" for e in entities):
        return source
    m = _TITLE_RUN.match(text, end)
    if m is None or end <= cue_start < m.end():
        return source
    return (start, m.end())


def _without_title(lead: str, role: str | None) -> str:
    """The words before a name minus the title written with it ("Secretary of State",
    "Sen."), so a title's own "of" is not read as a preposition governing the name."""
    words = lead.split()
    if role:
        role_words = role.casefold().split()
        if [w.casefold() for w in words[-len(role_words) :]] == role_words:
            words = words[: -len(role_words)]
    while words and words[-1].casefold() in HONORIFICS:
        words.pop()
    return " ".join(words)
