"""Which cue a quoted stretch belongs to: each stretch of quotation marks goes to the
nearest cue of its sentences whose content may hold it, else to a cue introducing it from
the sentence before (a colon, "He said:") or, for a question, an exclamation or words
ending in a comma, to the cue the sentence splitter put in the next sentence. Split from
stage.py, which builds the quotes once every stretch has its cue or none."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from storyline.analyze.intervals import OffsetIndex
from storyline.analyze.quotes.appositive_names import described_before_verb
from storyline.analyze.quotes.attribution import Attribution
from storyline.analyze.quotes.cues import ADDRESSEE_VERBS, CORE_CUES, MARK_CUES, cue_lemma, vocab
from storyline.analyze.quotes.marks import QuoteMark
from storyline.model import Sentence

__all__ = ["Found", "assign_marks", "overlaps", "sentence_index"]


@dataclass(slots=True)
class Found:
    """A cue found in the text and the quoted stretches given to it."""

    attribution: Attribution
    marks: list[QuoteMark] = field(default_factory=list)


def sentence_index(sentences: list[Sentence], starts: list[int], pos: int) -> int:
    return max(0, bisect_right(starts, pos) - 1)


def assign_marks(
    text: str, found: list[Found], marks: list[QuoteMark], sentences: list[Sentence]
) -> list[QuoteMark]:
    """Give each quoted stretch to the nearest cue in its sentences; return the unclaimed ones.

    A cue whose content is an unquoted clause elsewhere in the sentence ("Speaking on
    "This Week," Carson admitted that ...") does not take quoted words outside it; one
    whose content is only an object (what the words are about) still takes the quoted
    words after it, which say what the object was called ("called the plan "a disaster"",
    "what he called "a con""). A cue whose content holds the quoted words is preferred
    to a nearer one whose content does not.
    """
    starts = [s.start for s in sentences]
    orphans: list[QuoteMark] = []
    spans = [(m.start, m.end) for m in marks]
    cues = OffsetIndex(found, lambda f: f.attribution.cue_start)  # each stretch asks by place
    by_start = OffsetIndex(marks, lambda o: o.start)
    by_end = OffsetIndex(marks, lambda o: o.end)

    def may_hold(a: Attribution, m: QuoteMark) -> bool:
        content = a.content
        if _weak(a) and a.cue_end <= m.start and _sentence_ends_before(text[a.cue_end : m.start]):
            # `said Ann Ray, who was named a leader last week. “...”`: the quotation opens a
            # sentence of its own after a cue that is no verb of saying (a parse of both
            # sentences at once may stretch the cue's words into it)
            return False
        return (
            content is None
            or (
                a.content_is_phrase
                and m.start >= a.cue_end
                and not _sentence_ends_before(text[a.cue_end : m.start])
            )
            or overlaps(content, (m.start, m.end))
            or any(overlaps(content, s) for s in spans)
        )

    for m in marks:
        first = sentence_index(sentences, starts, m.start)
        last = sentence_index(sentences, starts, max(m.start, m.end - 1))
        lo, hi = sentences[first].start, sentences[last].end
        near = [
            f
            for f in cues.within(lo, hi)
            if (may_hold(f.attribution, m) or _opens_its_attribution(text, f.attribution, m, lo))
            and not _bracketed_apart(text, f.attribution.cue_start, m, lo, hi)
            and not _quote_closed_before(text, f.attribution, m, by_start)
        ]
        answered = [f for f in near if not _closed_quote_between(text, f.attribution, m, by_end)]
        if (
            answered
            and len(answered) < len(near)
            and any(f.attribution.cue_start >= m.end for f in answered)
        ):
            # "Ruiz asked Brask , `` ... , correct ? '' `` Yes , '' he responded": the
            # question closed before these words; the cue after them is theirs
            near = answered
        after = (
            _attribution_after(text, cues, m, sentences[last + 1])
            if not near and (last + 1 < len(sentences))
            else []
        )
        ends_colon = first > 0 and _colon_before(text, sentences, first)
        if not near and first > 0 and not (after and not ends_colon):
            # "He said:" (or a cue with nothing after it) introducing the next paragraph;
            # but a question's own attribution right after it ("“...?” Ruiz asked.") comes
            # first unless a colon introduces the quote
            prev = sentences[first - 1]
            before = [
                f
                for f in cues.within(prev.start, prev.end)
                if (
                    ends_colon
                    or (
                        f.attribution.content is None
                        and not f.marks
                        # "..., he added." ends its sentence; a cue with a list and
                        # other words quoted after it ("Failing to maintain A, B, C
                        # '...,' Ms Vance said.") introduces nothing
                        and _ends_sentence(text, f.attribution.cue_end, prev.end)
                        and not _inside_other(f, found)
                        and _introduced(text, sentences[first].start, m)
                        and not _set_off_after_quote(text, f, found, prev)
                    )
                )
            ]
            # the last verb of saying, else the last cue ("As X reported after Y appeared to:")
            # (a cue that is no verb of saying introduces only with a colon: "..., who
            # knows its gist. “...”" is a quotation opening its own sentence)
            strong = [f for f in before if not _weak(f.attribution)]
            near = (strong or (before if ends_colon else []))[-1:]
        if not near:
            near = after
        if not near:
            orphans.append(m)
            continue
        best = min(near, key=lambda f: (not _holds(f.attribution, m), _distance(f.attribution, m)))
        best.marks.append(m)
    return orphans


_TERM_WORDS = 3
"""The most words of a term set in marks inside the writer's sentence ("described as
`` back-end '' protection")."""


_SUBORDINATE = re.compile(
    r",\s*(?:after|as|when|while|before|because|since|until|although|though)\b", re.IGNORECASE
)


def _set_off_after_quote(text: str, f: Found, found: list[Found], sentence: Sentence) -> bool:
    """Whether cue `f` stands in a clause set off after a quote's own attribution in its
    sentence ("“...,” Ruiz told the paper, after Best stated an interest. “...”", "..., as
    reported by the Ledger."): the sentence is the quote's speaker's, and quoted words
    opening the next one go on with that speaker, not with the aside's."""
    return any(
        g.marks
        and sentence.start <= g.attribution.cue_start < f.attribution.cue_start
        and _SUBORDINATE.search(text, g.attribution.cue_end, f.attribution.cue_start)
        for g in found
    )


def _introduced(text: str, sentence_start: int, m: QuoteMark) -> bool:
    """Whether quoted words can be the ones a cue ending the sentence before introduces
    ("..., he added. `` We will rebuild . ''"): they open their own sentence, or hold more
    words than a term. A short term in marks inside the next sentence ("The clause ,
    described as `` back-end '' protection , would ...") is the writer's, not the words the
    cue's subject went on to say (notspeech46)."""
    if not re.sub(r"[\s\-—–(\[]", "", text[sentence_start : m.start]):
        return True
    words = [w for w in text[m.start : m.end].split() if any(c.isalnum() for c in w)]
    return len(words) > _TERM_WORDS


_CLOSED_SENTENCE = re.compile(r"[.?!]\s*(?:''|[\"”’'])\s*$")
"""Quoted words that end their own sentence inside the marks (`. ''`, `?”`)."""


def _closed_quote_between(
    text: str, a: Attribution, m: QuoteMark, by_end: OffsetIndex[QuoteMark]
) -> bool:
    """Whether quoted words that end their own sentence and close their marks stand between
    a cue and the quotation `m` after them, right before it (`asked , “A?” “B,” he
    responded`): the cue's own words ended there; `m` opens another's. `by_end`: the
    marks by where they end (only those ending in the blanks right before `m` can)."""
    blank = m.start
    while blank > 0 and text[blank - 1].isspace():
        blank -= 1
    return any(
        a.cue_end <= o.start
        and o.end <= m.start
        and not text[o.end : m.start].strip()
        and _CLOSED_SENTENCE.search(text, o.start, o.end) is not None
        for o in by_end.within(blank, m.start + 1)
    )


def _quote_closed_before(
    text: str, a: Attribution, m: QuoteMark, by_start: OffsetIndex[QuoteMark]
) -> bool:
    """Whether quoted words that end their own sentence and close their marks stand before
    another quotation that the cue comes after (`“A.” “B,” Ruiz said`): the cue's subject
    speaks the quotation next to it; news writes a speaker's two paragraphs with the first
    left open, so a closed one before it is someone else's, or the speaker's before it.
    The sentence splitter, which keeps `.” “` together, would otherwise give both to
    the one cue."""
    if a.cue_start < m.end or not _CLOSED_SENTENCE.search(text, m.start, m.end):
        return False
    return any(o.end <= a.cue_start for o in by_start.within(m.end, a.cue_start + 1))


def _inside_other(f: Found, found: list[Found]) -> bool:
    """Whether a cue stands inside another attribution's content ("A counter view could
    be maintained , Lord Rellig said ."): it is part of someone's words, and introduces
    no quotation after that sentence."""
    cue = f.attribution.cue_start
    return any(
        g is not f
        and g.attribution.content is not None
        and g.attribution.content[0] <= cue < g.attribution.content[1]
        for g in found
    )


def _colon_before(text: str, sentences: list[Sentence], first: int) -> bool:
    """Whether the sentence before sentence `first` ends with a colon ("He said:")."""
    prev = sentences[first - 1]
    return text[prev.start : prev.end].rstrip().endswith(":")


_OPEN_BRACKET = re.compile(r"\(|-LRB-")
_CLOSE_BRACKET = re.compile(r"\)|-RRB-")


def _bracketed_apart(text: str, cue: int, m: QuoteMark, lo: int, hi: int) -> bool:
    """Whether a cue stands in a parenthesis the quoted words are outside of ("wary of a
    “late surprise” and, in talks with Voss (denied by both Voss and Lake), ordered ..."):
    an aside's verb speaks of the aside's own matter, not of the sentence around it."""
    opened = [o for o in _OPEN_BRACKET.finditer(text, lo, cue)]
    if not opened:
        return False
    start = opened[-1].start()
    if _CLOSE_BRACKET.search(text, start, cue):
        return False
    close = _CLOSE_BRACKET.search(text, cue, hi)
    end = close.end() if close else hi
    return not (start <= m.start and m.end <= end)


_INTRODUCER_TAIL = 200
"""Longest stretch ("said on Monday at a news conference in the capital") between a cue
and the end of the sentence it introduces the next quote from."""
_MARK_CHARS = re.compile(r"[\"“”‘«»`]|''")


def _ends_sentence(text: str, cue_end: int, sentence_end: int) -> bool:
    """Whether nothing but a short stretch without quoted words follows a cue to the end of
    its sentence: a cue there can introduce the quote that opens the next sentence."""
    tail = text[cue_end:sentence_end]
    return len(tail.strip()) <= _INTRODUCER_TAIL and not _MARK_CHARS.search(tail)


_SENTENCE_END = re.compile(r"(\S+)[.!?][\"'”’)]*\s+$")
_SHORT_TITLE = re.compile(r"[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])+|[A-Z]")


def _sentence_ends_before(gap: str) -> bool:
    """Whether the words between a cue and quoted words end a sentence right before the
    quotation (`..., referring to the memoir. "We never left."`): the quotation starts a
    sentence of its own, and is not what the cue's object was called. A stop after a title
    or an initial ("Mr.", "J.") ends no sentence."""
    m = _SENTENCE_END.search(gap)
    return m is not None and _SHORT_TITLE.fullmatch(m.group(1).split(".")[-1] or "x") is None


def _opens_its_attribution(text: str, a: Attribution, m: QuoteMark, sentence_start: int) -> bool:
    """Whether quoted words open the sentence of a verb of saying right after them, with
    nothing but its subject between (`"It's over," she said of the race`, `"...," he said
    answering a question`): they are what it says, whatever phrase the parse gave it."""
    if a.cue_start < m.end or cue_lemma(a.cue) not in MARK_CUES:
        return False
    if not _adjunct_only(text, a):
        return False  # `"...," Jo Reyes said the group told reporters`: words of its own
    if text[sentence_start : m.start].strip():
        return False  # `Speaking on "This Week," Ray admitted that ...`: a title inside
    if not text[m.start : m.end].rstrip("\"'”’» \n").endswith((",", "?", "!")):
        return False
    gap = text[m.end : a.cue_start]
    return len(gap) <= _TAIL_GAP and "\n" not in gap and not re.search(r"[.!?;:\"“”]", gap)


_ADJUNCT_OPENERS = vocab(
    "as while when after before since because during of about in on at for with without to "
    "outside inside near"
)


def _adjunct_only(text: str, a: Attribution) -> bool:
    """Whether what the parse gave a verb as its words is none, a phrase, the listener, the
    speaker itself, or an adjunct (a clause opened by a preposition, a subordinator or a
    participle: "of the race", "as the crowd cheered", "answering a question"), not a
    reported clause of its own."""
    if a.content is None or a.content_is_phrase or cue_lemma(a.cue) in ADDRESSEE_VERBS:
        return True  # (`"...," she told CNN in an interview`: the listener, not words)
    if a.source is not None and a.content[0] <= a.source[0] < a.content[1]:
        return True  # `"...," said Ann Ray, half joking`: a parse that read the speaker in
    words = text[a.content[0] : a.content[1]].split()
    first = words[0].lower() if words else ""
    return first in _ADJUNCT_OPENERS or (first.endswith("ing") and len(first) > 4)


_TITLE_STOP = re.compile(r"\b[A-Z][a-z]{0,3}\.(?= [A-Z])")
_TAIL_GAP = 60
"""Longest stretch ("the senator from Ohio replied") between a quote and its cue after."""
_LINE_START = re.compile(r"[ \t]*\n[ \t]*\S")
"""Nothing after a quote but the end of its line: the next line starts right after."""
_LINE_OF_ITS_OWN = re.compile(r"[ \t]*(?:\.|,\s*adding\b[^\n]*)[ \t]*(?:\n|$)")
"""What may follow the verb of a line that only attributes: its full stop, or ", adding
..." (not "told the White House ." or "reported in the Courier .")."""
_SUBJECT_WORDS = 4
"""The most words of a subject before the verb of a line that only attributes."""


def _attribution_after(
    text: str, cues: OffsetIndex[Found], m: QuoteMark, following: Sentence
) -> list[Found]:
    """The cue of a quote ending in a question or an exclamation whose attribution the
    sentence splitter put in the next sentence ("'Why now?' she asked. 'We waited.'"): a
    cue in that sentence with nothing between it and the quote but its subject. A quote
    ending in a comma ("'..., ' '' Reyes said") has not ended its sentence either: the
    splitter cut it from its cue, often at a nested quote's closing mark. Only a line
    that does nothing but attribute ("Ruiz said .", "Ruiz said , adding ...") may stand
    on the next line: "Two days later , Ruiz told the board ." is no attribution."""
    words = text[m.start : m.end].rstrip("\"'”’» \n")
    full_stop = words.endswith(".")
    if not (full_stop or words.endswith(("?", "!", ","))):
        return []
    for f in cues.within(following.start, following.end):
        a = f.attribution
        if a.cue_start < m.end:
            continue
        bare = _bare_attribution(text, a, following)
        if full_stop and not bare:
            continue
        gap = text[m.end : a.cue_start]
        source = a.source
        if source and m.end <= source[0] and described_before_verb(text, source[1], a.cue_start):
            # `'...,' Ana Ruiz, a former director of the A.F.L.-C.I.O., wrote`: the
            # subject's description is no words between the quote and its verb
            gap = text[m.end : source[1]]
        # a bare "Ruiz said ." on the line after the closed quote (a page laid out one
        # sentence a line) is still its attribution: it reports nothing else
        next_line = (
            bare
            and cue_lemma(a.cue) in CORE_CUES
            and _LINE_START.match(gap)
            and len(gap.split()) <= _SUBJECT_WORDS
            and _LINE_OF_ITS_OWN.match(text, a.cue_end)
        )
        lines = gap.lstrip() if next_line else gap
        plain = _TITLE_STOP.sub("", gap)  # "Mr. Ruiz said": a title's stop ends nothing
        if len(gap) <= _TAIL_GAP and "\n" not in lines and not re.search(r"[.!?;:\"“”]", plain):
            return [f]
    return []


_BARE_CUES = CORE_CUES | {"ask", "reply", "respond", "continue", "recall", "insist"}


def _bare_attribution(text: str, a: Attribution, sentence: Sentence) -> bool:
    """Whether a sentence is only an attribution ("Ruiz said.", "Mr. Ruiz told reporters on
    Monday."): a verb of saying that reports nothing of its own and ends the sentence. After
    quoted words closed by a full stop it can only be theirs (`“We won.” Ruiz said.`)."""
    if a.content is not None or cue_lemma(a.cue) not in _BARE_CUES:
        return False
    return len(text[a.cue_end : sentence.end].strip()) <= _TAIL_GAP and not _MARK_CHARS.search(
        text, a.cue_end, sentence.end
    )


def _weak(a: Attribution) -> bool:
    """A cue that is not a verb of saying ("called", "appears"): the last choice for a quote."""
    return a.cue != ":" and cue_lemma(a.cue) not in MARK_CUES and a.cue != "according to"


def _distance(a: Attribution, m: QuoteMark) -> int:
    if a.cue_start >= m.end:
        return a.cue_start - m.end
    if a.cue_end <= m.start:
        return m.start - a.cue_end
    return 0


def _holds(a: Attribution, m: QuoteMark) -> bool:
    """Whether the quoted stretch lies (partly) in the cue's own content."""
    return a.content is not None and overlaps(a.content, (m.start, m.end))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
