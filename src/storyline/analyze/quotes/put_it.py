""" "As Ana Ruiz put it, ..." as an attribution: the subject of "put it" says the rest.

"Put it" is no verb of saying on its own ("put it on the table"), but set off by "as"
it tells whose words the sentence gives ("As the mayor put it in a letter to the
council, the plan "has run out of road""; "Ana Ruiz put it bluntly: ..." is read as a
colon's). Without this reading the quoted words go to whoever is named nearest them,
often the one they were said to.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.phrases import char_span, subject_of, trimmed
from storyline.analyze.quotes.record import Attribution

__all__ = ["PUT_FORMS", "put_it"]

PUT_FORMS = frozenset({"put", "puts"})
_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod"})


def put_it(tok: Any, base: int) -> Attribution | None:
    """The attribution of "put it" at token `tok`, or None when the words are not "as X
    put it" or its subject is not written."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "it":
        return None
    subject = subject_of(tok)
    if subject is None or subject[0].i > tok.i:
        return None
    # the phrase ends with its own adjuncts ("in a letter to the council"): the parse may
    # hang the quoted words after the next comma on "put" too
    phrase_end = tok.i + 1
    for child in tok.rights:
        if child.i <= phrase_end or child.dep_ not in _ADJUNCTS:
            continue
        if any(t.text in ",;:" for t in doc[phrase_end + 1 : child.i]):
            break
        phrase_end = child.right_edge.i
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None  # "put it on the table"; "Ruiz put it bluntly: ..." is the colon's
    first = min(tok.left_edge.i, subject[0].i)
    if first > 0 and doc[first - 1].lower_ == "as":
        first -= 1
    before = (0, first - 1)
    after_start = phrase_end + 1
    while after_start < len(doc) and doc[after_start].text == ",":
        after_start += 1
    after = (after_start, len(doc) - 1)
    # the rest of the sentence on whichever side has more of it, as for "according to"
    side = after if after[1] - after[0] > before[1] - before[0] else before
    if after[1] >= after[0] and doc[after[0]].tag_ == "``":
        side = after  # "..., as the paper put it, `` the operator ''": the words quoted
    if side == before:
        side = _quoted_end(doc, before) or before
    content = trimmed(doc, side[0], side[1]) if side[1] >= side[0] else None
    if content is None:
        return None
    return Attribution(
        tok.idx + base,
        doc[tok.i + 1].idx + len(doc[tok.i + 1].text) + base,
        "put it",
        char_span(subject, base),
        char_span(content, base),
    )


def _quoted_end(doc: Any, before: tuple[int, int]) -> tuple[int, int] | None:
    """The quoted words closing the stretch before "as X put it" ("the hall emptied --
    `` a ghost town at last , '' as one guard put it"): those are X's, not the writer's
    words before them. None when the stretch does not end in quotation marks."""
    last = before[1]
    while last >= before[0] and doc[last].text == ",":
        last -= 1
    if last < before[0] or doc[last].tag_ != "''":
        return None
    opening = [i for i in range(before[0], last) if doc[i].tag_ == "``"]
    return (opening[-1], last) if opening else None
