"""A sentence adverb or interjection opening a sentence, run by the recogniser into the
name after it ("Luckily Edgar recovered", "Meanwhile Harlow Group fell"): no part of the
name.

The tagger, not a word list, says which word it is: a capitalised first word of a
sentence that it tags an adverb (RB) or an interjection (UH) while the words after it are
proper nouns stands apart from the name. An adjective ("Sunny Hostin", tagged JJ) or a
proper noun ("Will Smith") is left alone: given names are often such words, never adverbs
in -ly or interjections. The stage cuts the span before any other repair reads it.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.entities.context import at_sentence_start
from storyline.analyze.entities.prepare import RawMention

__all__ = ["LEAD_TAGS", "raw_mentions"]

LEAD_TAGS = frozenset({"RB", "UH"})
"""Penn tags of a sentence's opening word that never starts a name: adverbs, interjections."""
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_CUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def raw_mentions(text: str, doc: Any) -> list[RawMention]:
    """The recogniser's mentions of `doc` (over `text`), each cut after an opening adverb
    or interjection it ran into a name."""
    out = []
    for e in doc.ents:
        start = e.start_char
        if (
            e.label_ in _CUT_LABELS
            and len(e) >= 2
            and e[0].tag_ in LEAD_TAGS
            and e[0].text[:1].isupper()
            and e[1].tag_ in _NAME_TAGS
            and e[1].text[:1].isupper()
            and at_sentence_start(text, start)
        ):
            start = e[1].idx
        out.append(RawMention(start, e.end_char, e.label_))
    return out
