"""Mentions whose own words say what kind of thing they name, whatever the recogniser
typed: a company's name ending in its industry ("Kessa Energy", "Vell Mining") is no
person; a news outlet's name ("Kessa News", "NewsNet") is no place; a possessive's tail
cut from the word before it ("'s Note" of "Editor's Note") is no name at all. And a body's
first word written alone, typed a person or a product, is the one body the article named
in full with it when no other name of the article holds that word ("Harlow" after
"Harlow Mae").

Article-wide passes over prepared mentions, run from non_names.drop_non_names (canonical.py
is at its size) and resolve.resolve_names, and a test of the recogniser's spans
canonical.py reads them through; word classes only, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.entities.aliases import surname_keys
from storyline.analyze.entities.company_parts import COMPANY_HEADS
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = [
    "BODY_KINDS",
    "INDUSTRY_WORDS",
    "NAMED_AFTER_HEADS",
    "by_kind_words",
    "join_org_first_words",
    "longest_form",
    "named_after",
    "named_span",
]

BODY_KINDS = frozenset(
    {"council", "commission", "committee", "authority", "agency", "bureau", "institute"}
)
"""A public body's kind nouns, the one list the entity passes share: a name's last word
that makes it a body (`_BODY_HEADS`), the kind written alone for the one body named in
full (resolve._LONE_KINDS), a head after the word a body is known by
(corpus/entity_short_forms._ORG_HEADS). Each adds its own nouns to these."""

INDUSTRY_WORDS = COMPANY_HEADS | frozenset(
    {
        *("energy", "petroleum", "mining", "oil", "resources", "minerals", "chemicals"),
        *("telecom", "telecommunications", "logistics", "shipping", "insurance", "pharma"),
        # a phone or network company's trade ("Tarvo Mobile", "Kessa Wireless")
        *("mobile", "wireless", "telecoms", "cellular", "broadband", "networks"),
        *("refining", "petrochemicals", "semiconductor", "semiconductors", "biotech"),
        "firm",  # "Becnel Law Firm" typed a person: the firm is no one's surname
        # a builder's trade ("Pellam Civil Works", "Tarvo Engineering"): no one's surname
        *("works", "engineering", "construction", "contractors", "builders"),
    }
)
"""Last words of a company's name that name its trade ("Kessa Energy", "Tarvo Petroleum"):
no person's name ends in them. Trade words that are also common surnames ("Power",
"Steel") are left out: "Ada Power" may be a person."""

NAMED_AFTER_HEADS = frozenset(
    {
        *("conference", "convention", "summit", "expo", "exposition", "exhibition", "fair"),
        *("festival", "forum", "show", "awards", "prize", "cup", "games", "tournament"),
        *("championship", "championships", "marathon", "week"),
        *("tower", "building", "center", "centre", "stadium", "arena", "hall", "plaza"),
        *("fund", "foundation", "trust", "scholarship", "fellowship"),
    }
)
"""Last words of the name of a thing named after a body or a person: an event ("Velmar
Developers Conference"), a building ("Velmar Tower"), a fund ("Velmar Relief Fund"). The
first word alone names the company or the family it is named after, not the thing, so it
is never read as that longer name's short form (resolve._org_short_form, the corpus's
entity_short_forms)."""


def named_after(name: str) -> bool:
    """Whether `name`, of two words or more, ends in a head of `NAMED_AFTER_HEADS`."""
    words = cached_name_key(name).split()
    return len(words) > 1 and words[-1] in NAMED_AFTER_HEADS


_OUTLET = re.compile(
    r"(?:^|\s|[a-z])News(?:$|\s|[A-Z])|\s(?:TV|Television|Radio|Broadcasting|Newswire)$"
)
"""A news outlet's name: "News" as a word or a part of a compound written in capitals
("Kessa News", "NewsNet", "TeleNews"; not "Newsham"), or a broadcaster's last word."""
_POSSESSIVE_TAIL = re.compile(r"\s*['’`]s\s")
"""A recogniser span opening with a possessive ending ("'s Note" of "Editor's Note"): the
tail of a phrase whose head it left out, no name. A name after a whole possessive
("Dorvan's Ada Vale") is a span of its own, not opening so, and stays."""
_RETYPED_TO_BODY = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_PLACE_OF = re.compile(r"(?:Isle|Island|Gulf|Bay|Sea|Lake|Cape|Straits?)\s+of\s+[A-Z]")
"""A natural place named by its kind and "of" ("Isle of Tarn", "Gulf of Marrow"): typed a
body or a person where it names something held there ("the Isle of Tarn boat race"), it
is still the place. A port, a bank or a mount may name a body or an event, and stay."""
_BODY_HEADS = BODY_KINDS | frozenset(
    {"facility", "fund", "foundation", "trust", "administration", "association"}
)
"""Last words of a body's name ("Tarvo Claims Facility", "Harbour Relief Fund"): a name
ending so, typed a work (WORK_OF_ART) by its capitals, is a body's; a programme or a
service may be a broadcast's or an event's and is left as typed."""


def named_span(text: str, start: int, end: int) -> bool:
    """Whether a recogniser span lies in `text` and may be a name: not one opening with a
    possessive ending ("'s Note")."""
    return 0 <= start < end <= len(text) and not _POSSESSIVE_TAIL.match(text, start, end)


def by_kind_words(work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` with industry-named companies, news outlets and works named as bodies ("...
    Claims Facility") typed ORG (a company marked a business, so the article's other
    mentions of the name follow it: mention_labels.retype_businesses)."""
    for w in work:
        if (
            w.label == "WORK_OF_ART"
            and " " in w.name
            and cached_name_key(w.name).split()[-1] in _BODY_HEADS
        ):
            w.label = "ORG"  # "the Tarvo Claims Facility": a body, not a work
            continue
        if w.label in {"ORG", "PERSON"} and _PLACE_OF.match(w.name):
            w.label = "LOC"  # "the Isle of Tarn boat race": the place names the race
            continue
        if w.label not in _RETYPED_TO_BODY or w.role or w.person_cue:
            continue
        words = cached_name_key(w.name).split()
        if len(words) > 1 and w.label == "PERSON" and words[-1] in INDUSTRY_WORDS:
            w.label, w.business = "ORG", True
        elif _OUTLET.search(w.name):
            w.label = "ORG"
    return work


_FIRST_WORD_LABELS = frozenset({"PERSON", "PRODUCT"})
"""Types the recogniser gives a body's first word it does not know; a place's or a people's
word may name a town or a people the body is named after, and stays so."""


def join_org_first_words(
    text: str, work: Sequence[PreparedMention], persons: Sequence[PreparedMention]
) -> None:
    """A lone word typed a person or a product, without a title or a person's cue, that is
    the first word of exactly one multi-word body written before it ("Harlow Mae ...
    Harlow said") is typed ORG, so name resolution reads it as that body. Only when no
    other multi-word name of the article holds the word (a person "Harlow Vance", a place
    "Harlow Bay") and no person of the article is named by it: then the text gives it no
    other reading. The body's own name written shorter ("Harlow Mae Savings", then "Harlow
    Mae") is the same body. A word typed a place is joined only to a company's name
    ("Velmar Purina Co." ... "Velmar said") and only when the article never writes it as
    a place, after "in" or before a state ("in Velmar", "Velmar, Neb."), nor alone before
    the company ("Velmar, capital of the province, is home to Velmar Co."): a town a
    company is named after is written so."""
    bodies: dict[str, list[PreparedMention]] = {}
    taken: set[str] = set()
    for w in work:
        if " " not in w.name:
            continue
        words = cached_name_key(w.name).split()
        if w.label == "ORG":
            bodies.setdefault(words[0], []).append(w)
        else:
            taken.update(words)
    for p in persons:
        taken.update(surname_keys(p.name))
    first_body = {k: min(b.start for b in found) for k, found in bodies.items()}
    places = {
        key
        for w in work
        if w.label in _PLACE_LABELS
        and " " not in w.name
        and (key := cached_name_key(w.name)) in first_body
        and (_written_as_place(text, w) or w.start < first_body[key])
    }
    for w in work:
        if w.label not in _FIRST_WORD_LABELS | _PLACE_LABELS or " " in w.name:
            continue
        if w.role or w.person_cue:
            continue
        key = cached_name_key(w.name)
        if not w.name[:1].isupper() or w.name.isupper() or key in taken:
            continue
        before = [b for b in bodies.get(key, []) if b.start < w.start]
        if w.label in _PLACE_LABELS and (key in places or not all(map(_company, before))):
            continue
        full = longest_form({cached_name_key(b.name) for b in before})
        if full is not None and _one_body(full, bodies.get(key, [])):
            w.label = "ORG"


_PLACE_LABELS = frozenset({"GPE"})
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Tt]o|[Ii]nto|[Aa]cross|[Oo]utside|[Ii]nside|"
    r"[Tt]hroughout|[Aa]round|[Oo]f)\s+$"
)
_STATE_AFTER = re.compile(r"\s*,\s*[A-Z]")


def _written_as_place(text: str, w: PreparedMention) -> bool:
    """Whether a lone word typed a place is written where a place stands: after a
    preposition of place ("in Velmar", "the mayor of Velmar") or before a comma and a
    capitalised word (a state: "Velmar, Neb.")."""
    return bool(
        _PLACE_BEFORE.search(text, max(0, w.start - 12), w.start) or _STATE_AFTER.match(text, w.end)
    )


def _company(b: PreparedMention) -> bool:
    """Whether a body's name is a company's: a legal form written with it, or a last
    word that names a trade ("Velmar Purina Co.", "Velmar Airways")."""
    return b.business or cached_name_key(b.name).split()[-1] in INDUSTRY_WORDS


def _one_body(full: str, bodies: list[PreparedMention]) -> bool:
    """Whether every body the article names with the word is the one body `full`, as
    written or shorter ("Harlow Mae Savings Bank", then "Harlow Mae Savings"), or longer
    where written after it."""
    words = full.split()
    return all(
        words[: len(k := cached_name_key(b.name).split())] == k or k[: len(words)] == words
        for b in bodies
    )


def longest_form(names: set[str]) -> str | None:
    """The one name of `names` every other is the first words of ("Harlow Mae Savings
    Bank" of it and "Harlow Mae Savings": one body, written shorter once named); None
    for none, or for two names neither of which starts the other."""
    if not names:
        return None
    full = max(names, key=lambda n: len(n.split()))
    words = full.split()
    return full if all(words[: len(n.split())] == n.split() for n in names) else None
