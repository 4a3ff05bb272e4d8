"""A company's leading words written alone after its full name ("Halvern" or "Halvern
Power" after "Halvern Power Group") are that company, whatever the recogniser typed them:
it types an unfamiliar lone word a product or a person by its shape, and the three rows
of one company then differ in type, so no later merge joins them. A headline's words run
into the company's full name ("Shares Slide Halvern Power Group") are cut off the same way.

An article-wide pass over prepared mentions, run by canonical.py before names are
resolved; it reads only the article's own mentions, never a list of names.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.analyze.entities.aliases import surname_keys
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["join_company_parts"]

COMPANY_HEADS = frozenset(
    {
        *("group", "holdings", "holding", "corporation", "corp", "company", "co", "inc"),
        *("incorporated", "bancorp", "industries", "enterprises", "partners", "plc", "ltd"),
        *("services", "drilling", "airlines", "airways", "motors", "pharmaceuticals"),
    }
)
"""Last words that make a body's name a company's ("Halvern Power Group", "Korvel Oilfield
Services", "Tarn Drilling"); a legal form ("Ltd.") is also read from the written text
(PreparedMention.business). Heads a public body's name also ends in ("Energy" of a
ministry, "Resources" of a board) are left out."""

_PART_LABELS = frozenset({"ORG", "PRODUCT", "PERSON"})
"""Types the recogniser gives a company's first words; a place's name stays a place
("Dorvan" the town beside "Dorvan Mining Group"), and a people's word a people ("Dorvanian"
beside "Dorvanian Aerospace Industries")."""


def join_company_parts(work: list[PreparedMention], persons: Sequence[PreparedMention]) -> None:
    """Every mention without a title whose words start the one company name the article
    wrote in full before it is that company: typed ORG and named in full (a body's name
    ending in the full name of a company the article writes alone is that company). A word that
    is the surname or first name of a person the article names in full stays theirs
    ("Halvern" beside "Tomas Halvern"), and two companies starting so leave it alone."""
    bodies = [w for w in work if w.label == "ORG" and " " in w.name]
    if not any(_company(b) for b in bodies):
        return
    body_keys = [cached_name_key(b.name) for b in bodies]
    company_keys = [k for b, k in zip(bodies, body_keys, strict=True) if _company(b)]
    people: set[str] = set()
    for p in persons:
        key = cached_name_key(p.name)
        if not any(k.startswith(key + " ") for k in company_keys):
            people.update(surname_keys(p.name))
            people.add(key.split()[0])
    for w in work:
        if w.label == "ORG" and " " in w.name:
            # a headline run into the company's name ("Shares Slide Halvern Power Group"):
            # a body's name ending in a company's full name the article writes alone is that
            # company, the words before it are no part of any name
            key = cached_name_key(w.name)
            tails = {
                b.name
                for b, k in zip(bodies, body_keys, strict=True)
                if _company(b) and key.endswith(" " + k)
            }
            if len(tails) == 1:
                w.name = tails.pop()
            continue
        if w.label not in _PART_LABELS or w.role or w.person_cue or not w.name[:1].isupper():
            continue
        key = cached_name_key(w.name)
        if not key or key in people or key.split()[0] in people:
            continue
        # every body starting so counts ("Brill" beside "Brill Partners" and "Brill
        # Capital" is neither), and the one must be a company
        found = {
            b.name: b
            for b, k in zip(bodies, body_keys, strict=True)
            if b.start < w.start and k.startswith(key + " ")
        }
        if len(found) == 1 and _company(body := next(iter(found.values()))):
            w.label, w.name = "ORG", body.name


def _company(w: PreparedMention) -> bool:
    """Whether a body's mention names a company: a legal form written, or a company's head."""
    return w.business or cached_name_key(w.name).split()[-1] in COMPANY_HEADS
