"""Web addresses blanked out of a text, for rules that read how prose writes a word.

An address is written in lower case whatever it names ("example.org/2031/acme-buys-
vexo"): its slug is no evidence that the article writes a name as a common word. A page
head often opens with its own address, so a rule that counts lower-case uses of a word
("acme" written small, so "Acme" opening a line is a common noun) would read the slug as
such a use and drop the company from its own article. Addresses are found by shape only:
a run without spaces from "http(s)://" or "www.", and a whole line that opens with
"http" and the colon and slashes of a scheme, however spaced (tokenised copies write
"http : / / example . org / ...").
"""

from __future__ import annotations

import re

__all__ = ["without_addresses"]

_ADDRESS = re.compile(
    r"(?:\bhttps?://|\bwww\.)\S+"
    r"|^[ \t]*https?[ \t]*:[ \t]*/[ \t]*/[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def without_addresses(text: str) -> str:
    """`text` with every web address replaced by spaces (same length, same offsets)."""
    return _ADDRESS.sub(lambda m: " " * len(m.group()), text)
