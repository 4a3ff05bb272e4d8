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
from storyline.analyze.entities.designators import DESIGNATORS
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["COMPANY_HEADS", "is_company", "join_company_parts"]

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
    wrote in full before it ("Tarnby Savings" typed a body, "Tarnby" typed a person, after
    "Tarnby Savings Bank") is that company: typed ORG and named in full (a body's name
    ending in the full name of a company the article writes alone is that company). A word that
    is the surname or first name of a person the article names in full stays theirs
    ("Halvern" beside "Tomas Halvern"), and two companies starting so leave it alone."""
    bodies = [w for w in work if w.label == "ORG" and " " in w.name]
    if not any(is_company(b) for b in bodies):
        return
    body_keys = [cached_name_key(b.name) for b in bodies]
    company_keys = [k for b, k in zip(bodies, body_keys, strict=True) if is_company(b)]
    company_leads = {lead for k in company_keys for lead in _leads(k)}
    by_lead: dict[str, list[int]] = {}  # bodies by the words their key starts with
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(body_keys):
        by_key.setdefault(k, []).append(i)
        for lead in _leads(k):
            by_lead.setdefault(lead, []).append(i)
    people: set[str] = set()
    for p in persons:
        key = cached_name_key(p.name)
        if key not in company_leads:
            people.update(surname_keys(p.name))
            people.add(key.split()[0])
    rests = _rests_after_legal_forms(bodies)
    for w in work:
        key = cached_name_key(w.name)
        rest = rests.get(key, set())
        if len(rest) == 1 and w.label in _PART_LABELS and not (w.role or w.person_cue):
            # "Navigation Velmaroise" of "Cie. de Navigation Velmaroise": the company
            w.label, w.name = "ORG", next(iter(rest))
            continue
        if w.label == "ORG" and " " in w.name:
            # a headline run into the company's name ("Shares Slide Halvern Power Group"):
            # a body's name ending in a company's full name the article writes alone is that
            # company, the words before it are no part of any name
            key = cached_name_key(w.name)
            tails = {
                bodies[i].name
                for tail in _tails(key)
                for i in by_key.get(tail, ())
                if is_company(bodies[i])
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
            bodies[i].name: bodies[i] for i in by_lead.get(key, ()) if bodies[i].start < w.start
        }
        if len(found) == 1 and is_company(body := next(iter(found.values()))):
            tail = cached_name_key(body.name)[len(key) + 1 :].split()
            if (
                w.label == "ORG"
                and " " in key
                and (not all(t in _HEAD_WORDS for t in tail) or all(t in _DESIGNATED for t in tail))
            ):
                # a name of several words stands for the company only without its kind
                # ("Tarnby Savings" of "Tarnby Savings Bank"); "Velmar Motors" beside
                # "Velmar Motors Credit Co." is the parent, another company; a designator
                # alone ("Harlow Group") is folded into the bare name (designators.py)
                continue
            if w.business:
                # written with its own legal form ("Velmar Corp." beside "Velmar Texas
                # National Bank"): a company of its own, the other its unit
                continue
            w.label, w.name = "ORG", body.name


def _leads(key: str) -> list[str]:
    """Each `lead` with `key.startswith(lead + " ")`: the words a key starts with, before
    each of its spaces (a look-up, where every mention walked every body's key)."""
    return [key[:i] for i, c in enumerate(key) if c == " "]


def _tails(key: str) -> list[str]:
    """Each `tail` with `key.endswith(" " + tail)`: the words after each of its spaces."""
    return [key[i + 1 :] for i, c in enumerate(key) if c == " "]


_LENDER_HEADS = frozenset({"bank", "savings"})
"""A lender's last word ("Tarnby Savings Bank", "Tarnby Savings"): a company's name for
this pass (its leading words written alone are that bank), though not a trade word that
rules a person out (`COMPANY_HEADS` is read so elsewhere: "Ada Bank" may be a person)."""
_DESIGNATED = DESIGNATORS | frozenset({"&", "and"})
_HEAD_WORDS = COMPANY_HEADS | _DESIGNATED | _LENDER_HEADS
"""Words a company's name ends in that say only what kind of body it is."""


def _rests_after_legal_forms(bodies: Sequence[PreparedMention]) -> dict[str, set[str]]:
    """The bodies whose name opens with a legal form ("Cie. de Navigation Velmaroise"), by
    the key of the rest of the name after it and its particle ("navigation velmaroise"),
    two words or more: news writes such a company by that rest."""
    found: dict[str, set[str]] = {}
    for b in bodies:
        words = cached_name_key(b.name).split()
        if not words or words[0] not in _LEADING_FORMS:
            continue
        rest = words[1:]
        while rest and rest[0] in _PARTICLES:
            rest = rest[1:]
        if len(rest) >= _MIN_REST_WORDS:
            found.setdefault(" ".join(rest), set()).add(b.name)
    return found


_LEADING_FORMS = frozenset(
    {"cie", "cia", "compagnie", "compania", "compañía", "societe", "société"}
)
"""Legal forms written before a company's name ("Cie. de ...", "Societe ...")."""
_PARTICLES = frozenset({"de", "des", "du", "di", "del", "la", "le"})
_MIN_REST_WORDS = 2
"""Words the rest of the name keeps at least: one word alone may be a place ("Cie. de
Velmar")."""


def is_company(w: PreparedMention) -> bool:
    """Whether a body's mention names a company: a legal form written (also before the name,
    "Cie. de ..."), or a company's or a lender's head."""
    words = cached_name_key(w.name).split()
    return (
        w.business
        or words[-1] in COMPANY_HEADS
        or words[-1] in _LENDER_HEADS
        or (len(words) > 1 and words[0] in _LEADING_FORMS)
    )
