"""A photograph's credit ("Photograph: Ana Vell/AP") is no entity of the news, and the
recogniser often runs it into the first name of the sentence after it ("Ana Vell/AP BP
shares slid", read as one person): the credit is cut off, the rest kept; a credit in
brackets ("(By Ana Vell -- Tarn Daily)") is dropped whole. So is an
agency's word in capitals run into the surname of a person the article names in full
("PA Vale", `cut_credits`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.entities.aliases import normalize_name, surname_keys
from storyline.analyze.entities.context import LEADING_FUNCTION_WORD
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key
from storyline.analyze.entities.outlet_credits import drop_outlet_credits

__all__ = ["cut_credits", "cut_slash_credits"]

_CREDIT_BEFORE = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Illustration|Graphic)s?\s*(?::|by)?\s*\Z"
)
_SLASH_CREDIT = re.compile(
    r"[^\s/\\]+(?:\s+[^\s/\\]+){0,3}?\s*\\?/\s*[A-Z][\w.&-]*(?:\s+(?:Images|Photos|Pictures))?"
    r"(?:\s+|\Z)"
)
"""A photographer's name, a slash (written "\\/" by some sources) and the agency ("Ana
Vell/AP", "Ana Vell/Tarn Images")."""


def cut_slash_credits(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` without the photograph credits: a mention right after "Photograph:" (or
    "Photo by", ...) that opens with a name, a slash and an agency is cut to what follows
    the credit, or dropped when nothing follows; and without the outlet's and its reporters'
    credits of datelines, bylines and closing lines (outlet_credits.py)."""
    out: list[PreparedMention] = []
    for w in work:
        surface = text[w.start : w.end]
        credit = _SLASH_CREDIT.match(surface) if "/" in surface else None
        if credit is None or not _CREDIT_BEFORE.search(text, max(0, w.start - 16), w.start):
            out.append(w)
            continue
        cut = credit.end()
        lead = LEADING_FUNCTION_WORD.match(surface, cut)  # "Despite BP shares": no name
        cut = lead.end() if lead is not None else cut
        rest = surface[cut:]
        if rest[:1].isupper():
            out.append(PreparedMention(w.start + cut, w.end, w.label, normalize_name(rest), None))
    return drop_outlet_credits(text, _drop_bracketed_credits(text, out))


_BRACKETED_CREDIT = re.compile(
    r"(?:\(|-LRB-)\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*(?:--?|[–—/])\s*"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*(?:\)|-RRB-)"
)
"""A photograph's credit in brackets after its caption ("(By Ana Vell -- Tarn Daily)"):
the photographer and the outlet, written once as furniture, are no entities of the news."""


def _drop_bracketed_credits(text: str, work: list[PreparedMention]) -> list[PreparedMention]:
    """`work` without the mentions inside a bracketed photograph credit."""
    if "By " not in text:
        return work
    spans = [(m.start(), m.end()) for m in _BRACKETED_CREDIT.finditer(text)]
    if not spans:
        return work
    return [w for w in work if not any(a <= w.start and w.end <= b for a, b in spans)]


_CREDIT = re.compile(r"[A-Z]{2,6}")


def cut_credits(text: str, work: list[PreparedMention], persons: Sequence[PreparedMention]) -> None:
    """A caption's credit run into the surname after it ("PA Vale" of "Photo: PA Vale
    said ..."): an agency's word in capitals before the surname of a person the article
    names in full is no part of the name; the mention is that person."""
    # the person must be named in full elsewhere: "RAF Stannick" itself, typed a person,
    # names no one whose surname "Stannick" is (a base, kept whole)
    named = [p for p in persons if not _CREDIT.fullmatch(p.name.split()[0])]
    surnames = {k for p in named for k in surname_keys(p.name)}
    for w in work:
        words = w.name.split()
        if (
            len(words) == 2
            and _CREDIT.fullmatch(words[0])
            and not words[1].isupper()  # "BARACK OBAMA": a name written in capitals
            and cached_name_key(words[1]) in surnames
        ):
            at = text.rfind(words[1], w.start, w.end)
            if at > w.start:
                w.start, w.name, w.label = at, words[1], "PERSON"
