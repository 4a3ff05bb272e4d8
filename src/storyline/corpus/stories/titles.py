"""Which words of an article may title a story, and which of two titles reads better.

A story is titled by the headline of its most central article, else by that
article's first sentence. Flattened pages put other things there: a photo
caption ("May 2: A crane lifts ...", "Boats are seen ...", "In this photo ...",
"A girl walks past the ruins on Friday"), a wire byline with its role ("By the
Agency Wire Staff"), an update label ("NEW:") or a body cut mid-sentence (a first
word in lower case). Such a candidate is never deleted from the body (it may be
news); it is only passed over as a title: the article's next sentences are tried,
and a story keeps a clean title from another of its articles rather than take a
caption from a more central one. Only shapes are read, never names or outlets.
"""

from __future__ import annotations

import re
from itertools import pairwise

from storyline.corpus.stories.title_captions import (
    CAPTION_MARK,
    credit_pieces,
    doubled_name_start,
    is_caption,
    is_scene,
    name_led_start,
)
from storyline.corpus.stories.title_cleaning import (
    DATELINE,
    FRAGMENT_ENDS,
    LEADING_CREDIT,
    RUN_IN_STAMP,
    clean_title_text,
    dateline_pieces,
    ends_open,
    opens_with_byline,
    opens_with_link,
)
from storyline.corpus.stories.title_evidence import continues_line_before
from storyline.corpus.stories.title_furniture import (
    is_correction_note,
    is_page_intro,
    is_promotion,
    is_slogan,
    title_case_head,
    without_correction,
    without_link_list,
    without_page_selling,
)
from storyline.corpus.stories.title_labels import (
    is_broadcast_credit,
    is_dated_entry,
    is_page_speaking,
    is_place_label,
    is_section_label,
)
from storyline.ingest.boilerplate import is_byline, is_site_notice
from storyline.ingest.notices import (
    holds_column_entry,
    is_column_entry,
    is_discussion_notice,
    is_media_link,
    media_link_line,
)
from storyline.model import Article
from storyline.text.line_words import ArticleWords, is_about, reads_as_clause, run_in_end

__all__ = [
    "CLEAN",
    "article_headline",
    "clean_title_text",
    "is_caption",
    "title_quality",
]

CLEAN = 2
"""`title_quality` of a headline or full sentence a reader can take as the title."""
_FLAWED = 1
_UNUSABLE = 0
_MAX_CHARS = 100
_CANDIDATE_SENTENCES = 4
"""Sentences of an untitled article's first lines tried as its title: a caption or
a label rarely runs longer than a few."""

_MIN_SENTENCE_WORDS = 4
_MIN_LEAD_WORDS = 12
_MAX_CAPTION_WORDS = 16
"""Words of a lead taken over the caption before it, and at most of that caption: a shorter
rest is a date, a credit or a caption after a standfirst; a longer head is a standfirst."""
_INNER_DATELINE = re.compile(r"(?:\)|-RRB-)\s*(?:--|—|–|-)\s")
"""A credit's closing parenthesis and a dash inside a text ("... Harbour Town (Agency) --
The ..."): a wire dateline, so what comes before it is no lead."""
_BARE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’\\/-]+(?:\s+[A-Z][A-Z.'’\\/-]+)*\s*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s*)?"
    r"(?:\(|-LRB-)[^()]{0,30}?(?:\)|-RRB-)\s*(?:--|—|–|-)?\s*$"
)
"""A dateline alone on its line ("HARBOUR TOWN, Region (Agency Life!)"), the lead's dash
on the next: where the story was filed, with nothing of what happened."""

_PRONOUN_START = re.compile(
    r"(?:(?:And|But|So|Yet|Or|Also)\s+)?(?:He|She|They|His|Her|Their|Him|Them|he|she|they)\b"
    r"|(?:Well|Oh|Ah)\s*,\s"
)
"""A sentence opening with a personal pronoun, or a conjunction and a pronoun ("And he is
..."), leans on the one before it: no title; so does an answer opening with "Well," or
"Ah," (the question it answers stood before it). "Yes," and "No," open headlines too ("Yes,
the port can reopen"), and stay."""
_LEAD_THEY = re.compile(r"They\s+[a-z]")
"""A lead opening with "They" and a verb, read as a lead only as the body's first sentence."""
_QUOTED_HEAD = re.compile(r"^'\s*[A-Z](?:[^']|'(?=[a-z])){8,}?[^\s,]\s'\s+[A-Z]")
"""A headline quoting its subject in single quotes ("' I lost the farm but found a
trade ' Ann Lee on ..."): the mark before a capital, closed further on with no comma and
a capital after it, opens a quotation, not a text cut after one (a clitic's mark, "I 've",
closes nothing). A lead opening with a quote ("' We will rebuild , ' the mayor said") is
not read so."""
_LIST_OPENER = re.compile(r"\s:\s|:\s*$")
"""The colon a page's intro ends on before its list's first entry."""
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”'’])\s?[.!?](?=\s+[A-Z\"“‘`]|\s*$)")
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)]*$")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])*")


def _word_count(text: str) -> int:
    """Words of `text` with a letter or a figure (punctuation tokens left out)."""
    return sum(1 for w in text.split() if re.search(r"[^\W_]", w))


def title_quality(text: str, *, cleaned: bool = False, lead: bool = False) -> int:
    """CLEAN for a headline or sentence a reader can take as the title; lower for a
    caption or a text starting mid-sentence; 0 for nothing. `cleaned` says `text` already
    went through `clean_title_text` (an `article_headline`), so it is not cleaned twice.
    `lead` says `text` is the first sentence of an untitled article's body: a feature's
    lead may open with "They" for the people it names next ("They want the mayor to say
    four words ..."), as no sentence stands before it to lean on."""
    if not cleaned:
        text = clean_title_text(text)
    first = re.search(r"[^\W_]", text)
    if first is None:
        return _UNUSABLE
    opener = text[: first.start()].strip()
    # the page speaking (a share widget, a call to readers, the author's bio) is no title
    # at all, not even for want of a better one; nor is a sentence that leans on the one
    # before it ("He writes a column for ...")
    if (
        is_page_speaking(text)
        or is_promotion(text)
        or is_slogan(text)
        or is_page_intro(text)
        or is_correction_note(text)
        or (_PRONOUN_START.match(text) and not (lead and _LEAD_THEY.match(text)))
        or _BARE_DATELINE.match(text)
        or is_site_notice(text)
        or is_byline(text)
        or is_section_label(text)
        or is_broadcast_credit(text)
        # a link to a gallery, an entry of a list of columns, a live discussion's notice
        or is_media_link(text)
        or is_column_entry(text)
        or is_discussion_notice(text)
    ):
        return _UNUSABLE
    # a text opening with a lower-case word or a comma starts mid-sentence; one ending on
    # "of the" stops mid-sentence (the line broke before its end)
    if (
        text[first.start()].islower()
        or (opener and opener[0] in ",;:.)”’'" and not _QUOTED_HEAD.match(text))
        or is_caption(text)
        or is_place_label(text)
        or ends_open(text, FRAGMENT_ENDS)
    ):
        return _FLAWED

    return CLEAN


def _before_discussion(lines: list[str]) -> list[str]:
    """The lines before a live discussion's notice ("Ann Lee was online Friday, May 28, at
    1 p.m. ET to discuss ...") or an entry of a list of columns ("October 2, Ann Lee:
    ..."), where one stands among the first lines: what follows the notice is the readers'
    questions, and a list of columns holds other pages' first words. A headline set above
    either stays a candidate, and so do dated lines before a discussion's notice; dated
    lines right before a column's entry are entries of the same list ("March 24: ...")."""
    for i, line in enumerate(lines[:_CANDIDATE_SENTENCES]):
        if is_discussion_notice(line):
            return lines[:i]
        if holds_column_entry(line):
            while i > 0 and is_dated_entry(lines[i - 1]):
                i -= 1
            return lines[:i]
    return lines


def _sentences(text: str) -> list[str]:
    """The first sentences of `text` (a first line may run several together)."""
    found: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        piece = text[start : end.start()]
        word = piece.rsplit(None, 1)[-1] if piece.strip() else ""
        # "Col." or "Sen." before a name, or an initial, ends no sentence
        if len(piece.strip()) < 20 or _ABBREVIATION.fullmatch(word) or _open_bracket(piece):
            continue
        found.append(text[start : end.end()].strip())
        start = end.end()
        if len(found) >= _CANDIDATE_SENTENCES:
            return found
    if text[start:].strip():
        found.append(text[start:].strip())
    return found


def _open_bracket(text: str) -> bool:
    """Whether `text` ends inside a parenthesis ("Harbour Corp (HBR." of a ticker "(HBR.N)"):
    a full stop there ends no sentence."""
    opened = text.count("(") + text.count("-LRB-")
    return opened > text.count(")") + text.count("-RRB-")


def _bracket_lines(lines: list[str]) -> list[str]:
    """`lines` with a line that ends inside a parenthesis joined to the next (a ticker
    "(HBR.\nN)" broken over two lines by the splitter)."""
    out: list[str] = []
    for line in lines:
        if out and _open_bracket(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _caption_marked(cleaned: str, raw: str) -> bool:
    """Whether a caption's date or credit (`CAPTION_MARK`) stands in the part of `raw` the
    cleaned title keeps, or right after it (a caption cut before its date stamp): a caption
    run in after a real headline ("Port reopens A crane lifts ..., May 2, 2010.") leaves the
    headline clean."""
    flat = " ".join(raw.split())
    start = flat.find(cleaned)
    if start < 0:
        return CAPTION_MARK.search(flat) is not None
    mark = CAPTION_MARK.search(flat, start)
    return mark is not None and mark.start() <= start + len(cleaned) + 2


def _cut(text: str) -> str:
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 3].rsplit(" ", 1)[0] + "..."


def article_headline(article: Article, *, opening_seen: bool = False) -> str:
    """The article's title, else the first of its opening sentences that is not a caption
    or a fragment (else the first one that is not page furniture), cleaned of bylines and
    labels, ended where a next sentence runs in, cut to a readable length. A line that is
    not about the article (another story's headline above it) is passed over, and so is
    the page speaking; with nothing else the article gives no title (""). `opening_seen`
    says the store holds another article of the outlet opening with the same first line:
    that line then has to be plainly about this article."""
    candidates: list[str] = []
    if article.title and article.title.strip():
        candidates.append(article.title)
    lines = without_link_list(
        _bracket_lines([line.strip() for line in article.text.splitlines() if line.strip()])
    )
    # under a byline, a dateline inside a line starts the lead: the caption or highlights
    # before it are parted off, and the lead is read with its dateline (`dated` below)
    bylined = bool(lines) and opens_with_byline(lines[0])
    for line in _before_discussion(lines)[:_CANDIDATE_SENTENCES]:
        if media_link_line(line):
            # a gallery's or a clip's link and its blurb: another page's headline
            continue
        for piece in credit_pieces(line):
            for part in dateline_pieces(piece) if bylined else [piece]:
                candidates.extend(_sentences(part))
        if len(candidates) >= _CANDIDATE_SENTENCES:
            break
    titled = 1 if candidates and candidates[0] == article.title else 0
    candidates = without_page_selling(without_correction(candidates, titled), titled)
    words = ArticleWords(article.text)
    # (cleaned text, is the given title, raw text): each candidate is cleaned once
    first_line = lines[0] if lines else ""
    cleaned = [
        (_end_run_in(clean_title_text(c), words), True, c)
        if i < titled
        else _past_caption(_end_run_in(clean_title_text(c), words), c, words)
        for i, c in enumerate(candidates[:_CANDIDATE_SENTENCES])
    ]
    # (cleaned text, is the given title, raw text, quality) of the lines that may title it
    read = [
        (c, is_title, raw, quality)
        for i, (c, is_title, raw) in enumerate(cleaned)
        if c and (quality := title_quality(c, cleaned=True, lead=i == titled)) > _UNUSABLE
    ]
    # a body sentence the next one goes on from ("But ...") is the article's own
    continued = {
        raw for raw, after in pairwise(candidates[titled:]) if continues_line_before(after)
    }
    about = [
        is_about(
            c,
            words,
            written=None if is_title else raw,
            repeated=opening_seen and not is_title and raw in first_line,
            continued=raw in continued,
        )
        for c, is_title, raw, _ in read
    ]
    # a line is about something else only beside lines that are about the article: when
    # none is (a short piece, a feature that names little twice) the test says nothing
    if any(about):
        read = [r for r, keep in zip(read, about, strict=True) if keep]
    if not read:
        return ""
    # a sentence the splitter parted from its credit ("... in the port . (Courtesy of X)")
    credited = {
        raw for raw, after in pairwise(candidates) if CAPTION_MARK.match(" ".join(after.split()))
    }
    # entries of a dated list ("May 2 - ...", two or more): a list is no headline
    listed = sum(1 for c in candidates[titled:] if is_dated_entry(c)) >= 2
    # a body sentence of a few words ("More below.") is a remnant, not a lead
    usable = [
        c
        for c, is_title, raw, quality in read
        if quality == CLEAN
        and (is_title or len(c.split()) >= _MIN_SENTENCE_WORDS)
        # a caption cut before its date stamp no longer shows its day: read it whole
        and not is_scene(" ".join(raw.split()))
        and not (not is_title and (raw in credited or _caption_marked(c, raw)))
        and not (listed and not is_title and is_dated_entry(raw))
    ]
    if not usable:
        # a dated list under the page's intro ("Here is a timeline of ... :"): the intro says
        # what the page is, where any entry would title it by one of its days
        intro = next((c for c, _, _ in cleaned if listed and is_page_intro(c)), None)
        if intro is not None:
            return _cut(_LIST_OPENER.split(intro, maxsplit=1)[0].rstrip(" ,;:"))
        return _cut(read[0][0])
    # a dateline marks where the story itself starts: captions and credits come before it
    dated = [
        c
        for c, is_title, raw, _ in read
        if not is_title and DATELINE.match(LEADING_CREDIT.sub("", " ".join(raw.split()), count=1))
    ]
    titled_clean = titled and usable[0] == read[0][0] and read[0][1]
    best = next((c for c in dated if c in usable), usable[0]) if not titled_clean else usable[0]
    return _cut(best)


def _past_caption(head: str, raw: str, words: ArticleWords) -> tuple[str, bool, str]:
    """(cleaned text, False, raw text) of a sentence read as a title: when `head` ends
    where a next sentence runs in without a full stop and reads as a full clause (a
    caption set above the lead, `reads_as_clause`), the lead run in after it, cleaned,
    with the rest of the sentence as its raw text. A head followed by a date stamp stays:
    a page sets its stamp after the headline and standfirst, not after a caption; so does
    a head followed by a dateline (highlights above a wire lead). The head must open with a
    capital and end on a lower-case word: cut after a capital, it ends inside a name. The
    lead must run to its full stop: a line of highlights holds several heads before it.
    When no run-in was found, a lead opening with a name is looked for (`name_led_start`)."""
    flat = " ".join(raw.split())
    at = flat.find(head) if head else -1
    rest = flat[at + len(head) :].strip() if at >= 0 else ""
    whole = head
    doubled = False
    if at >= 0 and not rest:
        cut = name_led_start(head)
        if cut is None:
            cut = doubled_name_start(head)
            doubled = cut is not None
        if cut is not None:
            head, rest = head[:cut].rstrip(), head[cut:]
    # a broadcast credit ("Ann Lee reports from Port Elm") ends on its place's name, and so
    # does a caption before a lead opening with the same name ("... for BP BP has said")
    credit = is_broadcast_credit(head) or doubled
    if (
        len(rest.split()) < _MIN_SENTENCE_WORDS
        or _SENTENCE_CLOSE.search(rest) is None
        or RUN_IN_STAMP.search(f" {rest}")
        # a link's prompt after the head ("... signed'Read the deal here The ..."): a headline
        or opens_with_link(rest)
        or _INNER_DATELINE.search(rest)
        # a caption may end inside quotation marks ("... the `` slow fill ''")
        or not (head.rstrip("'’”` ").split()[-1][:1].islower() or credit)
        or not head[:1].isupper()
        or _word_count(head) > _MAX_CAPTION_WORDS
        or not (reads_as_clause(head) or credit)
    ):
        return whole, False, raw
    lead = _end_run_in(clean_title_text(rest), words)
    # the lead runs to its full stop: one cut again is a further highlight, not the lead
    if (
        _SENTENCE_CLOSE.search(lead) is None
        or _word_count(lead) < _MIN_LEAD_WORDS
        or title_quality(lead, cleaned=True) < CLEAN
    ):
        return whole, False, raw
    return lead, False, rest


def _end_run_in(text: str, words: ArticleWords) -> str:
    """`text` ended before a next sentence run into it without a full stop (a Title Case
    headline before the first words of a caption or a lead, too)."""
    end = run_in_end(text, words)
    return title_case_head(text if end is None else text[:end].rstrip(" ,;:"), words)
