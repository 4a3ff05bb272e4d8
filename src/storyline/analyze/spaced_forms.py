"""Tokenised text read as it was written: "Dr . Ana Ruiz", "Jon B . Ruiz", "Ruiz ' s".

Some corpora (and some feeds) hand over text already cut into tokens with a space
between each: a title's full stop stands apart ("Dr . Ruiz"), so does an initial's
("Jon B . Ruiz", "the U . S . Senate") and a possessive's apostrophe ("Ruiz ' s
lawyer"). The model was trained on written text, where each of these is one token
("Dr.", "B.", "U.S.", "'s"): given the spaced pieces, the sentence recogniser ends a
sentence at "Dr ." and NER reads "Dr" as a body, stops a name at "B" or runs it
onto the apostrophe. `merge_spaced_forms` merges each such run of tokens into one
token whose word features (the NORM, PREFIX, SUFFIX and SHAPE the model reads) are
those of the written form, so both models see what a written page would give them.
The text and every character offset stay as they are.

A spaced full stop is merged only where the written form is one token to the
tokenizer itself (its abbreviation and initial rules: "Dr.", "Calif.", "B.", "U.S.";
not "No.", which it splits when written too), or is a rank's or a title's abbreviation
(`title_abbreviations`: "Sgt.", "Lt.", "Msgr.", written or spaced, which the tokenizer
splits and the recogniser then ends a sentence at, before the holder's name; the merged
token is read as "Dr." is, `read_as`), and only where the sentence
cannot be ending there: a comma, a lower-case word or a capitalised word that is no
function word ("The", "He") follows. A lone capital letter must also follow a
capitalised word ("Jon B . Ruiz"), so "vitamin C . Doctors" still ends a sentence. A
name's "Jr ." and an initialism before a plural ("U . S . Officials") end it when a verb
of saying follows the capitalised word: that word is the next sentence's subject.
"""

from __future__ import annotations

import re
from typing import Any

from storyline.analyze.title_abbreviations import TITLE_STOP, read_as

__all__ = ["merge_spaced_forms", "spaced_form_spans"]

_SPACED_STOP = re.compile(
    r"(?<![\w.'’])(?:[A-Z] \. )+(?:[A-Z] \.)?|(?<![\w.'’])[A-Z][a-z]{1,5} \."
    r"|(?<![\w.'’])(?:[a-z] \. )+[a-z] \."
)
"""A capitalised abbreviation ("Dr .", "Calif ."), a run of spaced initials ("B .",
"U . S .") or of lower-case ones ("a . m .", "p . m .", "e . g ."), each full stop set off
by a space."""

_SPACED_POSSESSIVE = re.compile(r"(?<=\w) ['’] s(?=\s|$)")
"""A possessive's apostrophe set off from its name and from its "s" ("Ruiz ' s")."""

_NEXT_WORD = re.compile(r" ([,;]|[^\W\d_][\w'’-]*|\d+(?:st|nd|rd|th)?\b)")
"""The word after a full stop: a comma, a word, or a number ("Feb . 1", "Sgt. 1st Class")."""
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*) $")


def spaced_form_spans(
    text: str, tokenizer: Any, stop_words: frozenset[str]
) -> list[tuple[int, int]]:
    """(start, end) of each spaced form in `text` to be read as one written token, and of
    each title's abbreviation the tokenizer splits, written or spaced (`TITLE_STOP`)."""
    spans: set[tuple[int, int]] = set()
    for m in _SPACED_STOP.finditer(text):
        start, end = m.start(), m.end()
        piece = text[start:end].rstrip()
        end = start + len(piece)
        written = piece.replace(" ", "")
        if len(tokenizer(written)) != 1:
            continue
        if written[0].isupper() and not _goes_on(text, start, end, written, stop_words):
            continue  # "a.m." is one token written at a sentence's end too: it ends there
        spans.add((start, end))
    for m in TITLE_STOP.finditer(text):
        written = m.group().replace(" ", "")
        if _goes_on(text, m.start(), m.end(), written, stop_words):
            spans.add((m.start(), m.end()))
    for m in _SPACED_POSSESSIVE.finditer(text):
        spans.add((m.start() + 1, m.end()))
    return sorted(spans)


def _goes_on(text: str, start: int, end: int, written: str, stop_words: frozenset[str]) -> bool:
    """Whether the sentence cannot end at the full stop ending text[start:end]."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    if word[0].isupper() and word.lower() in stop_words:
        return False
    if word[0].isupper() and _opens_report(text, after.end(), written, word):
        return False
    if len(written) == 2:  # a lone initial: it must stand in a name
        before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        return before is not None and before.group(1)[0].isupper() and word[0].isupper()
    return True


_NAME_SUFFIXES = frozenset({"Jr.", "Sr."})
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_SAYING = frozenset({"said", "says", "say", "told", "added", "reported", "stated"})


def _opens_report(text: str, end: int, written: str, word: str) -> bool:
    """Whether the capitalised `word` after a phrase-ending abbreviation opens a sentence
    reporting speech, the verb of saying right after it: "Ana Ruiz Jr . Police said"
    ("Jr." ends a name; nothing of it follows) or "in the U . S . Officials said" (a
    plural noun after an initialism: a new subject, not "the U.S. Senate"). Read as one
    sentence, the name ran onto the subject or the subject was lost."""
    verb = _NEXT_WORD.match(text, end)
    if verb is None or verb.group(1) not in _SAYING:
        return False
    if written in _NAME_SUFFIXES:
        return True
    plural = word.endswith("s") and not word.endswith("ss")
    return _INITIALISM.fullmatch(written) is not None and plural


def merge_spaced_forms(doc: Any, tokenizer: Any, stop_words: frozenset[str]) -> Any:
    """`doc` (fresh from `tokenizer`) with each spaced form one token whose word features
    are the written form's (see the module docstring): a new Doc of the same text.

    Built from its words rather than merged in place: spaCy's retokenizer leaves the last
    token's left and right edges pointing past the end of a Doc with no parse, and reading
    a token's children there later reads memory past the Doc (a crash)."""
    spans = [doc.char_span(s, e) for s, e in spaced_form_spans(doc.text, tokenizer, stop_words)]
    spans = [span for span in spans if span is not None and len(span) > 1]
    if not spans:
        return doc
    from spacy.tokens import Doc

    vocab = doc.vocab
    words: list[str] = []
    spaces: list[bool] = []
    i = 0
    for span in spans:
        words += [t.text for t in doc[i : span.start]]
        spaces += [bool(t.whitespace_) for t in doc[i : span.start]]
        spaced, written = span.text, span.text.replace(" ", "")
        # set every time: the vocab keeps a lexeme's NORM (its lookups table) but not
        # always its PREFIX, SUFFIX and SHAPE, so a check on NORM alone left the second
        # article with "Dr ." read as the spaced form ("Xx .") and its name run onto it
        lexeme, model = vocab[spaced], vocab[written]
        lexeme.norm_ = model.norm_
        lexeme.prefix_ = model.prefix_
        lexeme.suffix_ = model.suffix_
        lexeme.shape_ = model.shape_
        title = read_as(written[:-1])
        if title is not None:
            lexeme.norm_ = title
        words.append(spaced)
        spaces.append(bool(span[-1].whitespace_))
        i = span.end
    words += [t.text for t in doc[i:]]
    spaces += [bool(t.whitespace_) for t in doc[i:]]
    return Doc(vocab, words=words, spaces=spaces)
