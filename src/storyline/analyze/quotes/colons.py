"""Attributions by a colon at the start of a line: headlines, transcript turns, signed items.

Kept apart from the quote stage because it reads the page's line layout, not the
parse: a label before a colon speaks the words after it ("Trump: 'We will win'",
"FALLIN: Well, I think ...", "HEADING - Name: ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from storyline.analyze.quotes.asides import MIN_TURNS
from storyline.analyze.quotes.attribution import Attribution
from storyline.analyze.quotes.cues import ADDRESSEE_VERBS, cue_lemma
from storyline.analyze.quotes.marks import MAX_QUOTE_CHARS
from storyline.analyze.quotes.names_near import NamesNear
from storyline.analyze.quotes.source_heads import PREPOSITIONS, WORD
from storyline.ingest.chat import ANONYMOUS
from storyline.model import EntityMention, Sentence
from storyline.text.speaker_labels import LABEL_NAME, speaker_label

__all__ = ["colon_attributions", "name_turns", "reader_chat", "turn_starts"]


_TRANSCRIPT_LABEL = re.compile(LABEL_NAME)
_TRANSCRIPT_ROLE_LABEL = re.compile(
    r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*,\s*[A-Z][A-Z .,'’/\\-]{1,60}"
)
"""A transcript speaker with a role after a comma ("JANE ROE, STATION CORRESPONDENT")."""
_COLON = re.compile(r"([^:\n]{2,60}?):[^\S\n]+(\S[^\n]{8,})")
_LINE = re.compile(r"[^\n]+")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}")
_SIGNED = re.compile(r"[^:\n]{2,200}?\s[-—–]+\s+([^:\n]{2,60}?):[^\S\n]+(\S[^\n]{8,})")


_POSSESSIVE_END = re.compile(r"['’]s?\b")
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_LIST_GLUE = re.compile(r"(?:\s|,|&|\band\b|\bthe\b)*", re.IGNORECASE)
_OPENING_MARKS = frozenset("\"“‘'«`")
_QUOTE_MARKS = frozenset('"“”‘’«»`')


def colon_attributions(
    text: str, sentences: list[Sentence], entities: Sequence[EntityMention], taken: Sequence[int]
) -> tuple[list[Attribution], set[int]]:
    """Attributions by a colon at the start of a line.

    A headline "Trump: 'We will win'" (a name, a colon, the words; content to
    the end of that sentence, even when the words hold a cue of their own), an
    interview transcript turn "FALLIN: Well, I think ..." (an upper-case label;
    content to the end of the line), or a digest item signed "HEADING - Name: ...".
    Also returns the cue offsets of attributions a name label supersedes (a cue
    in the heading before "- Name:" belongs to the heading, not to the words).
    """
    superseded: set[int] = set()
    ends = [s.end for s in sentences]
    out: list[Attribution] = []
    chat = reader_chat(text, entities)
    # each line asks about the names and cues inside its label: looked up, not walked
    near = NamesNear(entities)
    person_starts = {e.start for e in entities if e.label == "PERSON"}
    taken_in_order = sorted(taken)
    for line_start, line_end, mid in _segments(text):
        m = _COLON.match(text, line_start, line_end)
        signed = False
        if mid and (m is None or not _TRANSCRIPT_LABEL.fullmatch(m.group(1).strip())):
            continue  # inside a line only a transcript turn starts words of its own
        if m is None or (len(m.group(1).split()) > 6 and not _role_label(text, m)):
            # "HEADING OF THE ITEM - Carl Bialik: ...": a digest item signed after a dash
            m = _SIGNED.match(text, line_start, line_end)
            if m is None or len(m.group(1).split()) > 6:
                continue
            signed = bool(_CAPITALISED.fullmatch(m.group(1).strip()))
        if _places_only(text, m.start(1), m.end(1), near.around(m.start(1), m.end(1))):
            continue  # "US : one death , 12 cases", "Spain , Italy : 1 case each": a tally
        role_label = _TRANSCRIPT_ROLE_LABEL.fullmatch(m.group(1).strip())
        transcript = bool(_TRANSCRIPT_LABEL.fullmatch(m.group(1).strip()) or role_label)
        marker = m.group(1).strip()
        if transcript and not role_label and not _speaks(text, line_start, marker):
            continue  # "NEW : Rebels take the port", "THE END : ...": a marker, a heading
        i = bisect_right(ends, m.start(2))
        end = line_end if transcript or i >= len(ends) else min(ends[i], line_end)
        names = [
            (e.start, e.end)
            for e in near.around(m.start(1), m.end(1))
            if m.start(1) <= e.start
            and e.end <= m.end(1)
            and e.label in {"PERSON", "ORG"}
            and not _POSSESSIVE_END.match(text, e.end)  # "Smith's Mission:", a title
            # "He wrote in the Herald :": a name behind a preposition is no label
            and not _behind_preposition(text, m.start(1), e.start)
            # "He told the BBC :": the one told is the listener, never the speaker
            and not _addressed(text, m.start(1), e.start)
        ]
        headline_label = False
        if not names and not signed and not text[:line_start].strip():
            # the headline's label: a surname written in full further on, or "Poll"
            names = _named_elsewhere(text, m.start(1), m.end(1), entities)
            headline_label = bool(names)
        # "Pollsters agree - Carl Bialik:": a name right before the colon labels the words
        label = signed or (bool(names) and not text[names[-1][1] : m.end(1)].strip(" )"))
        before_colon = set(
            taken_in_order[
                bisect_left(taken_in_order, line_start) : bisect_left(taken_in_order, m.end(1))
            ]
        )
        if before_colon and not (transcript or label):
            continue
        if not (label or transcript or signed) and text[m.start(2)] not in _OPENING_MARKS:
            continue  # "Smith on the Talks: Hope and Doubt", a heading: quoted words only
        if not transcript and not headline_label and _title_cased(text[m.start(2) : end]):
            # (a byline writes the author's full name before a title; a headline that
            # quotes someone names them by surname, "Lynch: No Outside Influence on Probe")
            continue  # "Jane Roe : For Port Towns, Rising Seas Loom Large": a piece's title
        if label:
            superseded |= before_colon
        if role_label:
            # "JANE ROE, STATION CORRESPONDENT:": the name before the comma speaks
            lead = len(m.group(1)) - len(m.group(1).lstrip())
            names = [(m.start(1) + lead, m.start(1) + lead + len(role_label.group(1)))]
        elif transcript:
            names = _label_begun_above(text, line_start) or names
        people = [n for n in names if n[0] in person_starts]
        if chat and not people and not transcript:
            continue  # "Tarvo Bros. : I enjoyed the program": a chat reader's handle
        names = people or names
        if not names and (transcript or signed):
            # the label without the blanks around it ("MORGAN :" speaks as "MORGAN")
            lead = len(m.group(1)) - len(m.group(1).lstrip())
            names = [(m.start(1) + lead, m.start(1) + len(m.group(1).rstrip()))]
        if not names:
            continue
        content = (
            m.start(2),
            _content_end(text, m.start(2), min(end, m.start(2) + MAX_QUOTE_CHARS)),
        )
        colon = m.end(1)
        out.append(Attribution(colon, colon + 1, ":", names[-1], content, verbatim=transcript))
    return out, superseded


def _role_label(text: str, m: re.Match[str]) -> bool:
    """Whether the words before a colon are a transcript label with a long role ("ANA VELL ,
    AMBASSADOR OF TARVO TO THE U.N. :"): a speaker's name and role in capitals, however many
    words the role takes, not a heading's run of words."""
    role = _TRANSCRIPT_ROLE_LABEL.fullmatch(m.group(1).strip())
    return role is not None and speaker_label(role.group(1), text)


_LABEL_ROLE = r"(?: ?,(?: (?:[A-Z][A-Z.'’&-]*|``|''|,))+?)?"
"""The role after a turn label's name, upper case like it, punctuation and an outlet's
quote marks included ("ANA VELL , `` THE KESTREL POST , '' TARVO :")."""
_MID_TURN = re.compile(
    r"(?<=[.!?])[\"”’']?[ \t]+(?=[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}"
    + _LABEL_ROLE
    + r" ?:\s)"
)
"""A transcript turn starting inside a line, after the end of a sentence ("... the show.
REID: We lost ..."): its label follows the sentence end as a label at a line's start would."""
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to with".split()  # noqa: SIM905
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


_LINE_TURN = re.compile(
    r"(?P<name>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2})" + _LABEL_ROLE + r" ?:\s"
)
"""A transcript turn's label at a line's start ("ANA VELL , TARVO RADIO : ...")."""


def turn_starts(text: str) -> list[int]:
    """Where every label-shaped transcript turn starts, at a line's start or after a
    sentence's end inside a line, whether or not its words became a quote: a turn that
    gave no colon quote still ends the one before it, so an "I" in it is never the earlier
    turn's speaker."""
    return [
        start
        for start, _end, inside in _segments(text)
        if inside or ((m := _LINE_TURN.match(text, start)) and _speaks(text, start, m["name"]))
    ]


_NAME_TURN = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}) ?:\s")
"""A line opened by a name in ordinary case and a colon ("Zakaria : I think ...")."""


def _speaks(text: str, line_start: int, label: str) -> bool:
    """Whether an upper-case label opening the line at `line_start` is a speaker's
    (`text.speaker_labels.speaker_label`), or the role that ends a label begun on the line above
    ("JANE ROE , U.K." then "SECRETARY OF STATE : ..."): a role's words may be a heading's."""
    return speaker_label(label, text) or bool(_label_begun_above(text, line_start))


def _label_begun_above(text: str, line_start: int) -> list[tuple[int, int]]:
    """The name of a transcript label a sentence splitter broke over two lines after an
    abbreviation ("JANE ROE , U.K." then "FINANCE MINISTER : ..."): the line above is the
    label's upper-case start, name and comma, so the name before the comma speaks."""
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    above = text[above_start:line_start].rstrip()
    m = _TRANSCRIPT_ROLE_LABEL.fullmatch(above)
    if m is None or not above.rstrip(".").isupper() or not above.endswith("."):
        return []
    lead = len(text[above_start:line_start]) - len(text[above_start:line_start].lstrip())
    return [(above_start + lead, above_start + lead + len(m.group(1)))]


def name_turns(text: str, entities: Sequence[EntityMention], turns: Sequence[int]) -> list[int]:
    """Where a turn labelled by a person's name in ordinary case starts ("Zakaria : I think
    ..."), in a page written as turns: one with a transcript turn already (`turns`, an
    upper-case label such as "CNN : So what next ?") or with two such name lines. Each
    label ends the turn before it, so an "I" in it is never the earlier label's. The label's
    words must all be words of a person the article names; a single line so labelled is a
    headline ("Ruiz : We will win"), which starts no turn."""
    people = {w for e in entities if e.label == "PERSON" for w in text[e.start : e.end].split()}
    starts = [
        line.start()
        for line in _LINE.finditer(text)
        if (m := _NAME_TURN.match(text, line.start())) and set(m.group(1).split()) <= people
    ]
    return starts if turns or len(starts) >= 2 else []


@lru_cache(maxsize=4)
def _segments(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Each line of the text, split where a transcript turn starts inside it; the flag says
    a segment starts inside a line. Read once per page (the last few pages kept): the colon
    reader, the turn starts and every reader-chat question of a page ask for them."""
    out: list[tuple[int, int, bool]] = []
    for line in _LINE.finditer(text):
        first = start = _quoted_turn_start(text, line.start())
        for turn in _MID_TURN.finditer(text, line.start(), line.end()):
            label = text[turn.end() : text.index(":", turn.end())].split(",")[0]
            if not _speaks(text, turn.end(), label):
                continue  # "... died . THE END : ...": a heading run into the line
            out.append((start, turn.start(), start != first))
            start = turn.end()
        out.append((start, line.end(), start != first))
    return tuple(_split_at_known_labels(text, out))


_QUOTED_TURN = re.compile(
    r"(?:\"|“|``)[^\S\n]*(?=(?P<name>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2})"
    + _LABEL_ROLE
    + r" ?:\s)"
)
"""A turn's label right after the opening quotation mark of its line ("“RUIZ: Well, ..."): a
transcript quoted whole, each turn reopening the marks as a quote of several paragraphs does."""


_QUOTE_CLOSE = {
    mark: re.compile(re.escape(close) + r"(?=[\s,.;:!?]|$)")
    for mark, close in (('"', '"'), ("“", "”"), ("``", "''"))
}
"""The mark closing a quoted turn, by its opener: one of another style closes a quotation
inside the turn ('"RUIZ: It is “strong enough.” We are ready.')."""


def _quoted_turn_start(text: str, line_start: int) -> int:
    """Where the words of the line at `line_start` start for a transcript turn: past an
    opening quotation mark that a speaker's label follows ("“RUIZ: ..."), so the label
    speaks its turn as it does unquoted; the line's start otherwise, also when words follow
    the closing mark in the line ("“FIRE: the hall is burning!” the crowd shouted"): they
    say who spoke, and the capitals are the words' own."""
    m = _QUOTED_TURN.match(text, line_start)
    if m is None or not _speaks(text, m.end(), m["name"]):
        return line_start
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    opener = text[line_start : m.end()].strip()
    close = _QUOTE_CLOSE[opener].search(text, m.end(), line_end)
    if close is not None and any(c.isalnum() for c in text[close.end() : line_end]):
        return line_start
    return m.end()


_ANY_TURN = re.compile(
    r"(?<=\S)[ \t]+(?:[-—–]+[ \t]+)?(?=(?P<name>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2})"
    + _LABEL_ROLE
    + r" ?:\s)"
)
"""An upper-case label and a colon inside a line after any word ("... 's Harbour Plan MARLOW :
I do n't think", "How - TANNER : Ivo Dell jokes"): a turn only when the page's own
turns are headed by that very label."""

_LABEL_WORD_BEFORE = re.compile(r"(?<![^\s,])[A-Z][A-Z.'’-]*\s*,?$")
"""An upper-case word (or a label's comma) right before: the label found is the end of a
longer one ("TOM BERNE :", "ANA VELL , ROWE :")."""


def _split_at_known_labels(
    text: str, segments: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """`segments` split again where a label that heads at least one of the page's turns
    (`asides.MIN_TURNS` turns in all, the quote stage's count of a transcript) stands
    inside a segment after a word that ends no sentence: a section heading or a cut-off
    sentence the page ran the next turn onto. In a transcript the label is who speaks from
    there on; the words before it stay the turn before. A label the page never put at a
    turn's head splits nothing."""
    heads = [_head_label(text, a) for a, _b, _mid in segments]
    known = {h for h in heads if h is not None}
    if sum(h is not None for h in heads) < MIN_TURNS:
        return segments
    out: list[tuple[int, int, bool]] = []
    for a, b, mid in segments:
        start = a
        for turn in _ANY_TURN.finditer(text, a, b):
            if turn.start() <= start or " ".join(turn["name"].split()) not in known:
                continue
            if _LABEL_WORD_BEFORE.search(text, start, turn.start()):
                continue  # "TOM BERNE :": the surname ends a longer label, no new turn
            out.append((start, turn.start(), mid if start == a else True))
            start = turn.end()
        out.append((start, b, mid if start == a else True))
    return out


def _head_label(text: str, start: int) -> str | None:
    """The upper-case label heading the segment at `start` when it speaks ("MARLOW"),
    else None."""
    m = _LINE_TURN.match(text, start)
    if m is None or not _speaks(text, start, m["name"]):
        return None
    return " ".join(m["name"].split())


def _title_cased(words: str) -> bool:
    """Whether words after a colon are a title ("For Port Towns, Rising Seas Loom Large"):
    at least three words besides the small ones, every one capitalised, no sentence end and
    no quotation mark inside. Said words are written as a sentence, or a headline marks the
    words it reports ("Roe: Voters Say It's 'in Their Heads'")."""
    words = words.strip()
    if not words or any(c in _QUOTE_MARKS for c in words) or re.search(r"[.!?]\s", words):
        return False
    big = [w for w in _WORD.findall(words) if w.lower() not in _SMALL_WORDS]
    return len(big) >= 3 and all(w[0].isupper() for w in big)


_NEXT_TURN = re.compile(
    r"\s(?:[-—–]+\s+)?[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}" + _LABEL_ROLE + r" ?:\s"
)
"""A new transcript turn inside a line ("... I think - WOODSON : And then ..."): the
upper-case label of the next speaker, after a space or a dash, before a colon."""
_CLOSING: dict[str, str] = {"``": "''", "`": "'", '"': '"', "“": "”", "‘": "’", "'": "'", "«": "»"}


def _content_end(text: str, start: int, end: int) -> int:
    """Where a colon's words end: at the closing mark of words that open with a quote mark
    ("Tom Vale : ` My home is gone ' Floods hit ...": a linked headline's quote, then the
    next headline), else at the next speaker's turn label, else at `end`."""
    for opening in ("``", "`", '"', "“", "‘", "'", "«"):
        if text.startswith(opening, start):
            close = re.compile(re.escape(_CLOSING[opening]) + r"(?=[\s,.;:!?]|$)")
            found = close.search(text, start + len(opening) + 1, end)
            return found.end() if found else end
    turn = _NEXT_TURN.search(text, start, end)
    return turn.start() if turn else end


_PAPERS = frozenset(
    {"poll", "polls", "survey", "study", "report", "editorial", "memo", "audit", "ruling"}
)
"""Documents that state findings of their own: a headline "Poll: The mayor leads by ten
points" reports what the poll says, as "In a new poll, ..." does in running text."""
_NAME_WORDS = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")


def _named_elsewhere(
    text: str, start: int, end: int, entities: Sequence[EntityMention]
) -> list[tuple[int, int]]:
    """The label of a headline "Lynch: No outside influence on the probe" as a name, where
    the tagger saw none in the short line: one to three capitalised words, each of them a
    word of a person's or an organisation's name the article writes in full ("Attorney
    General Loretta Lynch"), or ending in a document that states findings ("Poll:"). A
    headline's label before a colon is who says the words; an exclamation ("Breaking:",
    "Wow:") is no one's name, so it is not written as one."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    label = text[start:end].strip()
    if not _NAME_WORDS.fullmatch(label):
        return []
    known = {
        w
        for e in entities
        if e.label in {"PERSON", "ORG"} and e.start >= end
        for w in text[e.start : e.end].split()
    }
    if not all(w in known for w in label.split()) and label.split()[-1].lower() not in _PAPERS:
        return []
    return [(start + lead, start + lead + len(label))]


def _behind_preposition(text: str, start: int, name_start: int) -> bool:
    """Whether a preposition stands between a label's start and a name in it ("He wrote
    recently in the Herald"): the label is then a clause whose subject wrote the words,
    and the outlet or place it names is where they appeared, not who said them."""
    words = WORD.findall(text[start:name_start])
    return any(w.casefold() in PREPOSITIONS for w in words)


def _addressed(text: str, start: int, name_start: int) -> bool:
    """Whether a verb whose object is the listener ("told", "asked", "assured") stands
    between a label's start and a name in it: the name is who heard the words."""
    words = WORD.findall(text[start:name_start])
    return any(cue_lemma(w) in ADDRESSEE_VERBS for w in words)


MIN_READER_QUESTIONS = 2
"""Signed questions before a label that names no person is read as a reader's handle. Fewer
than ingest's `chat.MIN_QUESTIONS` (3): ingest cuts the questions' lines from the page,
this only keeps a handle from speaking, and reads a page ingest left whole (a chat of two
questions, or a text handed to the pipeline directly). The signature itself ("Anonymous",
a place) is read by one definition, `chat.ANONYMOUS` and the places the tagger found."""


def reader_chat(text: str, entities: Sequence[EntityMention]) -> bool:
    """Whether a page is a live chat with readers: at least `MIN_READER_QUESTIONS` lines
    that sign a question with a place or "Anonymous" ("Veska City : ... Does the bank
    retain its power ?", "Anonymous : When will it be a good time to buy ?"). There a
    label that names no person is a reader's handle ("Tarvo Bros. : I enjoyed the
    program"), not the firm or the body its words seem to come from. A tally by place
    ("Spain : 1 case") asks nothing."""
    signed = 0
    near: NamesNear | None = None
    for line_start, line_end, _mid in _segments(text):
        m = _COLON.match(text, line_start, line_end)
        if m is None or "?" not in m.group(2):
            continue
        label = m.group(1).strip()
        near = near or NamesNear(entities)
        if ANONYMOUS.fullmatch(label) or _places_only(
            text, m.start(1), m.end(1), near.around(m.start(1), m.end(1))
        ):
            signed += 1
            if signed >= MIN_READER_QUESTIONS:
                return True
    return False


def _places_only(text: str, start: int, end: int, entities: Sequence[EntityMention]) -> bool:
    """Whether a colon's label is nothing but places ("US", "Spain , Italy and Greece"): a
    fact box or a tally by region heads its line that way, and a place does not speak a
    line of its own (a spokesman or a ministry does, and is written so). `entities` may be
    only those near the label (`NamesNear.around`), in the article's order."""
    places = [e for e in entities if start <= e.start and e.end <= end and e.label in _PLACES]
    if not places:
        return False
    gaps = zip([start] + [e.end for e in places], [e.start for e in places] + [end], strict=True)
    rest = "".join(text[a:b] for a, b in gaps)
    return bool(_LIST_GLUE.fullmatch(rest))
