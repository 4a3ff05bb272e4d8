"""Page text around a headline that a story title must leave out.

Flattened wire pages open with a header the page sets above the story: the place filed
from, a "|" and the time stamp ("HARBOUR TOWN, Region | Sun Oct 2, 2011 6:21 pm EDT"),
then the dateline again in front of the lead ("HARBOUR TOWN, Region (Agency) - ...") and
sometimes an update note ("(Adds minister's quotes)"). Cut at the wrong place, the header
alone ("HARBOUR TOWN, Region | Sun") became a story's title; kept, it runs after the real
headline ("Port reopens HARBOUR TOWN | Mon"). Other pages open with a correction note
about an earlier version ("This article quoted ... as saying ..."), a promotion of a map
or a newsletter ("View how ...", "Get the ... delivered to your inbox"), a slogan of the
outlet ("Still the sharpest harbour coverage."), a line presenting the page's own contents
("Here are today's highlights ..."), or set a headline
in Title Case straight before the first words of the photo caption or the lead ("Port
Reopens After Storm Sen. Ann Lee, speaking ..."). Only shapes are read: capitals, the
"|", stamps, the words a correction or a promotion is written in; never names or outlets.
"""

from __future__ import annotations

import re

from storyline.ingest.headers import CLOCK_PATTERN, DATE_PATTERN
from storyline.text.calendar_names import MONTH_PATTERN, WEEKDAY_PATTERN
from storyline.text.line_words import SMALL_WORDS, ArticleWords, common_words_capitalised

__all__ = [
    "cut_run_in_header",
    "is_correction_note",
    "is_page_intro",
    "is_promotion",
    "is_slogan",
    "leans_on_line_before",
    "strip_lead_dash",
    "strip_page_header",
    "title_case_head",
    "without_correction",
    "without_link_list",
    "without_page_selling",
]

_DAY = WEEKDAY_PATTERN
_PLACE_WORD = r"[A-Z][A-Z.'’\\/-]*[A-Z.]"
_PLACE = (
    rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})*"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?"
    rf"(?:\s*,\s*{MONTH_PATTERN}\s+\d{{1,2}})?"
)
"""A place in capitals, with a region and a day after commas ("HARBOUR TOWN , Region",
"HARBOUR TOWN , Region , July 31", "NORTH PORT\\/SOUTH PORT")."""
_STAMP = (
    rf"(?:{_DAY}\s*,?\s*)?{DATE_PATTERN}(?:\s*,?\s*(?:at\s+)?{CLOCK_PATTERN})?"
    r"(?:\s+[A-Z]{2,4}\b)?"
)
_HEADER = re.compile(
    rf"^\W*(?:{_PLACE}|{MONTH_PATTERN}\s+\d{{1,2}})\s*\|\s*{_STAMP}\s*"
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}\s*(?:\(|-LRB-)[^()]{{0,30}}?(?:\)|-RRB-)\s*[-–—]+\s+)?"
    r"|^\d{4}[-/ ]\d{2}[-/ ]\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,4})?\s+"
)
"""A page header: the place (or a day with no place, "July 23"), a "|" and a time stamp,
with the day's dateline after it ("July 23 (Agency) -"); or a stamp in figures alone
("2011 06 13 00:11 GMT")."""
_RUN_IN_HEADER = re.compile(rf"\s+{_PLACE}\s*\|\s*{_DAY}(?=\s|$)")
"""The same header run in after the headline ("... spill claims HARBOUR TOWN | Thu"): a
place in capitals, a "|" and a weekday, which no headline writes."""
_UPDATE_NOTE = re.compile(
    r"^(?:[A-Z]{2,4}\s+)?(?:\(|-LRB-)\s*(?:Adds|Updates?|Recasts|Corrects|Changes|Rewrites|"
    r"Repeats|Refiles|Fixes|Moves|Writes\s+through)\b[^()]{0,100}?(?:\)|-RRB-)\s*"
)
"""A wire update note ("(Adds minister's quotes)"), maybe behind a stamp's time zone."""
_LEAD_DASH = re.compile(
    r"^(?:(?:\(|-LRB-)\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,3}\s*(?:\)|-RRB-))?\s*[-–—]+\s+"
)
"""A dateline of a credit alone, or a bare dash, in front of the lead ("(Agency) - ")."""

_CORRECTION = re.compile(
    r"^\W*(?:(?:Correction|Clarification|Editor'?s\s+note)\s*:"
    r"|(?:(?:This|An\s+earlier|A\s+previous|An\s+earlier\s+version\s+of\s+this|"
    r"(?:Earlier|Previous)\s+versions?\s+of\s+this)\s+"
    r"(?:(?:edited|earlier|online|print)\s+)?"
    r"(?:article|story|report|column|version|item|editorial|transcript|post|graphic|caption)\b"
    r"[^.]{0,80}?\b"
    r"|The\s+(?:article|story|column)\s+(?=(?:incorrectly|erroneously|wrongly|mistakenly)\s+"
    r"(?:said|stated|described|reported|gave|identified|quoted|referred|called|named)\b|"
    r"mis(?:stated|identified|quoted|spelled)\b))"
    r"(?:quoted|misquoted|misstated|misidentified|misspelled|misattributed|omitted|incorrectly|"
    r"erroneously|wrongly|mistakenly|referred\s+to\b[^.]{0,80}?\bas|"
    r"was\s+(?:corrected|updated|amended|changed)|has\s+been\s+(?:corrected|updated|amended|"
    r"changed)|said\s+incorrectly|gave\s+(?:an?\s+|the\s+)?(?:incorrect|wrong)|"
    r"carried\s+(?:an?\s+|the\s+)?(?:incorrect|wrong))\b)",
    re.IGNORECASE,
)
"""A note about an earlier version of the page ("This article quoted ... as saying",
"An earlier version of this story misstated ...", "Earlier versions of this article
carried the wrong dateline", "Correction: ..."): the page speaking about itself, not the
news. "The report quoted ..." is news about a report, so only "This", "An earlier", "A
previous" or "Earlier versions of this" open such a note, and "The" only before the
page's own nouns (article, story, column) with a word of error ("The article incorrectly
said ...")."""
_PROMOTION = re.compile(
    r"^\W*(?:view|watch|see|explore|click|tap|listen|browse|discover|find\s+out|take\s+a\s+look)"
    r"\s+(?:how|what|where|who|why|when|our|the\s+(?:full|latest|interactive)|more|all|here|"
    r"this|these|photos|video|pictures)\b"
    r"|\b(?:delivered|sent)\s+to\s+your\s+(?:inbox|email|e-mail|phone|mobile)"
    r"|\bclick\s+(?:here|to|on|below)\b|\bone\s+click\b"
    r"|^\W*(?:send|e-?mail|write)\b[^.!?]{0,80}\bto\s+us\b|^\W*send\s+us\s+your\b"
    r"|^\W*if\s+you\s+(?:have|know|see)\b[^.!?]{0,120}?\b(?:we\s+(?:want|would\s+like|['’]d"
    r"\s+like)\s+to\s+(?:know|hear)|(?:contact|tell|e-?mail|call|send|write\s+to)\s+us)\b"
    r"|\bsign\s+up\s+(?:for|to)\b|\bsubscribe\s+(?:to|now)\b"
    r"|^\W*(?:join\s+us|tune\s+in|stay\s+tuned)\b",
    re.IGNORECASE,
)
"""A promotion addressed to the reader ("View how the coast is at risk", "Get the morning
newsletter delivered to your inbox", a broadcaster's "Join us live from ...") or an appeal
for the reader's tips ("If you have tips on ..., we want to know." "Send us your
suggestions."): the page selling or asking, not a headline."""

_SCHEDULE = re.compile(
    r"^\W*(?:watch|catch|see|tune\s+in\s+to|join)\b[^.!?]{0,60}?\bat\s+\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:&|and|,)\s*\d{1,2}(?:[:.]\d{2})?)*\s*[ap]\.?\s?m\b",
    re.IGNORECASE,
)
"""A broadcast's schedule addressed to the viewer ("Watch the Evening Desk at 8 & 10 p.m.
ET"): the page promoting a programme. The line before it is that programme's blurb (a
clip of another day, maybe another story), not the article's headline."""

_PAGE_INTRO = re.compile(
    r"^\W*(?:(?:Here|Below)\s+(?:then\s+|now\s+|again\s+)?(?:is|are|['’]s)"
    r"|(?:The\s+)?Following\s+(?:is|are))\b",
    re.IGNORECASE,
)
"""A line presenting what the page holds ("Here then are today's highlights ...", "Following
are details of ..."): the page introducing a list, not a report."""
_PRAISE = (
    r"(?:best|latest|essential|trusted|smartest|sharpest|fastest|leading|definitive|"
    r"indispensable|complete|comprehensive|breaking|top|must-read|finest|most\s+[a-z]+)"
)
_PRODUCT = (
    r"(?:coverage|news|source|reporting|journalism|analysis|commentary|newsletter|briefing|"
    r"digest|updates|headlines|read|guide|insight)"
)
_SLOGAN = re.compile(
    rf"\b(?:the|your|our|its)\s+{_PRAISE}\s+(?:[\w'’-]+\s+){{0,3}}?{_PRODUCT}\b"
    r"[^.!?]*[.!]\W*$",
    re.IGNORECASE,
)
"""Praise of what the outlet offers, in a line ended as a sentence ("Still the best
political coverage."): a headline has no full stop."""
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|"
    r"shall|should|do|does|did|says|said|\w+ed)\b|['’](?:s|re|ve|ll|d)\b",
    re.IGNORECASE,
)
_MAX_SLOGAN_WORDS = 16
"""A slogan is a line: a longer text is a sentence of the article."""
_LEANS_ON = re.compile(r"^\W*(?:It|This|That|These|Those)\b")
"""A line opening with "It" or "This" and going on about it ("It's like reading it on the
blog, ..."): it continues the line before it."""

_SMALL = SMALL_WORDS | {"vs", "is", "are", "be", "up", "off", "out"}
"""Words a Title Case headline leaves in lower case."""
_HONORIFIC = re.compile(r"(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Rev|Col|Capt|Lt|Sgt)\.$")
_ROLE = re.compile(
    r"(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms|Prof|Rev|Col|Capt|Lt|Sgt)\.|President|Senator|Governor|"
    r"Secretary|Minister|Chairman|Chairwoman|Mayor|Judge|General|Professor|Chancellor|Premier"
)
"""A title in front of a name: the sentence starts with it ("President Lee said")."""
_TOKEN = re.compile(r"\S+")
_CLITIC = re.compile(r"(?:n['’]t|['’][a-z]*)")
"""A clitic split off its word in tokenised text ("Fate 's", "do n't"): part of the word."""
_MIN_HEAD_WORDS = 4
_MAX_LINK_WORDS = 15
_MIN_LINKS = 3
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)]*$")


def strip_page_header(text: str) -> str:
    """`text` without a page header (place, "|", time stamp), an update note and a dash
    left of the dateline in front of it."""
    for pattern in (_HEADER, _UPDATE_NOTE):
        text = pattern.sub("", text, count=1)
    return text


def strip_lead_dash(text: str) -> str:
    """`text` without a credit and a dash in front ("(Agency) - The port ...")."""
    return _LEAD_DASH.sub("", text, count=1)


def cut_run_in_header(text: str) -> str:
    """`text` ended before a page header run in after the headline, when three words at
    least stay in front of it."""
    m = _RUN_IN_HEADER.search(text)
    if m is not None and len(text[: m.start()].split()) >= 3:
        return text[: m.start()]
    return text


def is_correction_note(text: str) -> bool:
    """Whether `text` is a note about an earlier version of the page."""
    return bool(_CORRECTION.search(" ".join(text.split())))


def is_promotion(text: str) -> bool:
    """Whether `text` promotes a page feature or a newsletter to the reader."""
    flat = " ".join(text.split())
    return bool(_PROMOTION.search(flat) or _SCHEDULE.search(flat))


def is_page_intro(text: str) -> bool:
    """Whether `text` presents the page's own contents ("Here are today's highlights")."""
    return bool(_PAGE_INTRO.search(" ".join(text.split())))


def is_slogan(text: str) -> bool:
    """Whether `text` is an outlet's slogan: a short line with no verb that praises what the
    outlet offers ("Still the best political coverage.", "Your essential source for the
    latest news on ..."). A headline without a verb names an event or a place, not the
    news itself as a product."""
    flat = " ".join(text.split())
    return (
        len(flat.split()) <= _MAX_SLOGAN_WORDS
        and _SLOGAN.search(flat) is not None
        and _VERB.search(flat) is None
    )


def leans_on_line_before(text: str) -> bool:
    """Whether `text` opens with "It", "This" or "That" about the line before it: after a
    promotion or a slogan it is more of the same ("It's like reading it on the blog")."""
    return bool(_LEANS_ON.match(" ".join(text.split())))


def _capitalised(token: str) -> bool:
    first = re.search(r"[^\W_]", token)
    return first is None or not token[first.start()].islower()


def title_case_head(text: str, article: ArticleWords) -> str:
    """The Title Case headline at the start of `text`, ended where the first words of a
    caption or a lead run into it ("Port Reopens After Storm Traders work at the quay"),
    else `text` unchanged. Only a head of four words or more whose words are all
    capitalised but for small function words is read so: in a Title Case headline a
    lower-case word that is not such a word starts a sentence that began one word before
    (two when that word is an acronym: "Aspiring U.S. voters hope"), or at a title such as
    "Sen." before a name that a comma or a parenthesis follows (the lead's "Sen. Ann Lee,
    campaigning in ..."). The head must show two common words written with a capital
    (words `article` writes in lower case and never capitalises inside a sentence): a
    sentence opening with a long name ("The Harbour Board Authority said") shows none."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    words = [t for _, t in tokens]
    for i, word in enumerate(words):
        if _HONORIFIC.search(word) and i >= _MIN_HEAD_WORDS and _head(words[:i], text, article):
            after = words[i + 1 : i + 5]
            names = 0
            while names < len(after) and after[names][:1].isupper() and after[names][:1] != "-":
                names += 1
            rest = after[names] if names < len(after) else ""
            if names and (rest in {",", "(", "-LRB-"} or rest.startswith(("(", ","))):
                return text[: tokens[i][0]].rstrip(" ,;:")
        if not re.match(r"[a-z]", word) or word in _SMALL or _CLITIC.fullmatch(word):
            continue
        start = i - 1
        if start >= 1 and re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,}", words[start]):
            start -= 1
        if start >= 1 and _CLITIC.fullmatch(words[start]):
            start = _name_start(words, start - 1, article)
        elif (
            start >= 1
            and _is_name_word(words[start], article)
            and _is_name_word(words[start - 1], article)
            # "... Decisions on Hold Seven weeks after": a word after "on" is the head's own
            # (after "the" it may open a name: "... of the European Parliament vote")
            and not (start >= 2 and words[start - 2] in _SMALL - {"a", "an", "the"})
        ):
            # "... Bleak Picture Ann Lovell operates a lathe": the caption opens with a
            # person's given name and surname, neither ever written in lower case
            start -= 1
        start = _with_role(words, start)
        if start < _MIN_HEAD_WORDS or not _capitalised(words[start]):
            return text
        if not _head(words[:start], text, article):
            return text
        head = text[: tokens[start][0]].rstrip(" ,;:")
        # a cut inside quotation marks ends inside a work's title ("Author of `` The Grumpy
        # Man , '' Ned Lee ..."): the capitals are the title's, not a headline's
        return text if _open_quote(head) else head
    return text


def _open_quote(text: str) -> bool:
    """Whether `text` ends inside a quotation it opened (`` or “ without its closing mark)."""
    return text.count("``") > text.count("''") or text.count("“") > text.count("”")


def _is_name_word(word: str, article: ArticleWords) -> bool:
    """A capitalised word of letters the article never writes in lower case: a name's."""
    return (
        re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and word.lower() not in article.lower_case()
        and word not in _SMALL
    )


def _name_start(words: list[str], end: int, article: ArticleWords) -> int:
    """Where the name ending at `end` starts ("Ann Lee 's plan"): up to two capitalised
    words before it that the article never writes in lower case (names, not headline
    words) belong to it."""
    start = end
    while (
        start >= 1
        and end - start < 2
        and words[start - 1][:1].isupper()
        and words[start - 1].lower() not in article.lower_case()
    ):
        start -= 1
    return start


def _with_role(words: list[str], start: int) -> int:
    """`start` moved back to a title a few capitalised words before it ("President Ann Lee
    said"): the sentence starts with the title, not inside the name."""
    for back in range(1, 4):
        k = start - back
        if k < 1 or not all(_capitalised(w) for w in words[k + 1 : start + 1]):
            break
        if _ROLE.fullmatch(words[k]):
            return k
    return start


def _head(words: list[str], line: str, article: ArticleWords) -> bool:
    """Whether `words` are a Title Case headline by their shape and by the article's words."""
    return _head_is_title_case(words) and common_words_capitalised(words[1:], line, article) >= 2


def _head_is_title_case(words: list[str]) -> bool:
    """Whether every word of `words` is capitalised but for small function words, and
    there are `_MIN_HEAD_WORDS` words at least with more than one word capitalised after
    the first."""
    lettered = [w for w in words if re.search(r"[^\W\d_]", w) and not _CLITIC.fullmatch(w)]
    if len(lettered) < _MIN_HEAD_WORDS:
        return False
    if any(not _capitalised(w) and w not in _SMALL for w in lettered):
        return False
    return sum(1 for w in lettered[1:] if _capitalised(w)) >= 2


_TITLE_CASE_OPEN = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+){3}[A-Z]")
"""Four capitalised words opening a line: a Title Case headline (with a caption run in
after it, the line may end with a full stop), not a note going on about a correction."""


def without_correction(candidates: list[str], titled: int) -> list[str]:
    """The candidates without a correction note at the top of the page and the sentence
    after it when that ends as a sentence does: a note runs on to say what was meant
    ("X was referring to ..."); the headline after it has no full stop, or opens in Title
    Case when a caption run in after it ends the line with one."""
    out: list[str] = []
    skip = False
    for i, candidate in enumerate(candidates):
        if i >= titled and is_correction_note(candidate):
            skip = True
            continue
        if (
            skip
            and re.search(r"[.!]\W*$", candidate.strip())
            and not _TITLE_CASE_OPEN.match(candidate)
        ):
            skip = False
            continue
        skip = False
        out.append(candidate)
    return out


def without_page_selling(candidates: list[str], titled: int) -> list[str]:
    """The candidates without a line that goes on about a promotion or a slogan just
    before it ("Get the digest delivered to your inbox." "It's like reading the blog, only
    quicker."): the page is still selling itself. A line set just above a broadcast's
    schedule ("Ann Lee reports on ... Watch the Evening Desk at 8 p.m.") is the programme's
    blurb, and goes too."""
    out: list[str] = []
    selling = False
    for i, candidate in enumerate(candidates):
        text = candidate if i >= titled else ""
        if selling and leans_on_line_before(text):
            continue
        after = candidates[i + 1] if i + 1 < len(candidates) else ""
        if text and _SCHEDULE.search(" ".join(after.split())):
            continue  # a programme's blurb, set above its schedule
        selling = bool(text) and (is_promotion(text) or is_slogan(text))
        out.append(candidate)
    return out


def without_link_list(lines: list[str]) -> list[str]:
    """`lines` without a list of headlines opening them: three or more short lines in a row
    with no full stop, before a sentence, are links to other stories (a roundup page), not
    this page's headline; one headline and a standfirst make two."""
    k = 0
    while (
        k < len(lines)
        and len(lines[k].split()) <= _MAX_LINK_WORDS
        and not (_SENTENCE_CLOSE.search(lines[k]))
    ):
        k += 1
    return lines[k:] if _MIN_LINKS <= k < len(lines) else lines
