"""What kind of thing a name is, read from a common noun written right next to it: a
vessel or a rig ("the Kessa Star rig", "Kessa Star, a tanker"), an animal ("the dog
Kell", "Kell, a sniffer dog") or a school ("educated at Varrow", "Varrow, a boarding
school"). The recogniser types such names as people, places or bodies by their shape;
the noun beside the name is the text's own word for what it is.

Read by context_types.retype_cue for one mention; the article's other mentions of the name
follow (mention_labels.retype_cued). Word classes only, never a list of names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.aliases import without_company_suffix
from storyline.analyze.entities.context import LOWER_WORD_AFTER, PEOPLE_ADJECTIVE
from storyline.analyze.entities.work_titles import written_as_work

__all__ = [
    "GEOGRAPHIC_HEAD",
    "PLACE_SHAPE",
    "animal_names",
    "kind_cue",
    "written_after_kind",
    "written_as_school",
]

_VESSEL = (
    r"(?:(?:drilling|oil|offshore|exploration)\s+)?(?:rig|platform|vessel|ship|tanker|"
    r"freighter|ferry|trawler|yacht|submarine|warship|frigate|destroyer|cruiser|liner)"
)
_VESSEL_AFTER = re.compile(r"\s+" + _VESSEL + r"\b(?!['’-])")
"""A vessel's or rig's noun right after a name typed a person ("the Kessa Star rig"): no
person is a rig, and a site typed so is one. Only for names typed a person or a site: a
body or a place before the noun is its owner or its home ("the Halvern rig", "a Tarvo
ferry")."""
_APPOSITIVE_HEAD = r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
_VESSEL_APPOSITIVE = re.compile(
    _APPOSITIVE_HEAD
    + _VESSEL
    + r"\b(?=\s*[,.;)]|\s+(?:that|which|owned|operated|leased|built|registered|carrying|with)\b)"
)
"""An appositive whose head is a vessel or a rig ("Kessa Star, a tanker owned by ..."):
the noun must end the appositive, so "Halvern, a rig operator" says nothing."""
_SITE = (
    r"(?:(?:oil|gas|exploration)\s+)?(?:well|wellhead|oilfield|gasfield|field|reservoir|prospect)"
)
_SITE_AFTER = re.compile(r"\s+" + _SITE + r"s?\b(?!['’-])")
"""A well's or a field's noun right after a name ("the Kestrel well", "its Marrow field"):
the name is that site (FAC), not a person or a body, when a determiner or a possessive
stands before the name (`_DETERMINED`): "served Kestrel well" is an adverb."""
_DETERMINED = re.compile(r"(?:\b(?i:the|its|their|a|an)\s+(?:[a-z-]+\s+)?|['’]\s*s\s+)\Z")
_NAMED_VESSEL = (
    r"(?:(?:drilling|oil|offshore|exploration)\s+(?:rig|platform)|rig|vessel|ship|tanker|"
    r"freighter|ferry|trawler|yacht|submarine|warship|frigate|destroyer|cruiser|liner)"
)
"""A vessel's noun before a name: a platform only with its kind ("the oil platform"), since
"the platform Chirper" is a website's."""
_KIND_NAMED = re.compile(
    r"\b(?P<kind>" + _NAMED_VESSEL + r"|" + _SITE + r")s?\s*,?\s+(?:known\s+as|named|called|dubbed)"
    r"\s+(?:the\s+)?\Z"
)
"""A vessel's or a site's noun, then "known as", "named" or "called" right before a name
("a rig called Ocean Sable", "the well, known as Kestrel Deep"): the text says what it is."""
_KIND_BEFORE = re.compile(r"\b(?P<kind>" + _NAMED_VESSEL + r")\s+\Z")
"""A vessel's noun right before a name ("the rig Ocean Sable"), for `written_after_kind`."""
_ACTS_AFTER = re.compile(r"\s*(?:['’]\s*s\b|,?\s+(?:said|says|told|announced|reported)\b)")
"""A possessive or a verb of saying after a name: a body that owns or speaks ("Halvern 's
shares", "Halvern said"), which a field or a well named after it never does."""
_ANIMAL = (
    r"(?:dog|puppy|cat|kitten|horse|pony|mare|stallion|colt|filly|gelding|donkey|mule|"
    r"parrot|gorilla|chimpanzee|elephant|dolphin|whale|bear|panda|tiger|lion|"
    r"German\s+shepherd|[Ll]abrador|retriever|spaniel|terrier|collie|beagle|bloodhound|"
    r"Alsatian|sniffer\s+dog)"
)
"""An animal's noun, a dog's breed among them ("a German shepherd", "the spaniel"); a
shepherd alone is a person's calling."""
_ANIMAL_BEFORE = re.compile(
    r"\b(?:the|a|his|her|their|our|its)\s+(?:[a-z-]+\s+)?" + _ANIMAL + r"\s+\Z"
)
"""An animal's noun right before a name ("the dog Kell", "her sniffer dog Kell")."""
_ANIMAL_APPOSITIVE = re.compile(
    _APPOSITIVE_HEAD + _ANIMAL + r"\b(?=\s*[,.;)]|\s+(?:that|which|who|owned|trained|named)\b)"
)
"""An appositive whose head is an animal ("Kell, a sniffer dog,")."""
_ANIMAL_NAMED = re.compile(r"\b" + _ANIMAL + r"\s+(?:named|called|dubbed)\s+\Z")
"""An animal's noun, then "named", right before a name ("a German shepherd named Kell")."""
_ANIMAL_COMMA = re.compile(
    r"\b(?i:the|a|another|one|this|that|his|her|their|our|its)\s+(?:[a-z-]+\s+)?"
    + _ANIMAL
    + r"\s*,\s*\Z"
)
"""A determiner and an animal's noun, then a comma, before a one-word name closed by a
comma ("another dog , Kell , searched"): "a police dog , Vera Lind said" stays a person."""
_COMMA_AFTER = re.compile(r"\s*,")
_OTHER_ANIMALS_AFTER = re.compile(
    r"\s+and\s+(?:[\w,-]+\s+){0,5}?other\s+(?:[a-z-]+\s+)?" + _ANIMAL + r"(?:s|es)\b"
)
"""A name coordinated with "other <animals>" ("Kell and a dozen other dogs"): the name is
one of them."""
_SCHOOL_BEFORE = re.compile(r"\b(?:educated|schooled|boarded|a\s+pupil|pupils|taught)\s+at\s+\Z")
"""Where a person was educated ("educated at Varrow"): a school, a body."""
_SCHOOL_APPOSITIVE = re.compile(
    _APPOSITIVE_HEAD
    + r"(?:school|college|academy|university|seminary)\b"
    + r"(?=\s*[,.;)]|\s+(?:in|near|that|which|where|founded)\b)"
)
"""An appositive whose head is a school ("Varrow, a boarding school in ...")."""


_KIND_FIRST = re.compile(r"(?:Camp|Fort)\s+[A-Z]")
"""A camp's or a fort's noun opening a name typed a person ("Camp Tarrow", named after
someone): the name is the site's; a given name is never "Camp" or "Fort"."""
_DOSES_AFTER = re.compile(r"\s+(?:tablets?|pills?|capsules?|doses?|lozenges?)\b(?!['’-])")
"""A drug's units right after a name ("Relvanza tablets", "Fluzorin doses"): the name is a
drug's (a product), which the recogniser types a people or a person by its shape. Only
for those two types: a body's ("Harlow doses" are the company's) and a place's ("Kestia
doses" sent to a country) stay."""
_SERVICE_AFTER = re.compile(
    r"\s+(?:account|page|feed|followers|users|app|website|handle|profile|timeline)s?\b(?!['’-])"
)
"""An online service's noun right after one word typed a person ("your Chirper account",
"our Chirper page"): the word is the service's, a body; a person's own page is written
with a possessive ("Vale's page")."""
_ONLINE = r"(?:web\s*site|site|blog|forum|portal|search\s+engine|social\s+network(?:ing\s+site)?)"
_ONLINE_APPOSITIVE = re.compile(
    r"\s*,\s*(?:a|an|the|its)\s+(?:[\w-]+\s+){0,4}?"
    + _ONLINE
    + r"\b(?=\s*[,.;)]|\s+(?:that|which|where|founded|launched|owned|run|started)\b)"
)
"""An appositive whose head is a web site ("Zibbit , the community news sharing site ,"):
the name is the site's, a body, however its shape was read (a town, a person)."""
_ONLINE_IS = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _ONLINE + r"\b")
"""A name said to be a web site ("Comic Quips is a blog devoted to ...")."""
_OPERATION_BEFORE = re.compile(r"\bOperation\s+\Z")
"""A military or police operation's code name after "Operation" ("Operation Iron Veil",
the recogniser cutting the noun off): an event, never a person or a body."""


def kind_cue(text: str, start: int, end: int, label: str) -> str | None:
    """The type the noun beside the mention `text[start:end]` gives it, or None: a vessel
    or a rig is a product (as the recogniser's scheme types vehicles), an animal is typed
    as a person (the scheme has no animals; a named animal is an individual, no place),
    a school is a body (only for a name typed a person or a site: a name typed a place may
    be the town that school is named after, "educated at Tarvo" of a town's college), a
    name opening with a camp's or a fort's noun a site, one word before an online
    service's noun ("account") a body, a name before a drug's units ("tablets") a product,
    an operation's code name an event, a name a web site's appositive follows a body."""
    if label in {"PERSON", "FAC"} and _VESSEL_AFTER.match(text, end):
        return "PRODUCT"
    if label == "PERSON" and _KIND_FIRST.match(text, start, end):
        return "FAC"
    if label == "PERSON" and " " not in text[start:end] and _SERVICE_AFTER.match(text, end):
        return "ORG"
    if (
        label in {"NORP", "PERSON"}
        and _DOSES_AFTER.match(text, end)
        and not PEOPLE_ADJECTIVE.fullmatch(text[start:end])  # "Dorvanian doses": a people's
    ):
        return "PRODUCT"
    if label in {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP"} and (
        _OPERATION_BEFORE.search(text, max(0, start - 12), start)
        or text.startswith("Operation ", start)
    ):
        return "EVENT"
    if label == "LOC" and _vessel_named_like_a_place(text, start, end):
        return "PRODUCT"
    named = _KIND_NAMED.search(text, max(0, start - 40), start)
    if named is not None and label in {"PERSON", "ORG", "FAC", "GPE", "LOC"}:
        return _kind_type(named.group("kind"))
    if (
        label in {"PERSON", "ORG"}
        and text[start:end].split()[-1][:1].isupper()  # "Health Organization - as well"
        and _SITE_AFTER.match(text, end)
        and _DETERMINED.search(text, max(0, start - 40), start)
        and not (label == "ORG" and _acts(text, text[start:end]))
    ):
        return "FAC"
    if label in {"PERSON", "GPE", "LOC", "ORG", "FAC"} and _VESSEL_APPOSITIVE.match(text, end):
        return "PRODUCT"
    if label in {"GPE", "LOC", "ORG", "FAC", "PRODUCT"} and (
        _ANIMAL_BEFORE.search(text, max(0, start - 40), start)
        or _ANIMAL_APPOSITIVE.match(text, end)
    ):
        return "PERSON"
    if label in {"PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT"} and (
        _ONLINE_APPOSITIVE.match(text, end) or _ONLINE_IS.match(text, end)
    ):
        return "ORG"  # "Zibbit , the news sharing site ,": a web site is a body
    if label in {"PERSON", "FAC"} and (
        _SCHOOL_BEFORE.search(text, max(0, start - 30), start)
        or _SCHOOL_APPOSITIVE.match(text, end)
    ):
        return "ORG"
    return None


_THE_BEFORE = re.compile(r"\b(?i:the)\s+\Z")
GEOGRAPHIC_HEAD = (
    r"(?:Sea|Ocean|Gulf|Bay|Coast|Coastline|Basin|Shelf|Strait|Straits|Channel|Sound|"
    r"Islands?|Peninsula|Delta|River|Valley|Mountains?|Desert|Region|Plains?|Highlands|"
    r"Lowlands)"
)
"""The head nouns of a natural place ("the Kell Coast", "the Marrow Valley"): a name ending
with one is land or water, whatever type the recogniser gave it (a site, FAC, is built)."""
PLACE_SHAPE = re.compile(r"(?:.*\s(?:of|de|del)\s.*|.*\s" + GEOGRAPHIC_HEAD + ")")
"""A place's shape: a name with "of" ("Gulf of Marrow") or a geographic head ("Kell Sea")."""
_AT_PLACE = re.compile(r"\b(?:in|across|off|near|throughout)\s+(?:the\s+)?\Z")


def _vessel_named_like_a_place(text: str, start: int, end: int) -> bool:
    """Whether a name of two words or more typed a place (LOC) is a vessel's or a rig's: written
    "the <name> rig", with no place's shape (`PLACE_SHAPE`), and nowhere in the article
    after a preposition of place that ends its phrase there ("in the Tarn Ridge ." says a
    place; "on the Ocean Sable rig", "in the Ocean Sable disaster" do not)."""
    name = text[start:end]
    if " " not in name or PLACE_SHAPE.fullmatch(name) or not _VESSEL_AFTER.match(text, end):
        return False
    if not _THE_BEFORE.search(text, max(0, start - 8), start):
        return False
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        # "in the Tarn Ridge ." says a place; "in the Tarn Ridge disaster" a thing's name
        if _AT_PLACE.search(text, max(0, at - 20), at) and not LOWER_WORD_AFTER.match(text, after):
            return False
        at = text.find(name, after)
    return True


def _kind_type(kind: str) -> str:
    """A vessel or a rig is a product (the scheme types vehicles so), a well or a field a
    site."""
    return "PRODUCT" if re.fullmatch(_VESSEL, kind) else "FAC"


def _acts(text: str, name: str) -> bool:
    """Whether `name` is written in capitals only ("BP": a company's initials) or with a
    company's legal form ("Halvern Plc"), or anywhere in `text` owns or speaks ("Halvern
    's", "Halvern said"): a body, whatever site it gives its name to."""
    if name.isupper() or without_company_suffix(name) != name:
        return True  # "BP", "Halvern Plc": a company's initials or legal form
    at = text.find(name)
    while at >= 0:
        if _ACTS_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def written_after_kind(text: str, name: str) -> str | None:
    """The type a vessel's noun written right before `name` somewhere in `text` gives it ("the
    rig Ocean Sable", "a ship called Harriet Lane", "the well, known as Kestrel Deep"), or
    "Operation" an operation's code name, or a web site's appositive after it a body, or
    quotation marks or a work's noun a title (work_titles), also where the recogniser
    missed that mention;
    None when the text never says so."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (
            after == len(text) or not text[after].isalnum()
        )
        if whole:
            found = _KIND_NAMED.search(text, max(0, at - 40), at) or _KIND_BEFORE.search(
                text, max(0, at - 30), at
            )
            if found is not None:
                return _kind_type(found.group("kind"))
            if _OPERATION_BEFORE.search(text, max(0, at - 12), at):
                return "EVENT"  # "Operation Iron Veil", the recogniser missing that one
            if _ONLINE_APPOSITIVE.match(text, after) or _ONLINE_IS.match(text, after):
                return "ORG"  # "Zibbit , the news sharing site ,", that mention unread
            if written_as_work(text, at, after):
                return "WORK_OF_ART"  # "the sequel , Harrow Tide ,": a title, no person
        at = text.find(name, at + 1)
    return None


_EDUCATED_AFTER = re.compile(r"-educated\b")


def written_as_school(text: str, name: str) -> bool:
    """Whether `name` is written with "-educated" glued after it ("a Varrow-educated
    lawyer"), where the recogniser reads no mention of it: a school's name."""
    at = text.find(name)
    while at >= 0:
        if (at == 0 or not text[at - 1].isalnum()) and _EDUCATED_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def animal_names(text: str, names: set[str]) -> set[str]:
    """The names in `names` that `text` somewhere writes as an animal's: after the animal's
    noun ("the dog Kell", "a German shepherd named Kell", "another dog , Kell"), with it as
    an appositive ("Kell , a sniffer dog ,") or with "and other dogs" after it. A named
    animal is no person, place or body of the news; the recogniser's scheme has no type
    for it, so the article's mentions of it are dropped (canonical.canonicalize) rather
    than shown as a person or a town among a story's top entities."""
    found: set[str] = set()
    for name in names:
        at = text.find(name)
        while at >= 0:
            after = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                after == len(text) or not text[after].isalnum()
            )
            if whole and (
                _ANIMAL_BEFORE.search(text, max(0, at - 40), at)
                or _ANIMAL_NAMED.search(text, max(0, at - 40), at)
                or (
                    " " not in name
                    and _COMMA_AFTER.match(text, after)
                    and _ANIMAL_COMMA.search(text, max(0, at - 40), at)
                )
                or _ANIMAL_APPOSITIVE.match(text, after)
                or _OTHER_ANIMALS_AFTER.match(text, after)
            ):
                found.add(name)
                break
            at = text.find(name, at + 1)
    return found
