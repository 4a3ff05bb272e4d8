"""A web address written as a name ("Tarnwick.com news blog", "on Tarnwick.com"): the
site is its owner's, so where the article names the owner alone ("Tarnwick") the address
is that name, typed as the article types it; the lower-case words the recogniser ran on
after it (a trade word: "news", "blog") are no part of any name.

Read as written, "Tarnwick.com news" stood beside "Tarnwick" among a story's top entities,
one outlet in two rows. An article-wide pass over prepared mentions, run by canonical.py
after run-on names are split; it reads the shape of an address (a capitalised name, a
dot, a top-level domain) and the article's own mentions, never a list of sites.
"""

from __future__ import annotations

import re

from storyline.analyze.entities.mention_labels import PreparedMention

__all__ = ["name_web_addresses"]

_ADDRESS = re.compile(
    r"(?P<owner>[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)?)\.(?:com|org|net|co\.uk|org\.uk|com\.au)"
    r"(?P<rest>(?:\s+[a-z]+)*)\Z"
)
"""A name, a dot and a common top-level domain, then only lower-case words if any."""


def name_web_addresses(text: str, work: list[PreparedMention]) -> None:
    """Each mention that is a web address (module docstring) cut before the lower-case
    words after it, and named (and typed) as its owner where the article writes the
    owner's name as a mention of its own; in place."""
    labels = {w.name: w.label for w in work if _ADDRESS.fullmatch(w.name) is None}
    for w in work:
        found = _ADDRESS.fullmatch(w.name)
        if found is None:
            continue
        address = w.name[: found.start("rest")]
        written = text.find(address, w.start, w.end)
        if found.group("rest") and written >= 0:
            w.end, w.name = written + len(address), address
        owner = found.group("owner")
        if owner in labels:
            w.name, w.label = owner, labels[owner]
