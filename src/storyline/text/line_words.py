"""Whether a line is about the text under it, read from that text's own words.

A flattened page carries lines that are not about the article under it: a "latest news"
ticker line naming another story opens every article an outlet published that day, and
such a line reads like a good headline. Its shape cannot tell it apart; the article can.
A headline or lead sentence names what the article goes on to tell, so most of its content
words come back in the text after it; a line whose content words almost all stay away from
the text it opens is about something else. The same words tell where a headline runs on
into a standfirst or the next highlight without a full stop ("... ruined centuries of
history Cherished monuments defaced ..."): a capitalised word that the article writes in
lower case elsewhere is a common word opening a new sentence, not a name. Only the
article's own text is read: no names, no outlets, no lists.

This sits below both ingest (which removes an outlet's recurring opening lines) and the
stories (which pick a title), so neither reaches into the other for it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from storyline.text.stopwords import STOPWORDS

__all__ = [
    "FUNCTION_WORDS",
    "SMALL_WORDS",
    "ArticleWords",
    "common_words_capitalised",
    "is_about",
    "reads_as_clause",
    "run_in_end",
]

_MIN_JUDGED_WORDS = 4
"""Content words a line needs before it is judged: a shorter line says too little to tell."""
_MIN_SHARED = 0.25
"""Share of a line's content words the rest of the text uses, which makes a line that names
nothing the text names about it all the same (a headline summarises its article: most of
its words recur). A principle, not a fitted figure."""
_REPEATED_SHARED = 0.5
"""The same share for a line that opens another stored article too: a line on several
articles is page furniture unless it is plainly about this one (most of its words recur)."""
_MIN_TEXT_WORDS = 100
"""Distinct content words the rest of the article needs before a line is judged against
it: in a short text (a gallery, a brief) a headline's words may well not come back, which
says nothing."""
_STEM = 5
"""Words compared by their first letters ("charged"/"charges", "Libya"/"Libyan"), so an
inflection does not count as a word the text leaves out."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
SMALL_WORDS = frozenset(
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "nor", "but",
        "as", "with", "from", "into", "onto", "than", "over", "via", "per",
    }
)  # fmt: skip
"""Articles, short prepositions and conjunctions: what a name ("Bank of the North") and a
Title Case headline ("Talks Fail on the Border") both leave in lower case."""
FUNCTION_WORDS = SMALL_WORDS | frozenset(
    {
        "while", "when", "because", "if", "that", "this", "these", "those", "its", "their",
        "his", "her", "our", "your", "my", "under", "after", "before", "about", "against",
        "between", "during", "without", "within",
    }
)  # fmt: skip
"""Words after which a capitalised word is part of a name or title ("of The Times", "the
Harbour Board"), never a new sentence."""
_INNER_CAPITAL = re.compile(r"(?<=[\w,;'’”)])\s+([A-Z][a-z][\w'’-]*)")
_RUN_IN = re.compile(
    r"(?<=[\w”’'),])\s+([A-Z][a-z][a-z'’-]*)\s+"
    r"(?=[a-z]|['’][a-z]|\d[\d,.]*\s+[a-z]|(?<=The\s)[A-Z]{2,}\s+[a-z])"
    r"(?!(?:of|de|del|da|du|la|le|and)\s+[A-Z])"
)
"""A capitalised word followed by a lower-case one (or a number and a lower-case word:
"Around 130 boats"; a tokenised clitic: "It 's not often"; or "The", an acronym and a
lower-case word: "The UN has warned"), not a name joined by "of" ("Gulf of Mexico", "Bank
of England")."""


_PRONOUNS = frozenset(
    [
        *("He", "She", "They", "We", "It", "There", "What", "When", "Where", "Why", "How"),
        *("This", "These", "Those", "Its", "Their", "His", "Her"),
    ]
)
"""Pronouns, question words and determiners that open a sentence: capitalised after a
lower-case word inside a line and before another ("... future What executives ..."), they
start one; no name is spelt so."""


def _key(raw: str) -> str:
    word = raw.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word[:_STEM]


def _content(text: str) -> Counter[str]:
    """The content words of `text`, by their first letters, counted: function words, news
    words and words of fewer than three letters (but for two-letter acronyms) left out."""
    out: Counter[str] = Counter()
    for m in _WORD.finditer(text):
        raw = m.group()
        # an acronym of two letters ("BP", "EU") names something as much as a long word
        if (len(raw) >= 3 or (len(raw) == 2 and raw.isupper())) and raw.lower() not in STOPWORDS:
            out[_key(raw)] += 1
    return out


@dataclass
class ArticleWords:
    """The words of one article's text, read once and only when a title line needs them."""

    text: str
    _content: Counter[str] | None = field(default=None, repr=False)
    _lower: set[str] | None = field(default=None, repr=False)
    _inner: Counter[str] | None = field(default=None, repr=False)

    def content(self) -> Counter[str]:
        if self._content is None:
            self._content = _content(self.text)
        return self._content

    def inner_capitals(self) -> Counter[str]:
        """How often the text capitalises each word after a lower-case word."""
        if self._inner is None:
            self._inner = _inner_capitals(self.text)
        return self._inner

    def lower_case(self) -> set[str]:
        """Words the text writes in lower case somewhere: common words, not names."""
        if self._lower is None:
            self._lower = {w for w in (m.group() for m in _WORD.finditer(self.text)) if w.islower()}
        return self._lower


def _names(line: str, article: ArticleWords) -> set[str]:
    """The names a line gives: words it capitalises after its first (which any sentence
    capitalises) that are not common words: the article never writes them in lower case."""
    out = set()
    for m in list(_WORD.finditer(line))[1:]:
        word = m.group()
        lower = word.lower()
        if word[0].isupper() and lower not in STOPWORDS and lower not in article.lower_case():
            out.add(_key(word))
    return out


def _inner_capitals(text: str) -> Counter[str]:
    """Capitalised words written after a word or a comma inside a sentence ("the Gulf Coast
    was"): names, as a sentence never starts there."""
    return Counter(m.group(1) for m in _INNER_CAPITAL.finditer(text))


def common_words_capitalised(words: list[str], line: str, article: ArticleWords) -> int:
    """How many of `words` (taken from `line`) are common words written with a capital:
    the article writes them in lower case and capitalises them inside a sentence no more
    often than `line` does. A Title Case headline shows such words; a name does not."""
    own = _inner_capitals(line)
    return sum(
        1
        for word in words
        if word[:1].isupper()
        and word.lower() in article.lower_case()
        and article.inner_capitals()[word] <= own[word]
    )


def is_about(
    line: str,
    article: ArticleWords,
    *,
    written: str | None = None,
    repeated: bool = False,
    continued: bool = False,
) -> bool:
    """Whether `line` is about the article's text: whether the text, less the line itself
    (`written` as the text has it, or None when the line stands apart, a stored title),
    names someone or something the line names, or uses more than a quarter of its content
    words. A line that already opened another stored article (`repeated`) is held to more:
    unless it names what the article names, most of its words must recur. A line of fewer
    than `_MIN_JUDGED_WORDS` content words, or a short text, is given the benefit of the
    doubt: there the absence of a word says nothing. A sentence of the text that the next
    one goes on from (`continued`: "But in that ...", "Even then, ...") is part of the
    article whatever words it uses: a full first sentence of news (a quote-led lead, a
    feature's opening line) often names what the rest never names again, and another
    story's line above the article is never continued by it."""
    if continued and written is not None:
        return True
    words = _content(line)
    text = article.content()
    if len(words) < _MIN_JUDGED_WORDS or len(text) < _MIN_TEXT_WORDS + len(words):
        return True
    own = _content(written) if written is not None and written in article.text else Counter()
    names = _names(line, article)
    if any(text[n] > own[n] for n in names) or (not names and not repeated):
        return True
    shared = sum(1 for w in words if text[w] > own[w])
    return shared > (_REPEATED_SHARED if repeated else _MIN_SHARED) * len(words)


def run_in_end(
    line: str, article: ArticleWords, *, min_words: int = 4, common_words: bool = True
) -> int | None:
    """Where a new sentence starts inside a headline written in sentence case, or None:
    at a capitalised word followed by a lower-case one, after a word that is neither a
    function word nor a possessive ("the country 's Foreign Minister"), when the word is a
    function word or a pronoun ("... the quay They are ..."), or (`common_words`) when the
    article writes it in lower case elsewhere (a common word opening a sentence, not a
    name). That last signal misreads a title after an adjective ("a new Constitution by
    ..."), so ingest, which would cut the source's words by it, leaves it off. `min_words`
    words at least stay in front of it."""
    for m in _RUN_IN.finditer(line):
        head = line[: m.start()]
        words = head.split()
        if len(words) < min_words or words[-1].lower() in FUNCTION_WORDS:
            continue
        if words[-1].endswith(("'s", "’s")):
            continue
        starts = [w[0] for w in words if w[0].isalpha()]
        # a headline in Title Case capitalises every word: no sentence can be read off it
        if sum(c.islower() for c in starts) * 2 < len(starts):
            return None
        word = m.group(1)
        # a function word with a capital ("... in Port Elm For the first time", "... Europe
        # The UN has") opens a sentence whatever the article writes elsewhere
        if word.lower() in FUNCTION_WORDS:
            return m.start()
        # a word the text also capitalises inside sentences is a name ("the Gulf Coast")
        if article.inner_capitals()[word] > _inner_capitals(line)[word]:
            continue
        if word in _PRONOUNS or (common_words and word.lower() in article.lower_case()):
            return m.start()
    return None


_CLAUSE_VERB = re.compile(
    r"\s(?:has|have|had|is|are|was|were|been|says|said)\b"
    r"|^\S+(?:\s+\S+){2,}\s+(?:would|could|will|might|must|should)\b"
    r"|^[A-Z]\S*(?:\s+[A-Z]\S*){1,3}\s+[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their)\s"
)
"""An auxiliary, a copula or a reporting verb after the first word, or a modal after the
third (a headline's short subject takes one: "Quay will reopen"), or a verb in the past
after a name opening the line ("Admiral Ann Lee outlined the terms ..."): written as a full
clause ("Crews are hard at work", "Ann Lee says the quay will open", "Ms Lee thought the
repairs would take a year"). A headline drops these ("Quay reopens", "Harbour wall to be
rebuilt"); a question may open with one."""


def reads_as_clause(head: str) -> bool:
    """Whether `head`, a line's words run in before a next sentence without a full stop,
    is written as a full clause, as a photo caption is, rather than in headline grammar.
    Set before the lead with no full stop, such a clause is the caption of the picture
    above the story ("Crews are hard at work on the wall The harbour board said ..."); a
    headline so written loses only its place to the lead, which titles the story too."""
    return _CLAUSE_VERB.search(" ".join(head.split())) is not None
