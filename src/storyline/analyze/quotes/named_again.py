"""Who a source names again without a name: a body's "spokeswoman" or "the group", "the
former ... leader", a person a paragraph of the writer's own has just introduced, and a
source phrase with a headline's last word glued before it.

News names a body or a person in full once and then by a description: "The Health Agency
tried to calm fears. A spokeswoman said ...", "Aldo Brenn accused Velland ... '...,' the
former Ruritanian leader wrote", "Ivo Marek is a professor at ...\n`` What I am doing
... ''". The speaker resolver reads them here from the article's `Discourse`: the one body
or person the sentence before (or the description's own sentence) is about, as its
subject, and nothing when that sentence names anyone else. Word classes only, never a
list of names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.kind_bodies import body_said_before, opening_name
from storyline.analyze.quotes.short_bodies import modifies_a_thing, short_name_subject
from storyline.analyze.quotes.source_heads import PREPOSITIONS
from storyline.model import EntityMention, Speaker
from storyline.text.quote_marks import DOUBLE_QUOTE_MARK

__all__ = [
    "NAMED_KINDS",
    "OTHER_BODY",
    "aged_subject",
    "former_subject",
    "glued_start",
    "introduced_before",
    "named_after",
    "named_next",
    "role_named_next",
    "spoken_for",
    "spokesperson_of",
]

_LETTER = re.compile(r"[A-Za-z]")
_GLUED_WORD = re.compile(r"([a-z]+) ([A-Z][a-z]+)\b")
_GLUE_DETERMINERS = vocab(
    "the a an his her its their our my your this that these those some many all few several "
    "most both each every no other such"
)
_SPOKES_NOUNS = vocab("spokeswoman spokesman spokesperson")
"""People whose words are, by their post, a body's."""
_BODY_NOUNS = vocab("group organization organisation agency company firm")
"""Nouns by which news names again the body it has just named ("Harbour Watch charged ...
, the group said")."""


def _previous_sentence(d: Discourse, pos: int) -> int | None:
    """The sentence before the one `pos` lies in, past any the recogniser set apart that
    holds no word (a stray quotation mark); None at the article's start."""
    sentence = d.sentence_of(pos) - 1
    while sentence >= 0 and not _LETTER.search(
        d.text, d.sentences[sentence].start, d.sentences[sentence].end
    ):
        sentence -= 1
    return sentence if sentence >= 0 else None


def _named(d: Discourse, lo: int, hi: int, label: str) -> list[EntityMention]:
    """The mentions labelled `label` that start in [lo, hi)."""
    return [e for e in _window(d, lo, hi) if e.label == label]


def _window(d: Discourse, lo: int, hi: int) -> list[EntityMention]:
    """The mentions of any label that start in [lo, hi)."""
    return d.entities[bisect_left(d.starts, lo) : bisect_left(d.starts, hi)]


_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?\s+(?=[A-Z])")
"""A clock time opening a source phrase ("1:05 AM ", "10:30 p.m. ET "): a dateline's."""


def glued_start(d: Discourse, start: int, end: int) -> int:
    """Where a source phrase starts once a headline's last word glued before it is dropped
    ("... , says study" + "Researchers say ..." read as "study Researchers"): a lower-case
    word, then a capitalised common noun that no name or title accounts for. English writes
    "former President" (a title, singular) or "the Health Agency" (a name), never "study
    Researchers"; the capital opens the standfirst's own sentence."""
    clock = _CLOCK.match(d.text, start, end)
    if clock is not None and clock.end() < end:
        # "... 2010 ; 1:05 AM A panel of experts has concluded": a dateline's clock time
        # glued before the sentence's subject is no part of who spoke
        return clock.end()
    m = _GLUED_WORD.match(d.text, start, end)
    if m is None or m.group(1) in _GLUE_DETERMINERS:
        return start
    noun = m.group(2).casefold()
    if noun in ROLE_HEADS or d.overlapping(m.start(2), m.end(2)):
        return start  # "former President": a title, written singular, before a name
    return m.start(2)


def spoken_for(d: Discourse, words: list[str], start: int) -> EntityMention | None:
    """The body a bare "a spokeswoman" speaks for, or "the group" names again: the one
    organisation named in her own sentence before her or in the sentence before, as a
    subject ("The Health Agency said it was tracing them. A spokeswoman said ..."); a
    spokesperson's words are the body's. One named as an object ("arrested two men near
    the Lerner depot") is not whom a spokesman of the sentence after speaks for."""
    described = _body_description(words)
    if not described and not (
        len(words) == 2 and words[0] in ("a", "an") and words[1] in _SPOKES_NOUNS
    ):
        return None
    sentence = d.sentence_of(start)
    lo = d.sentences[max(0, sentence - 1)].start
    bodies = [e for e in _named(d, lo, start, "ORG") if not d.quoted(e.start)]
    if not described and len({e.canonical or e.text for e in bodies}) > 1:
        # "Marrow declined to comment on the new Dalcor offer": a name only modifying a
        # noun is what the thing is of, no body the spokesman can speak for
        bodies = [e for e in bodies if _subject_body(d, e) or not modifies_a_thing(d, e)]
    if not described and not any(_subject_body(d, e) for e in bodies):
        # "The health board said ... A spokesperson said": the body a description named;
        # "Pellmore declined to comment": the body's short name, the recogniser missed
        named = None if bodies else body_said_before(d, lo, start)
        named = named or short_name_subject(d, lo, start)
        if named is not None or not bodies:
            return named
    if len({e.canonical or e.text for e in bodies}) != 1:
        return None
    if described and not _kind_agrees(bodies[-1], words[-1]):
        return None
    if described:
        # "BP and its rivals gained. Output lifted BP's peers but the London-based oil
        # company said": the one body named, wherever it stands as a subject
        named = next((e for e in reversed(bodies) if _subject_body(d, e)), None)
        return named or _opening_name(d, bodies[-1], lo, start)
    body = bodies[-1]
    return body if _subject_body(d, body) else None


_THE_BEFORE = re.compile(r"(?i:the)\s+$")


def spokesperson_of(text: str, words: list[str], surface: str, body: EntityMention) -> str | None:
    """How a bare "a spokeswoman" that `spoken_for` read as `body`'s is shown: as herself,
    the one who speaks for the body ("a spokeswoman for the Health Agency"), not as the
    body; None for a description naming the body itself ("the group")."""
    if not words or words[-1] not in _SPOKES_NOUNS:
        return None
    the = "the " if _THE_BEFORE.search(text, max(0, body.start - 5), body.start) else ""
    return f"{surface} for {the}{body.canonical or body.text}"


def _subject_body(d: Discourse, body: EntityMention) -> bool:
    """Whether a body's mention stands as its sentence's subject, not modifying one ("As
    NATO airstrikes continue, ...": the name modifies the subject)."""
    return not d.modifier(body) and d.subject_like(body, d.sentence_of(body.start))


def _opening_name(d: Discourse, body: EntityMention, lo: int, start: int) -> EntityMention | None:
    """The body when a sentence from `lo` to `start` opens with its name, as its subject,
    though the recogniser marked only a later mention ("BP and its rivals gained ...")."""
    for sentence in d.sentences[d.sentence_of(lo) : d.sentence_of(start) + 1]:
        opening = d.text[sentence.start : min(sentence.end, start)].lstrip()
        if re.match(re.escape(body.text) + r"\s+(?!['’])", opening):
            return body
    return None


NAMED_KINDS = vocab(
    "authority agency board commission council ministry department bureau office court "
    "committee police army party union university institute association federation "
    "service government"
)
"""Nouns that end a body's name and say what kind of body it is ("Velmar Harbour
Authority"); none is a company."""
_ANY_KIND = vocab("organization organisation")


def _kind_agrees(body: EntityMention, head: str) -> bool:
    """Whether a description's head can name again a body whose name ends in a kind's noun:
    "the ferry company" is not the "Velmar Harbour Authority" that banned its ferries, and
    "the agency" is no "Board"; a name with no kind's noun ("BP", "Dalcor Energy") and
    "the organisation" agree with any."""
    words = (body.canonical or body.text).split()
    kind = words[-1].casefold() if words else ""
    return kind not in NAMED_KINDS or kind == head or head in _ANY_KIND


OTHER_BODY = vocab("other another rival parent sister partner second third new former same")
"""Words by which a description sets its body apart from the one just named ("the rival
company", "the parent firm")."""


def _body_description(words: list[str]) -> bool:
    """Whether a source is "the <body noun>" with at most three lower-case modifiers
    ("the group", "the London-based oil company"): a description news gives the body it
    has just named, unless a modifier sets it apart ("the rival firm")."""
    if not 2 <= len(words) <= 5 or words[0] != "the" or words[-1] not in _BODY_NOUNS:
        return False
    return not any(w in OTHER_BODY for w in words[1:-1])


def former_subject(d: Discourse, words: list[str], start: int) -> EntityMention | None:
    """The person "the former Ruritanian leader" is when no one was given that role: the
    one person the sentence before names, as its opening subject ("Aldo Brenn accused
    Velland of hiding it. '...,' the former Ruritanian leader wrote"). A former office is
    how news names again the person it has just written of; anyone else the sentence names
    (an object, "criticised the minister") leaves it unresolved."""
    if len(words) < 3 or words[:2] != ["the", "former"] or len(words) > 5:
        return None
    if words[-1].strip(".,") not in ROLE_HEADS:
        return None
    sentence = _previous_sentence(d, start)
    if sentence is None:
        return None
    before = d.sentences[sentence]
    named = _named(d, before.start, start, "PERSON")
    if len({e.canonical or e.text for e in named}) != 1:
        return None
    first = named[0]
    if d.text[before.start : first.start].strip() or first.end > before.end:
        return None  # the name does not open the sentence before: not its subject
    return first


_AGE = re.compile(r"the (?:\d{1,3}|[a-z]+(?:-[a-z]+)?) ?- ?year ?- ?old")
"""A person described by age alone ("the 29-year-old", "the 29 - year - old")."""


def aged_subject(d: Discourse, surface: str, start: int) -> EntityMention | None:
    """The person "the 29-year-old" is: the one person the sentence before names, as its
    subject ("Champion Trevor Quenby has become a life member . '...,' said the
    29-year-old"). News gives a person's age as a description right after writing of
    them; a sentence naming anyone else, or a person named in the description's own
    sentence before it, leaves it unresolved."""
    if not _AGE.fullmatch(surface.strip().casefold()):
        return None
    sentence = _previous_sentence(d, start)
    own = d.sentence_of(start)
    if sentence is None or _named(d, d.sentences[own].start, start, "PERSON"):
        return None
    before = d.sentences[sentence]
    named = _named(d, before.start, before.end, "PERSON")
    if len({e.canonical or e.text for e in named}) != 1:
        return None
    first = named[0]
    return first if d.subject_like(first, sentence) else None


def introduced_before(d: Discourse, speaker: Speaker, mark_start: int) -> EntityMention | None:
    """The person a paragraph of the writer's own introduces right before quoted words that
    open their paragraph ("Ivo Marek is a professor at Corvale State University." then
    "`` What I am doing ... ''"): that sentence opens with the person's name, as its
    subject, holds no quoted words and names no one else; the words are theirs, not those
    of `speaker`, the last one who spoke."""
    sentence = _previous_sentence(d, mark_start)
    if sentence is None:
        return None
    lo, hi = d.sentences[sentence].start, d.sentences[sentence].end
    if (speaker.start is not None and speaker.start >= lo) or d.quoted(lo):
        return None
    if "\n" not in d.text[hi:mark_start] or DOUBLE_QUOTE_MARK.search(d.text, lo, hi):
        return None
    people = _named(d, lo, hi, "PERSON")
    if len({e.canonical or e.text for e in people}) != 1:
        return None
    first = people[0]
    if d.text[lo : first.start].strip() or (first.canonical or first.text) == speaker.canonical:
        return None
    return first if d.subject_like(first, sentence) else None


_CLOSING = {"``": "''", "“": "”", '"': '"'}
_OPENING_WORD = (
    r"(?!(?:When|While|As|But|And|Or|If|After|Before|Since|Then|So|Yet|Though|Although|"
    r"Because|Meanwhile|Once|Until|Where|The|A|An|This|That|These|Those|In|On|At|For|With|"
    r"From|To|Of|By|It|He|She|They|We|I)\b)"
)
"""A capitalised word that opens the writer's next sentence, not a title before a name
("'' When Tom Hale came ...": a sentence about him, no signature under the words)."""
_TITLE_WORDS = re.compile(
    r"\s*(?:,|--?|—|–|―)?\s*(?:" + _OPENING_WORD + r"[A-Z][\w.'’-]*\s+){0,5}$"
)
_SIGNATURE_END = re.compile(r"\s*(?:,|\.|;|\(|-LRB-|--?|—|–|―|\n|\Z)")
"""What follows a name that signs quoted words: the line's end, a comma, a bracket (a
party and state), a dash; a verb after it ("'' Tom Hale came in") opens a sentence."""
_DASHED_LINE = re.compile(r"\s*\n\s*(?:--?|—|–|―)\s*(?:[A-Z][\w.'’-]*\s+){0,5}$")
"""A line of its own under the words, a dash then the name: "-President Tom Hale, ..."."""


def named_after(d: Discourse, mark_start: int) -> EntityMention | None:
    """The person named right after quoted words' closing mark, with only a title between
    ("`` ..., '' Senate Minority Leader Tom Hale -LRB- R-Ky . -RRB-", "“...” ― Ana Ruiz"),
    or on a line of its
    own after a dash ("-President Tom Hale, writing after the vote."): an attribution with
    no verb. The words are that person's, not the last speaker's."""
    opening = next((m for m in _CLOSING if d.text.startswith(m, mark_start)), None)
    if opening is None:
        return None
    close = d.text.find(_CLOSING[opening], mark_start + len(opening))
    if close < 0:
        return None
    end = close + len(_CLOSING[opening])
    for e in d.entities[bisect_left(d.starts, end) :]:
        if e.start - end > _NAMED_AFTER_CHARS:
            return None
        if e.label != "PERSON":
            continue
        between = d.text[end : e.start]
        if "\n" not in between and _TITLE_WORDS.match(d.text, end, e.start):
            return e if _SIGNATURE_END.match(d.text, e.end) else None
        return e if _DASHED_LINE.match(d.text, end, e.start) else None
    return None


_NAMED_AFTER_CHARS = 60
"""How far after the closing mark a title and a name may reach."""


_APPOSITIVE_END = re.compile(r"[,;.]|--|-RRB-|\)")
_APPOSITIVE_START = re.compile(r"\s*,\s*(?:the|an?|its|his|her|their|[A-Z][\w.-]*\s+['’]s)\s", re.I)


def named_next(d: Discourse, words: list[str], start: int) -> EntityMention | None:
    """The person an indefinite source is named as in the sentence right after it ("...,
    a United Nations expert said. Ana Ruiz, the UN's special expert on food, said ..."):
    that sentence opens with one name set off by an appositive whose head is the
    source's own noun. News introduces the source by role, then by name; a name whose
    appositive says anything else ("Ana Ruiz, a doctor") is someone else."""
    if not 2 <= len(words) <= 6 or words[0] not in ("a", "an"):
        return None
    head = words[-1].strip(".,")
    if not head.isalpha() or head in _SPOKES_NOUNS:
        return None
    sentence = d.sentence_of(start)
    if sentence + 1 >= len(d.sentences) or _named(d, d.sentences[sentence].start, start, "PERSON"):
        return None
    after = d.sentences[sentence + 1]
    first = opening_name(d, after.start, after.end)
    if first is None:
        return None
    opened = _APPOSITIVE_START.match(d.text, first.end)
    if opened is None:
        return None
    closed = _APPOSITIVE_END.search(d.text, opened.end(), after.end)
    appositive = d.text[opened.end() : closed.start() if closed else after.end]
    # its head: the last word before what qualifies it ("special expert on food"), so a
    # possessor ("the man 's brother") is no match for "a man"
    words = _QUALIFIER.split(appositive, maxsplit=1)[0].casefold().split()
    return first if words and words[-1] == head else None


_QUALIFIER = re.compile(r"\s(?:who|which|that|at|for|of|in|with|from|on|to|since)\s")


_RANKS = vocab(
    "former ex previous late then deputy vice assistant acting interim outgoing incoming"
)
"""Words that make a title another office, or the office at another time."""


def _ranks(words: list[str]) -> frozenset[str]:
    """The rank and time words among a title's words (see `_RANKS`)."""
    return frozenset(w.strip(".,") for w in words) & _RANKS


_ROLE_DETERMINERS = frozenset({"the", "his", "her", "its", "their", "a", "an"})
"""What opens a role named by title in the next sentence: "the", whose role it is, or "a"
("A Dorvanian Defence Ministry spokesman said ... said spokesman Ilya Marek"): news
brings a source in by role, then names them."""
_INDEFINITE = frozenset({"a", "an"})


def role_named_next(d: Discourse, words: list[str], start: int) -> EntityMention | None:
    """The person "the city 's mayor" is when no one was given that role before it and the
    sentence right after names one person under that very title ("..., the city 's mayor
    said Thursday. ..., Port Velmar Mayor Tomas Rellig told a luncheon."): news names a
    source by role, then by title and name. Two people given the title there, or a person
    named in the role's own sentence before it, leave it as written; so does a title of
    another rank or time ("the city 's former mayor" is not "Mayor Tomas Rell", who beat
    him; "the mayor" is not "Deputy Mayor Ana Vell"). A possessive's role ("Ana Vell died
    , her spokesman said . ..., spokesman Ivo Brell said") is named so too: the person named
    before it in its sentence is whose it is, not who holds it, unless given that title. An
    indefinite one ("a ministry spokesman said") is read as "the" is, and not when the
    sentence naming the holder names a body its own words do not ("A Velmar Bank spokesman
    said ... At Tarn Bank, spokesman Ivo Brell said": the other side's)."""
    if not 2 <= len(words) <= 5 or words[0] not in _ROLE_DETERMINERS:
        return None
    head = words[-1].strip(".,")
    if head not in ROLE_HEADS:
        return None
    sentence = d.sentence_of(start)
    if sentence + 1 >= len(d.sentences):
        return None
    before = _named(d, d.sentences[sentence].start, start, "PERSON")
    if words[0] != "the" and words[0] not in _INDEFINITE:
        before = [e for e in before if e.role and head in e.role.casefold().split()]
    if before:
        return None
    after = d.sentences[_next_sentence(d, sentence)]
    titled = [
        e
        for e in _named(d, after.start, after.end, "PERSON")
        if (
            e.role
            and head in e.role.casefold().split()
            and _ranks(e.role.casefold().split()) == _ranks(words)
        )
        or (not e.role and not _ranks(words) and _role_apposed(d.text, e, head))
    ]
    if len({e.canonical or e.text for e in titled}) != 1:
        return None
    if words[0] in _INDEFINITE:
        lo, hi = d.sentences[sentence].start, _phrase_end(d, words, start)
        if _another_owner(d, lo, hi, titled[0]) or _another_name_written(d, lo, hi, titled[0]):
            return None
    elif words[0] != "the" and _another_owner(d, d.sentences[sentence].start, start, titled[0]):
        return None
    return titled[0]


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_OPENERS = PREPOSITIONS | _GLUE_DETERMINERS | vocab("and but or so yet")


def _another_name_written(d: Discourse, lo: int, role_end: int, holder: EntityMention) -> bool:
    """Whether the sentence naming `holder` writes before them, outside quotation marks, a
    capitalised word the role's own sentence (`lo` to `role_end`) does not ("At Tarn
    Savings, spokesman Ivo Brell said" after "A Velmar Bank spokesman said"): a body the
    recogniser did not mark is still another side. An opening function word ("At") is
    no name."""
    own = set(_CAPITALISED.findall(d.text, lo, role_end))
    first = d.sentences[d.sentence_of(holder.start)].start
    for m in _CAPITALISED.finditer(d.text, first, holder.start):
        if d.quoted(m.start()) or m.group() in own:
            continue
        if m.group().casefold() in _OPENERS or m.group().casefold() in _holder_role(holder):
            continue
        return True
    return False


def _holder_role(holder: EntityMention) -> set[str]:
    """The words of the title the recogniser read before a name, casefolded."""
    return set((holder.role or "").casefold().split())


def _next_sentence(d: Discourse, sentence: int) -> int:
    """The sentence after `sentence`, past any the splitter set apart that holds no word
    (the first mark of a "``" opening the next); the last one when none follows."""
    nxt = sentence + 1
    while nxt + 1 < len(d.sentences) and not _LETTER.search(
        d.text, d.sentences[nxt].start, d.sentences[nxt].end
    ):
        nxt += 1
    return nxt


_APPOSED_TO_ROLE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([a-z][\w-]*)\s*,\s*$")


def _role_apposed(text: str, e: EntityMention, head: str) -> bool:
    """Whether a name is set as the appositive of a bare role noun ("The spokesman, Ilya
    Marek, added"): the text names the holder of that role there."""
    m = _APPOSED_TO_ROLE.search(text, max(0, e.start - 40), e.start)
    return m is not None and m.group(1) == head


def _phrase_end(d: Discourse, words: list[str], start: int) -> int:
    """Where a source phrase of `words` written from `start` ends in the text, past the
    words it is written with ("A Velmar Bank spokesman"): the bodies it names are its own."""
    written = d.text[start : start + _PHRASE_CHARS].casefold()
    pos = 0
    for w in words:
        found = written.find(w, pos)
        if found < 0:
            break
        pos = found + len(w)
    return start + pos


_PHRASE_CHARS = 200


_OWNERS = frozenset({"PERSON", "ORG"})


def _another_owner(d: Discourse, lo: int, role_start: int, holder: EntityMention) -> bool:
    """Whether the sentence naming `holder` names, before them, a person or a body the
    role's own sentence (`lo` to `role_start`) did not: "Velmar Bank cut jobs , its
    spokesman said . At rival Tarn Bank , spokesman Ivo Brell said": a news story sets two
    sides' spokesmen side by side, and the holder is the other side's."""
    after = d.sentence_of(holder.start)
    owners = {e.canonical or e.text for e in _window(d, lo, role_start)}
    return any(
        e.label in _OWNERS and (e.canonical or e.text) not in owners and e.end <= holder.start
        for e in _window(d, d.sentences[after].start, holder.start)
    )
