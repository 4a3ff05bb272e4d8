"""Another name the text itself gives an entity: "Porthaven, known as the Grey City",
"Ali Vance (also known as the Surgeon)". Every mention of the second name in the article
is the first entity, with the first one's name and type.

Nicknames that need world knowledge (a city's nickname, a party's old name written
without such a phrase) cannot be read from the text and are left apart: no list of
names is kept here, only the phrase by which news states an alias.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.entities.mention_labels import PreparedMention, cached_name_key

__all__ = ["link_stated_aliases"]

_STATED = re.compile(
    r"\s*(?:,\s*|\(\s*|-LRB-\s*)?(?:(?:also|commonly|popularly|widely|better|locally|often)\s+)?"
    r"(?:known\s+as|referred\s+to\s+as)\s+(?:the\s+)?"
    r"|\s*(?:,\s*|\(\s*|-LRB-\s*)(?:(?:also|commonly|popularly|widely|often)\s+)?"
    r"(?:called|dubbed|nicknamed)\s+(?:the\s+)?"
)
"""The words between a name and the alias the text gives it: "known as" (after a comma, a
bracket or nothing), or "called", "dubbed", "nicknamed" after a comma or a bracket only
("Vale called Reyes a liar" is a verb)."""
_MAX_GAP = 40
_POSSESSIVE = re.compile(r"\s*['’]")


def link_stated_aliases(
    text: str, work: Sequence[PreparedMention], canon: Sequence[str]
) -> list[str]:
    """`canon` with every mention of a stated alias written as the entity it names; the
    alias's mentions take that entity's type (`work`'s labels are set in place)."""
    target: dict[str, tuple[str, str]] = {}
    for i in range(1, len(work)):
        a, b = work[i - 1], work[i]
        if (
            0 <= b.start - a.end <= _MAX_GAP
            and _STATED.fullmatch(text, a.end, b.start)
            # "Vale, known as Reyes 's deputy": the name after the phrase owns the alias
            and _POSSESSIVE.match(text, b.end) is None
        ):
            key = cached_name_key(canon[i])
            if key != cached_name_key(canon[i - 1]):
                target.setdefault(key, (canon[i - 1], a.label))
    if not target:
        return list(canon)
    out = []
    for w, c in zip(work, canon, strict=True):
        found = target.get(cached_name_key(c))
        if found is not None:
            c, w.label = found
        out.append(c)
    return out
