"""Mentions that are no name a reader should see, or hold a word that is no part of one:
a company's legal form cut off alone ("Plc" after "Harlow"), a stance prefix's word
("pro-Vale forces"), a verb in -ing opening a quote before a place ("Defending Tarvo is
vital"), an owner's name before its site ("Harlow Kessa wellhead"). The recogniser reads
them by their capitals; the words around them show what they are.

An article-wide pass over prepared mentions, run by canonical.py with the other passes
that drop mentions (mention_drops.py); word classes only, no names.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.aliases import without_company_suffix
from storyline.analyze.entities.kind_words import by_kind_words, named_span
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["drop_non_names", "named_span"]

_STANCE_PREFIX = re.compile(r"(?:pro|anti|non|ex|post|pre)-", re.IGNORECASE)
"""A prefix that makes a name an adjective of stance or time ("pro-Vale forces",
"anti-Harlow protests", "post-Dorvan era"): the mention is no body, place or person.
The Arabic article ("al-Tarvo") is no such prefix."""
_GERUND_FIRST = re.compile(r"[A-Z][a-z]{2,}ing\s+")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def drop_non_names(work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` without a lone legal form or a stance-prefixed word, and with a verb in -ing
    cut from a place written alone in the article ("Defending Tarvo" where "Tarvo" is a
    place elsewhere: "Tarvo", typed as the place)."""
    out = [w for w in work if not _legal_form_alone(w) and not _STANCE_PREFIX.match(w.name)]
    out = by_kind_words(out)  # a possessive's tail dropped, companies and outlets typed
    _cut_owners(out)
    _cut_epithets(out)
    places = {cached_name_key(w.name): w.label for w in out if w.label in _PLACE_LABELS}
    for w in out:
        gerund = _GERUND_FIRST.match(w.name) if w.label in {"PERSON", "ORG"} else None
        if gerund is None:
            continue
        rest = w.name[gerund.end() :]
        label = places.get(cached_name_key(rest))
        if label is not None:
            w.start, w.name, w.label = w.start + gerund.end(), rest, label
    return out


def _cut_owners(work: list[PreparedMention]) -> None:
    """A site written once after its owner's name ("the broken Harlow Kessa
    wellhead", where the article names the body "Harlow" and the well "Kessa" alone) is
    the site: the owner's one-word name is no part of it. Only when the article writes the
    rest alone as a name too, so a name that merely starts with a body's word ("Harlow
    Tower", never written "Tower") stays whole. A product keeps its maker's name: "Harlow
    Vantage" is the car's name, as the maker names it."""
    bodies = {cached_name_key(w.name) for w in work if w.label == "ORG" and " " not in w.name}
    names = {cached_name_key(w.name) for w in work}
    for w in work:
        if w.label != "FAC" or " " not in w.name:
            continue
        owner, rest = w.name.split(" ", 1)
        if cached_name_key(owner) in bodies and cached_name_key(rest) in names:
            w.start, w.name = w.start + len(owner) + 1, rest


_EPITHET = re.compile(
    r"(?:[A-Z][a-z]+\s+)(?:[a-z]+\s+){0,2}(?:giant|firm|company|insurer|carmaker|automaker|"
    r"retailer|lender|conglomerate|driller)\s+(?=[A-Z])"
)
"""A business's epithet opening a sentence, run into the name by its capital ("Oil company
Kessa says ...", "Energy giant Kessa"): the epithet is in lower case after its first
word, so no part of a name ("Kessa Oil Company" keeps its capitals)."""


def _cut_epithets(work: list[PreparedMention]) -> None:
    """A body's name with its epithet in front ("Oil company Kessa") is the name alone, a
    body's."""
    for w in work:
        m = _EPITHET.match(w.name) if w.label in {"ORG", "PERSON", "GPE", "NORP"} else None
        if m is not None and m.end() < len(w.name):
            w.start, w.name, w.label = w.start + m.end(), w.name[m.end() :], "ORG"


def _legal_form_alone(w: PreparedMention) -> bool:
    """Whether the mention is nothing but a company's legal form ("Plc", "Inc."): what is
    left once the form is taken off a name ("Harlow Plc") is empty."""
    return without_company_suffix("x " + w.name) == "x"
