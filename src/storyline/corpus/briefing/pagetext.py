"""Sentences a briefing never presents as news: text of the page around an article.

Ingest cuts most page furniture, but what it leaves (a transcript header, a
timestamped standfirst, a promo line, a related-links headline) still reaches
the sentence splitter. A brief that shows such a line as the "latest
development", or reads a count from it, misleads its reader. These tests are on
the form of a line, never on its words' topic:

- a page timestamp: a clock time with a time zone ("16.29 BST", "11:00 ET", "1600ET"), or
  an item's stamp of weekday, date, year and clock time (pageitems.ITEM_STAMP);
- a calendar date written with slashes ("1/31/11"), which prose does not use;
- a run of four or more upper-case words ("THIS IS A RUSH TRANSCRIPT") or a
  transcript turn's label ("KURTZ, HOST:", "UNIDENTIFIED MALE:");
- a note to the reader ("Note: ...", "Editor's note: ...");
- a line addressed to the reader of the page ("See ...", "Watch ...", "Click ...",
  "For details, see ...") or, outside a quotation, to its reader or viewer as "you"
  ("Today you'll hear his thoughts on ...": a presenter's turn, not a reported event);
- a question the page asks, outside a quotation ("So what happens now ?"): a
  presenter's or columnist's question reports nothing;
- a fragment: it opens in lower case or with a bullet, or ends without
  the punctuation that closes a sentence (a headline, a link, a caption).

`without_dateline` removes a wire dateline's tail ("Reuters) - ", "-RRB- --")
from the text a reader is shown; the tests above read the sentence without it and
without a bracket the splitter left at its end ("... '' -LRB-").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from storyline.corpus.briefing.pageitems import ITEM_STAMP
from storyline.model import Article
from storyline.text.calendar_names import FULL_MONTH_PATTERN, FULL_WEEKDAY_PATTERN
from storyline.text.speaker_labels import SENTENCE_TURN_LABEL

__all__ = [
    "QUOTE_REPEATED_WORDS",
    "glued_heading",
    "in_page_text",
    "inside_quotation",
    "is_page_text",
    "is_stamped",
    "news_sentences_only",
    "repeats_its_opening",
    "unfit_line",
    "without_dateline",
]

_TIMESTAMP = re.compile(
    r"\b(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?|[012]\d[0-5]\d)"
    r"(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\b"
)
"""A clock time with its zone: "16.29 BST", "11:00 ET", a schedule's "1600ET" (not "1600 GMT")."""
_NOTE = re.compile(r"(?i)^(?:editor\s*'?\s*s\s+)?note\s*:")
"""A note to the reader ("Note: the full interview airs at ...", "Editor's note: ...")."""
_SLASH_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'.-]*[A-Z](?:[\s,]+(?:A|I|[A-Z][A-Z'.-]*[A-Z])\b){3,}")
_TO_THE_READER = re.compile(
    r"^(?:For\s+(?:details|more|further)\b[^,]{0,40},\s*)?"
    r"(?:[Ss]ee|[Ww]atch|[Cc]lick|[Tt]ap|[Dd]ownload|[Ll]isten|[Ss]ubscribe|[Ss]ign\s+up|"
    r"[Ss]hare\s+(?:this|on)|[Ee]xplore|[Vv]iew|[Vv]isit|[Ff]ollow(?!-))\b"
)
"""Not "Share prices rose" nor "Follow-up talks": "share" and "follow" only as a page's."""
_QUOTED = re.compile(r"``.*?(?:''|$)|\u201c.*?(?:\u201d|$)|\".*?(?:\"|$)")
"""A quotation (to its close, or the sentence's end when it runs on): someone's own words."""
_QUOTE_OPENS = re.compile(r"``|\u201c")
_QUOTE_CLOSES = re.compile(r"''|\u201d")


def inside_quotation(text: str, begin: int, at: int) -> bool:
    """Whether `at` stands inside a quotation opened after `begin`: more opening quote
    marks than closing ones between them (the words are a speaker's, not the reporter's)."""
    return len(_QUOTE_OPENS.findall(text, begin, at)) > len(_QUOTE_CLOSES.findall(text, begin, at))


_YOU = re.compile(r"(?i)\byou(?:r|rs|rself|rselves)?\b")
_FRAGMENT_START = re.compile(r"^(?:[a-z]|[-\u2013\u2014\u2022*|>])")
"""After the dateline is cut: lower case (a splitter's cut inside a sentence), a bullet."""
_CLOSED = re.compile(r"(?:[.!?]|[.!?]\s*(?:''|\"|'|\u201d|\u2019|\)|-RRB-))\s*$")
_DATELINE_TAIL = re.compile(
    r"^(?:(?:[A-Z][\w.'&-]*,?\s+){0,5}(?:-RRB-|\))\s*(?:-{1,2}|\u2013|\u2014)?|"
    r"(?:[A-Z][\w.'&-]*\s*,?\s+){0,3}via\s+[A-Z][\w.'&-]*\s+(?:[A-Z][A-Z.'-]+,?\s+){1,4}"
    r"(?:-{1,2}|\u2013|\u2014)|"
    r"(?:-{1,2}|\u2013|\u2014))\s+(?=[A-Z\"`\u201c])"
)
"""A wire dateline's tail ("Reuters) - ", "-- "), or a picture credit and its dateline run
into the first sentence ("Velm Oil , via VNA PORT ORLA -- Engineers ...")."""
_OPEN_BRACKET_END = re.compile(r"\s*(?:-LRB-|\()\s*$")
"""A splitter's cut before a bracket ("... promise . '' -LRB-"): the sentence closed before it."""


def is_page_text(sentence: str, *, last: bool = False) -> bool:
    """Whether a sentence is page text rather than a sentence of the story (module doc).

    `last`: it ends its article, where a missing full stop is a text cut short, not a
    headline or a link (those stand between the sentences of a page)."""
    text = _OPEN_BRACKET_END.sub("", without_dateline(" ".join(sentence.split())))
    if not text:
        return True
    return bool(
        _TIMESTAMP.search(text)
        or ITEM_STAMP.search(text)
        or _SLASH_DATE.search(text)
        or _CAPS_RUN.search(text)
        or SENTENCE_TURN_LABEL.search(text)
        or _TO_THE_READER.match(text)
        or _NOTE.match(text)
        or _addressed(text)
        or _FRAGMENT_START.match(text)
        or (not last and not _CLOSED.search(text))
    )


def is_stamped(sentence: str) -> bool:
    """Whether a sentence carries a page's stamp: a clock time with its zone, a slashed date
    or a run of upper-case words ("... 15 March 2031 16.16 GMT Crews ...": a headline and
    its timestamp run into the text). Such a span is nobody's words, even inside quotes."""
    text = " ".join(sentence.split())
    return bool(
        _TIMESTAMP.search(text)
        or ITEM_STAMP.search(text)
        or _SLASH_DATE.search(text)
        or _CAPS_RUN.search(text)
    )


def _addressed(text: str) -> bool:
    """Whether the page's own words (its quotations left out) speak to its reader as "you"
    or end in a question."""
    own = _QUOTED.sub(" ", text).rstrip()
    return bool(_YOU.search(own)) or own.endswith("?")


def without_dateline(sentence: str) -> str:
    """The sentence without a wire dateline's tail before it ("Reuters -RRB- - The EU
    said ..." -> "The EU said ...")."""
    m = _DATELINE_TAIL.match(sentence)
    return sentence[m.end() :] if m else sentence


_BYLINE = re.compile(
    r"(?:^|\s)By\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s+"
    r"(?:Staff|Wire|Writers?|Correspondents?|Reporters?|Editors?|for\s+[A-Z]|--\s|-\s)"
)
"""A byline ("By the Velm Wire Staff", "By Ana Ruiz for VNN", "By Jon Vell -- Special to
...") inside a line: the headline and byline the page printed before its first sentence.
Not "By Friday , Velmar had ...": a byline says who wrote, for whom or as what."""

_PRONOUN_START = re.compile(
    r"^(?:(?:On|In|At|By|Last|Early|Late|Later|Earlier)\b[^,]{0,30},\s*)?"
    r"(?:(?:even|but|and|yet|still|so|also|now|then)\s+)?"
    r"(?:he|she|his|her|they|their|we|our|i|my"
    r"|(?:this|that|these|those)\s+(?:[a-z]+ly\s+)?(?:'s|is|was|are|were|has|have|had|will|would|"
    r"could|can|may|might|must|should|does|did|do|seems?|sounds?|means?|appears?|looks?)"
    r")\b",
    re.IGNORECASE,
)
"""A sentence whose subject is a personal pronoun ("On Tuesday, he canceled ...", "His
identity as ...", "They said ...", "I cried when ...") or a demonstrative before its verb
("Even that sounds alarming"): alone in a brief, a reader cannot tell who or what. "This week
the council voted" names its subject; "It was the first visit since ..." (an event's "it")
stays, as the sentence before in the brief is most often that event."""


_OPENERS = (
    r"The|An|Another|All|One|As|But|This|These|Those|It|He|She|They|We|His|Her|Their|Its|After|"
    r"When|While|Some|Many|Most|There"
)
_LETTER_VERB = r"(?:has|have|had|is|was|are|were|will|would|can|could|may|might|must|should)"
_RUN_ON = re.compile(
    rf"\b(?P<last>[a-z][a-z'-]+)\s+(?:{_OPENERS}|A(?!\s+{_LETTER_VERB}\b))\s+[a-z]"
)
"""Two texts run together without a full stop: a caption, a headline or a list glued to the
sentence after it ("... Diseases journal One person has died ...", "... and seven states All
three returned ...", "... as weapons As battles raged ..."): a lower-case word, then a word
that opens a sentence, capitalised, then a lower-case word. Not after a word that a title or
a name may follow ("editor of The Lancet", "said The Times", "got an A in": `_BEFORE_TITLE`).
"A" followed by a verb is a letter naming a kind, the verb's subject ("hepatitis A has
spread"): an article is never followed by one. A letter before a noun ("influenza A virus")
reads as two texts run together ("... data distribution A connected approach to ..."),
which pages of links run together more often."""
_RUN_ON_SUBJECT = re.compile(
    r"\b(?P<last>[a-z][a-z'-]+)\s+[A-Z][a-z]{2,}s\s+"
    r"(?:have|are|were|say|said|believe|warn|warned|fear|think|expect|reported|found)\s+[a-z]"
)
"""A caption glued to a lead that opens on a plural subject ("... close contact with the
virus Doctors have reported ...", "... at the harbour Officials say ..."): a lower-case word,
a capitalised plural and its verb. A name there follows a word `_BEFORE_TITLE` lists ("said
Reuters has", "the Democrats have")."""
_BEFORE_TITLE = frozenset(
    {
        "of", "to", "at", "in", "by", "from", "for", "with", "on", "about", "than", "into",
        "over", "after", "before", "under", "between", "against", "via", "per", "unlike", "like",
        "and", "or", "but", "that", "whether", "as", "so", "if", "when", "where", "while",
        "though", "although", "because", "until", "since", "which", "who", "whom",
        "said", "says", "told", "tells", "asked", "ask", "added", "wrote", "reads", "read",
        "called", "named", "titled", "entitled", "dubbed", "is", "was", "are", "were", "be",
        "been", "become", "became", "see", "a", "an", "the", "my", "his", "her", "their",
        "our", "its", "your", "got",
    }
)  # fmt: skip
_DASH_JOIN = re.compile(r"[.!?]\s*(?:''|\"|\u201d)?\s+(?:--|\u2014)\s+[A-Z]")
"""Two items of a page of updates joined by a dash after a full stop ("... are one . '' --
Israeli Prime Minister ... said Sunday ...")."""


_GLUED_HEADING = re.compile(
    r"\b(?P<last>[a-z][a-z'-]+)\s+(?P<caps>(?:[A-Z][\w'.-]*\s+){1,3}):\s+[A-Z]"
)
"""A heading or a link's label run into the text before it: a lower-case word, then one to
three capitalised words and a colon before a capitalised word ("... and the economy Primary
Papers : Vell on ...", "... I am not leaving Velm Official : Ruiz to yield ..."). Prose
names a title so only after a word a title may follow ("a book called The Squeeze : Oil
...", "author of Boycotts : ...": `_BEFORE_TITLE`) or a word naming a work (`_WORK`)."""
_WORK = frozenset(
    {
        "book", "books", "novel", "memoir", "film", "movie", "paper", "report", "study",
        "essay", "article", "column", "album", "song", "play", "series", "documentary",
        "show", "programme", "program", "blog", "website", "site", "magazine", "journal",
    }
)  # fmt: skip


def glued_heading(text: str) -> bool:
    """Whether `text` runs a heading or a link's label into the words before it
    (`_GLUED_HEADING`)."""
    return any(
        m["last"] not in _BEFORE_TITLE
        and m["last"] not in _WORK
        and not _WHEN.fullmatch(m["caps"].strip())
        for m in _GLUED_HEADING.finditer(text)
    )


_WHEN = re.compile(rf"(?:(?:{FULL_WEEKDAY_PATTERN}|{FULL_MONTH_PATTERN})\b\W*)+")
"""A day or a month before the colon: the sentence's own time ("Three men were charged
Friday : Tom Berne , ..."), no heading."""


REPEATED_WORDS = 4
"""Words a line's opening must repeat later in it to be read as a label run into the text
it labels: three words ("the United States") recur in one sentence of prose."""

QUOTE_REPEATED_WORDS = 6
"""The same for a quote: speech repeats its openings ("I'm sure he has ..., I'm sure he
will ..."), a pull quote run into the quote it is cut from repeats a whole clause."""


def repeats_its_opening(text: str, n: int = REPEATED_WORDS) -> bool:
    """Whether the line's whole first segment, its words up to the first mark of
    punctuation (`n` words at least), recurs later in it, case aside: a label, a pull quote
    or a bio's heading run into the text that says it again ("Editor of the Velm Review ,
    columnist Ana Ruiz is editor of the Velm Review , ..."). A reporter's or a speaker's
    parallel clauses repeat only the opening words of a longer clause ("At least 40 people
    died ..., and at least 40 people are missing", "We will not give up the fight , and we
    will not give up the town"): what differs follows inside the same segment."""
    tokens = _TOKENS.findall(text)
    while tokens and not _WORDS.fullmatch(tokens[0]):
        tokens.pop(0)  # the pull quote's own opening mark
    head: list[str] = []
    for t in tokens:
        if not _WORDS.fullmatch(t):
            break
        head.append(t.casefold())
    words = [t.casefold() for t in tokens if _WORDS.fullmatch(t)]
    m = len(head)
    if m < n:
        return False
    return any(words[i : i + m] == head for i in range(m, len(words) - m + 1))


_WORDS = re.compile(r"\d[\d,.]*\d|'?[^\W_][\w'-]*")
"""A word, a number with its separators ("40,000") or a clitic ("'s", "'m")."""
_TOKENS = re.compile(r"\d[\d,.]*\d|'?[^\W_][\w'-]*|[^\w\s]+")


def _run_on(text: str) -> bool:
    """Whether the line runs two texts together (`_RUN_ON`, `_RUN_ON_SUBJECT`, `_DASH_JOIN`,
    `glued_heading`, `repeats_its_opening`)."""
    if _DASH_JOIN.search(text) or glued_heading(text) or repeats_its_opening(text):
        return True
    return any(
        m["last"] not in _BEFORE_TITLE
        for pattern in (_RUN_ON, _RUN_ON_SUBJECT)
        for m in pattern.finditer(text)
    )


_MONTH = FULL_MONTH_PATTERN
_WEEKDAY = FULL_WEEKDAY_PATTERN
_DATE_END = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\s*,\s*(?P<year>\d{{4}})\s*\.$"
_IN_A_PHOTO = re.compile(r"\b[Ii]n\s+(?:a|this)\s+(?:photo|picture|image|handout)\b")
_PLACE_DATE = re.compile(
    rf"(?<![\w.'-])(?!{_WEEKDAY}\b|{_MONTH}\b)[A-Z][\w.'-]*[\s,]*(?:(?:''|\u201d)[\s,]*)?"
    rf"(?:{_WEEKDAY}[\s,]+)?{_DATE_END}"
)
"""A line ending on its picture's date written straight after the place it was taken, the
weekday between or not ("Rebels fire a missile near Brun , west of Orla August 6 , 2031 .",
"... in Orla , Tuesday , August 6 , 2031 .")."""
_BARE_DATE = re.compile(
    r"(?<!\bon)(?<!\bby)(?<!\bsince)(?<!\buntil)(?<!\bbefore)(?<!\bafter)(?<!\bof)"
    rf"(?<!\bfrom)(?<!\bto)\s{_DATE_END}"
)
"""A line ending on a date no word of time stands before: a caption ("... near the disaster
site June 24 , 2031 ."), or prose that leaves out "on" ("The law takes effect January 1 ,
2032 ."). Prose says "on August 6", "by August 6"."""
CAPTION_DAYS = 90
"""How long before its page a picture a caption dates after a common noun was taken: in
Timeline17 (the articles no helper's or reader's sample lists) the 15 such captions are
0-60 days older than their page, the prose line so dated (a day in history) 21 years; any
value from 60 to years reads them alike, 90 keeps the window near the captions. A date after
the page is a plan ("takes effect January 1"), never a picture's."""


_IN_THE_PICTURE = re.compile(
    r"[A-Z][\w.'-]*\s*(?:,\s*(?:(?:second|third|far)\s+(?:from\s+)?)?"
    r"(?:left|right|centre|center|top|bottom)\s*,|"
    r"(?:-LRB-|\()\s*(?:left|right|centre|center)\s*(?:-RRB-|\)))"
)
"""Where a named person stands in the picture ("Ana Ruiz , left , and Jon Vell leave ...",
"Ana Ruiz -LRB- left -RRB-"): a caption's words; prose does not point at a picture. Not a
single letter in brackets: "Ana Ruiz (R)" may be her party; nor after a name written with
"the" (`_BODY_NAMED`): "The Velm Party , far right , won ..." is a body's leaning, and a
person's name takes no article."""
_BODY_NAMED = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w.'&-]*\s+)*$")
"""The opening of a name written with "the" that runs up to a point ("The Velm Party ")."""


def _in_the_picture(text: str) -> bool:
    """Whether the line says where a named person stands in the picture (`_IN_THE_PICTURE`)."""
    return any(not _BODY_NAMED.search(text, 0, m.start()) for m in _IN_THE_PICTURE.finditer(text))


_CREDIT = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image)s?\s*:\s*[A-Z][\w.'-]*(?:\s+[\w.'&-]+){0,4}\s*/"
)
"""A picture's credit ("Photograph : Ana Ruiz/Velm Press"): the caption's, run into the text."""


def _caption(text: str, published: str | None) -> bool:
    """Whether the line is a photo's caption: "In a photo released by ...", it says where a
    person stands in the picture or credits it (`_IN_THE_PICTURE`, `_CREDIT`), a line ending
    on its picture's date after a place (`_PLACE_DATE`), or on a date after a common noun
    (`_BARE_DATE`) up to `CAPTION_DAYS` before the page's own; neither date after the page's."""
    if _IN_A_PHOTO.search(text) or _in_the_picture(text) or _CREDIT.search(text):
        return True
    m = _PLACE_DATE.search(text) or _BARE_DATE.search(text)
    if m is None:
        return False
    page = _day(published[:10]) if published else None
    shot = _day(f"{m['year']} {m['month']} {m['day']}", "%Y %B %d")
    if page is not None and shot is not None and shot > page:
        return False
    if m.re is _PLACE_DATE:
        return True
    return page is not None and shot is not None and (page - shot).days <= CAPTION_DAYS


def _day(text: str, form: str = "%Y-%m-%d") -> dt.date | None:
    """The day `text` writes in `form`, None if it is no day ("February 30")."""
    try:
        return dt.datetime.strptime(text, form).date()
    except ValueError:
        return None


def unfit_line(sentence: str, published: str | None = None) -> bool:
    """Whether a sentence of the story is still no line a brief shows alone: it carries the
    page's headline and byline (`_BYLINE`), names its subject only by a pronoun
    (`_PRONOUN_START`: personal, or a demonstrative before its verb), is a photo's caption
    (`_caption`, which reads dates against the page's `published` day when there is one), or
    runs two texts together (`_run_on`)."""
    text = without_dateline(" ".join(sentence.split()))
    return bool(
        _BYLINE.search(text)
        or _PRONOUN_START.match(text)
        or _caption(text, published)
        or _run_on(text)
    )


def news_sentences_only(article: Article) -> Article:
    """The article with its page-text sentences left out of `sentences` (text unchanged, so
    every span still points into it), and those no brief shows alone (`unfit_line`): what a
    briefing's timeline may choose from."""
    n = len(article.sentences)
    kept = tuple(
        s
        for i, s in enumerate(article.sentences)
        if not is_page_text(article.text[s.start : s.end], last=i == n - 1)
        and not unfit_line(article.text[s.start : s.end], article.published)
    )
    return article if len(kept) == len(article.sentences) else replace(article, sentences=kept)


def in_page_text(article: Article, position: int) -> bool:
    """Whether the sentence holding `position` is page text (False outside every sentence)."""
    starts = [s.start for s in article.sentences]
    k = bisect_right(starts, position) - 1
    if k < 0:
        return False
    s = article.sentences[k]
    last = k == len(starts) - 1
    return s.start <= position < s.end and is_page_text(article.text[s.start : s.end], last=last)
