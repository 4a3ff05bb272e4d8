"""A name written as a work's title: in quotation marks of its own ("`` Harrow Tide , ''",
"‘ Harrow Tide ’"), or right after a work's noun and closed there ("the sequel , Harrow
Tide ,", "the film Harrow Tide ."), or with a work's noun heading its appositive ("Harrow
Tide , the sequel to ..."). The recogniser types a title by its shape, as a person
(a title opening with a given name) or a place ("New ..."); the marks and the noun are
the text's own word that it is a film's, a book's or a song's title.

Read by kind_cues.written_after_kind for every place the article writes the name; the
article's other mentions follow (mention_labels.retype_cued). Word classes only.
"""

from __future__ import annotations

import re

__all__ = ["speaks", "written_as_work"]

_OPEN = re.compile(r"(?:^|(?<=\s))(?:``|“|‘|\"|')\s*\Z")
"""An opening quotation mark right before a name, after a space or a line's start."""
_CLOSE = re.compile(r"\s*[,.!?]?\s*(?:''|”|’|\"|')(?!\w|\s+s\b)")
"""A closing quotation mark right after a name, a comma or a stop inside it ("`` Harrow
Tide , ''"); not a tokenised possessive's mark ("\" We won , \" Ana Ruiz ' s coach said":
the straight mark before the name closed a quote, and the name is a person's)."""
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:film|movie|sequel|prequel|novel|album|documentary|musical|memoir|biopic|sitcom)"
    r"\s*,?\s+\Z"
)
"""A work's noun right before a name, with or without an appositive's comma ("the sequel ,
Harrow Tide"). "book", "play" and "show" are left out: verbs before a person's name too."""
_NOT_A_MODIFIER = r"(?:of|in|for|by|about|with|from|on|at|to|the|a|an|his|her|its|their)"
"""Words that end a noun phrase's head before a later noun: in "the star of the film" the
appositive is headed by "star", and the film is only its complement."""
_WORK_APPOSITIVE = re.compile(
    r"\s*,\s*(?:``|“|‘|\"|'|''|”|’)?\s*,?\s*(?:the|a|an)\s+(?:(?!"
    + _NOT_A_MODIFIER
    + r"\s)[\w-]+\s+){0,3}?"
    r"(?:film|movie|sequel|prequel|novel|album|documentary|musical|memoir|biopic|sitcom)"
    r"(?=\s*[,.;)]|\s+(?:to|of|in|that|which|by|based|about|starring|directed|from)\b)"
)
"""An appositive whose head is a work's noun after a name ("Harrow Tide , the sequel to
..."): the noun must end the appositive or open its complement, so "Dana Vale , the film's
director", "Dana Vale , the film director" and "Dana Vale , the star of the film" (a
person with a role in it) say nothing."""
_NAME_WORD_BEFORE = re.compile(
    r"\b(?!(?:In|On|At|For|From|With|By|To|And|But|As|The|A|An)\s)[A-Z][\w'’-]*\s+\Z"
)
"""A capitalised word right before a name, no sentence's opening preposition or article
("In Harrow Tide , the second novel"): the name ends a longer one, whose cue it is."""
_CLOSED_AFTER = re.compile(r"\s*(?:[,.;:)!?]|-\s*-|–|—|$)")
"""Punctuation right after a name: the phrase the work's noun opened ends with the name;
"the film Dana Vale directed" goes on, and Dana Vale is its maker."""


def written_as_work(text: str, start: int, end: int) -> bool:
    """Whether the name at `text[start:end]` is written as a work's title there: of two
    words or more, each capitalised, inside quotation marks of its own; or with a work's
    noun heading its appositive; or after a work's noun with punctuation right after it."""
    name = text[start:end]
    if _NAME_WORD_BEFORE.search(text, max(0, start - 30), start):
        return False  # "`` The Notorious Dana Vale , '' a film": the title is the longer name
    if _OPEN.search(text, max(0, start - 4), start) and _CLOSE.match(text, end):
        words = name.split()
        return len(words) >= 2 and all(w[:1].isupper() for w in words)
    if _WORK_APPOSITIVE.match(text, end):
        return True
    return bool(
        _WORK_NOUN_BEFORE.search(text, max(0, start - 16), start) and _CLOSED_AFTER.match(text, end)
    )


_SAYS_AFTER = re.compile(r"\s*,?\s*(?:said|says|told|asked|added|replied|wrote)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|asked|added|replied)\s+\Z")


def speaks(text: str, name: str) -> bool:
    """Whether `text` writes `name` as a speaker somewhere ("Harrow said", "said Harrow"): a
    person of that name (a title named after its hero, "`` Harrow , '' ... Harrow said"),
    whom a title's cue must not retype."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        if _SAYS_AFTER.match(text, after) or _SAYS_BEFORE.search(text, max(0, at - 12), at):
            return True
        at = text.find(name, after)
    return False
