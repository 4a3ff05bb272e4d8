"""Whether a found attribution may show its speaker to a reader.

An attribution in the broad PARC/PolNeAR sense covers far more than statements:
attitudes ("North Korea wants talks"), knowledge and perception ("Iraqi women
know that ..."), deeds ("People attacked the oil", "Gaddafi accepted a
roadmap") and topics ("talked about the issues"). The quotes stage keeps every
such source span (PolNeAR scores it), but a reader shown "North Korea: talks"
is shown words nobody said. Two general levers decide what a reader sees:

- the statement lever: a speaker is shown only when the cue reports saying,
  writing, telling or stating. Verbs of wanting, knowing, perceiving and doing
  never show one; a verb of opinion ("believe", "expect") shows one only with
  a clause it holds true; a verb whose object is only what the words were about
  or aimed at ("criticized the plan", "thanked the director") shows one only
  when quoted words are there too. A clause content with no verb ("denied that
  the US president, George Bush") or one that is only a prepositional phrase
  ("at a news conference late yesterday") is a fragment, not what was said;
  a command ("told residents to leave", "ordered troops to fire": a listener, then what
  they are to do), a feeling or belief given as a reason ("fearing that the dam would
  break, villagers fled") and a count or status set in the writer's circumstance clause
  ("with Norland and Veska reporting their first cases") show no speaker either, nor
  does an object or a noun cue's content that is a topic, a work, a reason, a stance's
  target, one word alone or half a statement (`stated_objects`). Such an attribution's
  source is marked "unstated" (`unstated_speaker`) and `Quote.stated` is the one test
  every list a reader reads (who said what, an article's quotes, a brief) applies;
- the can-speak lever: the shown source must be someone who can speak. A
  description whose head noun is a thing ("The reason", "His comments", "the
  margin of error"), a possessive left alone ("their"), a quantified name
  ("Neither Smith"), a word that is not a noun ("Following") or an unknown
  upper-case fragment of two or three letters is not shown.

Both read the parse and generic English word classes only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from storyline.analyze.quotes.asked_for import (
    advised,
    appealed,
    conduct_expected,
    count_added,
    inferred_view,
    question_put,
    requested,
)
from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.done_to import gerund_clause, passive_reason
from storyline.analyze.quotes.headless import bracketed_aside, opens_with_verb
from storyline.analyze.quotes.names_and_topics import name_given, topic_gerund
from storyline.analyze.quotes.speaking_nouns import singular
from storyline.analyze.quotes.stated_objects import (
    ANSWER_WORDS,
    TOPIC_OBJECT_VERBS,
    VERB_TAGS,
    circumstance_participle,
    deliberated,
    not_done,
    object_unstated,
    proposition_object,
    topic_only,
)
from storyline.analyze.quotes.verb_content import valued_at
from storyline.model import Quote, Speaker

__all__ = [
    "OBJECT_STATEMENT_VERBS",
    "OPINION_VERBS",
    "UNSTATED_VERBS",
    "fragment_content",
    "may_show",
    "object_source",
    "said_on",
    "states_nothing",
    "unstated_at",
    "unstated_at_cue",
    "unstated_speaker",
    "voiced",
    "withheld_speaker",
]

UNSTATED_VERBS: frozenset[str] = vocab(
    "want wish favor favour prefer seek plan aim intend vote refuse decline support "
    "back oppose know see hear notice sense watch learn understand realize realise remember "
    "identify cast focus push appear seem figure imagine assume"
)
"""Reporting verbs of wanting, knowing, perceiving or doing: whatever their complement,
the writer tells what someone wants, knows, saw or did, not what they said."""

OPINION_VERBS: frozenset[str] = vocab(
    "believe think expect hope fear feel suspect doubt reckon surmise consider view regard "
    "deem worry wonder accept recognize recognise agree welcome show find signal indicate"
)
"""Verbs of holding a view: with a clause ("experts believe that ...", "studies show
that ...") they report a view someone holds and, in news, states; with only an object
("accepted a roadmap", "welcomed the move") they report an act or a stance."""

OBJECT_STATEMENT_VERBS: frozenset[str] = vocab(
    "say announce report confirm deny admit acknowledge reveal disclose claim declare "
    "estimate predict forecast propose recommend promise pledge vow warn urge call demand "
    "explain note describe repeat reiterate echo stress emphasize emphasise recount tweet "
    "retweet post write recall mention express state cite threaten allege"
)
"""Verbs whose object can be what was said: an infinitive in it ("called for the council
to vote", "announced plans to cut jobs") or a clause a content noun holds
(`stated_objects.proposition_object`); a bare noun phrase after them ("called for a ban",
"announced a ceasefire") names what the words were about, as every other verb's object
does ("criticized the plan", "discussed the issues", "thanked the director")."""


def may_show(verb: Any, lemma: str, phrase: bool, content: Any | None) -> bool:
    """Whether a reporting verb (base form `lemma`) with no quoted words states something
    a reader may be shown with its speaker. `phrase`: its content is an object, not a
    clause; `content`: that content as a parsed span."""
    if lemma in UNSTATED_VERBS or not_done(verb):
        return False
    if _command(verb, lemma, content) or _reason_held(verb, lemma) or _circumstance(verb, phrase):
        return False
    if requested(verb, lemma, content) or conduct_expected(verb, lemma, content):
        return False
    if question_put(verb, lemma, content) or appealed(verb, lemma, content):
        return False
    if advised(verb, lemma, content) or name_given(verb, lemma):
        return False
    if topic_gerund(verb, lemma, content):
        return False
    if passive_reason(verb, content) or gerund_clause(verb, content):
        return False  # "cited by police for speeding", "charged X with verifying that ..."
    if count_added(verb, lemma):
        return False
    if lemma in _TOPIC_VERBS or (phrase and _to_come(verb)) or _sum_claimed(lemma, phrase, content):
        return False
    if lemma in OPINION_VERBS and (deliberated(lemma, content) or inferred_view(verb)):
        return False
    if phrase and valued_at(verb, lemma) is not None:
        return True  # "estimated the losses at 450 million crowns": the estimate stated
    if phrase:
        return (
            lemma in OBJECT_STATEMENT_VERBS
            and not (
                topic_only(verb, lemma, content)
                and (lemma in TOPIC_OBJECT_VERBS or not proposition_object(content))
            )
            and not _named_or_convened(verb, lemma, content)
            and not circumstance_participle(verb)
            and not (content is not None and object_unstated(verb, lemma, content))
        )
    return content is None or not (
        fragment_content(content)
        or opens_with_verb(verb, content)
        or bracketed_aside(verb, content)
    )


_ORDERING_VERBS: frozenset[str] = vocab("tell order command instruct direct")
"""Verbs that, with a listener and an infinitive, give an order. Advice or an appeal
("urged the minister to say who ...", "advised residents to leave") shows no speaker
either unless its words are quoted (`asked_for.advised`)."""


_TOPIC_VERBS: frozenset[str] = vocab("discuss debate refer allude")
"""Verbs whose content is only what was talked over ("discussed making a film") or pointed
at ("referring to a rival's comments that the mayor must stay"), in any shape: a topic, or
someone else's words, not what the subject said of it."""


def _to_come(verb: Any) -> bool:
    """ "allowing each bank to disclose the news": an infinitive with its own subject under
    a verb that reports no saying is a saying allowed, asked for or still to come; its
    object ("the news") is not something said yet."""
    return (
        verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and verb.dep_ in {"ccomp", "xcomp", "advcl"}
        and cue_lemma(verb.head.text) not in OBJECT_STATEMENT_VERBS
    )


def _sum_claimed(lemma: str, phrase: bool, content: Any | None) -> bool:
    """ "claims $ 3.8 million in damages": a sum or a count claimed is a demand (or a
    toll), not a statement; "claimed victory" or "claimed the vote was rigged" still are."""
    return (
        lemma == "claim"
        and phrase
        and content is not None
        and any(t.tag_ in {"CD", "$"} for t in content[:3])
    )


def _command(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "told residents to leave", "ordered troops to fire": a listener as the object and
    an infinitive of what they are to do. The words shown ("to leave their homes") are an
    order given, not a statement the subject made about anything."""
    if lemma not in _ORDERING_VERBS or content is None:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    first = next((t for t in content if not t.is_punct), None)
    return (
        first is not None
        and first.tag_ == "TO"
        and first.head.dep_ == "xcomp"
        and first.head.head.i == verb.i
    )


_REASON_DEPS = frozenset({"advcl", "acl", "xcomp", "npadvmod"})


def _reason_held(verb: Any, lemma: str) -> bool:
    """ "Fearing that the dam would break, villagers fled": a participle of holding a view,
    with no subject of its own, gives why someone acted; nobody said the clause."""
    return (
        lemma in OPINION_VERBS
        and verb.tag_ == "VBG"
        and verb.dep_ in _REASON_DEPS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


_ABSOLUTE_MARKS: frozenset[str] = vocab("with without")


def _circumstance(verb: Any, phrase: bool) -> bool:
    """ "..., with Norland, Veska and Tarrin all reporting their first cases": a participle
    in a "with" clause is the writer's account of the circumstances; its object ("their
    first cases") is a count or a state, not words the subjects said. A clause content
    ("with officials saying that ...") is still a statement."""
    return (
        phrase
        and verb.tag_ == "VBG"
        and any(c.dep_ in {"mark", "prep"} and c.lower_ in _ABSOLUTE_MARKS for c in verb.children)
    )


def _named_or_convened(verb: Any, lemma: str, content: Any | None) -> bool:
    """ "calls the shots", "called his wife": "call" with a bare object and nothing it is
    called ("called the plan reckless") or called for ("called for a ban") is no saying."""
    if lemma != "call" or content is None:
        return False
    if any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in verb.children):
        return False
    return any(t.dep_ == "dobj" and t.head.i == verb.i for t in content)


_CARRIERS: frozenset[str] = vocab(
    "placard banner sign poster billboard sticker graffiti inscription caption slogan "
    "t-shirt shirt flag"
)
"""Things that carry words ("placards calling for the troops to come home", "a sign
saying ..."): what they bear was written or held up by people the text does not name; the
thing itself says nothing a reader can be shown as someone's."""


def object_source(head: Any | None) -> bool:
    """Whether a source phrase's head (`head`, a token) is a thing carrying words
    (`_CARRIERS`), singular or plural: no speaker, whatever verb it takes."""
    return head is not None and singular(head.lower_) in _CARRIERS


def voiced(lemma: str) -> bool:
    """Whether a reporting verb can report words at all: quoted words beside "wants" or
    "knows" are not its subject's."""
    return lemma not in UNSTATED_VERBS


_CLAUSE_OPENERS: frozenset[str] = vocab("that if whether because")


def fragment_content(content: Any) -> bool:
    """Whether a clause content is a fragment rather than a statement: no verb in it at all
    ("the US president , George Bush", "Munich Re -LRB- MUVGn"), or only a prepositional
    phrase ("at a news conference late yesterday"). One answer word ("said no") stands for
    a whole answer."""
    tokens = [t for t in content if not t.is_punct]
    if not tokens:
        return True
    if len(tokens) == 1 and tokens[0].lower_ in ANSWER_WORDS:
        return False
    if not any(t.tag_.startswith(VERB_TAGS) for t in tokens):
        return True
    if _manner_aside(content):
        return True
    first = tokens[0]
    return (
        first.dep_ == "prep"
        and first.lower_ not in _CLAUSE_OPENERS
        and first.head.i < content.start
        and first.right_edge.i >= content.end - 1
    )


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _manner_aside(content: Any) -> bool:
    """Whether a content is how the words were said, not what ("she says softly , a smile
    crossing her face"): an adverb and a comma, then a phrase with no finite verb (a
    participle at most). The writer's narration after a quote is no statement."""
    tokens = list(content)
    if len(tokens) < 3 or tokens[0].tag_ != "RB" or tokens[1].text != ",":
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in tokens[2:])


def unstated_speaker(speaker: Speaker) -> Speaker:
    """The same source span, marked as the source of an attribution that states nothing (a
    wish, a deed, a topic, a stance; see `may_show`): PolNeAR's scoring still sees where
    the source is written, and no list a reader reads takes the quote (`Quote.stated`)."""
    return Speaker(speaker.text, speaker.start, speaker.end, None, False, "unstated")


def unstated_at(at: int) -> Speaker:
    """An empty source span at `at`, marked "unstated": for words that state nothing and
    have no source written; PolNeAR's scoring sees it as it sees no speaker."""
    return Speaker("", at, at, None, False, "unstated")


def states_nothing(a: Any, marked: bool) -> bool:
    """Whether attribution `a` (an `Attribution`) states nothing, whatever its source: a
    plan, a wish, a deed or a topic (`a.statement`, `a.says`), or quoted words beside a
    verb that cannot report words ("wants", "knows"). The same test `stage._shown` puts to
    an attribution with a speaker, for one whose source the text does not write."""
    return not a.statement or not (a.says or (marked and a.voiced))


def unstated_at_cue(quotes: list[Quote], unsaid: dict[tuple[int, int], int]) -> list[Quote]:
    """`quotes` with each speakerless one whose attribution states nothing ("was hoping to
    win", "is expected to rise", "When asked if ..."; `unsaid` maps its span to its cue's
    start) given an empty source span at its cue marked "unstated": no list a reader reads
    takes it (`Quote.stated`), where a missing speaker lists it as said by someone the text
    does not name. The span is empty, so PolNeAR's scoring, which counts overlap with the
    gold source, sees it as it sees no speaker."""
    return [
        replace(q, speaker=unstated_at(at))
        if q.speaker is None and (at := unsaid.get((q.start, q.end))) is not None
        else q
        for q in quotes
    ]


def said_on(speaker: Speaker | None) -> Speaker | None:
    """The speaker of words running on from an attribution that stated nothing ("Ruiz
    wants talks. “We will wait.”"): the words are said, so they are a statement, by a
    speaker left unresolved (the same span, as before the source was marked "unstated")."""
    if speaker is None or speaker.resolution != "unstated":
        return speaker
    return Speaker(speaker.text, speaker.start, speaker.end, None, False, "unresolved")


def withheld_speaker(speaker: Speaker) -> Speaker:
    """The same source span, shown to no reader and resolved to nobody: PolNeAR's scoring
    still sees where the source is written."""
    return Speaker(speaker.text, speaker.start, speaker.end, None, False, "unresolved")
