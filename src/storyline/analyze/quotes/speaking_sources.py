"""Whether a source can speak: a shown name ("The company", not "Security", "Hope"), a
parsed head noun ("officials", "some within government", not "the report"), a name the
article gives elsewhere.

Split from shown.py (past 500 lines), which decides whether a statement is shown at all;
these read only the source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.speaking_nouns import GROUP_NOUNS, PLACE_NOUNS, singular
from storyline.analyze.quotes.statements import can_speak
from storyline.model import EntityMention

__all__ = ["head_can_speak", "name_can_speak", "named_elsewhere", "parsed_children"]

_POSSESSIVES: frozenset[str] = vocab("my your his her its our their whose")


_QUANTIFIED: frozenset[str] = vocab("neither either both each every no none all any some many")


_PARTITIVES: frozenset[str] = vocab(
    "majority minority number half third quarter rest lot lots dozen dozens hundreds "
    "thousands millions handful plenty group groups some many most few several one two three "
    "percent cent %"
)
"""Heads that stand for part of the people their "of" phrase names ("A majority of
Americans", "some of the residents", "38 percent of those asked")."""


_COLLECTIVES: frozenset[str] = vocab(
    "police staff personnel management media press clergy military security intelligence "
    "government parliament congress"
)
"""Lower-case nouns that stand for a body without "the" ("police said", "staff say")."""


_DEMONSTRATIVES: frozenset[str] = vocab("those these")
"""Of a partitive, people picked out by what follows ("54 % of those asked")."""


def name_can_speak(shown: str) -> bool:
    """Whether a speaker shown to a reader as `shown` reads as someone: not a possessive
    left alone ("their"), a phrase cut before what it names ("Some of") or a name the
    parse took with a quantifier ("Neither Smith")."""
    words = shown.split()
    if not words:
        return False
    low = [w.casefold() for w in words]
    if len(low) == 1 and low[0] in _POSSESSIVES:
        return False
    if low[-1] in {"of", "'s", "’s"}:
        return False  # "Some of", "the country 's": cut before what it names
    if len(words) == 1 and _bare_singular(words[0]):
        return False  # `` ... , '' organization says: a headline's noun, no one named
    # "Neither Smith": a name the parse took with a quantifier; "Some U.S. lawmakers" is a
    # quantified group of people, its head a common noun
    return not (
        len(low) > 1
        and low[0] in _QUANTIFIED
        and words[1][:1].isupper()
        and words[-1][:1].isupper()
    )


def _bare_singular(word: str) -> bool:
    """Whether a one-word speaker is a lower-case singular common noun with no determiner
    ("organization", "spokesman"): English prose gives such a noun an article, so alone it
    is a headline's or a list's shorthand that names no one a reader could check. Plurals
    ("officials", "experts", "people") and collectives ("police", "staff") speak as a
    group."""
    if not word.isalpha() or not word.islower() or word in _COLLECTIVES | GROUP_NOUNS:
        return False
    return singular(word) == word and not word.endswith(("us", "is"))


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "FW", "WP", "WDT"})


def head_can_speak(head: Any) -> bool:
    """Whether a source phrase whose parse head is `head` names someone who can speak:
    a name, a pronoun, or a noun for people or bodies. A thing ("The reason", "His
    comments"), a word that is no noun ("Following are comments ...") and an upper-case
    fragment of a broken line opening a sentence, unknown as an entity ("UL estimated"),
    cannot."""
    if head.tag_ not in _NOUN_TAGS:
        if head.lower_ in _PARTITIVES and head.dep_ in {"nsubj", "nsubjpass"}:
            return _agent_noun(head)  # "Some within government said", "Many of them say"
        return head.dep_ == "expl" or head.lower_ in _POSSESSIVES
    if head.tag_ in {"NNP", "NNPS"} or head.ent_type_:
        text = head.text
        return not (
            head.tag_ == "NNP"
            and text.isupper()
            and len(text) <= 3
            and not head.ent_type_
            and head.is_sent_start
            and not any(c.dep_ in {"compound", "amod", "det"} for c in head.children)
        )
    if head.tag_ not in {"NN", "NNS"}:
        return True
    if head.text[:1].isupper() and (
        not head.is_sent_start
        or (head.tag_ == "NN" and not any(c.dep_ in {"det", "poss"} for c in head.children))
    ):
        # "'' Reyes said": a name the tagger took for a common noun (mid-sentence, or a
        # bare singular, which English never leaves without a determiner)
        return True
    if any(c.dep_ == "appos" and head_can_speak(c) for c in parsed_children(head)):
        return True  # "coach Ivo Marek", "the head, Ana Ruiz": the appositive names who
    return _agent_noun(head)


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def named_elsewhere(source: str, mentions: Sequence[EntityMention]) -> bool:
    """Whether the article's recogniser names a source the parse of its own sentence
    could not read as anyone: its last word, capitalised, is a word of a recognised name
    ("Hale said" after "Ivo Hale", "AB said" after "AB Corp"; a name at a sentence's
    start is often missed), or the whole phrase is a name written with other capitals
    ("Human rights watch says" beside "Human Rights Watch")."""
    words = source.split()
    if not words:
        return False
    last = words[-1]
    if last[:1].isupper():
        return any(m.label in _NAME_LABELS and last in m.text.split() for m in mentions)
    phrase = " ".join(words).casefold()
    return len(words) > 1 and any(
        m.label in _NAME_LABELS and " ".join(m.text.split()).casefold() == phrase for m in mentions
    )


def parsed_children(token: Any) -> list[Any]:
    """`token.children`, or none when its Doc has no dependency parse.

    A Doc that was only tagged (the article's own, which the claim stage reads a source
    phrase from) has no child links: spaCy leaves its tokens' edges unset, some past the
    Doc's end, and walking them read outside its tokens (a segmentation fault that ended a
    whole ingest on one real article). Without a parse no word is anyone's child anyway.
    """
    if not token.doc.has_annotation("DEP"):
        return []
    return list(token.children)


def _agent_noun(head: Any) -> bool:
    low = head.lower_
    one = singular(low)
    if can_speak(head) or one in PLACE_NOUNS or low in PLACE_NOUNS:
        return True  # a place stands for its people where a verb of saying says so
    if one.endswith(("er", "or")):
        return True  # "workers", "investors": people named by what they do
    if low in _PARTITIVES:
        of = [c for c in parsed_children(head) if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for p in of for o in p.children if o.dep_ == "pobj"]
        return not objects or any(
            o.tag_ in {"NNP", "NNPS", "PRP"}
            or o.ent_type_
            or o.lower_ in _DEMONSTRATIVES
            or _agent_noun(o)
            for o in objects
        )
    return False
