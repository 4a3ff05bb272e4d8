"""Why a mention's written name differs from the entity it was read as, when no shorter
form explains it: the article stated the alias ("Porthaven, known as the Grey City";
analyze/entities/stated_aliases.py links them there). The corpus keeps no flag per
mention, so the reason is recognised from the two names: they share no word, and the
written one is no initials, clipped word, abbreviation, country form or spelling one letter
apart of the other.
"""

from __future__ import annotations

from functools import lru_cache

from storyline.analyze.entities.aliases import (
    ALIASES,
    acronym,
    acronym_variants,
    name_key,
    one_letter_inside,
)
from storyline.analyze.entities.body_forms import compound_initials, compound_parts

__all__ = ["stated_alias_evidence"]


@lru_cache(maxsize=1 << 16)
def stated_alias_evidence(written: str, canonical: str) -> str | None:
    """The evidence line for a mention written `written` and read as `canonical`, or None
    when the two are one name's forms (or the same). Memoised: a store repeats the same
    few thousand pairs across every story it builds."""
    w, c = name_key(written), name_key(canonical)
    if not w or not c or w == c or w in ALIASES or set(w.split()) & set(c.split()):
        return None
    letters = written.replace(".", "").replace(" ", "")
    if letters.isupper() and (
        acronym(canonical) == letters or letters in acronym_variants(canonical)
    ):
        return None  # initials
    if " " not in w and any(_abbreviates(w, word) for word in c.split()):
        return None  # "Fed" of "Federal Reserve", "Ga." of "Georgia"
    named = canonical.replace(".", "")
    if named.isupper() and (acronym(written) == named or compound_initials(written) == named):
        return None  # the initials an article names the body by ("KP" for "Kessel Partners")
    if compound_parts(written)[:1] == [canonical]:
        return None  # a compound's first part ("Varn" for "VarnTollKrane")
    if one_letter_inside(w, c):
        return None  # a spelling one letter apart (its join writes its own reason)
    return f"{' '.join(written.split())}: another name an article gives {canonical}"


def _abbreviates(short: str, word: str) -> bool:
    """Whether `short`'s letters are `word`'s first letter and later letters in order."""
    if not short or short[0] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:])
