"""Pages that are not news: a gallery, an index of links, a reader form.

Outlets' crawls hold pages that are not articles: a photo gallery's run of captions, an
index of dated links, a page asking readers for their feedback or their photos. Analysed
as news they give stories, speakers and numbers nobody reported. Such a page is recognised
by its shape, never by what it says or which outlet it comes from:

- its text is mostly not sentences: many words and hardly a sentence end among them
  (captions and headlines run together);
- every line opens with a date label ("March 24: ...") and the whole is a few lines
  (an index of dated links; a chronology long enough to be read stays news);
- most lines address the reader ("you", "your", "please", "select", "enter"), outside
  quotation marks (a form or a call for readers' stories).

A list of video clips is not marked: each clip's blurb is a dated report ("updated: Sun
Apr 10 2011 ... Rebels exchange fire in the east"), and timelines lose dates without them
(Timeline17 LibyaWar_cnn date F1 0.553 -> 0.526 when marked); a clip's running time alone is
dropped as a furniture line by boilerplate.py.

The page is kept as given (never lose data); `not_news_reason` says why it is not news,
and the pipeline keeps such an article out of analysis and story matching.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import MONTH_PATTERN
from storyline.model import Article, Flag
from storyline.page_flags import NOT_NEWS_FLAG, kept_out_of_stories
from storyline.text.quote_marks import DOUBLE_QUOTE_MARK
from storyline.text.speaker_labels import LINE_SPEAKER_LABEL

__all__ = [
    "NOT_NEWS_FLAG",
    "cut_gallery_captions",
    "cut_news_box",
    "cut_story_lists",
    "is_not_news",
    "not_news_flag",
    "not_news_reason",
]


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)|\s[-–—•]\s+(?=[A-Z])")
"""A sentence's end, or a list item's start run into the line ("... materials - Cement ...")."""
_MIN_WORDS = 40
_WORDS_PER_END = 60
"""Prose ends a sentence every 15-30 words; captions and headlines run together do not."""
_DATE_LABEL = re.compile(
    rf"^\W*(?:{MONTH_PATTERN}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_PATTERN})(?:\s*,?\s*\d{{4}})?"
    r"\s*(?:,[^:]{0,30})?:\s*\S"
)
_MAX_INDEX_WORDS = 100
_ADDRESS = re.compile(
    r"\b(?:you|your|yours|you'?re|you'?ve|you'?d|you'?ll)\b"
    r"|^\W*(?:please|select|choose|enter|click|sign\s+up|share|send|tell)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I 'm|we|We|our|Our|my|My)\b")
"""The writer or speaker as "I" or "we": a speech, a letter or an essay speaks so to its
audience between the lines addressing it; a form does not."""
_SPEAKER_LABEL = LINE_SPEAKER_LABEL
"""A transcript's or an interview's speaker label ("Q:", "ANN LEE, HOST:"): its "you" is
said to someone in the room, not to the reader."""
_MIN_LINES = 4
_SHARE = 0.5
_FULL_ARTICLE = re.compile(r"^\W*(?:full\s+(?:article|story))\b\s*[:»>|-]*\s*", re.IGNORECASE)
_MAX_BOX_LINES = 2
_LINE_CREDIT = re.compile(
    r"^\s*(?:-LRB-|\()\s*((?:[A-Z][\w.'’&-]*|[-/&|]|via|for|of)"
    r"(?:\s+(?:[A-Z][\w.'’&-]*|[-/&|]|via|for|of)){0,7})\s*(?:-RRB-|\))\s+(?=[A-Z\"“'‘`])"
)
"""A photo credit in brackets opening a line ("(Ann Lee - The Harbour Times) The ..."): names
and an outlet, every word capitalised, then a capital (no dash: "(Agency) - The port ..."
is a wire dateline)."""
_CREDIT_SHAPE = re.compile(
    r"^(?:Photo(?:graph)?s?|Credit|By)\s+[A-Z]"
    r"|^[A-Z][\w.'’&-]*(?:\s+\S+)*\s+[-/|]\s+[A-Z][\w.'’&-]*"
)
"""What a credit's brackets hold: a photographer and an outlet parted by a dash or a slash
("Bo Park - The Harbour Times"), or "Photo", "Credit" or "By" and a name. A bracketed word
alone is a transcript's stage direction ("(APPLAUSE)") or a wire's tag ("(Updated)"), set
before real opening lines."""
_MAX_CAPTION_WORDS = 30
"""Words of a caption at most: a longer line is the story's prose."""
_MIN_GALLERY_CREDITS = 3
"""Credits opening lines near the top before they are a gallery's: one is a dateline's or a
single photo's; three captions with their credits in a row are a gallery above the story."""
_MAX_CREDIT_GAP = 3
"""Lines a caption runs to between two credits (a caption may hold two or three sentences)."""
_MAX_BOX_WORDS = 30


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _mostly_not_sentences(text: str) -> bool:
    words = len(text.split())
    ends = len(_SENTENCE_END.findall(text))
    return words >= _MIN_WORDS and words >= _WORDS_PER_END * ends


def _dated_index(lines: list[str]) -> bool:
    words = sum(len(line.split()) for line in lines)
    return (
        len(lines) >= 3
        and words <= _MAX_INDEX_WORDS
        and all(_DATE_LABEL.match(line) for line in lines)
    )


def _addresses_reader(lines: list[str]) -> bool:
    """Whether most lines address the reader: a question answered on the next line (an
    interview's) does not count, and a page with speaker labels is a transcript."""
    if len(lines) < _MIN_LINES or sum(1 for x in lines if _SPEAKER_LABEL.match(x)) >= 2:
        return False
    hits = 0
    for k, line in enumerate(lines):
        if not _ADDRESS.search(line) or DOUBLE_QUOTE_MARK.search(line):
            continue
        after = lines[k + 1] if k + 1 < len(lines) else ""
        answered = (
            line.endswith("?") and after and not (after.endswith("?") or _ADDRESS.search(after))
        )
        hits += not answered
    speaking = sum(1 for x in lines if _FIRST_PERSON.search(x) and not _ADDRESS.search(x))
    return hits >= _SHARE * len(lines) and 2 * speaking < hits


def not_news_reason(text: str) -> str | None:
    """Why the page `text` is not a news article (a short phrase), or None when it may be."""
    lines = _lines(text)
    if not lines:
        return None
    if _mostly_not_sentences(text):
        return "its text is captions or headlines run together, hardly a sentence"
    if _dated_index(lines):
        return "it is an index of dated items"
    if _addresses_reader(lines):
        return "most lines address the reader (a form or a call for readers' stories)"
    return None


def not_news_flag(text: str) -> Flag | None:
    """The flag of a page `text` that is not news (ingest sets it on the article it builds,
    and analysis skips a flagged article), or None when the page may be news.

    Set at ingest, not by every analysis run: a text handed to the pipeline directly (a
    test corpus, a document someone chose to analyse) is analysed whatever its shape."""
    reason = not_news_reason(text)
    if reason is None:
        return None
    return Flag(
        code=NOT_NEWS_FLAG,
        severity="info",
        message=f"not a news article: {reason}; stored and searchable, not analysed",
    )


def is_not_news(article: Article) -> bool:
    """Whether `article` stays out of the stories' articles: flagged not news or not English
    (`page_flags.kept_out_of_stories`), or, when no pipeline ran on it (`storyline cluster`
    without stages), shaped as a page that is not news."""
    return kept_out_of_stories(article) or not_news_reason(article.text) is not None


def cut_news_box(lines: list[str]) -> list[str]:
    """The lines without a box of other news set above the article: one or two short lines
    (another story's headline) before a "Full Article" link that opens the article's own
    line; the link's words go too."""
    seen = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(seen[: _MAX_BOX_LINES + 1]):
        m = _FULL_ARTICLE.match(lines[i])
        if m is None:
            continue
        before = seen[:k]
        if not before or any(len(lines[j].split()) > _MAX_BOX_WORDS for j in before):
            return lines
        rest = lines[i][m.end() :]
        return [*lines[: before[0]], *([rest] if rest.strip() else []), *lines[i + 1 :]]
    return lines


_LIST_HEAD = re.compile(
    r"\bmost\s+(?:popular|read|viewed|watched|shared|e-?mailed|commented)\s+(?:\w+\s+)?"
    r"(?:stories|articles|headlines|news|items)\b|"
    r"\b(?:top|related|latest|other|more)\s+(?:stories|articles|headlines)\b",
    re.IGNORECASE,
)
"""A line announcing a box of other stories ("The five most popular stories on the site
today", "Related stories", "More headlines"); not "more positive news", a report's words."""
_MAX_HEAD_WORDS = 20
_LIST_ITEM = re.compile(r"^\W*[A-Z][^:.!?\s]*\s[^:.!?]{2,120}?\s?:\s+(?:\S+\s+){4}")
"""A box's item: another story's headline, a colon and its blurb ("Ferry fares to rise :
The operator said on Monday ..."), the headline two words at least with no sentence end of
its own (a live page's clock time "2003 : ..." is no headline)."""
_MIN_LIST_ITEMS = 2
_MAX_LIST_LINES = 30


def cut_story_lists(lines: list[str]) -> list[str]:
    """The lines without a box of other stories set inside the article: a short line
    announcing it ("The five most popular stories ...") followed at once by two or more
    items "Headline : blurb"; a blurb's second line goes with its item when another item
    follows it. The box's headlines would read as speakers of their blurbs ("Ferry fares
    to rise : the operator says ..."), and its items are not the article's news."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if (
            len(line.split()) <= _MAX_HEAD_WORDS
            and _LIST_HEAD.search(line)
            and not _LIST_ITEM.match(line)
        ):
            end = _list_end(lines, i + 1)
            if end is not None:
                i = end
                continue
        out.append(lines[i])
        i += 1
    return out


def _list_end(lines: list[str], start: int) -> int | None:
    """Where a box of items starting at `start` ends (the first line after it), or None when
    fewer than _MIN_LIST_ITEMS items follow."""
    items = 0
    k = start
    end = start
    while k < len(lines) and k - start < _MAX_LIST_LINES:
        if _LIST_ITEM.match(lines[k].strip()):
            items += 1
            end = k = k + 1
        elif items and k + 1 < len(lines) and _LIST_ITEM.match(lines[k + 1].strip()):
            k += 1  # a blurb's second line, another item after it
        else:
            break
    return end if items >= _MIN_LIST_ITEMS else None


def cut_gallery_captions(lines: list[str]) -> list[str]:
    """The lines without a gallery of photo captions set above the story: captions whose
    credits (`_LINE_CREDIT`) a flattened page runs into the next line, from the top, at
    least `_MIN_GALLERY_CREDITS` of them no more than `_MAX_CREDIT_GAP` lines apart. The
    text after the last credit is the story's first line, and stays; the captions and
    credits before it go (a caption titled the story and gave it its speakers)."""
    seen = [i for i, line in enumerate(lines) if line.strip()]
    credits: list[int] = []
    for k, i in enumerate(seen):
        if _credit(lines[i]) is not None:
            gap = k - (credits[-1] if credits else -1)
            if gap > _MAX_CREDIT_GAP:
                break
            credits.append(k)
        elif k - (credits[-1] if credits else -1) > _MAX_CREDIT_GAP:
            break
    if len(credits) < _MIN_GALLERY_CREDITS:
        return lines
    last = seen[credits[-1]]
    # every line cut is a caption: short, one sentence at most (a full stop only at its end)
    for i in seen[: credits[-1] + 1]:
        words = _caption_of(lines[i]) if i != last else ""
        if len(words.split()) > _MAX_CAPTION_WORDS or _SENTENCE_END.search(words.rstrip(" .")):
            return lines
    m = _credit(lines[last])
    assert m is not None
    return [lines[last][m.end() :], *lines[last + 1 :]]


def _credit(line: str) -> re.Match[str] | None:
    """The photo credit in brackets opening `line`, or None (see `_CREDIT_SHAPE`)."""
    m = _LINE_CREDIT.match(line)
    return m if m is not None and _CREDIT_SHAPE.match(m.group(1)) else None


def _caption_of(line: str) -> str:
    """`line` without the credit opening it: the caption it holds."""
    m = _credit(line)
    return line[m.end() :] if m is not None else line
