"""A headline (and its standfirst) run into the first sentence on one line.

A page flattened sentence by sentence keeps a headline, the standfirst under it and the
first sentence of the story on one line when nothing but layout parted them: no full stop
ends a headline. Read as text, the line is one long sentence that opens with the headline:
its words become a speaker ("... and Blair Mahathir brands ...": a speaker "Blair
Mahathir"), the story is titled by all of it. `headline.split_headline` parts a headline
that is a line of its own; this module finds where the headline ends inside the first line,
from evidence the line itself gives, and takes the text before it as the title:

- the page's own time stamp set between the standfirst and the story ("... flu outbreaks
  Saturday 2 May 2009 22.09 BST A member of ..."): a full date with its clock time, which
  no sentence writes between two of its words;
- a new sentence opening inside the line (`run_in_end`: "... a fierce storm The harbour
  board said ..." or "... across the bay It is ...": a function word or a pronoun with a
  capital after a word, or a common word the article writes in lower case elsewhere);
- the story naming in full someone the headline named by one name ("Mayor savages Lee and
  Ward Holt ... Ward Holt Brennan , the city 's mayor , said ..."): a news lead gives the
  full name at its first mention, a headline the short one.

Each cut leaves a full sentence after it (a capital, several words, a full stop): a first
line with no such evidence, or too short a head, stays whole. Only shapes and the
article's own words are read, no names or outlets.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import CLOCK_PATTERN, DATE_PATTERN
from storyline.text.line_words import (
    FUNCTION_WORDS,
    ArticleWords,
    is_about,
    reads_as_clause,
    run_in_end,
)

__all__ = ["split_run_in_headline"]

_MIN_HEAD_WORDS = 4
"""Words a headline keeps at least: fewer is a label or a section's name."""
_MAX_HEAD_WORDS = 45
"""Words a headline with its standfirst runs to at most: a longer head is prose."""
_MIN_RESTATED_WORDS = 6
"""Words of a standfirst the story restates before the title leaves it out: fewer may
recur by chance."""
_MAX_CAPTION_WORDS = 16
"""Words of a caption at most: a longer clause is a standfirst under the headline."""
_MIN_REST_WORDS = 6
"""Words the sentence left after the cut needs: the story's lead, not a fragment."""
_DAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_STAMP = re.compile(
    rf"(?<=[\w'’”),?!|])\s+(?:{_DAY}\s*,?\s*)?{DATE_PATTERN}\s*[,;:]?\s*{CLOCK_PATTERN}"
    r"(?:\s*(?:[|:,]|--?|–|—)(?=\s))?\s+(?=[A-Z\"“‘'`(]|-LRB-)"
)
"""A page's date and clock time set inside the first line, after a word and before a
capital ("... outbreaks Saturday 2 May 2009 22.09 BST A member ..."): both together, a
year and a clock time, are the page's stamp, never a sentence's own date."""
_TRAILING_DATELINE = re.compile(r"\s+[A-Z][A-Z.'’,\\/ -]*\s*\|\s*$")
"""A dateline in capitals with its bar before a stamp ("... : report PORT ELM |")."""
_DATELINE_REACH = 120
"""Characters before the stamp a dateline is looked for in: a dateline is a few words, and
the pattern's class takes spaces, so searched over a whole long line it backtracks from
every start (quadratic)."""
_CLOCK = re.compile(rf"\b{CLOCK_PATTERN}")
_CREDIT_END = re.compile(r"(?:-RRB-|\))\s*-+$|\s-+$")
"""A head ending on a dash (after an agency's credit): the dateline before a wire story."""
_INNER_DATELINE = re.compile(r"(?:\)|-RRB-)\s*(?:--|—|–|-)\s")
"""An agency's credit and a dash inside the rest ("... Port Elm (Agency) -- The ..."): the
wire lead comes later, so what runs before it are highlights, not a lead."""
_SENTENCE_END = re.compile(r"[.!?]\s*(?:[\"'”’)]|'')*\s*$")
_NAME = re.compile(r"(?<![\w-])([A-Z][a-z][\w'’-]*)\s+([A-Z][a-z][\w'’-]*)(?=\s+,)")
"""A name of two capitalised words followed by a comma, as a lead sets a person's name
before what they are ("Ward Holt Brennan , the city 's mayor , ...")."""
_LONE = r"(?<![\w-]){}(?=\s+[a-z])"
"""A name's word standing alone before a lower-case word, as a headline's subject does
("... Holt brands ..."), not the end of another name followed by a comma ("Ann Holt ,")."""
_TITLE_CASE_END = re.compile(r"\s+([A-Z][a-z]*)\s+(?=[a-z])")
"""A capitalised word before a lower-case one: in a Title Case headline, where its last
word meets the sentence after it ("... Economic Recovery The outbreak is ...")."""


def _is_head(head: str) -> bool:
    """Whether `head` is shaped as a headline (with its standfirst): opening with a capital
    (or a quotation mark), some letters in lower case (a dateline in capitals has none), not
    a byline or a dateline, of a headline's length, and not ending as a sentence does."""
    words = head.split()
    if not _MIN_HEAD_WORDS <= len(words) <= _MAX_HEAD_WORDS or words[0] == "By":
        return False
    # a head in brackets is a photo's credit; one ending on a possessive ("... Egypt 's")
    # stops inside a name ("Egypt 's Embassy in London"), where no headline ends
    if words[0] in ("(", "-LRB-") or head.startswith("(") or words[-1].endswith(("'s", "’s")):
        return False
    first = next((c for c in head if c.isalnum()), "")
    if not first.isupper() or not any(c.islower() for c in head):
        return False
    # a bar, a clock time or an agency's credit is the page's dateline, never a headline
    if "|" in head or _CLOCK.search(head) or _CREDIT_END.search(head):
        return False
    return _SENTENCE_END.search(head) is None


def _without_restated_standfirst(head: str, body: str) -> str:
    """`head` ended before its standfirst when the story restates that standfirst word for
    word (a standfirst of `_MIN_RESTATED_WORDS` words or more, opening with a capital after
    a headline of `_MIN_HEAD_WORDS` words or more): the body keeps the words, the title is
    the headline alone."""
    words = head.split()
    flat = f" {' '.join(body.split())} "
    for k in range(_MIN_HEAD_WORDS, len(words) - _MIN_RESTATED_WORDS + 1):
        if words[k][:1].isupper() and f" {' '.join(words[k:])} " in flat:
            return " ".join(words[:k])
    return head


def _is_caption(head: str) -> bool:
    """Whether a head run in before the lead is a photo's caption: a short full clause
    ending on a lower-case word ("Crews are at work on the harbour wall"), where a headline
    drops the verb ("Harbour wall to be rebuilt"). It leaves the body as a headline does,
    but titles nothing: the lead does. A head before the page's stamp is never a caption
    (the page sets its stamp under the headline and standfirst, a caption under the
    picture)."""
    words = head.split()
    last = head.rstrip("'’”` ").split()[-1]
    return len(words) <= _MAX_CAPTION_WORDS and last[:1].islower() and reads_as_clause(head)


def _is_lead(rest: str) -> bool:
    """Whether `rest` reads as a full sentence: opening with a capital, several words, a
    full stop (or a question or exclamation mark) at its end."""
    first = next((c for c in rest if c.isalnum()), "")
    return (
        first.isupper()
        and len(rest.split()) >= _MIN_REST_WORDS
        and _SENTENCE_END.search(rest) is not None
    )


def _stamp_cut(line: str) -> tuple[str, str] | None:
    m = _STAMP.search(line)
    if m is None:
        return None
    near = max(0, m.start() - _DATELINE_REACH)
    head = (line[:near] + _TRAILING_DATELINE.sub("", line[near : m.start()])).strip()
    rest = line[m.end() :].strip()
    return (head, rest) if _is_head(head) else None


def _full_name_cut(line: str) -> int | None:
    """Where a lead naming someone in full starts after a head that named them by one of
    their names alone: the first two-word name, followed by a comma, whose first or last
    word stands alone before a lower-case word earlier in the line, after a word that is
    not a function word."""
    for m in _NAME.finditer(line):
        before = line[: m.start()]
        words = before.split()
        # after a lower-case word the name goes on the sentence ("... while Ann Holt ,",
        # "his brother Tom Holt ,"): a headline ends on a quote, a name or a figure
        if len(words) < _MIN_HEAD_WORDS or words[-1][:1].islower():
            continue
        if words[-1].endswith(",") or words[-1] == ",":
            continue
        full = f"{m.group(1)} {m.group(2)}"
        if full in before:
            continue
        if any(re.search(_LONE.format(re.escape(part)), before) for part in m.groups()):
            return m.start()
    return None


def _title_case_cut(line: str) -> int | None:
    """Where a headline written in Title Case ends: at its first capitalised function word
    followed by a lower-case word ("Harbour Fees Rise Again The board said ..."), when
    every word before it of more than three letters is capitalised. `run_in_end` reads no
    sentence off a Title Case line; a function word so set opens one all the same."""
    m = _TITLE_CASE_END.search(line)
    if m is None or m.group(1).lower() not in FUNCTION_WORDS:
        return None
    # the sentence goes on in lower case ("The outbreak is"); a headline's own "Topic A in
    # Popular Music" returns to capitals
    after = line[m.end() :].split()[:3]
    if not any(w[:1].islower() and w.lower() not in FUNCTION_WORDS for w in after):
        return None
    words = [w for w in line[: m.start()].split() if w[:1].isalpha()]
    if len(words) < _MIN_HEAD_WORDS - 1 or any(w[0].islower() and len(w) > 3 for w in words):
        return None
    return m.start()


def split_run_in_headline(text: str) -> tuple[str | None, str]:
    """(headline, rest of the body) when the first line of `text` opens with a headline run
    into the story's first sentence (see the module), else (None, `text`)."""
    stripped = text.lstrip()
    line, sep, after = stripped.partition("\n")
    flat = " ".join(line.split())
    cut = _stamp_cut(flat)
    stamped = cut is not None
    words = ArticleWords(stripped)
    if cut is None:
        at = run_in_end(flat, words, common_words=False)
        if at is None:
            at = _title_case_cut(flat)
        if at is None:
            at = _full_name_cut(flat)
        # a head read off the line's words alone must also be about the article
        if (
            at is not None
            and _is_head(flat[:at].strip())
            and is_about(flat[:at], words, written=flat[:at].strip())
        ):
            cut = flat[:at].strip(), flat[at:].strip()
    if cut is None or not _is_lead(cut[1]):
        return None, text
    # a wire dateline further on ("... he says Port Elm (Agency) -- The ...") puts the lead
    # after it: the line holds highlights, and a cut before it would not reach the lead
    if not stamped and _INNER_DATELINE.search(cut[1]):
        return None, text
    head, rest = cut
    body = f"{rest}{sep}{after}".strip()
    head = _without_restated_standfirst(head, body)
    # a caption is set above the lead alone: a rest that runs on into a further sentence
    # is a standfirst or a list of highlights under a headline
    # a head written as a full clause may be a caption, or the lead itself misread: with no
    # stamp to part it from the story, the line stays whole (a miss costs a title, a false
    # cut the source's words)
    if not stamped and _is_caption(head):
        return None, text
    return head, body
