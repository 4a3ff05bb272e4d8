"""Remove site boilerplate lines from an article body.

Pages and feeds carry lines that belong to the site, not the story: links to
other articles ("Related ...", "Read more: ..."), share and subscribe prompts,
copyright notices, "Advertisement" slots, notices about the page itself ("This live blog
has ended"), a byline alone at the top and the byline repeated at the end.
Left in, they become fake sentences, fake quotes and fake timeline entries.

The rules are deliberately shape-based and conservative: a line is removed only
when it is short, stands on its own line, and has the shape of a site element
(a link prefix followed by a headline, a lone call to action). A real sentence
that merely begins with "Related" ends with sentence punctuation and is kept.
"""

from __future__ import annotations

import re

from storyline.ingest.comments import (
    drop_comment_sections,
    is_comment_form_line,
    is_comment_header,
    opens_comments,
)
from storyline.ingest.headers import DATE_PATTERN, strip_leading_header
from storyline.ingest.notices import PICTURE_CREDIT, media_link_line
from storyline.ingest.pages import cut_gallery_captions, cut_news_box, cut_story_lists
from storyline.text.quote_marks import DOUBLE_QUOTE_MARK

__all__ = ["clean_body", "is_byline", "is_furniture_line", "is_site_notice"]

_LINK_PREFIX = re.compile(
    r"^\W*(?P<prefix>related(?:\s+(?:articles?|stories|story|content|coverage|news|reading|"
    r"links?|topics?|video))?|read\s+more|read\s+also|also\s+read|more\s+reading|see\s+also|"
    r"more\s+on\s+this(?:\s+story)?|more\s+from\s+[\w .'-]{1,40}|recommended(?:\s+reading)?|"
    r"you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|don'?t\s+miss|must\s+read|"
    r"editor'?s\s+picks?|top\s+stories|trending(?:\s+now)?|most\s+read|"
    r"watch(?:\s+now|\s+video)?|listen(?:\s+now)?|video|photos?)\b"
    r"(?P<sep>\s*[:|»>\-–—]+)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# prefixes that are also ordinary sentence openers: only removed with a separator or alone
_AMBIGUOUS = re.compile(
    r"^(watch|listen|video|photos?|recommended|trending|more\s+from)", re.IGNORECASE
)

_CALL_TO_ACTION = re.compile(
    r"^\W*(share\s+(this|on|via|the)\b|share\s*$|subscribe\b|sign\s+up\s+(for|to|now)\b|"
    r"follow\s+(us|@|\w+\s+on\s+(twitter|x|facebook|instagram))|like\s+us\s+on\b|join\s+(us|our)\b|"
    r"get\s+(our|the\s+latest)\b.*\b(newsletter|updates|app|alerts)\b|download\s+(our|the)\s+\w*\s*app|"
    r"(sign\s+up|register)\s+for\s+(our|the)\b.*newsletter|this\s+article\s+was\s+(first\s+)?"
    r"(published|originally\s+published|amended)|have\s+a\s+news\s+tip|send\s+us\s+your|"
    r"we\s+use\s+cookies|accept\s+(all\s+)?cookies|skip\s+(to\s+)?(main\s+)?content|"
    r"(continue|keep)\s+reading|print\s+this\s+(page|article))",
    re.IGNORECASE,
)
_CLICK_HERE = re.compile(r"\b(click|tap)\s+here\b", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"^\W*(©|\(c\)\s|copyright\b)|\ball\s+rights\s+reserved\b|^\W*(©|copyright)", re.IGNORECASE
)
_LONE_LINE = re.compile(
    r"^\W*(advertisement|advertisements|advert|ad|sponsored(\s+content)?|promoted|"
    r"advertisement\s*[-–—]\s*scroll\s+to\s+continue(\s+reading)?|story\s+continues\s+below(\s+"
    r"advertisement)?|article\s+continues\s+below|scroll\s+to\s+continue(\s+with\s+content)?)\W*$",
    re.IGNORECASE,
)
_SOCIAL_WORDS = frozenset(
    [
        "share",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "email",
        "e-mail",
        "linkedin",
        "reddit",
        "pinterest",
        "telegram",
        "print",
        "copy",
        "link",
        "messenger",
        "tweet",
        "pin",
        "comments",
        "comment",
        "save",
        "flipboard",
        "threads",
        "bluesky",
        "mail",
        "sms",
    ]
)
_CREDIT_LINE = re.compile(
    r"^\W*((additional\s+)?(reporting|writing|editing|compiled|produced|written|edited)\s+by\b"
    r"|contact\s+(the\s+)?(author|reporter|writer)\b|(the\s+)?author\s+can\s+be\s+reached\b)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\W*(?:(?:by|BY|By)\s+|[-–—]\s*)[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|&))*\s*"
    r"(?:[,|/–—-].*)?$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_EDITION = re.compile(
    r"^\W*(?:you\s?'?\s?ve\s+selected\s+the\s+.{1,40}\s+edition\b|"
    r"(?:choose|select|change|set)\s+(?:your\s+)?edition\b|edition\s*:\s*\S+(?:\s+\S+)?\s*$|"
    r".{0,40}\bmake\s+this\s+(?:your|my)\s+default\s+edition\b)",
    re.IGNORECASE,
)
_ARCHIVE = re.compile(
    r"\bfrom\s+the\s+archives?\s*:\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}", re.IGNORECASE
)
"""A newspaper's "From the archive: 1 May 1992" item: a link to an old story, never news."""
_CAPTION = re.compile(
    r"^\W*(?:photograph|photo|picture|image|illustration|video|graphic)s?\s*(?:credit)?\s*:",
    re.IGNORECASE,
)
_CREDIT_PREFIX = re.compile(
    r"^\s*(?:photograph|photo|picture|image)s?\s*:\s*(?:[^\s/]+\s+){0,4}[^\s/]*\\?/\S+\s+"
    r"(?:(?-i:Images|Pictures|Photos)\s+)?"
    r"|^\s*(?:photograph|photo|picture|image)s?\s*:\s*(?-i:[A-Z]{2,5})\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""A photo credit run into the first words of a paragraph ("Photograph: Ann Lee/Agency The
storm ..."): the credit ends at the word holding the slash (and an "Images" after it), or
is an agency's capitals alone ("Photograph: AP The storm ...")."""
_PICKER_BUTTONS = re.compile(r"^\s*YES\s*\|\s*NO\b\s*")
"""An edition picker's answer buttons run into the next line ("YES | NO By ann_lee | Posted
..."): capitals with a bar between never open a sentence."""
_BROADCAST_PROMO = re.compile(
    r"^\W*(?:watch|tune\s+in(?:\s+to)?|listen\s+to|catch)\b.{0,80}?"
    r"(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{3,4}\s*(?:GMT|BST|UTC)\b|"
    r"\b(?-i:ET|PT|EST|EDT|GMT|BST)\b|\bweeknights\b|\bweekdays\s+at\b)",
    re.IGNORECASE,
)
"""A programme's own promotion ("Watch Evening Desk at 9 p.m. ET"): a call to watch with a
broadcast time, never a report's sentence (which does not address the viewer)."""
_RUNNING_TIME = re.compile(r"\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)\W*$")
"""A video or audio item's running time closing its blurb ("Divers reach the wreck (2:31)")."""
_POLL = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}(?:question\s+of\s+the\s+(?:day|week)|quick\s+(?:vote|poll)|"
    r"(?:reader|today'?s)\s+poll)\s*(?:[:?]|$|(?=\s+(?-i:[A-Z])|\s+[\"“`']))",
    re.IGNORECASE,
)
"""A reader poll or quiz ("Quick vote: ...", "Question of the Day ..."): what follows are
questions put to the reader, not news."""
_PULL_QUOTE_END = re.compile(r"\bEnd\s+Quote\s+(?=[A-Z])")
"""A pull quote's closing label ("... painful to everybody End Quote Ann Lee Harbour master
The ferry ..."): the quote repeats the story, the name and role after it are its caption."""
_LINKING_WORDS = frozenset(["of", "the", "and", "for", "at", "in", "on", "to", "de", "von", "van"])
_MAX_CAPTION_TOKENS = 10
_PLACE_DATE_HEADER = re.compile(
    rf"^[A-Z][^|]{{0,40}}\|\s*(?:[A-Z][a-z]{{2,8}}\.?\s*,?\s+)?{DATE_PATTERN}"
)
"""A page header naming a place and a date ("PORT ELM | Mon May 3, 2010 ..."), not a
byline or a section label ("Article | ...")."""
_SITE_NOTICE = re.compile(
    r"^\W*(?:(?:on|since|from)\s+[\w ,]{1,30}?\s+)?(?:we\s*(?:have\s+|['’]\s*ve\s+)?"
    r"(?:now\s+)?(?:moved|migrated|relocated)\s+(?:this|our|the)\s+(?:blog|site|page|archive)\b"
    r"|(?:this|our|the)\s+(?:live\s*)?(?:blog|site|page|coverage|live\s+updates?)\s+"
    r"(?:has|have|is|are)\s+(?:now\s+)?(?:moved|ended|closed|finished|over|concluded|archived|"
    r"no\s+longer\s+(?:being\s+)?updated)\b"
    r"|we\s*(?:have\s+|['’]\s*ve\s+)?(?:now\s+)?(?:closed|ended|paused|stopped\s+updating)\s+"
    r"(?:this|our|the)\s+(?:live\s*)?blog\b"
    r"|comments\s+(?:are|have\s+been)\s+(?:now\s+)?closed\b"
    r"|(?:a\s+version\s+of\s+)?this\s+(?:piece|article|column|essay|post|story)\s+"
    r"(?:was\s+)?(?:first|originally)\s+(?:appeared|ran|published|was\s+published)\s+(?:in|on|at)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|&)){0,5})\s*[.!]?\s*$)",
    re.IGNORECASE,
)
"""The site speaking of itself ("On 1 March we moved this blog to a new address", "This live
blog has ended", "Comments are closed", "This piece first appeared in The Harbour Times"):
a notice about the page, never the news. A syndication notice names only where the page ran
before, so the outlet's name ends the line ("... appeared in <outlet>."): "This piece",
never "The story" (news citing another outlet), and nothing after the outlet (a comma, a
date: "... in the Velm Herald , which said ...")."""
_FROM_BYLINE = re.compile(
    r"^\W*(?:From|By)\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&))*"
    r"(?:\s+(?i:chief|senior|political|business|medical|science|special)?\s*"
    r"(?i:correspondents?|reporters?|editors?|writers?|producers?|staff))?"
    r"\s*(?:(?:,\s*|\s+in\s+)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*){1,3}$"
)
"""A byline with no headline: names (joined by "and"), maybe a role, then the outlet or the
place after a comma or "in" ("From Ann Lee and Bo Park, NEWSWIRE", "By Ann Lee Science
correspondent, Harbour News", "From Ann Lee in Port Elm"): who wrote the page, never a
sentence of it."""
_MAX_LINK_WORDS = 25
_MAX_CAPTION_WORDS = 25
_MAX_PROMPT_WORDS = 20


def _words(line: str) -> int:
    return len(line.split())


def _is_link_line(line: str) -> bool:
    m = _LINK_PREFIX.match(line)
    if m is None or _words(line) > _MAX_LINK_WORDS:
        return False
    rest = m.group("rest").strip()
    if not rest:
        return True
    if m.group("sep"):
        return True
    if _AMBIGUOUS.match(m.group("prefix")):
        return False
    # "Related Some Headline": a headline follows, with no sentence-final punctuation
    return (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘") and not bool(
        _SENTENCE_END.search(rest)
    )


def _is_social_line(line: str) -> bool:
    tokens = re.findall(r"[\w-]+", line.lower())
    return bool(tokens) and len(tokens) <= 12 and all(t in _SOCIAL_WORDS for t in tokens)


def _is_site_line(line: str) -> bool:
    if not line:
        return False
    if _LONE_LINE.match(line) or _is_social_line(line) or _is_link_line(line):
        return True
    if _EDITION.match(line) or _ARCHIVE.search(line) or media_link_line(line):
        return True
    if _words(line) <= 30 and _SITE_NOTICE.match(line):
        return True
    if _words(line) <= 30 and (_BROADCAST_PROMO.match(line) or _RUNNING_TIME.search(line)):
        return True
    if _CAPTION.match(line) and not _CREDIT_PREFIX.match(line) and _words(line) <= 25:
        return True
    short = _words(line) <= _MAX_PROMPT_WORDS
    if short and (_CALL_TO_ACTION.match(line) or _CLICK_HERE.search(line)):
        return True
    return _words(line) <= 30 and bool(_COPYRIGHT.search(line))


def is_site_notice(text: str) -> bool:
    """Whether `text` is the site speaking of itself (a moved blog, an ended live blog,
    closed comments)."""
    return _SITE_NOTICE.match(" ".join(text.split())) is not None


def is_furniture_line(line: str) -> bool:
    """Whether a line, on its own, is page furniture (a site element, an edition picker, a
    comment section's announcement, a reader comment's header, a comment form's or
    moderation line, a bare byline)."""
    line = line.strip()
    return (
        _is_site_line(line)
        or opens_comments(line)
        or is_comment_header(line)
        or is_comment_form_line(line)
        or bool(_BYLINE.match(line) and not _SENTENCE_END.search(line) and _words(line) <= 8)
    )


def is_byline(line: str) -> bool:
    """Whether `line` is a byline alone ("From Ann Lee and Bo Park, NEWSWIRE"): names, maybe
    a role, and the outlet or place after a comma, with no sentence."""
    line = " ".join(line.split())
    return _words(line) <= 16 and _FROM_BYLINE.match(line) is not None


def _without_leading_byline(lines: list[str]) -> list[str]:
    """`lines` without a byline alone on the first line (`is_byline`) and the caption after
    it."""
    seen = next((i for i, line in enumerate(lines) if line.strip()), None)
    if seen is None or not is_byline(lines[seen]):
        return lines
    return _without_caption_after_byline(lines[seen + 1 :])


def _without_caption_after_byline(lines: list[str]) -> list[str]:
    """`lines` (what follows a byline opening the page) without a caption first: a line with
    no full stop before a sentence. A page opening with its byline has no headline there
    (the headline stands above the byline), so such a line is the picture's caption."""
    seen = [i for i, line in enumerate(lines) if line.strip()]
    if len(seen) < 2:
        return lines
    first, after = lines[seen[0]].strip(), lines[seen[1]].strip()
    if _SENTENCE_END.search(first) or _words(first) > _MAX_CAPTION_WORDS:
        return lines
    if not _SENTENCE_END.search(after):
        return lines
    return lines[: seen[0]] + lines[seen[0] + 1 :]


def _is_trailing_byline(line: str, author: str | None) -> bool:
    if _words(line) > 14:
        return False
    if _CREDIT_LINE.match(line):
        return True
    if _BYLINE.match(line) and not _SENTENCE_END.search(line):
        return True
    if author and author.strip():
        name = " ".join(author.split()).lower()
        return name in " ".join(line.split()).lower() and not _SENTENCE_END.search(line)
    return False


def _is_leading_credit(line: str) -> bool:
    """A credit line opening the body ("Compiled by the moderation staff ."), as it closes
    others: who put the page together, not the story."""
    return _words(line) <= 14 and bool(_CREDIT_LINE.match(line))


def _without_leading_header(lines: list[str]) -> list[str]:
    """The first lines without the byline or time stamps in front of the story (a line that
    is nothing else goes, and the next one is read the same way)."""
    for _ in range(3):
        i = next((k for k, line in enumerate(lines) if line.strip()), None)
        if i is None:
            return lines
        rest = strip_leading_header(lines[i])
        if rest.strip():
            return [*lines[:i], rest, *lines[i + 1 :]]
        lines = lines[:i] + lines[i + 1 :]
    return lines


def _after_pull_quote(line: str) -> str:
    """`line` without a pull quote and its speaker's caption: from the line's start to the
    end of the name and role after "End Quote". The story goes on at the first quotation
    mark, or at a capital after a lowercase word ("Harbour master The ferry ..."), or else
    at the capital before the first lowercase words ("Pilot The ferry ..."); a role naming
    a place or a body after a comma ("Mayor , Port Elm The ...") is read past the comma."""
    m = _PULL_QUOTE_END.search(line)
    if m is None:
        return line
    rest = line[m.end() :]
    tokens = list(re.finditer(r"\S+", rest))[: _MAX_CAPTION_TOKENS + 2]
    comma = next((k for k in range(2, 7) if k < len(tokens) and tokens[k].group() == ","), 0)
    first = comma + 2 if comma else 2
    start: int | None = None
    for k, tok in enumerate(tokens):
        word = tok.group()
        if DOUBLE_QUOTE_MARK.match(word):
            start = tok.start()
            break
        prev = tokens[k - 1].group() if k else ""
        if (
            k >= first
            and word[0].isupper()
            and prev[:1].islower()
            and prev.lower() not in _LINKING_WORDS
        ):
            start = tok.start()
            break
    if start is None:
        lower = next(
            (k for k, t in enumerate(tokens) if t.group()[:1].islower() and k >= max(3, first)),
            None,
        )
        if lower is None or lower > _MAX_CAPTION_TOKENS:
            return ""
        start = tokens[lower - 1].start()
    return rest[start:].lstrip()


def _drop_polls(lines: list[str]) -> list[str]:
    """The lines without reader polls: the poll's opening line and the questions after it."""
    kept: list[str] = []
    in_poll = False
    for line in lines:
        stripped = line.strip()
        if _POLL.match(stripped) and _words(stripped) <= 40:
            in_poll = True
            continue
        if in_poll and stripped.endswith("?") and _words(stripped) <= 40:
            continue
        in_poll = False
        kept.append(line)
    return kept


_MAX_BLURB_AT = 2
"""Non-blank lines of the page top a programme's promotion may stand after for the line
above it to be read as its blurb: further down, the line above is the report's own."""
_MAX_BLURB_WORDS = 40


def _is_programme_promo(line: str) -> bool:
    return _words(line) <= 30 and _BROADCAST_PROMO.match(line) is not None


def _drop_captions(lines: list[str]) -> list[str]:
    """The lines without photo captions: a line set just before a photo credit that runs into
    the story ("Photograph: Ann Lee/Agency The storm ..."), and lines set before the page's
    own place-and-date header when it comes within the first lines ("PORT | Mon May 3, 2010
    ... The ..."); a byline or a label there may follow the headline, which stays. At the
    top of the page, a line set just before a programme's promotion is the programme's
    blurb (another day's clip, maybe another story) and goes too."""
    drop: set[int] = set()
    seen = [i for i, line in enumerate(lines) if line.strip()]
    for k, i in enumerate(seen):
        line = lines[i].strip()
        if k == 0:
            continue
        if _CREDIT_PREFIX.match(line):
            drop.add(seen[k - 1])
        elif k <= _MAX_BLURB_AT and _is_programme_promo(line):
            # a programme's blurb set above its schedule at the top of the page ("Ann Lee
            # reports on ... Watch Evening Desk at 8 p.m. ET"): the clip's, not the story's
            before = lines[seen[k - 1]].strip()
            if _words(before) <= _MAX_BLURB_WORDS and not _is_programme_promo(before):
                drop.add(seen[k - 1])
        elif (
            k <= 2
            and _PLACE_DATE_HEADER.match(line)
            and strip_leading_header(line) != line
            and all(strip_leading_header(lines[j]) == lines[j] for j in seen[:k])
        ):
            # the header opens the story: lines before it without a header of their own
            drop.update(seen[:k])
    return [line for i, line in enumerate(lines) if i not in drop]


def clean_body(text: str, *, author: str | None = None) -> str:
    """The body without site boilerplate, paragraphs kept, trimmed.

    `author`, when known, lets a byline repeated at the end be recognised by
    name as well as by shape. Only lines are removed; the words of the lines
    kept are unchanged, so later offsets stay meaningful against this text.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = cut_news_box(_drop_captions(_drop_polls(drop_comment_sections(lines))))
    lines = cut_story_lists(cut_gallery_captions(lines))
    kept = [
        _PICKER_BUTTONS.sub(
            "", _CREDIT_PREFIX.sub("", PICTURE_CREDIT.sub("", _after_pull_quote(line.rstrip())))
        )
        for line in lines
        if not _is_site_line(line.strip())
    ]
    kept = _without_leading_header(_without_leading_byline(kept))
    while kept and (not kept[0].strip() or _is_leading_credit(kept[0].strip())):
        kept.pop(0)
    kept = _without_leading_byline(kept)
    while kept and (not kept[-1].strip() or _is_trailing_byline(kept[-1].strip(), author)):
        kept.pop()
    body = "\n".join(kept).strip()
    return re.sub(r"\n{3,}", "\n\n", body)
