"""A name the recogniser typed a place or a body that the text follows with a speech verb
and "he" or "she" ("Kalb told reporters he was sorry", typed GPE): a person, and so are
the article's other mentions of the name.

A country or a company may "say" things in news ("Dessany said it would"), so the speech
verb alone is no evidence; the pronoun after it is: what is said of "he" or "she" is a
person's. Only where the name opens its sentence or follows a closing quote mark is it
the speech verb's subject: inside a sentence it may end a phrase that describes the
speaker ("the biggest operator in Tarvo, said he", "One commander in Tarvo said he").
An article-wide pass over prepared mentions run by canonical.py with the other passes
that read the words around a name; the pattern is shared with missed_names.py, never a
list of names.
"""

from __future__ import annotations

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.entities.missed_names import SAID_PRONOUN, opens_clause

__all__ = ["retype_said_people"]

_RETYPED = frozenset({"GPE", "LOC", "ORG", "FAC"})


def retype_said_people(text: str, work: list[PreparedMention]) -> None:
    """Every mention typed a place or a body of a one- to three-word name that some mention
    of it in the article, opening a sentence or after a quote, is followed by a speech verb
    and "he" or "she" is typed a person;
    a name written with a company's legal form or a product's cue is left."""
    said = {
        cached_name_key(w.name)
        for w in work
        if w.label in _RETYPED | {"PERSON"}
        and len(w.name.split()) <= 3
        and SAID_PRONOUN.match(text, w.end)
        and opens_clause(text, w.start)
    }
    kept = {cached_name_key(w.name) for w in work if w.business or w.product}
    said -= kept
    if not said:
        return
    for w in work:
        if w.label in _RETYPED and cached_name_key(w.name) in said:
            w.label = "PERSON"
