"""The named people a "they said" stands for: those joined as the subject of its sentence
or the one before ("Petra Vold and Ames Dorran examined the virus. '...,' they wrote").

News names a team once by its members and then writes "they". When no one has spoken
since that sentence, the "they" is those people, shown by their names as a joined source
is ("Petra Vold and Ames Dorran"). Anything else in subject position (an organisation, an
unnamed group, a single person) is left to the other readings of "they". So is a sentence
before whose named people met, or spoke to, other people ("Petra Vold and Ames Dorran met
union leaders . '... strike ,' they said"): the "they" may as well be those others.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.joined_sources import joined_names
from storyline.analyze.quotes.speaking_nouns import GROUP_NOUNS, PERSON_NOUNS, singular
from storyline.model import Span, Speaker

__all__ = ["named_group"]


def named_group(d: Discourse, start: int, end: int) -> Speaker | None:
    """The speaker for a "they" at text[start:end] when the subject of its sentence (before
    it) or of the sentence before is two or more people joined by name, and no source has
    spoken since that sentence began; None otherwise."""
    here = d.sentence_of(start)
    latest = max((s.pos for s in d.history if s.pos < start), default=-1)
    seen = 0
    for index in range(here, -1, -1):
        sentence = d.sentences[index]
        if latest >= sentence.start:
            return None
        if not any(c.isalpha() for c in d.text[sentence.start : sentence.end]):
            continue  # a stray quotation mark the splitter set apart
        seen += 1
        if seen > 2:
            return None
        k = bisect_left(d.verbs, sentence.start)
        first_verb = d.verbs[k] if k < len(d.verbs) else sentence.end
        subject_end = min(first_verb, sentence.end, start)
        found = d.overlapping(sentence.start, subject_end)
        joined = joined_names(d.text, sentence.start, subject_end, found)
        if len(joined) < 2 or any(e is None or e.label != "PERSON" for _, _, e in joined):
            continue
        if index < here and _other_people(d.text[subject_end : sentence.end]):
            return None
        names = [e.canonical or e.text for _, _, e in joined if e is not None]
        first, last = joined[0][0], joined[-1][1]
        shown = ", ".join(names[:-1]) + " and " + names[-1]
        evidence = Span(first, last, d.text[first:last])
        return Speaker(d.text[start:end], start, end, shown, True, "pronoun", evidence)
    return None


_WORD = re.compile(r"[a-z]+")


def _other_people(words: str) -> bool:
    """Whether words after a sentence's subject hold a plural noun for people ("met union
    leaders", "told the workers"): a second group a later "they" may be. (In the "they"'s
    own sentence, "told reporters they ...", the listeners are not who "they" is.)"""
    for w in _WORD.findall(words):
        one = singular(w)
        if (one != w or w == "people") and (one in PERSON_NOUNS or one in GROUP_NOUNS):
            return True
    return False
