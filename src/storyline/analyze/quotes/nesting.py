"""Which of two attributions whose words overlap are both kept.

A cue inside another quote's words is often the same statement found twice
("The bill will pass, aides said": one statement), but it can be a statement
of its own: a second verb joined to the first ("..., adding that ..."), or
the outer one's words reporting it. These tests decide, on the quotes the
stage has built, which to keep.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.analyze.quotes.cues import CORE_CUES, cue_lemma
from storyline.analyze.quotes.mark_owner import Found
from storyline.analyze.quotes.marks import QuoteMark
from storyline.analyze.quotes.record import Attribution
from storyline.analyze.quotes.shown import unstated_speaker
from storyline.analyze.quotes.statements import BROAD_CUES
from storyline.model import Quote

__all__ = [
    "coordinated_in",
    "cut_before",
    "inner_statement",
    "mostly_inside",
    "outer_speaks",
    "relay_words",
    "relayed",
    "said_inside_unstated",
    "shared_subject",
    "trailing_report",
    "trailing_source",
]


def mostly_inside(a: Quote, b: Quote) -> bool:
    """Whether most of `a` repeats `b` (the same words found by two cues)."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0.5 * min(a.end - a.start, b.end - b.start)


_COORDINATED = re.compile(r"(?:,[\"”’']?|\band|\bthen|\bbut|\bwhile|\bwhereas)\s*$")
"""What joins a second verb to the first one's words: "and", "then", "but", a comma (also
after a closing quotation mark: `has "expanded the party," claiming that`), or "while"
for a contrast with a subject of its own ("..., while the council said ...")."""
_CONTRAST = re.compile(r"(?:\b(?:while|whereas)|,\s*(?:and|but|yet)|;)\s+$")
"""What opens a second clause with a subject of its own before its verb of saying: "while",
"whereas", or a comma or semicolon with "and", "but" ("..., and some doctors have argued
that ...": the doctors' words, not the first speaker's)."""


def coordinated_in(text: str, item: Found | QuoteMark, quote: Quote, outer: Quote) -> bool:
    """Whether `quote` is a second attribution joined to the words of `outer` ("He says he
    respects the mayor and calls her a reformer", "..., adding that ..."): the parse hangs
    the second verb inside the first one's clause, but it is a statement of its own, made
    after the first. Its cue is a verb of saying (not of belief: "says he thinks" is one
    statement) written in the outer words right after "and", "then", "but", "while" or a
    comma, and its own words follow it."""
    if isinstance(item, QuoteMark):
        return False
    a = item.attribution
    lemma = cue_lemma(a.cue)
    if not a.statement or lemma is None or lemma in BROAD_CUES or lemma in _BELIEF_CUES:
        return False
    return (
        outer.start < a.cue_start
        and a.cue_end <= quote.start
        and (quote.end <= outer.end or _closing_only(text[outer.end : quote.end]))
        and (
            _COORDINATED.search(text[outer.start : a.cue_start]) is not None
            or (
                a.source is not None
                and outer.start < a.source[0] < a.cue_start
                and _CONTRAST.search(text, outer.start, a.source[0]) is not None
            )
        )
    )


def _closing_only(tail: str) -> bool:
    """Whether what a quote has past the outer words is only the closing marks and stop the
    outer words left out (`... "gotten away with it."` against `... "gotten away with it`)."""
    return len(tail) <= 3 and not tail.strip("\"”’'.!?, ")


_BELIEF_CUES = frozenset({"think", "believe", "feel", "know", "fear", "doubt", "suspect"})


def shared_subject(text: str, a: Attribution, quote: Quote, outer: Quote) -> Quote:
    """A verb joined to the outer one with no subject of its own written before it ("the
    mayor said fares would rise and accused the board ...") shares the outer subject: the
    parse, which put the verb in the outer clause, took some noun of that clause for it."""
    if a.source is not None and not text[a.source[1] : a.cue_start].strip(" ,"):
        return quote  # "..., a woman in the town, told him": its own subject
    if a.source is not None and _own_clause(text, a.source[0], outer):
        return quote  # "..., and some doctors have argued that ...": theirs
    if outer.cue == ":" and quote.speaker is not None and quote.speaker.name:
        return quote  # "HOST : Ana Ruiz , the mayor , says ...": a name in the turn says it
    if _whole_clause(outer) and quote.speaker is not None and quote.speaker.start is not None:
        return quote
    if (
        quote.speaker is not None
        and quote.speaker.resolution == "unstated"
        and cue_lemma(a.cue) not in CORE_CUES
    ):
        # "Ruiz said ..., referring to a rival's comments": the joined verb states nothing,
        # so the outer subject it shares is kept as its source span and shown as no one's
        # (a joined "and tell me ..." is a saying, whatever its parse made of it)
        shared = outer.speaker
        return replace(quote, speaker=None if shared is None else unstated_speaker(shared))
    if (
        outer.speaker is not None
        and outer.speaker.resolution == "unstated"
        and quote.speaker is not None
        and (quote.speaker.start, quote.speaker.end) == (outer.speaker.start, outer.speaker.end)
    ):
        # "Ruiz wondered whether ..., telling the council it could not": the outer verb
        # states nothing, the joined one does; the subject they share says its words
        return quote
    return replace(quote, speaker=outer.speaker)


_CLAUSE_SOURCES = frozenset({"in", "according to"})


def _own_clause(text: str, source_start: int, outer: Quote) -> bool:
    """Whether a source inside the outer words opens a clause of its own (`_CONTRAST`)."""
    return (
        outer.start < source_start and _CONTRAST.search(text, outer.start, source_start) is not None
    )


def _whole_clause(outer: Quote) -> bool:
    """Whether the outer attribution reports a whole clause, subject and all ("In a letter
    released Monday, the mayor rips the deal, arguing that ..."): a verb in it has the
    clause's own subject, and the document or source the clause is credited to is not the
    subject the parse missed."""
    return outer.cue is not None and outer.cue.lower() in _CLAUSE_SOURCES


def outer_speaks(text: str, outer: Quote, inner: Quote) -> bool:
    """Whether `outer` is an attribution whose words report `inner` ("The bill is expected
    to pass, aides said": the aides said all of it) and only the outer one has a speaker
    to show: the inner verb ("is expected to") lies in the outer words before the inner
    ones. Such an outer quote replaces the inner one, which showed no one."""
    if inner.cue is None or outer.cue is None or inner.cue == outer.cue:
        return False
    if outer.cue != "according to" and cue_lemma(outer.cue) not in CORE_CUES:
        return False  # only a verb of saying itself ("said", "added") reports all of it
    if outer.speaker is None or outer.speaker.name is None:
        return False
    if inner.speaker is not None and inner.speaker.name is not None and not _planned(text, inner):
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    lead = text[outer.start : inner.start]
    return re.search(rf"\b{re.escape(inner.cue)}\b", lead) is not None


_AUXILIARY = r"(?:has|have|had|also|later|\w+ly)"
"""Words that may stand between an inner subject and its verb of saying."""
_OPENS_WORDS = re.compile(r"\s*(?:that\s+)?")
"""What may stand between the outer cue's words and an inner subject that opens them."""


def inner_statement(text: str, inner: Quote, outer: Quote) -> bool:
    """Whether `inner` is a statement of its own that `outer` reports, its subject opening
    the outer words ("Witnesses say [Ana Ruiz claimed she saw the truck]", "Police said
    [the driver told officers he ...]"): the inner subject said the inner words, and the
    outer speaker said that she did; both stand, each with its own speaker. Only a verb
    of saying (not of belief: "say she thinks" is one statement) with a subject written
    out (a name or a description, not a pronoun read back), said already (`_planned`), of
    someone other than the outer speaker (`_same_voice`)."""
    speaker = inner.speaker
    if inner.cue is None or outer.cue is None or speaker is None:
        return False
    if speaker.start is None or speaker.end is None or speaker.resolution not in _WRITTEN:
        return False
    if cue_lemma(inner.cue) not in CORE_CUES or cue_lemma(inner.cue) == "report":
        return False
    if not (outer.start <= speaker.start and speaker.end <= inner.start <= outer.end):
        return False
    if _OPENS_WORDS.fullmatch(text[outer.start : speaker.start]) is None:
        return False
    # the inner verb right after its subject: not a verb joined further on to the outer
    # words, whose subject the parse took from them ("says the answer was X and says ...")
    between = text[speaker.end : inner.start]
    verb = re.match(rf"\s*(?:{_AUXILIARY}\s+)*{re.escape(inner.cue)}\b", between)
    if verb is None or between[verb.end() :].lstrip().startswith(","):
        return False  # (", the article claimed , that ...": set off, the outer words' source)
    return not _planned(text, inner) and not _same_voice(outer, inner)


def said_inside_unstated(inner: Quote, outer: Quote, unsaid: bool) -> bool:
    """Whether `inner` is a statement said inside the words of an attribution that states
    nothing (`unsaid`: its span is marked speakerless as stating nothing, or `outer`'s source
    is marked "unstated"): "urged voters to reject the plan, which she said would raise
    taxes", "praised the plan, which he said would cut costs". No reader is shown the outer
    words, so the inner statement is no repetition of them: it stands with its own speaker.
    Only a verb of saying (`CORE_CUES`, not "report") with a speaker read, shown."""
    speaker = inner.speaker
    if inner.cue is None or speaker is None or speaker.resolution in {"unstated", "unresolved"}:
        return False
    if cue_lemma(inner.cue) not in CORE_CUES or cue_lemma(inner.cue) == "report":
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    return unsaid or (outer.speaker is not None and outer.speaker.resolution == "unstated")


def trailing_report(text: str, a: Attribution, outer: Quote, inner: Quote) -> bool:
    """Whether `outer` is a report written after its words ("Ana Ruiz said the dam held,
    officials said") whose words hold a whole inner attribution, cue and all: the trailing
    source reports all of it (the officials are the source, what Ana Ruiz said is their
    account), so the outer quote replaces the inner one even when the inner has a speaker
    of its own. Only a verb of saying with a written subject reports words it trails, and
    only someone else's words: "Ana Ruiz suggested the dam held, she said" is one statement
    by Ana Ruiz, whose first mention is the source."""
    if inner.cue is None or a.source is None or a.cue_start < outer.end:
        return False
    if relayed(outer, inner):
        return False  # "[The port authority confirmed that ...], the agency reported"
    if cue_lemma(a.cue) not in CORE_CUES or _same_voice(outer, inner):
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end):
        return False
    lead = text[outer.start : inner.start]
    return re.search(rf"\b{re.escape(inner.cue)}\b", lead) is not None


def trailing_source(text: str, a: Attribution, outer: Quote, inner: Quote) -> bool:
    """Whether `outer` is "according to X" written after a whole attribution of someone
    else's (`"The dam held," Ana Ruiz said, according to the local paper`): X reports
    that Ana Ruiz said it, and Ana Ruiz said the words; both statements stand, each with
    its own speaker. The inner cue and its speaker must be written after the inner words
    (a speakerless inner one is replaced instead, see `outer_speaks`); "Ana Ruiz said the
    dam held, according to the paper", the cue before the words, stays one quote: chosen
    on PolNeAR train, where keeping both there cost as many speakers as it gained."""
    if a.cue != "according to" or a.source is None or inner.cue is None:
        return False
    if inner.speaker is None or inner.speaker.start is None:
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end + 3):
        return False
    # the inner cue and speaker written after the inner words, before the phrase
    tail = text[inner.end : a.cue_start]
    return (
        re.search(rf"\b{re.escape(inner.cue)}\b", tail) is not None
        and inner.end <= inner.speaker.start < a.cue_start
    )


_ONE_PERSON = frozenset({"he", "she", "i"})


_WRITTEN = frozenset({"name", "description"})


def relayed(outer: Quote, inner: Quote) -> bool:
    """Whether `outer` only relays `inner`: a report ("AP reports: [a named biologist says
    ...]", "[The port authority confirmed that ...], the agency reported") whose words hold
    a whole attribution of someone written out (a name or a description, "a biologist at
    the college"), subject and verb of saying, all inside them. The one written inside is
    who said it, and is shown; the one reporting passed it on. Only "report" relays so:
    "Ana Ruiz said ..., officials said" is the officials' account, as PolNeAR annotates
    it (`trailing_report`); and a pronoun inside ("the paper reported that he said") is
    left to the reporter, not read back across it."""
    if outer.cue is None or inner.cue is None or cue_lemma(outer.cue) != "report":
        return False
    speaker = inner.speaker
    if speaker is None or speaker.resolution not in _WRITTEN or speaker.start is None:
        return False
    if cue_lemma(inner.cue) is None or cue_lemma(inner.cue) == "report":
        return False
    return outer.start <= speaker.start and inner.start < outer.end


def relay_words(text: str, first: Quote, second: Quote) -> Quote:
    """Of two quotes one of which relays the other (`relayed`), the inner one, ending where
    the report's words end: a clause the parse ran on into the trailing report ("the dam
    would hold, officials familiar with the talks reported") stops before it."""
    outer, inner = (first, second) if relayed(first, second) else (second, first)
    end = min(inner.end, outer.end)
    while end > inner.start and text[end - 1] in " ,;":
        end -= 1
    if end == inner.end:
        return inner
    return replace(inner, end=end, text=text[inner.start : end])


def _same_voice(outer: Quote, inner: Quote) -> bool:
    """Whether the outer speaker is the inner one again: a singular pronoun (which,
    trailing a named speaker's words, stands for that speaker), the same resolved name, or
    a name ending in a word of the inner source ("Ana Ruiz suggested ..., Ruiz said")."""
    if outer.speaker is None or inner.speaker is None:
        return False
    words = outer.speaker.text.split()
    if not words or outer.speaker.text.lower() in _ONE_PERSON:
        return True
    if outer.speaker.canonical is not None and outer.speaker.canonical == inner.speaker.canonical:
        return True
    return words[-1][:1].isupper() and words[-1] in inner.speaker.text.split()


def _planned(text: str, inner: Quote) -> bool:
    """Whether the inner cue is only planned ("Ana Ruiz will demand that ..., her aide
    said"): nobody has said the words yet; the one who reports the plan speaks."""
    if inner.cue is None:
        return False
    lead = text[max(0, inner.start - 80) : inner.start]
    return re.search(rf"\b(?:will|would|to)\s+{re.escape(inner.cue)}\b", lead) is not None


_JOINT_TAIL = re.compile(r"(?:\s|,|\b(?:and|then|but|while|whereas)\b)+$")


def cut_before(text: str, a: Attribution, quote: Quote, outer: Quote) -> Quote:
    """`outer` ending where a second statement joined to its words begins ("The mayor said
    fares would rise, while the board said they would fall": the mayor said only that
    fares would rise), so each statement has its own words. Only a joined verb of saying
    that runs to the end of the outer words cuts them, at the joint ("and", "while", a
    comma) before its subject or its verb. A second subject set off by a contrast inside
    the outer words ("with prosecution witnesses testifying that ..., and defense witnesses
    testifying ...") cuts them there even when the parse ends the second statement early:
    nothing after the joint is the first speaker's."""
    if not outer.start < a.cue_start < outer.end:
        return outer
    lead = text[outer.start : a.cue_start]
    contrast = None
    if a.source is not None and outer.start < a.source[0] < a.cue_start:
        contrast = _CONTRAST.search(text, outer.start, a.source[0])
    if contrast is None and quote.end < outer.end - 2:
        return outer
    if contrast is not None:
        end = contrast.start()
    elif _COORDINATED.search(lead) is not None:
        end = outer.start + len(_JOINT_TAIL.sub("", lead))
    else:
        return outer
    while end > outer.start and text[end - 1] in " ,;":
        end -= 1
    if len(text[outer.start : end].split()) < 2:
        return outer
    return replace(outer, end=end, text=text[outer.start : end])
