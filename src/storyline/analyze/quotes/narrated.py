"""Contents a reporting verb takes that are no one's words (statements3, issue 14).

The parse finds a reporting verb and a content, and the content is kept for PolNeAR's
scoring, but a reader shown it beside a speaker is shown words nobody said:

- a question word opening the content ("We'll tell you where that stands", "she told how
  she had heard the news"): an embedded question names what the words were about, or
  promises them; the answer itself is not given (after a verb of asking it is the
  question put, and stays);
- an infinitive that only points back ("called on the governor to do the same", "urged
  others to do so", "to follow suit"): the demand is whatever was said before, and the
  words shown say nothing by themselves;
- a saying still to come, told to a generic "you" ("workers will tell you their rights are
  going", "any farmer can tell you that"): the writer's own claim put in others' mouths;
- a finding in progress ("hog farmers are finding that the name hurts sales"): an
  experience the writer narrates, where "the study found that" states a result;
- a view given to the reader or viewer addressed ("You recall he fired his
  government"): the writer's aside, not a report; so is a view inside a relative clause
  ("people who they think are trying to ...");
- a content written before its verb and cut off from it by a semicolon or a colon ("Rowe
  has pointed at Dunmore ; Dunmore has challenged Rowe", "It is quite calm : Gardner is
  still reporting ..."): a sentence of its own, not what the later verb reports (a dash
  is no such cut: news sets its speaker off with one, "Prices will rise -- the bank
  warned");
- a noun of fear, hope or belief with no one's name on it ("Fears that prices would fall
  caused ..."): a mood the writer reports, not a statement;
- a belief held by people nobody picks out (statements4): "Investors thought their money
  was safe", "Doctors initially thought ...", "some who had expected ...", and, in any
  tense, "Many fear ...", "People feel ...": the writer's account of what a crowd took
  for true, which nobody said ("officials believe ...", "Economists at Goldman Sachs now
  believe ...", "Senior officials believed ..." stay: a view of people the text
  sources, or a present view of a body);
- a past belief told as the reason for a deed or the thought at its time ("bought the
  house because he thought it was a great deal", "when he spent millions on the house, he
  thought it was a great deal"): the writer's account of why someone acted, not what they
  stated (notspeech46; "when asked, she thought ..." is an answer, and stays);
- a belief asked about, supposed or bidden (notspeech47): "Do you think he would leave
  ?", "whether he thought the fund was a shakedown", "if the agency believes it lacks the
  expertise", "Do n't think you 're immune": a question, a condition or a command, which
  states nothing;
- a perception ("felt his tires drive over something", "saw the roof fall in"): what
  someone sensed, narrated, not a statement (notspeech47);
- a saying nobody made, in a figure of speech: "what so many are saying was
  unthinkable", "what some call a purge": a free relative "what" with people nobody picks
  out as its subject leaves the words shown a predicate with no subject of its own.

Each reads the parse and generic English word classes only.
"""

from __future__ import annotations

from typing import Any

from storyline.analyze.quotes.cues import cue_lemma, vocab
from storyline.analyze.quotes.speaking_nouns import singular

__all__ = ["VIEW_VERBS", "narrated_content", "thought_noun"]

_QUESTION_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
_POINTING_BACK: frozenset[str] = vocab("the same so likewise too as well it this that suit")
"""Words an infinitive "to do the same", "to do so", "to follow suit" is made of: they
refer to something said or done before and state nothing of their own."""
_POINTING_VERBS: frozenset[str] = vocab("do does did follow")
_FUTURE_AUX: frozenset[str] = vocab("will 'll would 'd can could")
_TELLING: frozenset[str] = vocab("tell say explain assure")
_FINDING: frozenset[str] = vocab("find discover")
_BE: frozenset[str] = vocab("am is are was were be been being 's 're 'm")
VIEW_VERBS: frozenset[str] = vocab(
    "think thinks thought believe believes believed recall recalled remember remembered "
    "know knew guess guessed suppose supposed imagine imagined agree agreed reckon doubt "
    "suspect feel felt"
)
"""Verbs of holding a view, in the forms a writer's own aside takes."""
_ASKING: frozenset[str] = vocab("ask question wonder query inquire enquire")
"""Verbs whose question-word content is the question put ("questioning how he got away
with it"): what was asked, as said."""
_SEPARATORS = (";", ":")
"""Marks that end one sentence inside another. Not a dash: "The talks have collapsed --
the mediator , Ivo Marsh , said" sets the speaker off with one, and the words are his."""
_DASHES = ("--", "—", "–")
"""A dash cuts a content off only as one of a pair around an aside: "Himself a former
executive -- he owned a team -- Rell also offered ..." or "... ignored the history --
Vell cites the strike as proof -- but ...". A single dash before the speaker is no cut."""
_OPENING = frozenset({":", "``", '"', "“", "‘"})
"""A colon or an opening quotation mark: what follows is the words themselves."""
_THOUGHT_NOUNS: frozenset[str] = vocab(
    "fear fears hope hopes belief beliefs concern concerns notion idea view expectation "
    "expectations suspicion suspicions worry worries"
)
"""Nouns of a mood or a view: with no one's name on them they are the writer's account of
a mood ("Fears that prices would fall caused ..."); a claim or a warning is said by
someone, named or not."""


def narrated_content(verb: Any, lemma: str, content: Any | None, source: Any | None) -> bool:
    """Whether the content a reporting verb (`verb`, base form `lemma`) takes is no one's
    words (see the module's list); `content` and `source` are parsed spans, or None."""
    if content is None:
        return False
    tokens = [t for t in content if not t.is_punct]
    if not tokens:
        return False
    return (
        (lemma not in _ASKING and _asked_about(verb, tokens))
        or _points_back(tokens)
        or _told_to_anyone(verb, lemma)
        or _finding_in_progress(verb, lemma)
        or _own_view(verb, source)
        or _relative_view(verb, tokens)
        or _cut_off_before(verb, content, source)
        or _generic_belief(verb, lemma)
        or _belief_at_a_deed(verb, lemma)
        or _asked_or_supposed(verb, lemma)
        or _perceived(verb, lemma, tokens)
        or _generic_figure(verb, tokens)
    )


def thought_noun(tok: Any) -> bool:
    """Whether a speech noun with no one's name on it is a noun of mood or view ("Fears
    that ...", "hopes that ..."), which states nothing (see `_THOUGHT_NOUNS`)."""
    return tok.lower_ in _THOUGHT_NOUNS


def _asked_about(verb: Any, tokens: list[Any]) -> bool:
    """ "tell you where that stands", "told how she had heard": the content opens with a
    question word tied to its own verb, right after the verb (or its listener). Kept: "what
    was needed was a ban" (a clause whose subject is a "what" phrase states something);
    "an issue, he says, which is important" (a clause the parse hung on a verb set off by
    commas: the sentence around it is what was said); "explained what happened: `` ... ''"
    when the content runs on past the colon or into the quotation marks (the words are
    there). A content that stops at the colon ("explained how he sees his job:", its
    words on the next line) is only the topic; quoted words after it are taken as quoted
    words, whatever this content is (notspeech43)."""
    first = tokens[0]
    if first.tag_ not in _QUESTION_TAGS or first.lower_ == "that":
        return False
    if first.i < verb.i or any(t.is_punct for t in verb.doc[verb.i + 1 : first.i]):
        return False
    doc = verb.doc
    if any(t.text in _OPENING for t in doc[first.i : tokens[-1].i + 1]):
        return False
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    return root is not None and first.head.i == root.i


def _points_back(tokens: list[Any]) -> bool:
    """ "to do the same", "to do so", "to follow suit": an infinitive whose words only
    point back to what was said or done before."""
    if len(tokens) < 3 or len(tokens) > 5 or tokens[0].tag_ != "TO":
        return False
    if tokens[1].lower_ not in _POINTING_VERBS:
        return False
    return all(t.lower_ in _POINTING_BACK for t in tokens[2:])


def _told_to_anyone(verb: Any, lemma: str) -> bool:
    """ "workers will tell you ...", "any doctor can tell you that": a saying to come or
    one anyone could make, told to the generic "you"; a speech announced for a named
    audience ("will tell the conference that") is left alone."""
    if lemma not in _TELLING:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children):
        return False
    listeners = [c for c in children if c.dep_ in {"dative", "dobj"}]
    listeners += [o for c in children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
    return any(c.lower_ == "you" for c in listeners)


def _finding_in_progress(verb: Any, lemma: str) -> bool:
    """ "producers are finding that ...": a progressive "find" is an experience the writer
    narrates, not a finding anyone states."""
    return (
        lemma in _FINDING
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in _BE for c in verb.children)
    )


def _own_view(verb: Any, source: Any | None) -> bool:
    """ "You recall he fired his government", "you and your friends thought ...": outside
    quotation marks (where every cue read here stands) a view given to "you" is the
    writer's aside to the reader or viewer addressed, not a statement reported from
    anyone. (A view held by "I" or "we" is read with the whole page: `asides`.)"""
    if source is None or verb.lower_ not in VIEW_VERBS:
        return False
    words = [t for t in source if not t.is_punct]
    return bool(words) and words[0].lower_ == "you"


def _relative_view(verb: Any, tokens: list[Any]) -> bool:
    """ "people who they think are trying to ...": a view set inside a relative clause,
    whose content's subject is the relative pronoun before the verb; it picks out whom the
    sentence is about and reports no statement (a verb of saying there, "a plan that
    officials said would cut costs", is kept)."""
    if verb.lower_ not in VIEW_VERBS or verb.dep_ != "relcl":
        return False
    inside = {t.i for t in tokens}
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i
        for t in tokens
        if t.head.i not in inside
        for c in t.children
    )


def _cut_off_before(verb: Any, content: Any, source: Any | None) -> bool:
    """Whether the content lies wholly before its verb and its source, with a semicolon,
    a colon between them: a sentence of its own."""
    start = source.start if source is not None and source.start < verb.i else verb.i
    if content.end > start:
        return False
    between = verb.doc[content.end : start]
    if any(t.text in _SEPARATORS for t in between):
        return True
    sentence = verb.doc[min(verb.sent.start, content.start) : verb.sent.end]
    paired = sum(t.text in _DASHES for t in sentence) >= 2
    return paired and any(t.text in _DASHES for t in between)


_BELIEF_VERBS: frozenset[str] = vocab(
    "think believe assume fear feel suspect expect hope imagine suppose reckon doubt worry"
)
"""Verbs of taking something for true, or of dreading or wanting it."""
_QUANTIFIERS: frozenset[str] = vocab(
    "many most some few several others all everyone everybody nobody none people"
)
"""Words that speak of people in general, alone ("Many fear ...") or on a noun ("many
investors"): no one a reader could ask."""
_INFORMANTS: frozenset[str] = vocab(
    "official source insider diplomat analyst expert investigator envoy negotiator"
)
"""People a writer takes views from by their part in events ("officials", "diplomats"):
their belief is the text's sourcing, in the past as in the present."""
_PAST_AUX: frozenset[str] = vocab("had was were 'd")
_PERFECT_AUX: frozenset[str] = vocab("have has 've")
"""The present perfect ("have been worried", "have thought") recounts a view held up to
now, as the past does."""
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _generic_belief(verb: Any, lemma: str) -> bool:
    """ "Investors thought their money was safe", "Many feared that ...", "People feel
    like ...": a verb of belief whose subject picks out no one (`_generic`) gives a mood or
    a past belief the writer recounts. In the past any such subject does ("Doctors
    initially thought", "some who had expected") but one named for informing ("Senior
    officials believed", "Western diplomats suspected"); in the present only a quantified
    one ("Many fear", "most people think"), since "officials believe" or "analysts
    expect" report a view the text takes from them."""
    if lemma not in _BELIEF_VERBS:
        return False
    subject = _subject(verb)
    if subject is None or not _generic(subject):
        return False
    # "Owners have been worried that ...": the state is the copula's, and its tense
    finite = verb.head if verb.dep_ == "acomp" else verb
    past = finite.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"}
        and (c.lower_ in _PAST_AUX or (c.lower_ in _PERFECT_AUX and finite.tag_ == "VBN"))
        for c in finite.children
    )
    if _quantified(subject):
        return True
    return past and singular(subject.lower_) not in _INFORMANTS


_REASON_MARKS: frozenset[str] = vocab("because since")
_TIME_MARKS: frozenset[str] = vocab("when as after before once")


def _belief_at_a_deed(verb: Any, lemma: str) -> bool:
    """ "bought the house because he thought it was a great deal", "when he spent millions
    on the house, he thought it was a great deal": a verb of belief in the past, set as
    the reason of the clause it hangs on ("because", "since") or given a time clause of a
    deed done in the past ("when he spent"), tells what someone believed as they acted
    (as a reason, only a group's: `_many`).
    A time clause of being asked ("when asked about it, he thought ...": a participle, or
    a verb of asking) is an answer and stays; so do beliefs in the present ("because she
    believes the levy is unfair"), which a source is usually quoted for."""
    if lemma not in _BELIEF_VERBS or not _past(verb):
        return False
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _REASON_MARKS for c in verb.children
    ):
        return _many(_subject(verb))
    return any(
        clause.dep_ == "advcl"
        and clause.tag_ == "VBD"
        and cue_lemma(clause.lower_) is None
        and any(c.dep_ in {"advmod", "mark"} and c.lower_ in _TIME_MARKS for c in clause.children)
        for clause in verb.children
    )


_GROUP_PRONOUNS: frozenset[str] = vocab("they we")


def _many(subject: Any | None) -> bool:
    """Whether the holder of a belief given as a reason is more than one person ("they",
    "we", "some people", "the traders"): a crowd's or a side's motive is the writer's
    account. One person's ("Ruiz voted no because she felt the levy was unfair") is
    often a view that person stated, and stays: on Timeline17 (notspeech46) every such
    reason held by a group read as no one's words, while three of four held by one named
    person (a leader's or a senator's stated case) could be read as theirs."""
    if subject is None:
        return False
    return subject.lower_ in _GROUP_PRONOUNS or subject.tag_ in {"NNS", "NNPS"}


def _past(verb: Any) -> bool:
    """A verb in the simple past ("thought") or the past perfect ("had thought")."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children
    )


_SUPPOSING_MARKS: frozenset[str] = vocab("whether if unless")
_BIDDING_AUX: frozenset[str] = vocab("do n't not")


def _asked_or_supposed(verb: Any, lemma: str) -> bool:
    """A verb of belief in a question ("Are people worried they 'll get sick ?", "you
    think he would leave office ?": the sentence it heads ends in a question mark), a
    question or a condition put ("whether he thought ...", "if it determines ... or
    believes that ...": "whether", "if", "unless" on the verb or on the verb it is joined
    to), or a command ("Think you got it ?", "Do n't think you 're immune"): nobody holds
    the view the words give. On the in-sample data (notspeech47) the 4 such quotes shown
    were all no one's words (a fifth, "do n't think you 're immune", is negated too)."""
    if lemma not in _BELIEF_VERBS:
        return False
    node = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in node.children):
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    holder = verb.head if verb.dep_ == "acomp" else verb
    if holder.dep_ == "ROOT":
        last = [t for t in holder.sent if not t.is_space][-1]
        if last.text == "?":
            return True
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        and all(c.lower_ in _BIDDING_AUX for c in verb.children if c.dep_ in {"aux", "neg"})
    )


_PERCEIVING: frozenset[str] = vocab("feel see hear watch notice sense smell")
_BASE_TAGS = frozenset({"VB", "VBP", "VBG"})
_NOT_EVENTS: frozenset[str] = _BE | vocab("have has having do does doing")


def _perceived(verb: Any, lemma: str, tokens: list[Any]) -> bool:
    """A verb of perceiving in the past whose content is something seen happen ("felt his
    tires drive over someone", "saw the roof falling in"): its clause has a subject and a
    verb in the base form or in "-ing" (not the tense a reported clause takes), and that
    verb is an event, not "be", "have" or "do" ("felt the rules are unfair" is a view).
    What someone sensed is narrated; it is not what they stated (ECB+, notspeech47: the
    one such quote shown, from a criminal complaint, was no one's words)."""
    if lemma not in _PERCEIVING or verb.tag_ != "VBD":
        return False
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return any(
        r.head.i == verb.i
        and r.tag_ in _BASE_TAGS
        and r.lower_ not in _NOT_EVENTS
        and not any(c.dep_ in {"aux", "auxpass"} for c in r.children)
        and any(c.dep_ == "nsubj" and c.i < r.i for c in r.children)
        for r in roots
    )


def _generic_figure(verb: Any, tokens: list[Any]) -> bool:
    """ "what so many are saying was unthinkable": a free relative "what" before the verb,
    a content with no subject of its own (the "what" is it), and a quantified subject
    (`_quantified`): a turn of phrase, no one's words. With a source the text names ("what
    officials said was an attack") the words are theirs, and stay."""
    if not any(c.tag_ == "WP" and c.lower_ == "what" and c.i < verb.i for c in verb.children):
        return False
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for r in roots for c in r.children):
        return False
    subject = _subject(verb)
    return subject is not None and _quantified(subject)


def _subject(verb: Any) -> Any | None:
    """The subject of a verb, through a relative pronoun to the noun it stands for ("some
    who had expected"), or of the copula a participle of feeling completes ("Owners have
    been worried that ...")."""
    holder = verb.head if verb.dep_ == "acomp" else verb
    subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject


_RELATIVE_HOLDERS: frozenset[str] = vocab("those anyone anybody")
"""Pronouns that pick out people only by the relative clause on them ("those who believe
free markets matter", "there are those who believe they got too little")."""


def _generic(noun: Any) -> bool:
    """Whether a subject picks out nobody: a quantifier alone ("Many", "so many", "some")
    or a plural common noun with no article, possessor, number, name or phrase after it
    that says whose ("Investors", "many doctors"; not "the investors", "his doctors",
    "Economists at Goldman Sachs", "300 doctors"). A relative clause on it ("some who had
    expected", "savers who bought bonds") still picks out no one a reader could ask."""
    if noun.lower_ in _RELATIVE_HOLDERS:
        return any(c.dep_ == "relcl" for c in noun.children)
    people = noun.tag_ == "NNS" or (noun.tag_ == "NNPS" and noun.ent_type_ == "NORP")
    if noun.lower_ not in _QUANTIFIERS and not people:
        return False
    for c in noun.children:
        if c.dep_ in {"poss", "nummod", "appos", "prep"}:
            return False
        if c.dep_ in {"det", "predet"} and c.lower_ not in _QUANTIFIERS:
            return False
        if c.dep_ == "compound" and c.tag_ in {"NNP", "NNPS"}:
            return False
    return True


def _quantified(noun: Any) -> bool:
    """Whether a generic subject speaks of people at large: a quantifier ("Many", "so
    many") or "people", alone or on the noun ("most investors", "some people"), or a
    pronoun a relative clause alone picks out ("Those who believe ... fear that ...",
    "for those who suspect they are infected": notspeech47, 4 of 4 shown were no one's
    words; 2 of them are read so, the parse hides the subject of the other two)."""
    if noun.lower_ in _RELATIVE_HOLDERS:
        return any(c.dep_ == "relcl" for c in noun.children)
    if noun.lower_ in _QUANTIFIERS:
        return _generic(noun)
    return _generic(noun) and any(
        c.dep_ in {"det", "amod", "predet"} and c.lower_ in _QUANTIFIERS for c in noun.children
    )
