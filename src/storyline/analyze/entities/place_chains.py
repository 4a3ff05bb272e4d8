"""A name typed a person that the text writes as a place: a link in a chain of places
("from Dorrington , Kelsey , and", "at Harlow Woods , N.H. ,"), a place set off by
commas after "in" (", in Kelsey ,"), or the place a meeting is named after ("a new
Harlow Woods summit").

The recogniser types a little-known county, town or base by its shape, as a person's name;
the places written beside it are the text's own evidence that it is one. Every mention of
the name in the article follows. A name the article ever writes as a person's (a title or
an honorific before it, a verb of saying or a possessive after it, or inside a longer
person's name) stays a person. Word classes only, never a list of names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.context import PERSON_HONORIFIC
from storyline.analyze.entities.mention_labels import PreparedMention

__all__ = ["retype_place_chains"]

_PLACE_PREPOSITION = r"\b(?i:in|at|from|near|outside|to|into)\s+"
_CHAIN_AFTER = re.compile(r"\s*,\s*\Z")
_END_OF_LINK = re.compile(r"\s*(?:[,.;:)]|\Z)")
_COMMA = re.compile(r"\s*,\s*")
_APPOSITIVE_AFTER = re.compile(r"\s*,\s*(?:the|a|an|who|whose|his|her|its)\b")
"""A comma and what opens a description of the name ("in Paris , Vale , the envoy"): a
person's appositive, no link of a chain of places."""
_IN_SET_OFF = re.compile(
    r"(?:,\s*(?i:in|near|outside)|(?:\A|[.!?]\s|\n)\s*(?:In|Near|Outside))\s+\Z"
)
""""in" after a comma, or opening a sentence, before a lone name set off by a comma after
it (", in Kelsey ,", ". In Kelsey , rebels said"): a place; a person is "in" nothing so."""
_MEETING_AFTER = re.compile(r"\s+(?:summit|conference|accords?)\b")
_MEETING_BEFORE = re.compile(r"\b(?i:a|the)\s+(?:(?:new|second|original|first)\s+)?\Z")
_PERSON_AFTER = re.compile(
    r"\s*(?:['’]\s*s\b|,?\s+(?:said|says|told|added|asked|wrote|argued|believes|thinks)\b)"
)
_BEARING_AFTER = re.compile(
    r"\s*,\s*(?:(?:about|some|just)\s+)?(?:[\d,.]+\s*(?:km|kms|miles?|kilometres?|kilometers?)"
    r"\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+[A-Z]"
)
"""A bearing from a place as the name's appositive ("al-Kessa , east of Tarn", "Vell , 40 km
south of Tarn"): the name is a place's, whether typed a person or a body."""
_UPPER_WORD_BEFORE = re.compile(r"[A-Z]{2,5}\s+\Z")
"""An all-capitals word right before a name ("at RAF Stannick"): a force or a service whose
base the name is, skipped when reading the preposition before it."""


_CHAINED = frozenset({"PERSON", "FAC", "GPE", "LOC"})
"""The types a link of a chain of places may have been given: a person's is the recogniser's
error; a site's or a place's is the type the name's other mentions typed a person take."""


def retype_place_chains(text: str, work: list[PreparedMention]) -> None:
    """Every mention of a name typed a person that one of its mentions writes in a chain
    of places takes the place type (GPE), or the site's or place's type that mention has
    ("at RAF Stannick , England ," typed FAC): right before a comma and a place typed so that
    ends the link ("at Harlow Woods , N.H. ,"), or right after one ("from Dorrington ,
    Kelsey , and"), in both cases with a preposition of place before the chain; set off by
    commas after "in" (", in Kelsey ,", or opening a sentence: ". In Kelsey ,"); or before
    a summit's noun ("a new Harlow Woods summit"); and a name typed a person or a body with
    a bearing after it ("al-Kessa , east of Tarn"), or a lone word typed a person or a body
    set off by a comma after a school's name ("Tarn University , Kellby , 1952": its town).
    A name the article writes as a person's anywhere stays (`_person_written`)."""
    places = sorted((w.start, w.end) for w in work if w.label == "GPE")
    starts = {s: e for s, e in places}
    ends = {e: s for s, e in places}
    persons = [w.name for w in work if w.label == "PERSON" and " " in w.name]
    cued: dict[str, str] = {}
    bearings: set[str] = set()  # names placed by a bearing: their body-typed mentions too
    schools = {w.end for w in work if w.label == "ORG" and _SCHOOL_END.search(w.name)}
    for w in work:
        if w.label in {"PERSON", "ORG"} and not w.business and _BEARING_AFTER.match(text, w.end):
            cued[w.name] = "GPE"  # "at al-Kessa , east of Tarn": a place
            bearings.add(w.name)
            continue
        if w.label in {"PERSON", "ORG"} and not w.business and _town_of_school(text, w, schools):
            cued[w.name] = "GPE"  # "Tarn University , Kellby , 1952": the school's town
            bearings.add(w.name)
            continue
        if w.label not in _CHAINED or w.role or w.person_cue or w.name in cued:
            continue
        if _chained(text, w, starts, ends) or _meeting_place(text, w):
            cued[w.name] = "GPE" if w.label == "PERSON" else w.label
    for name, label in sorted(cued.items()):
        if _person_written(text, name, persons):
            continue
        for w in work:
            if w.name == name and (w.label == "PERSON" or (w.label == "ORG" and name in bearings)):
                w.label = label


_SCHOOL_END = re.compile(r"\s(?:University|College|Institute|School|Academy|Polytechnic)\Z")
"""The head a school's or a university's name ends with: the lone name set off by a comma
after it is the town it stands in ("Tarn University , Kellby , 1952")."""


def _town_of_school(text: str, w: PreparedMention, school_ends: set[int]) -> bool:
    """Whether the lone word `w` follows a school's name and a comma and ends its link
    ("Tarn University , Kellby ,"): the school's town, no body."""
    if " " in w.name or not _END_OF_LINK.match(text, w.end):
        return False
    comma = _CHAIN_AFTER.search(text, max(0, w.start - 4), w.start)
    return comma is not None and comma.start() in school_ends


def _chained(text: str, w: PreparedMention, starts: dict[int, int], ends: dict[int, int]) -> bool:
    """Whether this mention is a link of a chain of places (see `retype_place_chains`)."""
    if not _END_OF_LINK.match(text, w.end) or _APPOSITIVE_AFTER.match(text, w.end):
        return False
    # ", in Kelsey ," or ". In Kelsey ,": a place set off by commas
    if " " not in w.name and _IN_SET_OFF.search(text, max(0, w.start - 12), w.start):
        return _COMMA.match(text, w.end) is not None
    # "at Harlow Woods , N.H. ,": a place typed so right after the name and a comma
    after = _COMMA.match(text, w.end)
    if (
        after is not None
        and after.end() in starts
        and _END_OF_LINK.match(text, starts[after.end()])
    ):
        return _preposition_before(text, w.start)
    # "from Dorrington , Kelsey ,": a place typed so right before the comma and the name;
    # one word only, as a county's or a state's name ("in Dorvan , Ana Lusk , and" lists)
    if " " in w.name:
        return False
    comma = _CHAIN_AFTER.search(text, max(0, w.start - 4), w.start)
    if comma is not None and comma.start() in ends:
        return _preposition_before(text, ends[comma.start()])
    return False


def _preposition_before(text: str, start: int) -> bool:
    """Whether a preposition of place stands right before `start` (an all-capitals word,
    a force whose base it is, may stand between: "at RAF Stannick")."""
    upper = _UPPER_WORD_BEFORE.search(text, max(0, start - 8), start)
    if upper is not None:
        start = upper.start()
    return re.search(_PLACE_PREPOSITION + r"\Z", text[max(0, start - 10) : start]) is not None


def _meeting_place(text: str, w: PreparedMention) -> bool:
    """ "a new Harlow Woods summit": a meeting named after the place it was held."""
    return bool(
        " " in w.name
        and _MEETING_AFTER.match(text, w.end)
        and _MEETING_BEFORE.search(text, max(0, w.start - 20), w.start)
    )


def _person_written(text: str, name: str, persons: list[str]) -> bool:
    """Whether the article writes `name` as a person's somewhere: inside a longer person's
    name, after an honorific, or before a verb of saying or a possessive."""
    if any(name in p.split() or (name in p and name != p) for p in persons):
        return True
    at = text.find(name)
    while at >= 0:
        if _PERSON_AFTER.match(text, at + len(name)):
            return True
        head = text[max(0, at - 12) : at]
        if any(PERSON_HONORIFIC.match(head, i) for i in range(len(head))):
            return True
        at = text.find(name, at + 1)
    return False
