"""Names a pronoun may mean that the recogniser missed or called an organisation.

"Sioned Varley, head of the firm Varley Lifting, said ... She said": a person's name
tagged as a body, or not tagged at all, is still a person a later "he"/"she" may stand
for, so the pronoun rules (pronouns.py) never read the pronoun back across it to an
earlier speaker, and give it to that name only when it spoke last, just before. Read
from the shape of the name (capitalised words, none a word bodies are named with) and
the speaker history, never from a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.quotes.discourse import Discourse, Said
from storyline.analyze.quotes.genders import Gender, noun_gender
from storyline.analyze.quotes.listed import BODY_WORDS
from storyline.analyze.quotes.reactions import closed_quote_opening
from storyline.model import EntityMention

__all__ = [
    "bearer_of_surname",
    "heads_clause",
    "person_shaped_body_since",
    "person_shaped_orgs",
    "pronoun_sentence",
    "shaped_like_a_person",
    "titled_for",
    "untagged_person_since",
    "untyped_subject_since",
]

_NEXT_WORD = re.compile(r"\s*(,|[\w'’-]+)")


def pronoun_sentence(d: Discourse, start: int) -> int:
    """The sentence a pronoun at `start` is read from: its own, or the one its quoted
    words open in when it closes quoted words of several sentences (`"He knew. He hid
    it," she said`)."""
    here = d.sentence_of(start)
    opening = closed_quote_opening(d, start)
    return here if opening is None else min(here, d.sentence_of(opening))


def person_shaped_body_since(d: Discourse, since: int, start: int) -> Said | None:
    """Whether a source spoke after offset `since` (the last person's) under a name the
    recogniser called an organisation though it is shaped like a person's ("Nicola Reyes
    said", "Leah added"): one to three capitalised words, no article before it, none of
    them a word organisations are named with. A later "she said" may well be that source,
    so it is never given to the person before it (and given to the source itself only when
    it has two or three words: a single one may as well be a firm's). The latest such
    source, None if none. A full name the recogniser missed altogether, read as a
    description ("Sioned Varley, head of the firm Varley Lifting, said"), is weighed the
    same way when it is the latest source: a capitalised word alone ("People said") is
    no name."""
    latest = True
    for said in reversed(d.history):
        if said.pos <= since or said.pos >= start:
            continue
        untagged = (
            latest
            and said.label is None
            and said.speaker.resolution == "description"
            and " " in said.speaker.text.strip()
        )
        latest = False
        if not (said.label == "ORG" and said.speaker.named) and not untagged:
            continue
        evidence = said.speaker.resolved_from
        name = evidence.text if evidence is not None else said.speaker.text
        before = d.text[
            max(0, (evidence.start if evidence else said.pos) - 4) : (
                evidence.start if evidence else said.pos
            )
        ]
        if shaped_like_a_person(name) and not before.casefold().endswith("the "):
            return said
    return None


def shaped_like_a_person(name: str) -> bool:
    """Whether a name is shaped like a person's: one to three capitalised words of letters,
    none a word organisations are named with ("Nicola Reyes", not "Kessa Co.")."""
    words = name.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(w.casefold() in BODY_WORDS for w in words)
    )


def bearer_of_surname(d: Discourse, name: str, start: int) -> str:
    """The one person named before `start` whose surname closes `name` ("Charles Craft" for
    "Chief Craft", a title and surname the recogniser missed), else `name` itself."""
    surname = name.split()[-1]
    bearers = {p.name for p in d.people_before(start) if p.name.split()[-1] == surname}
    return bearers.pop() if len(bearers) == 1 else name


def untyped_subject_since(d: Discourse, since: int, start: int) -> EntityMention | None:
    """A name the recogniser called an organisation, shaped like a first name or a
    person's name (one to three capitalised words, none a word bodies are named with, no
    "the" before it), standing as the subject of the pronoun's sentence or the one before,
    after the last speaker's source ("Cassidy says ... Leah would also leave an iPod. She
    said"): it may well be the person the pronoun means, so the last speaker is not
    guessed. When the pronoun closes quoted words of several sentences, "the one before" is
    the one before the words open ("Ilsa Crone accused him. `He knew. He hid it,' she
    said"). The first such name, None if none."""
    here = pronoun_sentence(d, start)
    own = d.sentence_of(since)
    for e in person_shaped_orgs(d, since, start):
        sentence = d.sentence_of(e.start)
        if sentence == own:
            continue  # "Ana Tasker, head of the firm Tasker Lifting, said": her own sentence
        if sentence >= here - 1 and d.subject_like(e, sentence) and heads_clause(d, e):
            return e
    return None


def titled_for(d: Discourse, e: EntityMention, gender: Gender) -> bool:
    """Whether the words set right before a name in its sentence hold a noun that gives the
    pronoun's gender ("Opposition spokeswoman Ilsa Crone"): a person, and one the pronoun
    fits, though the recogniser called the name an organisation."""
    begin = d.sentences[d.sentence_of(e.start)].start
    title = _TITLE_WORDS.search(d.text, begin, e.start)
    return title is not None and noun_gender(title.group().split()) == gender


_TITLE_WORDS = re.compile(r"(?:[\w'’-]+\s+){1,4}$")
"""Up to four words right before a name, its title ("Opposition health spokeswoman ")."""


def untagged_person_since(d: Discourse, since: int, start: int) -> bool:
    """Whether a name of two or three words the recogniser called an organisation, shaped
    like a person's and with no "the" before it, stands after the last speaker's source
    outside quotation marks and outside that source's own sentence ("met councillor Dora
    Vinkel"): a person the pronoun may mean as well."""
    own = d.sentence_of(since)
    return any(
        d.sentence_of(e.start) != own and " " in e.text.strip()
        for e in person_shaped_orgs(d, since, start)
    )


def person_shaped_orgs(d: Discourse, since: int, start: int) -> list[EntityMention]:
    """The names between offsets `since` and `start`, outside quotation marks, that the
    recogniser called organisations though they are shaped like a person's (one to three
    capitalised words, none a word bodies are named with, no "the" before them)."""
    out = []
    for e in d.overlapping(since + 1, start):
        if e.label != "ORG" or e.start <= since or e.end > start or d.quoted(e.start):
            continue
        before = d.text[max(0, e.start - 4) : e.start].casefold()
        if shaped_like_a_person(e.text) and not before.endswith("the "):
            out.append(e)
    return out


def heads_clause(d: Discourse, e: EntityMention) -> bool:
    """Whether a verb (or an appositive's comma) follows the name: it is the head of its
    phrase, not a modifier of the noun after it."""
    after = _NEXT_WORD.match(d.text, e.end)
    if after is None:
        return False
    if after.group(1) == ",":
        return True
    verbs = d.verbs
    if not verbs:
        return True
    i = bisect_left(verbs, after.start(1))
    return i < len(verbs) and verbs[i] == after.start(1)
