"""Whether an unnamed source is one person a later "he" or "she" can continue.

"'We are ready,' said a senior army officer. 'We will hold,' he said." -- the
"he" is the officer, not a person named earlier in the article. An unnamed
source continues only when its phrase is headed by a singular noun for a person
(a role, a gendered noun or a generic noun for someone who speaks); "the
ministry", "residents" and "a statement" are never a "he".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from storyline.analyze.entities.roles import HONORIFICS
from storyline.analyze.nlp import in_lexicon
from storyline.analyze.quotes.genders import Gender, noun_gender
from storyline.analyze.quotes.speaking_nouns import (
    GROUP_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    names_a_speaker,
    singular,
)
from storyline.analyze.quotes.speaking_nouns import names_a_person as _names_a_person
from storyline.model import Sentence, Span

__all__ = [
    "described_subject",
    "group_subject",
    "head_words",
    "names_a_person",
    "person_description",
    "starting_in",
]


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ONE_OF = re.compile(
    r"\s*[Oo]ne\s+of\s+(?:the|his|her|its|their|our|[A-Z][\w-]*['’]s)\s+(.+)", re.S
)
"""One of a group named by a plural noun phrase ("One of the former engineers ...")."""
_CUT = re.compile(r",|\bwho\b|\bwhich\b|\bthat\b|\bat\b|\bfor\b|\bof\b|\bin\b|\bwith\b|\bfrom\b")


def head_words(phrase: str) -> list[str]:
    """The words of a description up to its head noun (what a relative clause, a comma or
    a preposition adds is cut); an adverb before the verb is no part of the subject ("A
    legislator apparently misses")."""
    head_part = _CUT.split(phrase, maxsplit=1)[0]
    return [w for w in _WORD.findall(head_part) if not w.casefold().endswith("ly")]


def _person_noun(head: str) -> bool:
    """Whether a head noun (lower case) names one person (`speaking_nouns.PERSON_NOUNS`:
    a role, a noun for a person, or a gendered noun)."""
    return _names_a_person(head)


def person_description(phrase: str, gender: Gender) -> bool:
    """Whether `phrase` ("a senior army officer", "one witness, who asked not to be named")
    describes one unnamed person the pronoun of `gender` can refer to."""
    words = head_words(phrase)
    if not words or (words[0].casefold() in ("the", "its", "their") and len(words) == 1):
        return False
    if _titled_name(phrase, words) or _name_of_employer(phrase, words):
        # "Dr Hale said ...": a person whose name the recogniser did not mark
        said = noun_gender(words)
        return said is None or said == gender
    one_of = _ONE_OF.match(phrase)
    if one_of is not None:
        # "one of the former engineers who spoke to us": one person of a group of people
        words = head_words(one_of.group(1))
        head = singular(words[-1].casefold()) if words else ""
        if not _person_noun(head):
            return False
        said = noun_gender(words)
        return said is None or said == gender
    head = words[-1].casefold().strip("'’")
    if head.endswith("'s") or head.endswith("’s"):
        return False
    if not (_person_noun(head) or head.endswith("-old")):
        return False
    said = noun_gender(words)
    return said is None or said == gender


def _titled_name(phrase: str, words: list[str]) -> bool:
    """Whether a phrase is only a title and a capitalised name ("Dr Hale", "Mr. Ivo
    Stark"): one person, named by the text though no name was recognised."""
    return (
        2 <= len(words) <= 3
        and len(_WORD.findall(phrase)) == len(words)
        and words[0].casefold() in HONORIFICS | {w.rstrip(".") for w in HONORIFICS}
        and all(w[:1].isupper() for w in words[1:])
    )


_OF_EMPLOYER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _name_of_employer(phrase: str, words: list[str]) -> bool:
    """Whether a phrase is a capitalised name the recogniser did not mark followed by "of"
    and the body the bearer works for ("Marelli of Kestrel Bank"): news names a person by
    surname and employer so. A noun for someone or some place ("Bank of Vesta", "Friends
    of the Vale", "University of Orla") or any word the dictionary lists as a noun
    ("Republic of Velm", "Port of Velm", "Chamber of Commerce") heads a body's or a
    place's name instead: a surname that is also a noun ("Hale") is the price."""
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    head = words[-1].casefold()
    if names_a_speaker(head) or head in PLACE_NOUNS or in_lexicon(head, "noun"):
        return False
    lead = phrase.lstrip()
    cut = lead.find(words[-1]) + len(words[-1])
    return lead.startswith(words[0]) and _OF_EMPLOYER.match(lead, cut) is not None


def names_a_person(phrase: str) -> bool:
    """Whether a description's head noun is a person's ("A ministry spokesperson", "one
    witness"): such a description is "he" or "she", never "it"."""
    words = head_words(phrase)
    return bool(words) and _person_noun(words[-1].casefold().strip("'’"))


_DETERMINER = re.compile(r"\s*(?:The|A|An|the|a|an)\s")
_POSSESSED = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,3}['’]s?\s+[a-z]")
"""A subject owned by a name ("Karim Ossan 's father works ..."): someone unnamed."""
_OPENING = re.compile(
    r"\s*(?:As|In|After|At|On|With|Like|Back|Since|Before)\b[^,.;:!?\n]{1,100}?,\s*"
)
"""An opening phrase before the subject ("As a senior police officer , ...")."""


def described_subject(
    text: str,
    sentences: Sequence[Sentence],
    verbs: Sequence[int],
    lo: int,
    hi: int,
    gender: Gender,
) -> bool:
    """Whether a sentence starting in [lo, hi) has an unnamed person as its subject ("The
    three-time champion is expected to ...", "A state legislator misses ..."): someone a
    later "he" may mean, so a name before it is no safe antecedent."""
    if not verbs:
        return False
    for s in (sentences[i] for i in starting_in(sentences, lo, hi)):
        opening = _OPENING.match(text, s.start, s.end)
        begin = opening.end() if opening is not None else s.start
        if not (_DETERMINER.match(text, begin, s.end) or _POSSESSED.match(text, begin, s.end)):
            continue
        k = bisect_left(verbs, begin)
        first_verb = verbs[k] if k < len(verbs) else s.end
        subject = text[begin : min(first_verb, s.end, hi)]
        if len(subject.split()) <= 7 and person_description(subject, gender):
            return True
    return False


def starting_in(sentences: Sequence[Sentence], lo: int, hi: int) -> range:
    """The indices of the sentences (in text order) that start in [lo, hi)."""
    first = bisect_left(sentences, lo, key=_start)
    return range(first, bisect_left(sentences, hi, lo=first, key=_start))


def _start(sentence: Sentence) -> int:
    return sentence.start


def people_plural(head: str) -> bool:
    """Whether a lower-case head noun names several people ("protesters", "residents",
    "economists", "the crowd"): someone a "they" can stand for, never an "it"."""
    one = singular(head)
    if head in GROUP_NOUNS or head in ("police", "people"):
        return True
    return one != head and (one in PERSON_NOUNS or one.endswith(("ist", "ian")))


def group_subject(
    text: str, sentences: Sequence[Sentence], verbs: Sequence[int], lo: int, hi: int
) -> tuple[int, Span] | None:
    """The last sentence starting in [lo, hi) whose subject is several unnamed people
    ("Protesters gathered outside", "Farmers in the valley are angry"), as (its index, the
    subject phrase): a later "they" may well be those people, not the body that spoke
    before them. None when no such sentence starts there."""
    if not verbs:
        return None
    found: tuple[int, Span] | None = None
    for i in starting_in(sentences, lo, hi):
        s = sentences[i]
        # "Like others who have done the same, they show ...": an opening phrase is no
        # subject; the subject is what follows its comma
        opening = _OPENING.match(text, s.start, s.end)
        begin = opening.end() if opening is not None else s.start
        k = bisect_left(verbs, begin)
        first_verb = verbs[k] if k < len(verbs) else s.end
        phrase = text[begin : min(first_verb, s.end, hi)]
        words = head_words(phrase)
        if not words or len(phrase.split()) > 7:
            continue
        head = words[-1]
        if head[:1].isupper() and len(words) > 1:
            continue  # "Kestrel Workers": a capitalised head inside is a name's
        if people_plural(head.casefold()):
            lead = len(phrase) - len(phrase.lstrip())
            shown = phrase.strip()
            found = (i, Span(begin + lead, begin + lead + len(shown), shown))
    return found
