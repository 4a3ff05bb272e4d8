"""Shapes of a photo caption, read where a story title is chosen.

A flattened page keeps the caption of its picture next to the headline and the lead: a
"Month day:" opener, "is seen", "(pictured)", "In this photo", a present-tense scene set
on a day ("A family walks through the rubble on Friday"). Such a line describes a picture,
not what happened; titles.py passes it over as a title. Only shapes are read, never names.
Split from titles.py, which chooses the title.
"""

from __future__ import annotations

import re

from storyline.text.calendar_names import FULL_WEEKDAY_PATTERN, MONTH_PATTERN
from storyline.text.line_words import FUNCTION_WORDS, reads_as_clause

__all__ = [
    "CAPTION_MARK",
    "credit_pieces",
    "doubled_name_start",
    "is_caption",
    "is_scene",
    "name_led_start",
]

_MIN_HEAD_WORDS = 5
_MIN_LEAD_WORDS = 12
"""Words of a caption written as a clause, and of the lead run in after it: a shorter head
is no clause, a shorter rest no lead (as in titles.py)."""
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)]*$")

_MONTH = MONTH_PATTERN
_WEEKDAY = FULL_WEEKDAY_PATTERN

_CAPTION = re.compile(
    rf"^{_MONTH}\s+\d{{1,2}}\s*:"  # a dated caption: "May 2: Crews ..."
    r"|\b(?:is|are|was|were)\s+(?:seen|pictured|shown)\b(?!\s+(?:as|to)\b)"
    r"|(?:\(|-LRB-)\s*(?:pictured|left|right|centre|center|top|bottom|inset|file)\s*(?:\)|-RRB-)"
    r"|(?:\(|-LRB-)\s*(?:(?:\d(?:st|nd|rd|th)|second|third)\s+(?:L|R|C)|L|C|L-R|R-L)\s*(?:\)|-RRB-)"
    r"|,\s*(?:(?:second|third)\s+)?(?:left|right|centre|center)\s*,"
    r"|^(?:FILE\s*(?:--|-|:)\s*)?In\s+(?:this|these|an?)\s+(?:[\w,]+\s+){0,6}?"
    r"(?:photos?|images?|pictures?|video|frame|still)\b"
    r"|,?\s\bin\s+(?:this|these)\s+(?:[\w,]+\s+){0,6}?(?:handout\s+|file\s+)?"
    r"(?:photo(?:graph)?s?|images?|pictures?)(?![-\w])"
    r"|\b(?:photo|image|picture|video|frame)\b[^.]{0,80}?\bshows\b"
    r"|\bposes?\b\s+(?:for|with|in|at|on|during|beside|next)\b",
)
"""Shapes of a photo caption: a "Month day:" opener, "is seen", "(pictured)",
"second left", "(L)" or "(2nd R)" after a name (a lone "(R)" is as often a party), "In this
photo" (also dated, "FILE - In this May 2, 2010 file photo"), "... in this May 2, 2010,
handout photograph", "image ... shows", "poses for"."""
CAPTION_MARK = re.compile(
    rf",\s*(?:{_WEEKDAY}\s*,\s*)?{_MONTH}\s+\d{{1,2}}\s*,\s*\d{{4}}\s*(?:,|\.|$|\s+in\b)"
    r"|(?:\(|-LRB-)\s*(?i:courte\w*|photo(?:graph)?s?|pictures?|images?)\s+(?i:of|by|from)\s+[A-Z]"
    r"|(?:\(|-LRB-)\s*(?i:photo(?:graph)?s?|pictures?|images?|credit)\s*:\s*[A-Z]"
    r"|(?:\(|-LRB-)\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?\s+(?i:photos?|pictures?)\s*\\?/",
)
"""A caption's date with its year set off by commas (", Friday, May 3, 2010, in ..."; a report
says "on Friday") or its credit ("(Courtesy of Ann Lee)", "(Photo by ...)", "(Photo: Ann
Lee/Agency)", "(Agency Photo/Ann Lee)"): read on the raw
sentence too, as cleaning cuts a date stamp run in after a headline."""
_PRESENT_SCENE = re.compile(
    r"^(?:An?|The|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?!(?:is|has|was|says|does|goes)\b)[a-z]+[^s\W]s\s+"
    r"(?:through|across|along|past|at|in|on|near|outside|inside|during|with|up|down|by|"
    r"among|over|under|beside|behind|into|onto|a|an|the|his|her|their)\b"
)
_PAST_SCENE = re.compile(
    r"^(?:An?|The|[A-Z][\w'’-]*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:[a-z]+ed|stood|sat|ran|rode|lay|knelt|sang|wept|fled|swam|flew|drove|held|fought)\s+"
    r"(?:(?:up|down|out|off|together|outside|inside|around|near|in|at|on|along|across|"
    r"through|past|by|beside|behind|under|over|into|onto)\s+)+(?:the|a|an|their|his|her)\b"
)
_MAX_PAST_SCENE_WORDS = 12
"""A short sentence in the past tense that puts people in a place on a day ("Protesters
gathered in the square on Friday."): with no reporting verb, the caption of a picture set
before the lead. A lead telling an event runs longer or reports it."""
_PRESENT_PASSIVE = re.compile(
    r"^(?:An?|The|[A-Z][\w'’.-]*)\s+(?:[\w'’.,-]+\s+){0,5}?(?:is|are)\s+(?:being\s+)?"
    r"[a-z]+(?:ed|en|wn)\s+(?!(?:to|that|as|for|of|with)\b)"
)
"""A subject put in the present passive ("Capt. Ann Lee is greeted at the quay on May 4"):
with a day and no reporting verb, the caption of a picture; a report tells it in the past or
reports it, and "is expected to", "is accused of", "is charged with" say no scene."""
_TIME_ANCHOR = re.compile(rf"\bon\s+(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}})\b")
_PAST_OR_REPORTED = re.compile(
    r"\b(?:said|says|told|was|were|had|did|will|would|has|have|could|may|might|"
    r"reported|announced|added|warned|wrote|found|according)\b"
)
_AS_THEY_SCENE = re.compile(
    r"\bas\s+(?:they|he|she)\s+"
    r"(?!(?:were|was|had|did|said|would|could|will|have|has|are|is)\b)[a-z]+(?<!ed)\b"
)
"""A present-tense scene set on a day ("A family walks through the rubble on
Friday", "Fighters wave flags as they drive on May 2, 2012 in ...") describes a
picture; a sentence that reports or narrates does not (a plural subject read as a
verb, "Toxic chemicals at depth spread ..., researchers reported on Tuesday", is told
by its reporting verb)."""


def is_caption(text: str) -> bool:
    """Whether `text` reads as a photo caption rather than a headline or a news sentence."""
    text = " ".join(text.split())
    return bool(_CAPTION.search(text) or CAPTION_MARK.search(text)) or is_scene(text)


def is_scene(text: str) -> bool:
    """Whether `text` is a scene set on a day (in the present tense, or a short one in the
    past): a picture described."""
    past = _PAST_SCENE.search(text) is not None and len(text.split()) <= _MAX_PAST_SCENE_WORDS
    return bool(
        (
            _PRESENT_SCENE.search(text)
            or _AS_THEY_SCENE.search(text)
            or _PRESENT_PASSIVE.search(text)
            or past
        )
        and _TIME_ANCHOR.search(text)
        and not _PAST_OR_REPORTED.search(text)
    )


def _word_count(text: str) -> int:
    """Words of `text` with a letter or a figure."""
    return sum(1 for w in text.split() if re.search(r"[^\W_]", w))


_NAME_LED = re.compile(
    r"(?:(?<=[a-z])|(?<=[a-z]['’”])|(?<=[a-z]\s''))"
    r"\s+(?!(?:I|We|You|He|She|It|They)\s)(?=[A-Z][\w'’.-]*\s+(?:[A-Z]|['’]|[a-z]+\s))"
)
"""A lower-case word, maybe in closing quotes, then a capitalised word (not a pronoun: "the
worst website I have seen"): where a lead opening with a name ("... was low Harbour master
Ana Ruiz has ...", "... the terms of the `` slow fill '' Kessa says ...") may start after
a caption run into it."""
_BEFORE_NAME = re.compile(
    r"^(?:off|near|across|outside|inside|towards?|around|along|beside|behind|through|past|"
    r"beyond|below|above|like|up|down|out|among|amid|despite|except|upon|what|which|who|"
    r"whom|whose|where|when|why|how|if|whether|because|while|although|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|many|few|some|all|both|more|most|new|first|"
    r"last|other|every|each|no|any|former|fellow)$"
    r"|(?:ed|ing|[^s]s|said|told|met|saw|gave|left|including|than|president|minister|"
    r"secretary|leader|chief|spokes\w+|director|general|envoy|ambassador|mayor|captain|"
    r"governor|senator|chairman|officer|prime|master|judge|author|writer|actor|singer|"
    r"reporter|correspondent|editor|coach|manager|player|star)$"
)
"""Last words before a name that belong with it: a preposition ("off Port Elm"), a question
word, a number or a determiner ("three Harbour Board ships"), a verb taking it as object
("met"), a role ("the harbour master Ana Ruiz"): no sentence boundary falls there."""


_OPEN_CLAUSE = re.compile(
    r"\b(?:who|which|that|whom|whose|what)(?:\s+\S+){0,4}\s*$"
    r"|\b(?:but|and|or|yet|so|as|because|while|when|if)(?:\s+\S+)?\s*$"
)
"""A relative or reported clause, or a conjunction, opened in the last words ("victims who
receive", "but suddenly"): the words after it complete it."""
_ASIDE = re.compile(r"\s(?:-|–|—|--)\s.{1,80}?\s(?:-|–|—|--)\s")
"""An aside between spaced dashes ("the case - a 12-year-old boy who flew in - has been
confirmed"); a hyphen inside a word opens none."""
_SUBJECT_VERB = re.compile(
    r"^(?:[\w.'’&-]+\s+){1,7}?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|"
    r"says|said)\s"
)
"""A lead's subject and its finite verb within its first words, no comma between (`Harbour
master Ana Ruiz has said ...`): a new sentence, not the object or the rest of a clause."""


def name_led_start(text: str) -> int | None:
    """Where a lead opening with a name starts inside `text` after a caption written as a
    clause ("Ms Ruiz thought the repairs would take a year Harbour master Ana Ruiz said
    ..."), or None: at a capitalised word after a lower-case word that is no function word,
    role or verb, with a clause of `_MIN_HEAD_WORDS` words at least before it and a
    full sentence of `_MIN_LEAD_WORDS` words at least after it whose subject runs straight
    into its verb (`_SUBJECT_VERB`): an object or a name inside a clause has no verb of
    its own there."""
    for m in _NAME_LED.finditer(text):
        head, rest = text[: m.start()], text[m.end() :]
        last = head.split()[-1].lower()
        if (
            len(head.split()) < _MIN_HEAD_WORDS
            or last in FUNCTION_WORDS
            or last in {"since", "until"}
            or _BEFORE_NAME.search(last)
            or _OPEN_CLAUSE.search(head)
            or not reads_as_clause(head)
        ):
            continue
        if (
            _word_count(rest) >= _MIN_LEAD_WORDS
            and _SENTENCE_CLOSE.search(rest)
            and _SUBJECT_VERB.match(_ASIDE.sub(" ", rest))
        ):
            return m.end()
    return None


_DOUBLED = re.compile(r"(?<=\s)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?=\1\s)")
"""A name of up to three capitalised words written twice in a row ("... costs are mounting
for BP BP has said ..."): no sentence does so; a caption ending on a name runs into a lead
opening with it."""


def doubled_name_start(text: str) -> int | None:
    """Where a lead starts inside `text` at the second of a capitalised word written twice
    (`_DOUBLED`), or None: with `_MIN_HEAD_WORDS` words at least before it and a full
    sentence of `_MIN_LEAD_WORDS` words at least after it whose subject runs into its verb."""
    for m in _DOUBLED.finditer(text):
        head, rest = text[: m.end()], text[m.end() :]
        if (
            len(head.split()) >= _MIN_HEAD_WORDS
            and _word_count(rest) >= _MIN_LEAD_WORDS
            and _SENTENCE_CLOSE.search(rest)
            and _SUBJECT_VERB.match(_ASIDE.sub(" ", rest))
        ):
            return m.end()
    return None


_MID_CREDIT = re.compile(
    r"(?:\(|-LRB-)\s*(?i:photo(?:graph)?s?|pictures?|images?|credit)\s*:[^()]{1,60}?(?:\)|-RRB-)"
    r"(?=\s+[A-Z\"“‘`])"
)
"""Just after a picture credit inside a line ("... closed quay (Photo: Ann Lee/Agency) The
board said ..."): the caption ends there and the lead starts; the credit stays with the
caption, which it marks (`CAPTION_MARK`)."""


def credit_pieces(line: str) -> list[str]:
    """`line` parted just after each picture credit inside it (`_MID_CREDIT`)."""
    ends = [m.end() for m in _MID_CREDIT.finditer(line)]
    pieces = (line[a:b] for a, b in zip([0, *ends], [*ends, len(line)], strict=True))
    return [p.strip() for p in pieces if p.strip()]
