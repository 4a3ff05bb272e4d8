"""Which of several people of one family name a bare surname source means ("Castro
said" in a story naming Raul Castro and Fidel Castro).

The entity stage names a lone surname in full when the article gives one person of it,
or when its writer has plainly begun calling one of them so (entities/resolve.py); with
two of the name in play it leaves the surname bare, and a reader shown "Castro" cannot
tell which. News tells: the surname continues the one of them the passage is about, the
last of them to speak or to stand as a sentence's subject ("Raul Castro, brother of
President Fidel Castro, spoke ... 'No one gives up!' Castro declared"); one only named
in passing since (an object, "led by Fidel Castro") does not take the passage over.
One introduced as a relative ("his nephew Ivo Castro said") is not whom the passage is
about. Another of the name who spoke or stood as a subject since, or none within the
window, leaves the surname as written: never guessed.
"""

from __future__ import annotations

from storyline.analyze.entities.name_index import named_as_kin
from storyline.analyze.quotes.discourse import Discourse, evidence_of
from storyline.model import EntityMention, Span

__all__ = ["surname_bearer"]

_WINDOW = 4
"""Sentences before the surname's own that the passage it continues may open in."""


def surname_bearer(d: Discourse, e: EntityMention, start: int) -> tuple[str, Span] | None:
    """The full name a bare surname mention `e` (a source at `start`) stands for, with the
    mention it was read from; None when the article does not tell."""
    name = e.canonical or e.text
    if e.label != "PERSON" or " " in name or not name[:1].isupper():
        return None
    key = name.casefold()
    bearers = {p.name for p in d.people if " " in p.name and p.name.casefold().split()[-1] == key}
    if len(bearers) < 2:
        return None  # one bearer or none: the entity stage's call, not this one's
    lo = d.sentences[max(0, d.sentence_of(start) - _WINDOW)].start
    latest: tuple[int, str, Span] | None = None
    for said in d.history:
        full, evidence = said.speaker.canonical, evidence_of(said.speaker)
        if not (lo <= said.pos < start and full in bearers) or named_as_kin(d.text, evidence.start):
            continue  # "his nephew Ivo Quenby said": a relative, not whom the story is about
        if latest is None or said.pos > latest[0]:
            latest = (said.pos, full, evidence)
    for p in d.people_between(lo - 1, start):
        m = p.mention
        if p.name not in bearers or not p.subject or d.quoted(m.start):
            continue
        if not named_as_kin(d.text, m.start) and (latest is None or m.start > latest[0]):
            latest = (m.start, p.name, Span(m.start, m.end, m.text))
    if latest is None:
        return None
    pos, full, evidence = latest
    for p in d.people_between(pos, start):
        if p.name in bearers and p.name != full and p.subject and not d.quoted(p.mention.start):
            return None  # another of the name stood as a subject since: either one
    for said in d.history:
        if pos < said.pos < start and said.speaker.canonical in bearers - {full}:
            return None
    return full, evidence
