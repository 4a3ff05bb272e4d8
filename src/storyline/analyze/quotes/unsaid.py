"""Attributions whose words were not said: "did not say whether", "declined to say how
many", "most economists would agree", "further tests confirmed".

The parse behind an attribution marks it as one (PolNeAR annotates such
sentences as attributions too, so they are kept with their source span), but a
reader shown "Omar Reyes: whether he would run again" is shown something Reyes
did not say. These checks read the words between the source and the verb, the
verb and the head of the source phrase, with generic English vocabulary only.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.cues import ATTITUDE_ADJECTIVES, cue_lemma, vocab

__all__ = ["evidence_source", "quoted_term", "withheld"]

_NEGATIONS: frozenset[str] = vocab("not n't never")
_HYPOTHETICAL: frozenset[str] = vocab("would could might may should")
_FUTURE: frozenset[str] = vocab("will shall 'll")
"""Auxiliaries of the future: "Quenby will argue that ...", "critics will note that ...":
what someone is expected to say, the writer's forecast, which nobody has stated yet."""
_WITHHOLDING: frozenset[str] = vocab(
    "decline declined declines declining refuse refused refuses refusing vote voted votes voting"
)
"""Verbs whose infinitive is what was not said or was done ("declined to say", "voted to
approve", "By refusing to use the reserves, ...": a deed, whatever the infinitive)."""
_AUXILIARIES: frozenset[str] = vocab(
    "do does did have has had be is are was were been will shall can would could might may "
    "should must also still only just yet ever never not n't already 'll well"
)
"""Auxiliaries and the adverbs that may stand among them in a verb group; "well" hedges a
hypothetical ("might well conclude that ...", notspeech46), which is still read through it."""
_CAUSED = re.compile(r"\binto\s+$", re.IGNORECASE)
"""A verb of thought or speech right after "into": a state someone was led into."""
_WORD = re.compile(r"[A-Za-z]*?n't|[A-Za-z]+|'[a-z]+")
"""A word, with "n't" whole whether it is written on its verb ("didn't") or, in tokenised
text, apart from it ("did n't say", notspeech47): read as "n" and "'t", the second form
left every negation split off its auxiliary uncounted."""
_EVIDENCE_NOUNS: frozenset[str] = vocab(
    "test tests result results figure figures data number numbers evidence image images "
    "photo photos picture pictures footage video videos sign signs record records scan "
    "scans sample samples trace traces"
)
"""What shows or confirms something without speaking."""


def withheld(text: str, source_end: int | None, cue_start: int, cue: str, after: str) -> bool:
    """Whether the verb at `cue_start` says nothing was said: negated ("did not say",
    "has never said", "wouldn't say"), hypothetical ("would agree", "might argue"), still
    to come ("will argue", `_FUTURE`) or a
    refusal or a vote with its infinitive ("declined to say", "refused to comment", "voted to
    approve"; `after` is the text right after the verb). Only the auxiliaries between the
    source and the verb are read, so "said he would not" is a statement."""
    if cue.casefold() in _WITHHOLDING and after.lstrip().casefold().startswith("to "):
        return True
    if _CAUSED.search(text, max(0, cue_start - 12), cue_start):
        # "tricking the body into thinking", "misled voters into believing": the subject
        # caused a belief, and whose it is the sentence does not say as a source
        return True
    if source_end is not None and source_end <= cue_start:
        gap = text[source_end:cue_start]
    else:
        # no source before the verb ('"We will not go," said Ruiz'): only the words after
        # the last punctuation mark before it belong to its verb group
        gap = re.split(r"[,.;:!?\"“”()]", text[max(0, cue_start - 40) : cue_start])[-1]
    words = [w.casefold() for w in _WORD.findall(gap.replace("’", "'"))]
    if cue.casefold() in ATTITUDE_ADJECTIVES:
        # "Osk Cable is n't sure what broke the line , she said": a stance is read by
        # `stated_objects.held_stance`, with the verb of saying that may report it; marked
        # unsaid here, the stance takes that statement with it (as "isn't sure" already
        # does: a gap left open), so the tokenised negation keeps its old reading
        words = [w for w in words if w != "n't"]
    chain: list[str] = []
    for w in reversed(words):
        if w not in _AUXILIARIES and not w.endswith("n't") and not w.endswith("ly"):
            break
        chain.append(w)
    if any(w in _NEGATIONS or w.endswith("n't") or w in _HYPOTHETICAL for w in chain):
        return True
    if not any(w in _FUTURE for w in chain):
        return False
    return not (_limited(chain, after) or _said_ahead(text, source_end, cue_start))


def _limited(chain: list[str], after: str) -> bool:
    """ "A spokesman will only say that ...", "Police will say only that ...": "will" with
    "only" tells what a source has said and keeps saying, no more, a statement already
    made rather than one still to come."""
    return "only" in chain or after.lstrip().casefold().startswith("only ")


_QUOTED = re.compile(r"(?:``|\"|“)([^`\"“”]*?)(?:''|\"|”)")
_OCCASION = re.compile(r"\b(?:speech|address|remarks|testimony|lecture|keynote)\b", re.IGNORECASE)
"""A speech named in the verb's sentence ("In her speech tonight, Ms Kell will say that
..."): its text is handed out before it is read, and reported as said."""
MIN_SAID_WORDS = 4
"""Words a quoted stretch holds to be words said: fewer are a term in marks ("an 85
percent `` fresh '' rating"), which the writer's forecast may hold too."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _said_ahead(text: str, source_end: int | None, cue_start: int) -> bool:
    """Whether words "will" reports are given all the same: quoted in the verb's sentence
    (a speech handed out before it is read: "`` ... , '' Quenby will tell the Osk Club",
    `MIN_SAID_WORDS` or more in marks, or a speech named, `_OCCASION`),
    or announced in the first person, which says them as it goes ("I will say , let them
    sort it out", "and I will add I smoke")."""
    if source_end is not None and text[max(0, source_end - 2) : source_end] in (" I", "I"):
        return True
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, cue_start - 400), cue_start)]
    start = starts[-1] if starts else max(0, cue_start - 400)
    end_match = _SENTENCE_BREAK.search(text, cue_start)
    end = end_match.start() if end_match else len(text)
    sentence = text[start:end]
    if _OCCASION.search(sentence):
        return True
    return any(len(m.group(1).split()) >= MIN_SAID_WORDS for m in _QUOTED.finditer(sentence))


def evidence_source(phrase: str) -> bool:
    """Whether a source phrase is headed by evidence, not by someone who speaks ("Further
    tests", "the photos"): a finding is reported, but there is no speaker to show."""
    words = _WORD.findall(phrase)
    return bool(words) and words[-1] in _EVIDENCE_NOUNS


_THOUGHT: frozenset[str] = vocab("think believe consider regard view see imagine feel deem reckon")
"""Verbs of holding a view: what they take in quotation marks is a term, not words said."""
MAX_TERM_WORDS = 6


_NAMES_GIVEN: frozenset[str] = vocab("dub nickname christen term")
"""Verbs of giving a name: the words they put in marks are the name ("Dubbed the
'Sandfather' for his temper"), whoever gave it, not a statement of anyone's."""
_NAMED_BACK = re.compile(r"\s+(?:them|it|this|that|these|those)\s*(?:[-,.;:)]|--|$)")
"""A pronoun object and the clause's end right after "called" ("`` black bag jobs , '' he
called them -"): the name in marks before it is what "them" was called."""


def quoted_term(cue: str, marked: list[str], has_verb: bool, after: str = "") -> bool:
    """Whether the quoted stretches a verb of thinking or of naming took are terms, not
    words said ("residents think of the levy as 'a tax on the poor'", "Dubbed the
    'Sandfather' for his temper", "'black bag jobs,' he called them": `after` is the text
    right after the verb): short, with no verb of their own. The marks set a phrase apart
    (the writer's, the public's or a nickname); nobody is shown saying it. "called the
    plan 'a disgrace'", its name after the verb, still quotes its speaker."""
    lemma = cue_lemma(cue.lower())
    naming = lemma in _NAMES_GIVEN or (lemma == "call" and _NAMED_BACK.match(after) is not None)
    if (lemma not in _THOUGHT and not naming) or not marked or has_verb:
        return False
    return all(len(m.split()) <= MAX_TERM_WORDS for m in marked)
