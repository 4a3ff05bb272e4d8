"""The article-wide passes over prepared mentions that retype them before names are
resolved (canonical.py runs them in order): one label per name, a business's or a
product's name typed so everywhere, first names, surnames and listed names read against the
people the article names in full, "the District" of an article on Washington, D.C., and
the type a cue gave one mention spread to the name's other mentions. The passes that drop
mentions or cut words off them (headline verbs, plurals, common words, a title's words) are
in mention_drops.py.

Split from canonical.py, which prepares each mention and resolves the names; each pass
reads only the article's own mentions, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from storyline.analyze.entities.aliases import ALIASES, name_key, surname_keys
from storyline.analyze.entities.context import (
    PLACE_APPOSITIVE,
    PLACE_PREPOSITION,
)
from storyline.analyze.entities.kind_cues import written_after_kind, written_as_school
from storyline.analyze.entities.work_titles import speaks

__all__ = [
    "PLACE_LIKE",
    "PreparedMention",
    "cached_name_key",
    "cut_point",
    "join_capital_district",
    "read_as_place",
    "relabel_coordinated",
    "relabel_first_names",
    "relabel_surnames",
    "retype_businesses",
    "retype_cued",
    "unify_labels",
]


@dataclass(slots=True)
class PreparedMention:
    """A recogniser mention being canonicalised: span, label, name and role, and the cues
    its context showed (a business, a person, a product)."""

    start: int
    end: int
    label: str
    name: str
    role: str | None
    role_start: int = -1
    business: bool = False
    person_cue: bool = False
    product: bool = False
    retype: str | None = None


cached_name_key = lru_cache(maxsize=1 << 16)(name_key)
"""name_key memoised: a long page repeats the same few hundred names thousands of times."""

PLACE_LIKE = frozenset({"GPE", "NORP", "LOC", "ORG"})


def cut_point(text: str, w: PreparedMention, head: str, tail: str) -> tuple[int, int] | None:
    """Where one mention that ran two names together is cut: the end of the first name
    (`head`, spaces before the cut dropped) and the start of the second (`tail`'s first
    word, searched after the head), or None when the text does not hold it there. Shared
    by the rules that split run-on names, so both cut the same way."""
    cut = text.find(tail.split()[0], w.start + len(head), w.end)
    if cut < 0:
        return None
    return w.start + len(text[w.start : cut].rstrip()), cut


_SITE_HEAD = re.compile(
    r"\b(?:Hospital|Airport|Bridge|Stadium|Centre|Center|Building|Hall|Museum|Park|"
    r"School|College|Tower|Station|House|Road|Street|Avenue)\Z"
)
"""A site's last word ("Ana Vell Hall"): a place named after a person, no person."""


def unify_labels(work: list[PreparedMention]) -> None:
    """One label per name in an article; a place reading wins over a one-word person reading.

    The recogniser often types the same single word as a person once and a
    place elsewhere; a multi-word person name is never relabelled. A name the text itself
    shows to be a person's ("the Reyes administration") is a person everywhere in it.
    """
    # a city's government is also "the <City> administration": a place reading turns only
    # when the article reads the name as a person somewhere too
    read_as_person = {cached_name_key(w.name) for w in work if w.label == "PERSON"}
    people = {cached_name_key(w.name) for w in work if w.person_cue} & read_as_person
    # "the Defence Secretary , Ana Vell" once, "an apology from Ana Vell" typed a site: a
    # full name written with a person's title is a person where it is typed a place or a
    # site without a site's word ("Ana Vell Hall" is a site); untitled, a tie stays open
    # ("RAF Stannick" typed a person once, a site once); a title as written, capitalised:
    # "a search for justice Velmar Coast 's leader" gives no title to a country
    titled = {
        cached_name_key(w.name)
        for w in work
        if w.label == "PERSON"
        and " " in w.name
        and w.role
        and w.role[0].isupper()
        and not w.business
    }
    # "Tamir Oshen" read as a person once and typed a place where "'s" follows it, in an
    # article that writes "Oshen" alone as a person: the full name is a person's everywhere
    titled |= {
        key
        for w in work
        if w.label == "PERSON"
        and " " in (key := cached_name_key(w.name))
        and key.split()[-1] in read_as_person
    }
    labels: dict[str, dict[str, int]] = {}
    for w in work:
        key = cached_name_key(w.name)
        person = key in people and " " not in w.name and w.label in PLACE_LIKE
        if person or (
            key in titled
            and not w.product
            and (w.label in {"GPE", "LOC"} or (w.label == "FAC" and not _SITE_HEAD.search(w.name)))
        ):
            w.label = "PERSON"
        counts = labels.setdefault(cached_name_key(w.name), {})
        counts[w.label] = counts.get(w.label, 0) + 1
    for w in work:
        counts = labels[cached_name_key(w.name)]
        if len(counts) < 2 or (w.label == "PERSON" and " " in w.name):
            continue
        places = {k: v for k, v in counts.items() if k in {"GPE", "LOC"}}
        pool = places if places and "PERSON" in counts and " " not in w.name else counts
        w.label = max(sorted(pool), key=lambda k: pool[k])


def retype_cued(text: str, work: list[PreparedMention]) -> None:
    """Every lone mention of a name whose context somewhere says what it is ("Karsa, capital
    of ...": a place; "the Kirano plant": a site) takes that type, also where the
    recogniser missed the mention with the cue; a person's full name is never retyped,
    and a surname of a person named in full turns back (relabel_surnames)."""
    cued: dict[str, str] = {}
    for w in work:
        if w.retype is not None:
            cued.setdefault(cached_name_key(w.name), w.retype)
    people_alone = {w.name for w in work if w.label == "PERSON" and " " not in w.name}
    for name in sorted({w.name for w in work if w.label in _RETYPABLE and not w.business}):
        key = cached_name_key(name)
        kind = None if key in cued or name.isupper() else written_after_kind(text, name)
        if kind == "WORK_OF_ART" and (name.split()[-1] in people_alone or speaks(text, name)):
            # "`` Dana Vale '' is short-hand for ..." beside "Vale said": a person's name
            # quoted as a byword, no title (a title's last word is never a person alone);
            # "`` Ivo IV , ''" the play beside "Ivo IV said": its hero, who speaks
            kind = None
        if kind is not None:
            cued[key] = kind  # "the rig Ocean Sable", where the recogniser missed that one
    lone = {w.name for w in work if w.label in _RETYPABLE and " " not in w.name}
    placed = {cached_name_key(w.name) for w in work if w.label in {"GPE", "LOC"}}
    for name in sorted(lone):
        key = cached_name_key(name)
        if key not in cued and written_as_place(text, name):
            cued[key] = "GPE"
        elif key not in cued and key not in placed and written_as_school(text, name):
            cued[key] = "ORG"  # "a Varrow-educated lawyer": a school, unless a town too
    if not cued:
        return
    for w in work:
        label = cued.get(cached_name_key(w.name))
        # a site's cue only says the name is no person's ("Kirano 's refinery" of a city)
        retypable = {"PERSON"} if label == "FAC" else _RETYPABLE
        if label == "PRODUCT":
            retypable = _RETYPABLE | {"NORP"}  # "the rig Ocean Sable": a made thing
        if label == "ORG":
            # a business's cue ("Harlow, a Dorvan firm") also outweighs a people reading
            retypable = _RETYPABLE | {"NORP"}
        if label is not None and w.label in retypable and not w.business and not w.product:
            w.label = label


_RETYPABLE = frozenset({"ORG", "PERSON", "FAC", "GPE", "LOC"})

_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def written_as_place(text: str, name: str) -> bool:
    """Whether `name` is written in `text`, not as the end of a longer word or hyphenated
    name, with a place appositive right after it ("Karsa, capital of ...").

    The same answer as searching for `(?<![\\w-])` + the escaped name + the appositive's
    pattern, without compiling a pattern for each name: every article brings new names,
    so that search compiled one regular expression per lone name (Python's cache holds
    512) and the compiling, not the matching, was the cost (0.36 s of 24 articles, 13%
    of the recogniser's own time). Each place the name is written is tried in turn.
    """
    at = text.find(name)
    while at >= 0:
        clear = at == 0 or _WORD_OR_HYPHEN.match(text, at - 1) is None
        if clear and PLACE_APPOSITIVE.match(text, at + len(name)) is not None:
            return True
        at = text.find(name, at + 1)
    return False


_CAPITAL_WRITTEN = re.compile(r"\bD\.\s?C\.|\bDistrict of Columbia\b|\bWashington,?\s+DC\b")


def join_capital_district(text: str, work: list[PreparedMention]) -> None:
    """ "the District" in an article that writes "D.C." or "District of Columbia" is the US
    capital, as US writers shorten it; anywhere else it is left alone (a school district,
    a district of another city)."""
    lone = [w for w in work if w.name == "District" and w.label in PLACE_LIKE]
    if lone and _CAPITAL_WRITTEN.search(text):
        capital = ALIASES.get(name_key("District of Columbia"), "District of Columbia")
        for w in lone:
            w.label, w.name = "GPE", capital


def retype_businesses(work: list[PreparedMention]) -> None:
    """Every person- or place-typed mention of a name the article once wrote as a business
    ("Harlow Ltd.", "research firm Harlow") is one, and every mention of a name it once
    wrote as a vessel or a product ("the rig Kestrel Dawn") is that product."""
    keys = {cached_name_key(w.name) for w in work if w.business}
    products = {cached_name_key(w.name) for w in work if w.product}
    for w in work:
        if cached_name_key(w.name) in products:
            w.label = "PRODUCT"
        elif w.label in {"PERSON", "GPE", "LOC"} and cached_name_key(w.name) in keys:
            w.label = "ORG"


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*")
_THING_LABELS = frozenset({"ORG", "PRODUCT"})


def relabel_coordinated(
    text: str, work: list[PreparedMention], persons: Sequence[PreparedMention]
) -> None:
    """A lone word typed as a person but listed with organisations or products ("Twitter,
    Facebook and YouTube") is one of them, and one in a list of three names or more most
    of whose others are places ("Arvik, Zuro and Kellmar") is a place; a surname of a
    person named in full is neither."""
    surnames = {k for p in persons for k in surname_keys(p.name)}
    # a name the article writes with a person's title ("President Vale") is a person's
    surnames |= {cached_name_key(w.name) for w in work if w.role and w.label == "PERSON"}
    for i, w in enumerate(work):
        if w.label != "PERSON" or " " in w.name or cached_name_key(w.name) in surnames:
            continue
        neighbours = []
        if i > 0 and _LIST_GLUE.fullmatch(text[work[i - 1].end : w.start]):
            neighbours.append(work[i - 1])
        if i + 1 < len(work) and _LIST_GLUE.fullmatch(text[w.end : work[i + 1].start]):
            neighbours.append(work[i + 1])
        labels = {n.label for n in neighbours}
        if labels and labels <= _THING_LABELS:
            w.label = sorted(labels)[0]
        elif _in_place_list(text, work, i):
            w.label = "GPE"  # "Tarvo , Kell , Zuri and Brava": one word in a list of places


_PLACE_LIST = 3
"""Names in a list for a lone "person" in it among places to be a place: two names may be
a person and a place ("Vale and Dorvan"), a longer list is of one kind."""


def _in_place_list(text: str, work: Sequence[PreparedMention], i: int) -> bool:
    """Whether `work[i]` is in a list of `_PLACE_LIST` names or more (joined by commas or
    "and") whose other names, lone "person" words aside, are mostly places, two at least."""
    lo = i
    while lo > 0 and _LIST_GLUE.fullmatch(text[work[lo - 1].end : work[lo].start]):
        lo -= 1
    hi = i
    while hi + 1 < len(work) and _LIST_GLUE.fullmatch(text[work[hi].end : work[hi + 1].start]):
        hi += 1
    # lone "person" words of the list are what is in question: the other names decide
    others = [
        work[k].label
        for k in range(lo, hi + 1)
        if k != i and not (work[k].label == "PERSON" and " " not in work[k].name)
    ]
    places = sum(label in {"GPE", "LOC"} for label in others)
    return hi - lo + 1 >= _PLACE_LIST and places >= 2 and places * 2 > len(others)


_OTHER_NAME = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT"})
"""Types the recogniser gives a lone first name it does not know ("Jorvin" read as a
product as often as a place)."""
_POSSESSIVE_AFTER = re.compile(r"\s?['’]s\b")


def relabel_first_names(
    text: str, work: list[PreparedMention], persons: Sequence[PreparedMention]
) -> None:
    """A lone word typed a place or a body that is the first name of exactly one person the
    article names in full ("Mara" beside "Mara Quell") is that person, unless the article
    reads it as a place somewhere ("flew to Mara", not "to Mara's house"), writes it as the
    start of a longer place or body, or it is someone's surname (left to relabel_surnames)."""
    by_first: dict[str, set[str]] = {}
    for p in persons:  # "RANDI VOSS" (a transcript's label) and "Randi Voss": one person
        by_first.setdefault(cached_name_key(p.name.split()[0]), set()).add(cached_name_key(p.name))
    surnames = {k for p in persons for k in surname_keys(p.name)}
    longer = {
        cached_name_key(w.name.split()[0]) for w in work if w.label != "PERSON" and " " in w.name
    }
    lone = [w for w in work if w.label in _OTHER_NAME and " " not in w.name]
    candidates = {
        k
        for w in lone
        if len(by_first.get(k := cached_name_key(w.name), ())) == 1
        and k not in surnames
        and k not in longer
        and k not in ALIASES
    }
    if not candidates:
        return
    as_place = {
        cached_name_key(w.name)
        for w in work
        if cached_name_key(w.name) in candidates and w.label != "PERSON" and read_as_place(text, w)
    }
    for w in lone:
        if cached_name_key(w.name) in candidates - as_place:
            w.label = "PERSON"


def read_as_place(text: str, w: PreparedMention) -> bool:
    """Whether the text reads the mention `w` as a place: a preposition of place right
    before it ("flew to Mara"), not followed by a possessive ("to Mara 's favourite dish"
    reads the name as hers)."""
    return PLACE_PREPOSITION.search(
        text, max(0, w.start - 14), w.start
    ) is not None and not _POSSESSIVE_AFTER.match(text, w.end)


def relabel_surnames(work: list[PreparedMention], persons: Sequence[PreparedMention]) -> None:
    """A surname typed otherwise is the person's; a two-word name typed a body or a place
    whose words are a first name the article reads alone as a person and a surname of a
    person it names in full is a person too, and so is one whose words end a longer full
    name ("Del Quenby" of "Vincent Del Quenby": a surname of two words, written alone as
    a surname is); a lone person word that only starts places is a place."""
    surnames = {k for p in persons for k in surname_keys(p.name)}
    name_tails = {tail for p in persons for tail in _tails(cached_name_key(p.name))}
    place_words = {
        cached_name_key(w.name.split()[0])
        for w in work
        if w.label in {"FAC", "GPE", "LOC"} and " " in w.name
    }
    lone_people = {
        cached_name_key(w.name) for w in work if w.label == "PERSON" and " " not in w.name
    }
    for w in work:
        key = cached_name_key(w.name)
        words = key.split()
        if (
            w.label in PLACE_LIKE
            and len(words) == 2
            and words[1] in surnames
            and words[0] in lone_people
        ):
            # "Jacqueline Fleming" typed a body, where the article writes "Jacqueline"
            # alone as a person and another "... Fleming" in full: a person's full name
            w.label = "PERSON"
            continue
        if w.label in PLACE_LIKE and key in name_tails:
            w.label = "PERSON"
            continue
        if " " in key or key in ALIASES:
            continue
        if w.label != "PERSON" and key in surnames:
            w.label = "PERSON"
        elif w.label == "PERSON" and key not in surnames and key in place_words:
            w.label = "GPE"


def _tails(key: str) -> list[str]:
    """The runs of two words or more that end a full name's key, short of the whole name
    ("del quenby" of "vincent del quenby")."""
    words = key.split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]
