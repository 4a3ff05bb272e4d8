"""Whether a count of the ill is one: "cases" of a disease, patients who are ill, not hurt.

A count of "cases" is a count of the ill only when its disease is named near it
(a court's "300 cases" is not); an outbreak report names the disease in its lead
and then writes "cases have reached 52". "Treated" and "in hospital" make a count
of persons "injured" to the claim stage, but "11 patients are being treated in an
isolation ward" in an outbreak are ill, not hurt.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.model import Article, Sentence

__all__ = ["DISEASE_CONTEXT", "ill_not_hurt", "of_a_disease"]

_DISEASE = re.compile(
    r"(?i)\b(?:virus|viral|flu|influenza|disease|infect\w*|outbreak|epidemic|pandemic|illness"
    r"|positive|diagnos\w*|symptoms?|cholera|measles|covid\w*|ebola|malaria|tuberculosis"
    r"|dengue|h\dn\d|sars|mers|strain|contagio\w*|fever|plague|typhoid|hepatitis|meningitis"
    r"|pneumonia|polio|pox|mpox|smallpox|anthrax|botulism|salmonella|listeria|legionnaires)\b"
)
"""Words of infection: a count of "cases" without any near it is no count of the ill."""
DISEASE_CONTEXT = 2
"""How many sentences before a count of "cases", and how many opening the article, may name
the disease it counts: an outbreak report names it in its lead and then writes "cases have
reached 52" and "41 cases on Tuesday" (a court's "300 cases" is read in its own context)."""


_HURT = re.compile(r"(?i)\b(?:injur\w*|wound\w*|hurt|maim\w*|burn(?:s|ed|t)?|casualt\w*)\b")
"""Words of harm done to a body: without any, "treated" or "in hospital" is no injury."""


def ill_not_hurt(article: Article, sentence: Sentence) -> bool:
    """Whether a count the words "treated" or "hospital" made "injured" counts the ill: its
    sentence names no harm (`_HURT`) and it is told of a disease (`of_a_disease`)."""
    return not _HURT.search(article.text, sentence.start, sentence.end) and of_a_disease(
        article, sentence
    )


def of_a_disease(article: Article, sentence: Sentence) -> bool:
    """Whether a count of "cases" in `sentence` counts the ill: a word of infection
    (`_DISEASE`) in it, in the `DISEASE_CONTEXT` sentences before it, or in as many opening
    the article."""
    text = article.text
    sentences = article.sentences
    k = bisect_left(sentences, sentence.start, key=lambda s: s.start)
    spans = [(sentence.start, sentence.end)]
    if k < len(sentences) and sentences[k].start == sentence.start:
        near = sentences[max(0, k - DISEASE_CONTEXT) : k] + sentences[:DISEASE_CONTEXT]
        spans += [(s.start, s.end) for s in near]
    return any(_DISEASE.search(text, a, b) for a, b in spans)
