"""Who a quote with no cue of its own belongs to: the speaker a sentence ending in a colon
introduces ("Jones then turned to the crowd:"), or the person its own sentence names
before the words ("Smith called it 'a farce'", "the remarks of Ana Ruiz: '...'").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.analyze.quotes.cues import MARK_CUES, cue_lemma
from storyline.analyze.quotes.mark_owner import sentence_index
from storyline.analyze.quotes.put_it import PUT_FORMS
from storyline.model import EntityMention, Sentence

__all__ = ["cited_title", "introducer", "paragraph_subject", "same_sentence_person"]


_LEAD_PRONOUN = re.compile(r"(?:He|She|They|We|I)\b")


_WORDS_OF = re.compile(
    r"\b(?:remarks|statement|words|comments|speech|address|testimony|text|transcript)\s+of\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
"""A speech noun whose "of" names the speaker, with the titles before the name."""


def same_sentence_person(
    text: str, sentences: list[Sentence], entities: Sequence[EntityMention], pos: int
) -> tuple[int, int] | None:
    """Who a cue-less quote belongs to in its own sentence: the last person named before
    it ("Smith called it 'a farce'"), else a pronoun opening the sentence ("He called ...")."""
    sentence = sentences[sentence_index(sentences, [s.start for s in sentences], pos)]
    if cited_title(text, pos):
        return None
    # "As Ruiz spoke, the union was whipping members against '...'": a name in a clause
    # opening the sentence is when or why, not who the sentence has speaking
    lead = _LEAD_CLAUSE.match(text, sentence.start, pos)
    first = sentence.start
    if lead is not None and _clause_of_its_own(text, lead.end(), entities, sentence.start):
        first = lead.end()
    people = [
        e
        for e in entities
        if first <= e.start
        and e.end <= pos
        and e.label == "PERSON"
        and not _owns_a_thing(text, e.end)
        and not _asked_about(text, e.end, pos)
    ]
    if people:
        # "the remarks of Vice President Ana Ruiz following Tom Hale's speech :": whose
        # remarks they are, not the last name before the words
        owner = [e for e in people if _WORDS_OF.search(text, max(0, e.start - 80), e.start)]
        chosen = owner[0] if owner else people[-1]
        return chosen.start, chosen.end
    m = _LEAD_PRONOUN.match(text, sentence.start, pos)
    return (m.start(), m.end()) if m else None


def _clause_of_its_own(
    text: str, lead_end: int, entities: Sequence[EntityMention], start: int
) -> bool:
    """Whether an opening clause ending at `lead_end` has a verb of its own after the last
    person in it that is no verb of saying ("As Brannigan spoke,"): the clause is then
    done with that person. "As Ana Ruiz, a professor of law, put it," is cut at the first
    comma (no verb after the name) and "As Ruiz said," reports words, so neither is."""
    inside = [e for e in entities if start <= e.start and e.end <= lead_end]
    if not inside:
        return False
    words = _WORD.findall(text, inside[-1].end, lead_end)
    lower = [w for w in words if w.islower()]
    return bool(lower) and not any(w in PUT_FORMS or cue_lemma(w) in MARK_CUES for w in lower)


_WORD = re.compile(r"[A-Za-z]+")


def _asked_about(text: str, end: int, pos: int) -> bool:
    """Whether a question ends between a name and the quoted words ("Does he disapprove
    of Ebert ? `` I do ... ''", one sentence to the splitter): the words answer the
    question, and the one it asks about is not who answers."""
    return "?" in text[end:pos]


_CITED = re.compile(r"\b(?:such\s+as|called|titled|entitled|headlined|reading|dubbed)\s*(?:,\s*)?$")
"""Words that set quoted words out as a title or an example ("headlines such as",
"banners reading", "a paper called"); not "like", which also compares ("it was like
'a war zone'")."""
_OWNS = re.compile(r"\s?['’]s?\b")
"""A name owning the noun after it ("the line of Ruiz 's government")."""


_OWNED_WORDS = re.compile(
    r"\s?['’]s?\s+(?:[a-z]+\s+){0,2}?(?:opinion|view|views|advice|words|message|statement|"
    r"reply|answer|response|remarks|comments|speech|letter|verdict|warning)\b"
)
"""A name owning words it gave ("Ruiz 's personal opinion on the matter :")."""


def _owns_a_thing(text: str, end: int) -> bool:
    """Whether a name ending at `end` owns a noun that is not words it gave ("the line of
    Ruiz 's government"): the owner is not who the quoted words belong to; "Ruiz 's
    opinion" and "Ruiz 's advice" are hers."""
    return _OWNS.match(text, end) is not None and _OWNED_WORDS.match(text, end) is None


def cited_title(text: str, pos: int) -> bool:
    """Whether the quoted words at `pos` are a title or an example the writer cites
    ("published headlines such as '...'", "banners reading '...'"): no one in the
    sentence is shown saying them."""
    return _CITED.search(text, max(0, pos - 30), pos) is not None


def introducer(
    text: str, sentences: list[Sentence], entities: Sequence[EntityMention], pos: int
) -> tuple[int, int] | None:
    """Who introduces a quote from the sentence before it ending in a colon.

    "Jones then turned to the crowd:" -> "Jones"; "He added:" -> "He".
    """
    i = sentence_index(sentences, [s.start for s in sentences], pos)
    if i == 0:
        return None
    prev = sentences[i - 1]
    if not text[prev.start : prev.end].rstrip().endswith(":") or pos - prev.end > 3:
        return None
    begin = prev.start
    lead = _LEAD_CLAUSE.match(text, prev.start, prev.end)
    if lead:
        begin = lead.end()  # "When Wallace died, Clinton said:": past the opening clause
    for e in entities:
        if begin <= e.start < prev.end and e.label in {"PERSON", "ORG"}:
            return e.start, e.end
    m = _LEAD_PRONOUN.match(text, begin, prev.end)
    return (m.start(), m.end()) if m else None


_LEAD_CLAUSE = re.compile(
    r"(?:When|After|As|While|If|Although|Though|Because|Since|Before|Once|Until|Whereas)\b"
    r"[^,:;\n]{1,150},\s*"
)


_NAME_WORDS = re.compile(r"(?:(?:And|But|So|Then|Later|Still|Yet)\s+)?(?:[A-Z][\w.'’-]*,?\s+){0,6}")
"""Capitalised words before a name opening its sentence: titles, bodies and possessives
("Senate Majority Leader", "Iowa State University's"), after a linking word."""


_OPENER = re.compile(
    r"(?:When|After|As|While|If|Although|Though|Because|Since|Before|Once|Until|Whereas|"
    r"In|On|At|For|With|From|By|Under|During|Despite|Like|Unlike|Without)\b"
)
"""A word opening a clause or a phrase before the subject ("When Ruiz spoke, ...",
"Unlike Ruiz, ..."): a name after it is not the one the sentence is about."""


def paragraph_subject(
    text: str, sentences: list[Sentence], entities: Sequence[EntityMention], pos: int
) -> tuple[int, int] | None:
    """Who cue-less quoted words at `pos` belong to by the sentence that holds them ("Dora
    Finch agreed. '...'", "Finch credited Hale with keeping 'the harbour afloat'"): the
    person named first in it, or a pronoun opening it, when nothing but titles stands
    before them, not the last name before the words (whom the subject speaks of); the
    sentence before, in the same paragraph, when the words open their own.
    None when the sentence opens otherwise ("When Ruiz spoke, Finch ..."): its first name
    is then no sign of who gave the words."""
    starts = [s.start for s in sentences]
    i = sentence_index(sentences, starts, pos)
    sentence = sentences[i]
    if not text[sentence.start : pos].strip() and i > 0:
        sentence = sentences[i - 1]
        if "\n" in text[sentence.end : pos]:
            return None
        pos = sentence.end
    if cited_title(text, pos):
        return None
    m = _LEAD_PRONOUN.match(text, sentence.start, pos)
    if m:
        return m.start(), m.end()
    for e in entities:
        if sentence.start <= e.start and e.end <= pos and e.label == "PERSON":
            lead = _NAME_WORDS.fullmatch(text, sentence.start, e.start)
            if lead is None or _OPENER.match(text, sentence.start, e.start):
                return None
            return e.start, e.end
    return None
