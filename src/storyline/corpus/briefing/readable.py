"""Text as a reader is shown it: a tokenised corpus's bracket and quote tokens written back.

Treebank-tokenised text (as some news corpora are stored) writes "(" as -LRB-, an opening
double quote as `` and a closing one as '', and escapes a slash as \\/; spans and offsets
are kept on that text, so the analysis reads it as it is. A reader shown "Rep. Ana Ruiz
-LRB- D-Velm . -RRB-" or "a `` Velmar '' flu" sees markup, not the words: each line and
label of a brief goes through `readable` just before it is written.
"""

from __future__ import annotations

import re

__all__ = ["readable"]

_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_OPENING = re.compile(r"(-LRB-|-LSB-|-LCB-)\s*")
_CLOSING = re.compile(r"\s*(-RRB-|-RSB-|-RCB-)")
_DOUBLE_OPEN = re.compile(r"``\s*")
_DOUBLE_CLOSE = re.compile(r"(?<=\S)\s*''|''")
_SINGLE_OPEN = re.compile(r"(?:(?<=\s)|^)`\s*(?=\S)")
_SINGLE_CLOSE = re.compile(r"\s+'(?=\s|$|[.,;:!?])")
_POSSESSIVE = re.compile(r"(?<=s)\s+'(?=\s+\w)")
"""A plural's possessive written apart ("the workers ' union"), attached: "workers' union"."""
_ESCAPED = re.compile(r"\\([/*])")
_ANY_TOKEN = re.compile(r"-[LR][RSC]B-|`|''|\\[/*]")


def readable(text: str) -> str:
    """`text` with treebank tokens written as a reader expects them: brackets and double
    quotes as characters, attached to the words they enclose ("-LRB- D-Velm . -RRB-" ->
    "(D-Velm .)", "`` Velmar ''" -> '"Velmar"'), a single opening quote and the closing one
    it pairs with likewise, and escaped slashes and stars plain. Text without such tokens
    is returned unchanged."""
    if _ANY_TOKEN.search(text) is None:
        return text
    out = _OPENING.sub(lambda m: _BRACKETS[m.group(1)], text)
    out = _CLOSING.sub(lambda m: _BRACKETS[m.group(1)], out)
    out = _DOUBLE_OPEN.sub('"', out)
    out = _DOUBLE_CLOSE.sub('"', out)
    out = _single_quotes(out)
    return _ESCAPED.sub(r"\1", out)


def _single_quotes(text: str) -> str:
    """Each single opening quote (a backtick) attached to its words as "'", and the first
    standalone "'" after it (its closing one, `_closing`) attached to the words before it."""
    out: list[str] = []
    at = 0
    for m in _SINGLE_OPEN.finditer(text):
        if m.start() < at:
            continue
        out.append(text[at : m.start()] + "'")
        close = _closing(text, m.end())
        if close is None:
            at = m.end()
            continue
        out.append(_POSSESSIVE.sub("'", text[m.end() : close.start()]) + "'")
        at = close.end()
    out.append(text[at:])
    return "".join(out)


def _closing(text: str, start: int) -> re.Match[str] | None:
    """The standalone "'" closing a single quote opened before `start`: the first, unless it
    follows a word ending in "s" and another comes after it before the next opening one
    (a plural's possessive inside the quotation: "` the workers ' union will strike '")."""
    opening = _SINGLE_OPEN.search(text, start)
    end = opening.start() if opening is not None else len(text)
    closes = [c for c in _SINGLE_CLOSE.finditer(text, start) if c.start() < end]
    for k, c in enumerate(closes):
        if k == len(closes) - 1 or not text[: c.start()].endswith("s"):
            return c
    return None
