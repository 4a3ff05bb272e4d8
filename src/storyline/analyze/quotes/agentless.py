"""Whether an attribution whose text names no source states anything (statements2, issue 14).

A passive with no agent ("is expected to rise", "was accused of lying", "hospitals have been
told to report cases", "Colombians are being urged to stay home") and a bare participle of
asking ("When asked if he was worried, ...") have no speaker a reader could check. Most
report no saying at all: a forecast nobody is said to have made, an accusation or a
suspicion named, an order or a request passed to the subject, or a reporter's question.
Those are kept for PolNeAR's scoring and marked as stating nothing. One kind is kept as a
statement with its speaker unnamed, as the text gives it: a verb of saying whose content is
a clause ("It was announced that the plant would close", "the envoy is said to have left",
"The family have been told their son will not be buried there"): words were said, by
someone the writer does not name.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import vocab

__all__ = ["agentless_unsaid"]

_SAID_PASSIVES: frozenset[str] = vocab(
    "say tell report announce state claim allege declare confirm reveal disclose quote "
    "write inform rumour rumor"
)
"""Verbs of saying whose passive with a clause reports words said by someone unnamed."""
_RAISED: frozenset[str] = vocab("say report claim allege rumour rumor quote")
"""Of those, the ones whose passive takes an infinitive of what was said ("is said to have
left", "was reported to be safe"); "was told to leave" is an order."""
_ASKING: frozenset[str] = vocab("ask question")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def agentless_unsaid(verb: Any, lemma: str, sourceless: bool, content: Any | None) -> bool:
    """Whether an attribution (cue `verb`, its base form `lemma`) that names no source
    states nothing: a passive with no agent (`sourceless`) other than a verb of saying with
    a clause, or a bare "asked" participle ("When asked whether ..."), whose content is the
    question put, by someone unnamed, not words of the one asked."""
    if _question_put(verb, lemma):
        return True
    if not sourceless:
        return False
    if lemma not in _SAID_PASSIVES or content is None:
        return True
    tokens = [t for t in content if not t.is_punct]
    if not tokens:
        return True
    if tokens[0].tag_ == "TO":
        return lemma not in _RAISED
    return not any(t.tag_ in _FINITE for t in tokens)


def _question_put(verb: Any, lemma: str) -> bool:
    """ "When asked if he was worried", "Asked whether the council would act, ...": a past
    participle of asking with no subject and no auxiliary: the one asked is the main
    clause's subject, and the question is the asker's, who is not named."""
    return (
        lemma in _ASKING
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
        and verb.dep_ in {"advcl", "acl", "ROOT", "ccomp", "xcomp"}
    )
