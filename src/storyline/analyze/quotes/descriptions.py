"""The body or person a bare definite description names again ("the company", "the woman").

News names a body or a person once and then by the kind it is: "Dalcor Energy posted a
loss ... The company said", "The Vesta Courier's front page showed ... The newspaper
claimed", "said a resident ... She said ... '...,' the woman said". `named_again.spoken_for`
reads a body description back to the one body the sentence before names as its subject;
this reads the wider case, where the name stands two sentences back or owns another noun
("Dalcor's test", "Dalcor executive Ana Ruiz"): the nearest mention of a compatible kind
in the phrase's own sentence and the two before it -- a body's name for a noun of a kind
of body, a person of that gender (a name, or an unnamed speaker a "she" was read to) for
"the woman". It is taken only when it is the one candidate of that kind in the window:
two bodies before "the company", or a new "a firm" introduced between, leave the phrase
as written, an unnamed description. The same one body owns "its executives" ("Dalcor's
executives"). Mentions the recogniser cut from one name at its commas ("Vell , Marsh &
Dorran") are one body, shown whole. Word classes only, never a list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from storyline.analyze.nlp import in_lexicon
from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.discourse import Discourse, evidence_of
from storyline.analyze.quotes.genders import Gender, gender_of_pronoun, noun_gender
from storyline.analyze.quotes.kind_bodies import kind_named_before
from storyline.analyze.quotes.named_again import NAMED_KINDS, OTHER_BODY
from storyline.analyze.quotes.speaking_nouns import (
    WRITING_NOUNS,
    names_a_person,
    names_a_speaker,
    singular,
)
from storyline.model import EntityMention, Quote, Span, Speaker

__all__ = ["described_again", "named_in_apposition", "owned_by_body"]

_WINDOW = 2
"""Sentences before the phrase's own that a description reaches back over: the paragraph
news keeps a referent in before naming it again."""

_FIRM_NOUNS = vocab(
    "company firm group bank lender insurer carrier airline maker manufacturer producer "
    "operator retailer contractor developer organisation organization agency charity "
    "giant conglomerate multinational chain"
)
"""Nouns by which news names again a business or an organisation whose name says no
kind of its own ("Dalcor", "Vesta Energy"): "the company", and the trade's epithet "the
software giant" (never a compound of "maker": "the filmmaker", "the lawmaker" are people).
Not the nouns of a relation to another firm ("supplier", "vendor", "provider"): "Dalcor
Motors recalled cars ... The supplier said" is the firm on the other side of the deal."""
_OUTLET_NOUNS = vocab("newspaper paper tabloid daily magazine broadcaster channel network website")
"""Nouns by which news names again a newspaper or a broadcaster."""
_KIND_HEADS = vocab(
    "authority board commission council ministry department bureau committee union "
    "institute association federation"
)
"""Description heads that name again only a body whose name ends in the same noun ("the
commission" is the "Harbour Safety Commission", never "Dalcor")."""
_GENERIC_PERSONS = vocab("woman man lady gentleman girl boy")
"""Nouns for a person that say only the gender: what news calls a speaker just quoted."""
_WORD = re.compile(r"[a-z][a-z'’-]*")
_QUALIFIED = re.compile(
    r"\s*(?:,\s*)?(?:who|whose|which|that|of|from|behind|with|at|for|[a-z]+ing)\b"
)
"""What follows a description that introduces someone new rather than naming one again:
a relative clause, a qualifying preposition or a participle ("the man leading the hunt")."""
_OWNER = re.compile(r"['’]s?$")
"""A possessive word inside the description: its owner is another than the one it names."""
_PLURAL = re.compile(r"\b[A-Za-z]+s\b")
_LOCATED = re.compile(
    r"\b(?:in|at|near|from|to|into|across|throughout|outside|inside|around|off|between)\s+"
    r"(?:the\s+)?$"
)
"""A preposition of place before a name: the name is where, not who. A place-typed name
not set after one ("the validity of Dalcor 's test") may be a firm the recogniser took for
a place, so it stands in the way of a body further back."""


_FROM_AFTER_PERSON = re.compile(r"\b([a-z]+)\s+from\s+$")
_FROM_PLACE = vocab("resident native family couple")
"""Nouns besides the generic persons whose "from" says where, not whose: "a spokesman from
Dalcor" speaks for the firm, "a native from Kestra" was born there."""


_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’]*\b(?!-)")


def _names_itself(d: Discourse, start: int, end: int) -> bool:
    """Whether a description past its "the" holds a capitalised word that is no people's
    or place's ("the Vesta news agency"): the phrase names its body itself. A nationality
    ("the Dorvanian carrier") or a place ("the Tarsk company") still describes one named
    before; so does a word joined to a suffix ("the London-based firm")."""
    first = d.text.find(" ", start, end)
    for m in _CAPITAL_WORD.finditer(d.text, first if first >= 0 else end, end):
        if not any(e.label in ("NORP", "GPE", "LOC") for e in d.overlapping(m.start(), m.end())):
            return True
    return False


def _home_town(text: str, start: int) -> bool:
    """Whether the name at `start` says where a person comes from ("a 63 - year - old
    woman from Kestra Falls"): whatever label the recogniser gave it, it is no body that a
    later "the firm" names again."""
    m = _FROM_AFTER_PERSON.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in _GENERIC_PERSONS | _FROM_PLACE


def described_again(d: Discourse, words: list[str], start: int, end: int) -> Speaker | None:
    """The speaker a bare "the <noun>" at text[start:end] names again (`words` its
    lower-case words), with the mention it was read from; None when the phrase is no such
    description or no single candidate fits."""
    if not 2 <= len(words) <= 5 or words[0] != "the":
        return None
    head, mods = words[-1], words[1:-1]
    if not all(_WORD.fullmatch(w) for w in words[1:]) or any(w in OTHER_BODY for w in mods):
        return None
    if any(_OWNER.search(w) for w in mods):
        return None  # "the bank's payment provider": the bank owns it, it is not the bank
    surface = d.text[start:end]
    if _names_itself(d, start, end):
        return None  # "the Vesta news agency": a name of its own, no body named again
    if _QUALIFIED.match(d.text, end):
        return None  # "the man leading the hunt told", "the firm behind the dam said": new
    if head in _GENERIC_PERSONS and not mods:
        if _POST_MODIFIED.match(d.text, end) and not _cue_follows(d.text, end):
            return None  # "the woman next door said": words after the noun, someone new
        return _person_before(d, surface, start, end, head)
    if head in _FIRM_NOUNS | _OUTLET_NOUNS | _KIND_HEADS:
        body = _body_before(d, head, start)
        if body is None and head in _KIND_HEADS:
            # "the health board", the "Caldera Provincial Health Board" paragraphs back
            body = kind_named_before(d, head, mods, start)
        if body is not None:
            first = _first_piece(d, body)
            if first is not body:
                # a name cut at its commas: shown whole, as the text writes it
                written = d.text[first.start : body.end]
                evidence = Span(first.start, body.end, written)
                return Speaker(surface, start, end, written, True, "role", evidence)
            name = _undoubled(body.canonical or body.text)
            evidence = Span(body.start, body.end, body.text)
            return Speaker(surface, start, end, name, True, "role", evidence)
    return None


_PIECES = frozenset({"ORG", "PERSON", "GPE"})
"""What the recogniser may call the pieces of a firm named after its partners."""


def _first_piece(d: Discourse, body: EntityMention) -> EntityMention:
    """The first of the mentions the recogniser cut one name into at its commas, that
    `body` ends ("Vell , Marsh" + "Dorran & Hale", the pieces typed as it guessed);
    `body` itself when it is whole. Only a run that names partners ("&" or "and" in it) is
    one name, and a place after a place preposition is where the body is, not a partner
    ("In Tarsk , Dalcor Energy shut ...")."""
    i = bisect_left(d.starts, body.start)
    while i > 0:
        prev = d.entities[i - 1]
        if prev.label not in _PIECES or d.text[prev.end : d.entities[i].start].strip(" ,"):
            break
        if prev.label == "GPE" and _PLACE_PREPOSITION.search(
            d.text[max(0, prev.start - 12) : prev.start]
        ):
            break
        i -= 1
    if d.entities[i].start >= body.start:
        return body
    run = d.text[d.entities[i].start : body.end]
    return d.entities[i] if _PARTNERS.search(run) else body


_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|[Ii]nside)\s+$")
"""A preposition that makes the capitalised name after it a place ("in Tarsk")."""
_PARTNERS = re.compile(r"&|\band\b")
"""What joins the last partners of a firm named after them ("Dorran & Hale")."""


_ITS = re.compile(r"\s*(?:[Ii]ts)\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s*$")
"""A description owned by "its": up to three lower-case words, the last its head."""


def owned_by_body(d: Discourse, speaker: Speaker) -> Speaker | None:
    """An unnamed description owned by "its" ("its executives said") shown with the one
    body the window names ("Dalcor's executives"), found as "the company" finds it; the
    speaker stays unnamed (the executives are not Dalcor). None otherwise."""
    if speaker.canonical or speaker.resolution != "description" or speaker.start is None:
        return None
    m = _ITS.fullmatch(speaker.text)
    if m is None or not names_a_speaker(m.group(2)) or m.group(2) in WRITING_NOUNS:
        return None
    body = _body_before(d, "", speaker.start)
    if body is None:
        return None
    name = _undoubled(body.canonical or body.text)
    evidence = Span(body.start, body.end, body.text)
    return Speaker(
        speaker.text,
        speaker.start,
        speaker.end,
        f"{name}'s {m.group(1)}",
        False,
        "description",
        evidence,
    )


def _window_start(d: Discourse, start: int) -> int:
    return d.sentences[max(0, d.sentence_of(start) - _WINDOW)].start


def _body_before(d: Discourse, head: str, start: int) -> EntityMention | None:
    """The one body named in the window before `start` that a description headed by
    `head` can name again; None for none, for two, or when a new one of that kind ("a
    Texas firm") is introduced after it."""
    lo = _window_start(d, start)
    window = d.entities[bisect_left(d.starts, lo) : bisect_left(d.starts, start)]
    # a name the article writes as a place anywhere ("flights between Tarsk and Vell")
    # is that place where it stands bare too ("ties with Vell"), no firm
    places = {_name(e) for e in d.entities if e.label == "GPE" and _placed(d, e)}
    bodies = [
        e
        for e in window
        if e.label in ("ORG", "GPE")
        and not d.quoted(e.start)
        and not d.credits.covers(e.start)
        and _kind_agrees(e, head)
        and (e.label == "ORG" or _name(e) not in places)
        and not _home_town(d.text, e.start)
    ]
    if len(_bodies_named(d, bodies)) != 1:
        # "Dalcor issued a patch for a Vesta Browser ( VB ) flaw": a name only modifying a
        # noun is what the thing is of, a product, and no body the description can mean
        bodies = [b for b in bodies if not _modifies_noun(d, b)]
    if len(_bodies_named(d, bodies)) != 1 or bodies[-1].label != "ORG":
        return None
    body = bodies[-1]
    nouns = head or "|".join(sorted(_FIRM_NOUNS | _OUTLET_NOUNS | _KIND_HEADS))
    new_one = re.compile(rf"(?i)\b(?:an?|another|one)\s+(?:[\w'’-]+\s+){{0,4}}(?:{nouns})s?\b")
    if new_one.search(d.text, body.end, start) or _unnamed_ones(d, head, lo, start):
        return None
    return body


def _name(e: EntityMention) -> str:
    return e.canonical or e.text


_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*$")


def _placed(d: Discourse, e: EntityMention) -> bool:
    """Whether a name typed a place stands where a place does: after a preposition of
    place ("flights to Tarsk"), or in a list that one opens ("between Tarsk, Vell and
    Orlen"), each name of it a place too."""
    i = bisect_left(d.starts, e.start)
    while True:
        if _LOCATED.search(d.text, max(0, e.start - 12), e.start):
            return True
        if i == 0:
            return False
        prev = d.entities[i - 1]
        if prev.label != "GPE" or not _LISTED.fullmatch(d.text, prev.end, e.start):
            return False
        e, i = prev, i - 1


_BRACKETED = re.compile(r"\s*(?:\(|-LRB-)\s*[\w.&-]+\s*(?:\)|-RRB-)")
"""A bracketed acronym after a name ("Vesta Browser ( VB )")."""


def _modifies_noun(d: Discourse, e: EntityMention) -> bool:
    """Whether a mention, past a bracketed acronym after it, only modifies the common noun
    that follows ("a Vesta Browser ( VB ) flaw"), read as `Discourse.modifier` reads it.
    Not a noun for a person ("Dalcor Energy chief Ana Ruiz", "Dalcor officials"): the body
    whose officer that is is still a body the text speaks of."""
    bracket = _BRACKETED.match(d.text, e.end)
    end = bracket.end() if bracket else e.end
    after = _NOUN_AFTER.match(d.text, end)
    if after is not None and names_a_person(singular(after.group(1))):
        return False
    return d.modifier(replace(e, end=end) if bracket else e)


_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
"""The lower-case word right after a name."""


def _bodies_named(d: Discourse, bodies: list[EntityMention]) -> set[str]:
    """The bodies the mentions name: one each, but mentions the recogniser cut from one
    name at its commas ("Levin , Hale , Marsh & Dorran", a firm of partners) are one body;
    a list of bodies is joined by "and"."""
    names: set[str] = set()
    for prev, e in zip([None, *bodies], bodies, strict=False):
        if prev is not None and not d.text[prev.end : e.start].strip(" ,"):
            continue
        names.add(_undoubled(e.canonical or e.text))
    return names


def _undoubled(name: str) -> str:
    """A name once, where a headline's last word glued to the text's first made it twice
    ("Dalcor Dalcor")."""
    words = name.split()
    k = len(words) // 2
    return " ".join(words[:k]) if words and len(words) % 2 == 0 and words[:k] == words[k:] else name


_QUOTED = re.compile(r"(?:``|“|\")(.*?)(?:''|”|\")", re.S)
"""Words inside quotation marks: there "she" is someone the speaker speaks of."""
_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")
"""Third-person subject pronouns inside the quoted words: the one they make the subject of
the speaker's words is someone spoken of ("`` She was the kindest person , ''"). Not an
object ("`` I told her to stay in , ''"): a mother speaks of her daughter so too."""
_POST_MODIFIED = re.compile(r"\s+[a-z]")
"""A lower-case word right after the noun: a cue ("said") or a word that says which one."""
_NEXT_WORDS = re.compile(r"(?:\s+[a-z]+){1,4}")
_HELPERS: frozenset[str] = vocab(
    "has have had is was were will would could can may might must should did does do not"
)
"""Helper verbs and their "not": they stand between a subject and its verb ("the woman
has told police", "had said earlier")."""


def _cue_follows(text: str, end: int) -> bool:
    """Whether the words after a description are its reporting verb, alone or after helper
    verbs and adverbs ("said", "also told", "has told", "had earlier said"), rather than
    words that set the person apart ("the woman next door", "the man in the car")."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    for word in m.group().split():
        if cue_lemma(word) is not None:
            return True
        if word not in _HELPERS and not in_lexicon(word, "adv"):
            return False
    return False


def _unnamed_ones(d: Discourse, head: str, lo: int, hi: int) -> bool:
    """Whether the window names bodies of the kind in the plural, outside any name ("Ferry
    operators sued Velm Lines", "Dalcor and other oil companies"): "the company" may then
    be one of them, not the body named."""
    kinds = _FIRM_NOUNS | _OUTLET_NOUNS if head not in _KIND_HEADS else frozenset({head})
    if not head:
        kinds = _FIRM_NOUNS | _OUTLET_NOUNS | _KIND_HEADS
    for m in _PLURAL.finditer(d.text, lo, hi):
        word = m.group().casefold()
        if word == singular(word):
            continue
        if singular(word) not in kinds and not (head == "group" and names_a_person(singular(word))):
            # "Hundreds of residents marched ... The group said": a group of people
            continue
        if not d.overlapping(m.start(), m.end()):
            return True
    return False


def _kind_agrees(body: EntityMention, head: str) -> bool:
    """Whether a description headed by `head` can name `body` again: a body whose name
    ends in a kind's noun only by that noun ("the commission"), a body whose name says no
    kind by a noun for a firm or an outlet ("the company", "the newspaper")."""
    words = (body.canonical or body.text).split()
    if head in _OUTLET_NOUNS and "of" in words[1:]:
        words = words[: words.index("of", 1)]  # "Bureau of Prisons" is a bureau, no paper
    kind = words[-1].casefold() if words else ""
    if not head:
        return True  # "its": any body
    if head in _KIND_HEADS:
        return kind == head
    return kind not in NAMED_KINDS or kind == head


def _person_before(d: Discourse, surface: str, start: int, end: int, head: str) -> Speaker | None:
    """The one person of the noun's gender spoken of in the window before "the woman":
    a named person, or an earlier speaker a "she" was read to; None for none or two."""
    gender = noun_gender([head])
    if gender is None:
        return None
    own = d.sentences[d.sentence_of(start)].start
    # the sentence may start inside the opening "``"
    quoted = " ".join(_QUOTED.findall(d.text, max(0, own - 2), start))
    if any(gender_of_pronoun(w) == gender for w in _PRONOUN.findall(quoted)):
        # "`` She was the kindest person , '' the woman said": the one before is who the
        # words speak of, not who says them
        return None
    lo = _window_start(d, start)
    found: dict[str, Speaker] = {}
    for said in d.history:
        if not lo <= said.pos < start:
            continue
        key = _of_gender(d, said.speaker, gender)
        if key is not None:
            found.setdefault(key, said.speaker)
    for pos, said_gender, described in d.continued:
        if lo <= pos < start and said_gender == gender:
            key = f"{described.start}:{described.text}"
            unnamed = Speaker(described.text, pos, pos, None, False, "pronoun", described)
            found.setdefault(key, unnamed)
    for p in d.people_between(lo - 1, start):
        if d.quoted(p.mention.start) or not d.compatible(p.name, gender):
            continue
        if p.name not in found:
            m = p.mention
            found[p.name] = Speaker(m.text, m.start, m.end, p.name, True, "name", None)
    if len(found) != 1:
        return None
    sp = next(iter(found.values()))
    evidence = evidence_of(sp)
    if sp.canonical:
        return Speaker(surface, start, end, sp.canonical, True, "role", evidence)
    return Speaker(surface, start, end, None, False, "description", evidence)


def _of_gender(d: Discourse, sp: Speaker, gender: Gender) -> str | None:
    """Who an earlier speaker is, as a key, when they are of `gender`: a name the article
    gives that gender, a "she" read to someone, a description with a gendered noun."""
    if sp.canonical:
        named = d.gender_of(sp.canonical)
        if named == gender or (named is None and gender_of_pronoun(sp.text.strip()) == gender):
            return sp.canonical
        return None
    if sp.resolved_from is None:
        if sp.resolution == "description" and noun_gender(sp.text.split()) == gender:
            return f"{sp.start}:{sp.text}"  # "a spokeswoman for the port said"
        return None
    if gender_of_pronoun(sp.text.strip()) == gender or noun_gender(sp.text.split()) == gender:
        return f"{sp.resolved_from.start}:{sp.resolved_from.text}"
    return None


_OWNED_RELATION = re.compile(r"([A-Z][\w'’-]*) ?['’] ?s? ([a-z]+)")
"""A description of one person by whose relative, friend or aide they are ("Orlov 's
mother", "Orlov ' mother"): an owner's capitalised name and a person noun."""
_GIVEN_AFTER = r"\s*,\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*,"
"""A name set off by commas right after a description ("mother , Marisol ,")."""


def named_in_apposition(quotes: list[Quote], text: str) -> list[Quote]:
    """The quotes, each shown by a description of a relative ("Orlov 's mother", read
    directly or through a pronoun) shown instead by the name the article set beside that
    very description before ("Orlov 's mother , Marisol , and father , Ivo , attended ...
    Orlov 's mother said"): news gives a relative's name once, in apposition, then writes
    the relation alone. Only a description of an owner's name and a person noun, and only
    one name ever given it; read after every speaker is settled, so that a pronoun's
    antecedent is weighed as the description it is written as."""
    out = list(quotes)
    for i, q in enumerate(out):
        sp = q.speaker
        if sp is None or sp.canonical or not q.stated:
            continue
        source = sp if sp.resolution == "description" else sp.resolved_from
        if source is None or source.start is None or sp.name != _shown(source.text):
            continue
        name = _given_name(text, source.text, source.start)
        if name is not None:
            out[i] = replace(q, speaker=replace(sp, canonical=name, named=True))
    return out


def _shown(description: str) -> str:
    return Speaker(description, None, None, None, False, "description").name or ""


def _given_name(text: str, surface: str, start: int) -> str | None:
    """The one name set in apposition before `start` to the description `surface`."""
    m = _OWNED_RELATION.fullmatch(surface)
    if m is None or not names_a_person(m.group(2)):
        return None
    phrase = rf"\b{re.escape(m.group(1))} ?['’] ?s? {m.group(2)}" + _GIVEN_AFTER
    names = {g.group(1) for g in re.finditer(phrase, text[:start])}
    return names.pop() if len(names) == 1 else None
