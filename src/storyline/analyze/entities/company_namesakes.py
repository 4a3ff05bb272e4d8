"""A company named after a family and a person of that family in one article ("Quenby
Motor Company" and its chairman "William Clay Quenby Jr."): the bare word "Quenby" may be
either, and name resolution reads a lone capitalised word as the surname of the person
named in full. Where the words around it use it as a company ("Quenby said it would cut
jobs", "shares of Quenby", "Quenby's shares") it is the company; where they use it as a
person ("Quenby said he", "Quenby, who") it stays the person's; the article's uses decide
its uncued ones only when all its cued ones agree on the company.

An article-wide pass run by canonical.py after names are resolved; it reads the article's
own mentions and a few words around each, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.entities.aliases import surname_keys
from storyline.analyze.entities.company_parts import is_company
from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["read_company_namesakes"]

_COMPANY_NOUN = (
    r"(?:shares|stock|profits?|earnings|revenues?|sales|board|directors|shareholders|"
    r"stockholders|plants?|factories|workers|employees|dealers|subsidiary|unit|division|"
    r"headquarters|net\s+income|market\s+share|bonds|debt)"
)
"""What a company has and a person does not, in business news."""
_COMPANY_AFTER = re.compile(
    r"\s*(?:['’]\s*s\s+(?:[a-z-]+\s+)?" + _COMPANY_NOUN + r"|\s+(?:shares|stock)"
    r"|,\s+which|,?(?:\s+(?:also|later|earlier))?\s+(?:said|says|announced|reported|added)\s+(?:on\s+\w+\s+|\w+day\s+)?"
    r"(?:that\s+)?(?:its|it\s+(?:would|will|had|has|expects|expected|plans|planned|intends)"
    r"(?!\s+be\b)))\b"
)
"""After the word: its shares or plants ("Quenby's shares", "Quenby shares"), "which", or
a statement about itself ("Quenby said it would cut", "Quenby said its profit"); "said it
was" or "said it would be" may be a person's remark, and are no cue."""
_COMPANY_BEFORE = re.compile(
    r"\b(?i:shares|stock|stake|shareholders|stockholders|subsidiary|unit|division|owners?|"
    r"chairman|executives?|workers|employees|dealers)\s+(?:of|in|at)\s+\Z"
)
"""Before the word: what is held in it or works for it ("shares of Quenby", "workers at
Quenby")."""
_PERSON_AFTER = re.compile(
    r"\s*(?:,\s+who\b|,\s+\d{1,3}\s*,|,?\s+(?:said|says|added)\s+(?:on\s+\w+\s+|\w+day\s+)?"
    r"(?:that\s+)?(?:he|she|his|her)\b|['’]\s*s\s+(?:wife|husband|son|daughter|father|"
    r"mother|family|brother|sister|children)\b)"
)
"""After the word: a person's relative clause, age, pronoun or kin."""
_CONTEXT_CHARS = 40


def read_company_namesakes(
    text: str, work: Sequence[PreparedMention], canon: list[str]
) -> list[str]:
    """`canon` with each lone word read as the surname of a person named in full given to
    the company whose first word it is, where the text uses it as a company; the mention
    is typed ORG. Only in an article naming exactly one company starting with the word."""
    companies: dict[str, set[str]] = {}
    for w in work:
        if w.label == "ORG" and " " in w.name and is_company(w):
            companies.setdefault(cached_name_key(w.name).split()[0], set()).add(w.name)
    if not companies:
        return canon
    found: dict[str, list[tuple[int, str | None]]] = {}
    for i, (w, c) in enumerate(zip(work, canon, strict=True)):
        if w.label != "PERSON" or " " in w.name or " " not in c or w.role or w.person_cue:
            continue
        key = cached_name_key(w.name)
        if len(companies.get(key, ())) != 1 or key not in surname_keys(c):
            continue
        found.setdefault(key, []).append((i, _use(text, w)))
    out = list(canon)
    for key, uses in found.items():
        cues = {use for _, use in uses if use is not None}
        company = next(iter(companies[key]))
        for i, use in uses:
            if use == "ORG" or (use is None and cues == {"ORG"}):
                out[i] = company
                work[i].label = "ORG"
    return out


def _use(text: str, w: PreparedMention) -> str | None:
    """ "ORG" where the words around `w` use it as a company, "PERSON" where they use it as
    a person, None where they do not tell."""
    if _PERSON_AFTER.match(text, w.end):
        return "PERSON"
    before = _COMPANY_BEFORE.search(text, max(0, w.start - _CONTEXT_CHARS), w.start)
    if before is not None or _COMPANY_AFTER.match(text, w.end):
        return "ORG"
    return None
