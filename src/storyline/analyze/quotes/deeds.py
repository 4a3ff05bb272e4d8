"""Cues of the attribution lexicon used, in their clause, for a deed or the writer's framing.

A reader shown "Forty councillors: the bypass" (from "voted against the bypass")
or "some countries: about 3 billion dollars" (from "pledged about 3 billion
dollars") is shown words nobody said. The parse tells these uses apart from
statements with generic English only:

- a vote on something ("voted against the bypass") is a deed; only "voted that ..."
  reports what a body resolved;
- to be backed or supported by someone ("backed by its allies", "supported by
  trucks") is help given, not words: the agent says nothing about the quoted noun
  beside it;
- an undertaking whose object is an amount ("pledged 3 billion dollars", "offered
  $5m") gives money, it states nothing;
- citing a person or a paper ("cited a dairy farmer") names a source of other
  words, not the citer's content, and so does citing figures, data or records, or
  anything "from" somewhere ("citing figures from the city hospital");
- a stance or belief in the writer's "as" clause ("as insurers recognize that",
  "as villagers grow confident that") is the writer's framing of a state of mind;
- a question in the writer's voice ("Did the mayor think these tests were met?")
  asks, it reports nothing;
- a verb written with a capital inside a sentence ("... Flood Lines Mayor Says Flood
  'Small'") is a linked headline run into the page text, not the article's report;
- a cue the writer hedges ("Perhaps the author assumed ...") is the writer's guess at a
  thought, and one under "can" ("residents can call a hotline") is what someone is able
  to do: neither reports something said;
- a choice between people ("rejected the Democrat", "welcomed the visitors") is a deed:
  the person is not the content;
- a wish with an infinitive ("wanted us to win") is a desire, not a statement;
- a trend in the writer's voice ("More people now recognize that ...") has no one who
  said it;
- an act done to someone, not words about them: supporting, backing or recognizing a
  person, a government or a body ("has supported the president", "continued to recognize
  the junta"), naming someone to a post ("names Ortiz vice president"), summoning people
  ("calling for fresh volunteers"), a verb done to oneself ("the army is asserting
  itself"), and writing a kind of work ("writes a weekly column", "wrote a book"): the
  object is who or what was acted on, not what was said;
- "think about X" with only a noun is a mind turned to a topic ("got to thinking about
  power"), not a view; "add X to Y" puts something onto something ("adding fuel to the
  scare"), where "added that ..." reports words.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.cues import vocab

__all__ = [
    "act_on_someone",
    "deed_use",
    "framed_by_writer",
    "headline_cased",
    "unsaid_by_form",
    "writer_question",
]

_SUPPORT_CUES: frozenset[str] = vocab("back support endorse")
_UNDERTAKING_CUES: frozenset[str] = vocab("pledge promise offer vow commit")
_AMOUNT_TYPES: frozenset[str] = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_CURRENCY_NOUNS: frozenset[str] = vocab(
    "dollar dollars euro euros pound pounds yen yuan franc francs rupee rupees cent cents "
    "million millions billion billions trillion trillions"
)
_FRAMING_CUES: frozenset[str] = vocab(
    "recognize recognise realize realise understand know see accept believe feel sense "
    "notice acknowledge learn expect hope fear confident sure certain convinced aware "
    "hopeful worried concerned optimistic pessimistic"
)
"""Verbs and adjectives of belief or stance that an "as" clause of the writer uses to frame
the main clause ("as investors recognize that"): words of saying ("as he said") are kept."""
_WHO: frozenset[str] = vocab("who whom whose")
_CITED_SOURCES: frozenset[str] = vocab(
    "figure data statistic number estimate record document source account tally count"
)
"""Nouns for where a count or claim comes from: cited, they name the source, not words."""
_QUESTION_AUX: frozenset[str] = vocab(
    "do does did is are was were has have had will would can could should shall may might must"
)


def _amount(obj: Any) -> bool:
    """Whether an object is a sum or a count ("about 3 billion dollars", "$5m", "20 tanks")."""
    if obj.ent_type_ in _AMOUNT_TYPES or obj.like_num or obj.lower_ in _CURRENCY_NOUNS:
        return True
    return any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in obj.subtree)


def deed_use(verb: Any, lemma: str, object_speaks: bool) -> bool:
    """Whether a reporting verb is used for a deed: a vote on something, help given ("backed
    by"), money or goods pledged, or a person cited (`object_speaks`: whether the verb's
    direct object is someone or something written, as `can_speak` reads it)."""
    children = list(verb.children)
    if lemma == "vote":
        return not any(c.dep_ == "ccomp" for c in children)
    if lemma in _SUPPORT_CUES and verb.tag_ == "VBN":
        return any(c.dep_ == "agent" for c in children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in _UNDERTAKING_CUES and objects:
        return not any(c.dep_ in {"ccomp", "xcomp"} for c in children) and _amount(objects[0])
    if lemma == "cite" and objects:
        # "cited a dairy farmer (who ...| as saying ...)": the person is a source of other
        # words; "cited rising costs" gives a reason, and is kept
        obj = objects[0]
        return (
            object_speaks
            or obj.ent_type_ == "PERSON"
            or obj.lemma_.lower() in _CITED_SOURCES
            or any(c.dep_ == "prep" and c.lower_ == "from" for c in obj.children)
            or any(c.dep_ == "relcl" and c.left_edge.lower_ in _WHO for c in obj.children)
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
        )
    return False


def _clause_verb(tok: Any) -> Any:
    """The verb whose clause a cue is in: the cue itself, or for an adjective ("grow
    confident", "is sure") the verb it complements."""
    if tok.tag_.startswith("JJ") and tok.dep_ in {"acomp", "oprd", "attr"} and tok.head.i != tok.i:
        return tok.head
    return tok


def framed_by_writer(tok: Any, lemma: str) -> bool:
    """Whether a cue of belief or stance sits in an "as" clause ("as insurers recognize
    that covering the poor pays"): the writer's framing, whoever holds the belief."""
    if lemma not in _FRAMING_CUES:
        return False
    verb = _clause_verb(tok)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def writer_question(tok: Any) -> bool:
    """Whether a cue is the verb of a yes-no question ("Did the mayor think these tests were
    met?", "Was she sure of her case?"): an auxiliary before the subject and a question mark
    ending the sentence. A question asks; it reports no statement."""
    verb = _clause_verb(tok)
    sentence = tok.sent
    last = sentence[-1]
    if last.text != "?" and not (len(sentence) > 1 and sentence[-2].text == "?"):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects:
        return False
    first = min(c.i for c in subjects)
    if verb.lower_ in _QUESTION_AUX and verb.i < first and verb.i == sentence.start:
        return True  # "Was she sure ...?": the copula opens the question
    return any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _QUESTION_AUX and c.i < first
        for c in verb.children
    )


_OPENERS: frozenset[str] = frozenset(
    {"``", "`", '"', "“", "‘", "'", "(", "-LRB-", ":", "--", "-", "—", "–"}
)


def headline_cased(tok: Any) -> bool:
    """Whether a cue is written in a headline's title case inside a sentence ("Radio Mayor
    Says Flood 'Small'"): a related link or a caption run into the text. A sentence's
    first word, a word after an opening mark or a colon, and words in capitals are not."""
    text = tok.text
    if len(text) < 2 or not text[0].isupper() or not text[1:].islower():
        return False
    if tok.i == tok.sent.start:
        return False
    before = tok.doc[tok.i - 1].text
    # after an abbreviation the splitter did not end a sentence at ("in the U.S. Says
    # ...") the capital opens a sentence, not a headline
    return before not in _OPENERS and not (len(before) > 1 and before.endswith("."))


_HEDGES: frozenset[str] = vocab("perhaps maybe possibly presumably conceivably")
_CHOICE_CUES: frozenset[str] = vocab(
    "reject accept welcome prefer favor favour support back recognize recognise"
)
"""Verbs that, with a person or a body as object, choose or stand by them ("rejected the
Democrat", "has supported the president", "recognized the new government")."""
_DESIRE_CUES: frozenset[str] = vocab("want wish prefer")
_TREND_WORDS: frozenset[str] = vocab("more fewer")


def unsaid_by_form(verb: Any, lemma: str, source_head: Any | None, object_speaks: bool) -> bool:
    """Whether the form of a cue's clause shows nothing was said: a hedge of the writer on
    it ("Perhaps the author assumed"), an ability ("can call a telephone line"), a choice
    of a person ("rejected the Democrat"), a wish with an infinitive ("wanted us to win"),
    or a subject counted as a trend ("More people now recognize that"). `object_speaks`:
    whether the direct object is someone (as `can_speak` reads it)."""
    children = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES and c.i < verb.i for c in children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "can" for c in children) and not any(
        c.dep_ == "neg" for c in children
    ):
        return True  # "cannot say whether" still reports a reply
    if lemma in _CHOICE_CUES and object_speaks:
        return True
    if lemma in _DESIRE_CUES and any(
        c.dep_ in {"ccomp", "xcomp"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in children
    ):
        return True
    return source_head is not None and any(
        c.dep_ == "amod" and c.lower_ in _TREND_WORDS for c in source_head.children
    )


_REFLEXIVES: frozenset[str] = vocab(
    "itself himself herself themselves myself ourselves yourself yourselves oneself"
)
_WORKS: frozenset[str] = vocab(
    "column book novel memoir biography article blog essay poem song play script "
    "screenplay piece editorial op-ed newsletter diary thesis dissertation textbook paper "
    "study report review"
)
"""Kinds of written work: "writes a weekly column" says what someone produces, not what the
work says."""
_SUMMONED: frozenset[str] = vocab(
    "volunteer recruit reinforcement troop soldier fighter worker nurse doctor helper "
    "medic rescuer backup"
)
"""People a call summons ("calling for fresh volunteers") rather than a demand voiced."""
_CLAUSES: frozenset[str] = frozenset({"ccomp", "xcomp", "oprd", "advcl"})


def _noun(word: str) -> str:
    """A plural read as its singular, roughly ("volunteers", "columns")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def act_on_someone(verb: Any, lemma: str) -> bool:
    """Whether a cue verb is an act done to someone or something, not words: naming someone
    to a post ("names Ortiz vice president", "named Ortiz as his deputy minister"), a verb
    done to oneself ("is asserting itself"), writing a kind of work ("writes a weekly column"),
    summoning people ("calling for fresh volunteers") or a mind turned to a topic ("got to
    thinking about power"), or something added to something ("adding fuel to the scare"). A
    clause of content ("wrote that ...", "named the bridge as the
    cause") keeps it a statement."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    obj = objects[0] if objects else None
    if obj is not None and obj.lower_ in _REFLEXIVES:
        # "the army is asserting itself", "told himself that he would win": a deed of its
        # own or a thought kept to oneself; a clause the parse hangs on it is another's
        return True
    if any(c.dep_ in {"ccomp", "parataxis"} for c in children):
        return False
    preps = [c for c in children if c.dep_ == "prep"]
    if lemma == "name":
        roles = [c for c in children if c.dep_ == "oprd"] + [
            o for p in preps if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"
        ]
        if obj is not None:
            roles.append(obj)
        return any(_noun(r.lower_) in ROLE_HEADS for r in roles)
    if lemma == "write" and obj is not None:
        return _noun(obj.lower_) in _WORKS
    if lemma == "add" and obj is not None:
        # "by adding fuel to the 'fever' scare", "added a 'fact' to the list": something put
        # onto something, where "added that ..." or '"...", she added' is words
        return any(p.lower_ == "to" and any(o.dep_ == "pobj" for o in p.children) for p in preps)
    if lemma == "call" and obj is None:
        for p in preps:
            if p.lower_ != "for":
                continue
            nouns = [o for o in p.children if o.dep_ == "pobj"]
            if (
                nouns
                and _noun(nouns[0].lower_) in _SUMMONED
                and not any(t.tag_.startswith("VB") for t in nouns[0].subtree)
            ):
                return True  # "calling for fresh volunteers"; "for troops to leave" is a demand
        return False
    if lemma == "think" and obj is None and not any(c.dep_ in _CLAUSES for c in children):
        return any(
            p.lower_ in {"about", "of"}
            and any(o.dep_ == "pobj" and o.tag_.startswith("NN") for o in p.children)
            for p in preps
        )
    return False
