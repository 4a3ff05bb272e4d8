"""Who said what: a story's quotes grouped by the speaker a reader may be shown.

A quote whose speaker is an unresolved pronoun has no name to list it under and stays out
of this section (it is still in the article), and so does a "quote" holding a page's stamp
(a headline and its timestamp read as someone's words), a link's label run into it
(pagetext.glued_heading) or printed among the headlines before the dateline (headlines.py),
one whose "speaker" is whom the words were told to ("told Velm Radio"), an indirect one of
a word or two (a noun phrase, not a statement) and one cued by a bare preposition ("In
other words, ...": its speaker would be "other words"). Named speakers come before unnamed
descriptions, one heard only in broadcast transcripts after those a news page quotes, a
transcript's host after its guests, those quoted in more articles before those quoted more
often in fewer; the same words carried by several outlets (a wire copy) count and show
once; direct quotes are shown before indirect ones, the latest first. A definite
description continuing the named speaker of the sentence before ("... said the MP for
Leith") is listed under that name, not as a second source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.analyze.quotes.genders import Gender, gender_of_pronoun, person_genders
from storyline.analyze.quotes.speaking_nouns import names_a_person
from storyline.corpus.briefing.citing import cite, shortened
from storyline.corpus.briefing.eventlist import is_transcript
from storyline.corpus.briefing.headlines import body_start
from storyline.corpus.briefing.names import shown_name
from storyline.corpus.briefing.pagetext import (
    QUOTE_REPEATED_WORDS,
    glued_heading,
    inside_quotation,
    is_stamped,
    repeats_its_opening,
)
from storyline.corpus.briefing.records import Cited, SpeakerQuotes
from storyline.corpus.briefing.speaker_merges import merge_same_speakers
from storyline.corpus.briefing.standalone import opens_supposition
from storyline.model import Article, Quote, Speaker
from storyline.text.quote_marks import DOUBLE_QUOTE_MARK
from storyline.text.speaker_labels import TURN_LABEL, speaker_label

__all__ = [
    "MIN_LISTED_WORDS",
    "MIN_REPORTED_WORDS",
    "MIN_SENTENCE_WORDS",
    "quotes_by_speaker",
    "shown_text",
]

_REJECTING = re.compile(
    r"(?i)^(?:den(?:y|ies|ied|ying)|disput|reject|dismiss|refut|rebut|deride|repudiat|contest)"
)
"""Cues whose content is what the speaker rejects ("disputes claims that the worst is over",
"rejected appeals to call off the raid"): the words are someone else's."""


MIN_REPORTED_WORDS = 3
"""Words an indirect quote needs to report a statement: "voiced concern", "asked about the
Japanese" leave a noun phrase ("concern", "the Japanese"), which states nothing."""


_PREPOSITIONS = frozenset({"in", "at", "on", "for", "with", "by", "from"})
"""A cue that is a bare preposition ("In other words, ...", "In the words of ...", "In a
speech to Congress, ..."): its "speaker" is the preposition's object, words or a document."""


_NAMING = re.compile(
    r"(?i)^(?:call|describ|term|dub|label|brand|characteri[sz])(?:e|es|ed|s|ing|led|ling|bed|bing)?$"
)
"""Cues that name something with the speaker's word ("described the setback as
'enraging'", "called for calm 'as soon as possible'", "calling the tests 'preliminary'"):
the speaker said the quoted word or phrase, not the sentence around it."""

_CALL = re.compile(r"(?i)^call(?:s|ed|ing)?$")


def _demand(quote: Quote, cue: str, text: str) -> bool:
    """Whether a quote cued by "call" is the demand itself, not a word the speaker named
    something with: an indirect quote holding no quotation mark, right after "call for" or
    "call on" ("called for the talks to resume", "called on the army to leave"), the demand
    the quote stage keeps as stated (`analyze.quotes.stated_objects.proposition_object`;
    a bare object, "called for an immediate ceasefire", is hidden there since session 41).
    "calling the tests 'preliminary'" quotes a word; "called a meeting", "call the
    switchboard" and "call into question whether ..." state nothing of the speaker's."""
    return (
        _CALL.match(cue) is not None
        and quote.kind == "indirect"
        and DOUBLE_QUOTE_MARK.search(quote.text) is None
        and _ASKING_FOR.search(text, max(0, quote.start - 80), quote.start) is not None
    )


_ASKING_FOR = re.compile(r"(?i)\bcall(?:s|ed|ing)?\s+(?:for|on)\s+(?:\S+\s+){0,4}$")
"""A "call for" or "call on" ending right before the quote (a few words of its own object,
"called on Ivo Dell to ..."); what comes after these is what the speaker asks for."""

_NO_SUBJECT = re.compile(
    r"^(?:to|as|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|"
    r"does|did|do)\b"
)
"""How an indirect quote with no subject of its own opens: the verb phrase of a clause
whose subject is the reporter's ("officials say [the envoy] is close to Ana Ruiz"), an
infinitive of a vow or a plan ("vowed to fight on"), a complement ("as a threat"). In lower
case only: a capitalised "Will" or "May" opening the words is a name or a month, their
subject ("said Will Hale had lied", "said May would be the last month")."""

_DASH_OR_PUNCT = re.compile(r"^(?:--|-|\.\.\.|[,;:.])")

MIN_LISTED_WORDS = 4
"""Words below which a quote is listed under its speaker only when there is nothing longer:
"Good morning.", "That 's right." answer or greet; a brief's two lines per speaker are for
what they stated."""

MIN_SENTENCE_WORDS = 6
"""Words a quotation that opens in lower case after its quotation mark (a phrase quoted inside
the reporter's sentence, 'called for calm "as soon as possible"') needs to be read as a
statement alone."""


def _fragment(quote: Quote, text: str) -> bool:
    """Whether a quote is no one's whole statement as read: an indirect one too short to
    state anything (MIN_REPORTED_WORDS); one whose cue is a bare preposition or names
    something with the speaker's word (`_NAMING`); one the reporter's words open without a
    subject (`_NO_SUBJECT`); one that opens mid-sentence (a dash; in lower case, a quoted
    phrase of fewer than MIN_SENTENCE_WORDS words or a clause's tail, `_LINKING`); a quoted
    phrase of fewer than MIN_SENTENCE_WORDS words the reporter's words go on after; one that
    ends in a question."""
    cue = (quote.cue or "").lower()
    words = _WORD.findall(quote.text)
    opening = quote.text.lstrip(_OPENING_MARKS)
    marked = opening != quote.text.lstrip()  # its own quotation marks open it
    if cue in _PREPOSITIONS or (_NAMING.match(cue) and not _demand(quote, cue, text)):
        return True
    if quote.kind == "indirect" and len(words) < MIN_REPORTED_WORDS:
        return True
    if not marked and words and _NO_SUBJECT.match(words[0]) is not None:
        return True  # the reporter's words open it, without a subject: "to focus 'like ...'"
    if (
        not words
        or _DASH_OR_PUNCT.match(opening)
        or quote.text.rstrip(_CLOSING_MARKS).endswith("?")
    ):
        return True  # opens mid-sentence, or asks: a question states nothing
    if not marked:
        return False
    if opening[:1].islower() and (
        len(words) < MIN_SENTENCE_WORDS or _LINKING.match(words[0]) is not None
    ):
        return True  # a quoted phrase or a clause's tail: "so that I can have my life back"
    quoted = _FIRST_QUOTATION.match(quote.text.lstrip())
    if quoted is None or not quote.text.lstrip()[quoted.end() :].strip(_CLOSING_MARKS):
        return False
    # "'significant progress' on the new cap": the speaker's words are the phrase alone
    return len(_WORD.findall(quoted.group())) < MIN_SENTENCE_WORDS


_LINKING = re.compile(
    r"(?i)^(?:so|because|that|which|who|whom|to|as|if|when|while|for|of|on|in|with|by|and|"
    r"but|or|than|until|unless)$"
)
"""A word that opens the tail of a sentence, not a statement: a quotation opening with it
in lower case ("'so that I can have my life back'") is what the speaker's sentence ended with."""
_FIRST_QUOTATION = re.compile(r"(?:``|\u201c|\")[^`\u201c\u201d\"]*?(?:''|\u201d|\")")
"""The quotation a quote opens with, to its closing mark."""
_WORD = re.compile(r"(?<![\w'])[^\W_][\w'-]*")
"""A word as counted: a split-off "'s" or "n't" (a tokenised corpus's) is none, nor is
punctuation."""
_OPENING_MARKS = " `'\"\u201c\u2018"
_CLOSING_MARKS = " '\"\u201d\u2019,."


def shown_text(quote: Quote) -> str:
    """The quote's words as a reader is shown them under its speaker: after a rejecting cue,
    with the cue before them ("[disputes] claims that the worst is over"), so a claim the
    speaker denies never reads as the speaker's own."""
    cue = quote.cue or ""
    return f"[{cue}] {quote.text}" if _REJECTING.match(cue) else quote.text


def _who(quote: Quote, article: Article | None = None) -> tuple[str, bool] | None:
    speaker = quote.speaker
    if speaker is None:
        return None
    if article is not None and not speaker.canonical:
        named = _previous_speaker(article, quote)
        if named is not None:
            return shown_name(named), True
    name = speaker.name
    if not name or not name.strip():
        return None
    return shown_name(name), bool(speaker.canonical and speaker.named)


_DEFINITE = re.compile(r"(?i)^the\s+(?!\w+s\b)[\w.'-]+(?:\s|$)")
"""A definite description of one ("the MP for Leith", "the company"): not "the officials"
(a plural head) nor "a spokesman" (indefinite: someone new)."""


def _previous_speaker(article: Article, quote: Quote) -> str | None:
    """The named speaker a definite description continues, if the sentence before names one.

    News varies how it names the person it quotes: "Ana Ruiz said she was not nervous.
    'He is finished,' said the MP for Leith." The MP is Ana Ruiz; listing "the MP for
    Leith" as a second speaker shows one person twice. Only a definite singular
    description the text has not introduced before ("a spokesman ... the spokesman" is
    that spokesman), and only when the sentence just before quotes exactly one named
    speaker.
    """
    speaker = quote.speaker
    if speaker is None or speaker.resolution not in (None, "description"):
        return None
    if speaker.resolved_from is not None:
        return None  # "the aide" already read back to the fuller source the text gave
    words = speaker.text.split()
    if not _DEFINITE.match(" ".join(words)):
        return None
    at = _speaker_at(quote)
    introduced = re.compile(rf"(?i)\ban?\s+{re.escape(words[1])}\b")
    if introduced.search(article.text, 0, at):
        return None  # "a spokesman ... the spokesman": the one introduced before
    k = next((i for i, s in enumerate(article.sentences) if s.start <= at < s.end), None)
    if not k:
        return None
    before = article.sentences[k - 1]
    named = {
        q.speaker.canonical: q.speaker
        for q in article.quotes
        if q.speaker is not None
        and q.speaker.canonical
        and q.speaker.named
        and before.start <= _speaker_at(q) < before.end
    }
    if len(named) != 1:
        return None
    name, previous = next(iter(named.items()))
    return name if _same_kind(article, speaker.text, name, previous) else None


def _same_kind(article: Article, description: str, name: str, previous: Speaker) -> bool:
    """Whether a description can be the named speaker before it: a noun for a person ("the
    MP for Leith") continues anyone but a body the text names; a noun for a body or a
    place ("the board", "the company") continues only a name holding that noun ("the
    Varnholt Water Board"), since a body's reply after another body's words ("the agency
    said ... the company said") is most often a different body's."""
    head = _HEAD.split(description, maxsplit=1)[0].split()
    noun = head[-1].casefold() if head else ""
    if names_a_person(noun):
        return _label_of(article, previous) not in _BODY_LABELS
    return noun in {w.casefold() for w in name.split()}


_HEAD = re.compile(r",|\b(?:who|which|that|at|for|of|in|with|from)\b")
"""Where a description's head noun ends: what a comma or a preposition adds is cut."""
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def _label_of(article: Article, speaker: Speaker) -> str | None:
    """The entity label of the mention a named speaker was read from, if the article has
    it."""
    at = speaker.resolved_from or speaker
    found = [e.label for e in article.entities if e.start == at.start and e.end == at.end]
    return found[0] if found else None


def _speaker_at(quote: Quote) -> int:
    """Where a quote's speaker is written (the quote's own start when no span is kept)."""
    speaker = quote.speaker
    return speaker.start if speaker is not None and speaker.start is not None else quote.start


def _ordinary_label(article: Article, quote: Quote, name: str) -> bool:
    """Whether a transcript turn's label in capitals is ordinary words the page also writes
    in lower case, as such or with a plural's s ("QUESTION : ..." on a page that says
    "I'll take a few questions"): a kind of turn, no one's name, so it is listed as no
    speaker (nor merged with anyone)."""
    if (quote.cue or "").strip() != ":" or not name.isupper():
        return False
    if not speaker_label(name, article.text):
        return True
    words = name.casefold().split()
    return all(
        w.isalpha() and re.search(rf"\b{w}(?:e?s)?\b", article.text) is not None for w in words
    )


_TOLD_BEFORE = re.compile(r"(?i)\b(?:told|tells?|telling)\s+$")


def _addressee(article: Article, quote: Quote) -> bool:
    """Whether the quote's speaker, as the text writes it, is whom the words were told to
    ("..., one resident told Velm Radio": the station heard them, the resident spoke)."""
    speaker = quote.speaker
    if speaker is None or speaker.start is None or speaker.start <= 0:
        return False
    before = article.text[max(0, speaker.start - 12) : speaker.start]
    return _TOLD_BEFORE.search(before) is not None


def _supposed(article: Article, quote: Quote) -> bool:
    """Whether the reporter's words open the quote's sentence as a supposition or a
    condition before the quote ("If the strikes had not come, the chant would have been
    '...'", "Suppose the mayor says '...'"): words someone would say, said by no one. A
    quotation opening its sentence on "If" is the speaker's own condition, and stays; so
    does a condition with the speaker written between it and the quote ("But if the talks
    fail , union leader Ana Ruiz warned , '...'"): the speaker states it."""
    k = bisect_right(article.sentences, quote.start, key=lambda s: s.start) - 1
    if k < 0 or quote.start >= article.sentences[k].end:
        return False
    start = article.sentences[k].start
    said = quote.speaker
    if said is not None and said.start is not None and said.end is not None:
        between = article.text[said.end : quote.start].split()
        if start <= said.start < quote.start and [w for w in between if w != ","] == [quote.cue]:
            return False
    return start < quote.start and opens_supposition(article.text[start : quote.start])


def _passed_over(article: Article, quote: Quote) -> bool:
    """Whether the quote's speaker is a third-person pronoun read back past another person
    the text brought in since: a sentence after the one naming the pronoun's antecedent
    opens on another person's name as its subject, or presents one ("... The next speaker
    is Ana Ruiz , a chemist . She tells the room that ...", "She" read back to Ivo Dell two
    sentences up). The quote list keeps the reading; the brief, which shows two lines a
    speaker, leaves out a line whose speaker a reader would check first. No newcomer: a
    person named inside the antecedent's own sentence ("Dell said Mayor Ruiz wanted ... He
    also said ..."), inside a quotation, as a possessive ("Ruiz 's plan ..."), or by the
    antecedent's own surname ("Mr Dell", "DELL"), nor one named before the antecedent is
    named again, nor one the article gives the other gender ("Mrs Ana Ruiz opened ... Tom
    Berne cut the ribbon with his son . She said ...": genders.person_genders); a newcomer
    is named in two words at least."""
    speaker = quote.speaker
    if (
        speaker is None
        or speaker.resolution != "pronoun"
        or speaker.start is None
        or speaker.text.casefold() not in _THIRD_PERSON
    ):
        return False
    source = speaker.resolved_from
    if source is None or not speaker.canonical:
        return False
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, source.start) - 1
    after = article.sentences[k].end if k >= 0 else source.end
    surname = speaker.canonical.split()[-1].casefold()
    people = [
        m
        for m in article.entities
        if m.label == "PERSON" and source.start <= m.start and m.end <= speaker.start
    ]
    wanted = gender_of_pronoun(speaker.text)
    genders: dict[str, Gender] | None = None  # read from the whole article: only if asked
    again = list(re.finditer(rf"(?i)\b{re.escape(surname)}\b", article.text[: speaker.start]))
    if again:
        after = max(after, again[-1].end())  # named again since: the nearest antecedent
    for m in people:
        if m.start < after or len((m.canonical or m.text).split()) < 2:
            continue  # one word alone may be no one's name ("Remarks he made ...")
        if m.text.split()[-1].casefold() == surname or _POSSESSIVE.match(article.text, m.end):
            continue
        if genders is None:
            genders = person_genders(article.text, article.entities, article.sentences)
        if genders.get(m.canonical or m.text, wanted) != wanted:
            continue  # "she" cannot be him
        if inside_quotation(article.text, source.end, m.start):
            continue  # named inside a quotation: the speaker's words, not the reporter's
        j = bisect_right(starts, m.start) - 1
        before = article.text[starts[j] if j >= 0 else 0 : m.start]
        words = before.split()
        subject = not words or (len(words) == 1 and words[0].casefold() in _SENTENCE_LINKS)
        if subject or _PRESENTED.search(before):
            return True
    return False


_THIRD_PERSON = frozenset({"he", "she", "his", "her", "him"})
_POSSESSIVE = re.compile(r"\s*'s?\b")
_SENTENCE_LINKS = frozenset({"but", "and", "yet", "meanwhile", "then", "still", "so", "now"})
"""Words a sentence may open with before its subject ("But Ana Ruiz said ...")."""
_PRESENTED = re.compile(r"\b(?:is|was)\s+$")
"""A person presented by the copula ("The next speaker is Ana Ruiz")."""


def _rank(
    who: tuple[str, bool], found: Iterable[tuple[bool, Cited]], shows: _Shows
) -> tuple[bool, bool, bool, int, int, str]:
    """Named speakers first, then those quoted in the most articles, then by quotes: a
    voice the story's coverage keeps quoting matters more to it than one that talks at
    length in a single page (a broadcast transcript's host, dozens of turns in one text).

    A speaker heard only in broadcast transcripts (`_Shows`) comes after every named
    speaker a news page quotes, and a transcript's host after its guests: a reporter picked
    the news page's quotes as what its people said, where a transcript keeps every turn of
    talk ("We got a couple of guys here", "You can see right there"), and a host's turns
    that are not questions hand over ("Stand by, joining us now is ...") or restate."""
    cited = [c for _, c in found]
    articles = len({c.article_id for c in cited})
    surname = who[0].split()[-1].casefold() if who[0].split() else ""
    aired = bool(cited) and all(c.article_id in shows.transcripts for c in cited)
    hosting = bool(cited) and all(shows.hosts.get(c.article_id) == surname for c in cited)
    return (not who[1], aired, hosting, -articles, -len(cited), who[0].casefold())


_HOST_ROLE = re.compile(r"\s*,[^:\n]*\b(?:HOST|ANCHOR|CO-HOST|MODERATOR|PRESENTER)\b")
"""A turn label naming its speaker's part in the show ("ANA RUIZ, HOST :")."""


@dataclass(frozen=True)
class _Shows:
    """The pool's broadcast transcripts (eventlist.is_transcript), by article id, and the
    host of each (`_hosts`)."""

    transcripts: frozenset[str]
    hosts: dict[str, str]


def _shows(pool: Sequence[Article]) -> _Shows:
    aired = [a for a in pool if is_transcript(a)]
    return _Shows(frozenset(a.id for a in aired), _hosts(aired))


def _hosts(aired: Sequence[Article]) -> dict[str, str]:
    """The host of each transcript, by article id, as the last word of the host's label in
    lower case: the label a role names host or anchor, else the speaker with the most turns,
    the first to speak on a tie (an interview alternates, its host asks first)."""
    out: dict[str, str] = {}
    for article in aired:
        turns: dict[str, int] = {}
        for m in TURN_LABEL.finditer(article.text):
            if not speaker_label(m["name"], article.text):
                continue
            last = m["name"].split()[-1].casefold()
            if _HOST_ROLE.match(article.text, m.end("name"), m.end()):
                out[article.id] = last
                break
            turns[last] = turns.get(last, 0) + 1
        else:
            if turns:  # dicts keep the order of first turns: max keeps the first on a tie
                out[article.id] = max(turns, key=lambda k: turns[k])
    return out


def quotes_by_speaker(
    pool: Sequence[Article], *, speakers: int, per_speaker: int, max_chars: int
) -> tuple[tuple[SpeakerQuotes, ...], int]:
    """The top `speakers` groups (each listing up to `per_speaker` quotes) and how many
    speakers there are in all."""
    groups: dict[tuple[str, bool], dict[str, tuple[bool, Cited]]] = defaultdict(dict)
    for article in pool:
        body = body_start(article)  # a quote in the headlines before it is glued to them
        for quote in article.quotes:
            if not quote.stated or quote.start < body or _supposed(article, quote):
                continue  # a wish, a deed, a topic or a stance: no one's quote
            who = _who(quote, article)
            if (
                who is None
                or is_stamped(quote.text)
                or glued_heading(quote.text)  # "I am not leaving Velm Official : Ruiz to ..."
                or repeats_its_opening(quote.text, QUOTE_REPEATED_WORDS)  # a pull quote run in
                or _addressee(article, quote)
                or _ordinary_label(article, quote, who[0])
                or _fragment(quote, article.text)
                or _passed_over(article, quote)
            ):
                continue
            words = " ".join(quote.text.split()).casefold()
            seen = groups[who]
            cited = cite(article, quote.start, quote.end, shown_text(quote))
            if words not in seen or (cited.published or "") > (seen[words][1].published or ""):
                seen[words] = (quote.kind == "direct", cited)
    merge_same_speakers(groups)
    shows = _shows(pool)
    ranked = sorted(groups.items(), key=lambda kv: _rank(kv[0], kv[1].values(), shows))
    out = []
    for (name, named), found in ranked[:speakers]:
        chosen = sorted(found.values(), key=lambda dc: dc[1].published or "", reverse=True)
        # statements of a few words last ("Good morning.", "That's right."), then direct
        # quotes first, each kind newest first
        chosen.sort(key=lambda dc: (len(_WORD.findall(dc[1].text)) < MIN_LISTED_WORDS, not dc[0]))
        listed = tuple(shortened(c, max_chars) for _, c in chosen[:per_speaker])
        out.append(SpeakerQuotes(name, named, listed, len(found)))
    return tuple(out), len(groups)
