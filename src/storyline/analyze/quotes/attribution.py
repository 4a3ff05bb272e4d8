"""Attributions inside one sentence, read off a dependency parse.

A reporting verb's subject is the source and its clausal complement the
content ("Officials said [that] the talks had stalled"); "according to X"
makes the rest of the sentence X's content; a verb such as "announced" takes
its object as content. Only sentences holding a cue are parsed, and a very
long "sentence" (a paragraph the splitter could not break) is parsed only in
a window around each cue, so the cost stays bounded.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from storyline.analyze.nlp import parse_spans
from storyline.analyze.quotes.according import according_to
from storyline.analyze.quotes.agentless import agentless_unsaid
from storyline.analyze.quotes.content_shapes import (
    before_joined_cue,
    closing_conjunct,
    closing_inversion,
    interrupted_view,
)
from storyline.analyze.quotes.cues import (
    ATTITUDE_ADJECTIVES,
    CUE_FORMS,
    NOUN_CUES,
    PARTICLE_CUES,
    PREP_NOUN_CUES,
    QUOTE_ONLY_LEMMAS,
    SPEAKER_CUES,
    cue_lemma,
)
from storyline.analyze.quotes.interrupted import interrupting_source
from storyline.analyze.quotes.manner_verbs import MANNER_LEMMAS, beside_quote
from storyline.analyze.quotes.narrated import narrated_content
from storyline.analyze.quotes.nominal import (
    IN_SOURCE_NOUNS,
    REPORTING_ADVERBS,
    STANCE_PREPS,
    in_source,
    noun_cue,
    prep_noun_cue,
    reported_clause,
    stance_cue,
)
from storyline.analyze.quotes.outer_source import reporting_subject
from storyline.analyze.quotes.participles import participle_source
from storyline.analyze.quotes.phrases import (
    NEVER,
    antecedent_of,
    char_span,
    source_head,
    speaks,
    subject_of,
    trimmed,
)
from storyline.analyze.quotes.polled import counted_by
from storyline.analyze.quotes.put_it import PUT_FORMS, put_it
from storyline.analyze.quotes.record import Attribution
from storyline.analyze.quotes.shown import may_show, object_source, voiced
from storyline.analyze.quotes.speaking_sources import head_can_speak
from storyline.analyze.quotes.stated_objects import stated_noun_cue
from storyline.analyze.quotes.statements import (
    BROAD_CUES,
    deed_not_words,
    intention_only,
    names_a_time,
    not_yet_said,
    passive_without_agent,
    state_complement,
)
from storyline.analyze.quotes.unvoiced import quote_as_object, unvoiced, writers_naming
from storyline.analyze.quotes.verb_content import clause_content, phrase_content
from storyline.analyze.quotes.verb_shapes import (
    EMPTY_TAGS,
    OTHER_VERB_PARTICLES,
    inverted_subject,
    markup_name,
    perfect_clitic,
    that_said,
    with_particle,
)

__all__ = [
    "MAX_PARSE_TOKENS",
    "Attribution",
    "attributions_in",
    "cue_in",
    "trigger_tokens",
    "verb_offsets",
]

MAX_PARSE_TOKENS = 150
"""Longer sentences are parsed in windows of this many tokens around each cue."""


_TRIGGERS = (
    frozenset(CUE_FORMS)
    | NOUN_CUES
    | set(PREP_NOUN_CUES)
    | ATTITUDE_ADJECTIVES
    | REPORTING_ADVERBS
    | {"according", "clear", "in"}
    | PUT_FORMS
)
_MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
_WINDOW_WORDS = frozenset({"according", "clear"})
_VIEW_WORDS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})
_TRIGGER_HASHES: dict[int, Any] = {}


def trigger_tokens(doc: Any) -> list[int]:
    """Indices of the tokens that can start an attribution (a cue form, a speech noun,
    "according"), found in one vectorised pass so that only they are looked at in Python."""
    from spacy.attrs import LOWER

    hashes = _TRIGGER_HASHES.get(id(doc.vocab))
    if hashes is None:
        hashes = np.array(sorted(doc.vocab.strings.add(w) for w in _TRIGGERS), dtype=np.uint64)
        _TRIGGER_HASHES[id(doc.vocab)] = hashes
    lowers = doc.to_array(LOWER)
    return [int(i) for i in np.flatnonzero(np.isin(lowers, hashes))]


_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD")

_VERB_HASHES: dict[int, Any] = {}


def verb_offsets(doc: Any) -> list[int]:
    """Character offsets of the tokens the tagger calls verbs, in one vectorised pass."""
    from spacy.attrs import IDX, TAG

    hashes = _VERB_HASHES.get(id(doc.vocab))
    if hashes is None:
        hashes = np.array(sorted(doc.vocab.strings.add(t) for t in _VERB_TAGS), dtype=np.uint64)
        _VERB_HASHES[id(doc.vocab)] = hashes
    if not len(doc):
        return []
    table = doc.to_array([TAG, IDX])
    return [int(i) for i in table[np.isin(table[:, 0], hashes), 1]]


def cue_in(
    doc: Any,
    triggers: Sequence[int],
    start: int,
    end: int,
    skip: Callable[[int], bool],
    quoted: bool = True,
) -> bool:
    """Whether tokens start..end of `doc` (minus those at skipped offsets) may hold an
    attribution, before paying for a parse; only the `trigger_tokens` among them are read.

    A reporting verb or "according to" qualifies; a speech noun only when a
    that-clause follows it; a quote-only verb ("continued") only when the
    sentence has quotation marks (`quoted`).
    """
    for i in triggers[bisect_left(triggers, start) : bisect_left(triggers, end)]:
        tok = doc[i]
        if skip(tok.idx):
            continue
        low = tok.lower_
        if low == "according":
            if any(t.lower_ == "to" for t in _next_kept(doc, i, end, skip, 1)):
                return True
            continue
        if low == "in":
            following = {t.lower_ for t in _next_kept(doc, i, end, skip, 10)}
            if following & (IN_SOURCE_NOUNS if i == start else _VIEW_WORDS):
                return True  # "In a new survey, ...", "..., in his view, ..."
            continue
        if low in REPORTING_ADVERBS:
            return True
        if low in PUT_FORMS:
            if any(t.lower_ == "it" for t in _next_kept(doc, i, end, skip, 1)):
                return True  # "As Ana Ruiz put it, ..."
            continue
        if low == "clear":
            if any(doc[j].lower_ in _MAKE_FORMS for j in range(max(start, i - 2), i)):
                return True  # "made clear that", "made it clear that"
            continue
        lemma = cue_lemma(low)
        if lemma and _verbal(tok) and (quoted or lemma not in QUOTE_ONLY_LEMMAS):
            return True
        if (
            low in NOUN_CUES
            and tok.tag_.startswith("NN")
            and any(t.lower_ == "that" for t in _next_kept(doc, i, end, skip, 2))
        ):
            return True
        after = [t.lower_ for t in _next_kept(doc, i, end, skip, 1)]
        if low in PREP_NOUN_CUES and tok.tag_.startswith("NN") and set(after) & PREP_NOUN_CUES[low]:
            return True
        if low in ATTITUDE_ADJECTIVES and tok.tag_ == "JJ" and set(after) & STANCE_PREPS:
            return True
    return False


def _next_kept(doc: Any, i: int, end: int, skip: Callable[[int], bool], n: int) -> list[Any]:
    out: list[Any] = []
    j = i + 1
    while j < end and len(out) < n:
        if not skip(doc[j].idx):
            out.append(doc[j])
        j += 1
    return out


_ALWAYS_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "tweeted"})


def _verbal(tok: Any) -> bool:
    """A verb by its tag, or a form that is a verb whatever the tagger says (headline "says")."""
    return bool(tok.tag_.startswith("VB") or tok.lower_ in _ALWAYS_VERBS)


def attributions_in(
    sentences: Sequence[Any], quoted: Callable[[int], bool] | None = None
) -> list[Attribution]:
    """Attributions in sentences (spaCy Spans of one unparsed, tagged document).

    All windows are parsed in one batch: the parser is much faster on a batch
    than on one short document at a time.
    """
    windows = [w for sentence in sentences for w in _windows(sentence)]
    triggers: dict[int, list[int]] = {}
    out: list[Attribution] = []
    for window, parsed in zip(windows, parse_spans(windows), strict=True):
        doc = window.doc
        if id(doc) not in triggers:
            triggers[id(doc)] = trigger_tokens(doc)
        found_in = triggers[id(doc)]
        base = window.start_char
        inside = NEVER if quoted is None else _offset_check(quoted, base)
        lo = bisect_left(found_in, window.start)
        for i in found_in[lo : bisect_left(found_in, window.end)]:
            if markup_name(doc, i):
                continue
            found = _from_token(parsed[i - window.start], base, inside)
            if found is not None:
                out.append(found)
    return out


def _offset_check(quoted: Callable[[int], bool], base: int) -> Callable[[Any], bool]:
    return lambda tok: quoted(tok.idx + base)


def _windows(sentence: Any) -> Iterator[Any]:
    if len(sentence) <= MAX_PARSE_TOKENS:
        yield sentence
        return
    doc, half = sentence.doc, MAX_PARSE_TOKENS // 2
    last_end = sentence.start
    for tok in sentence:
        if tok.i < last_end or not (cue_lemma(tok.lower_) or tok.lower_ in _WINDOW_WORDS):
            continue
        start = max(sentence.start, tok.i - half, last_end)
        end = min(sentence.end, tok.i + half)
        last_end = end
        yield doc[start:end]


def _from_token(tok: Any, base: int, quoted: Callable[[Any], bool] = NEVER) -> Attribution | None:
    low = tok.lower_
    if low == "according" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return according_to(tok, base)
    if low == "clear":
        return _made_clear(tok, base)
    if low in PUT_FORMS:
        return put_it(tok, base)
    if low == "in":
        return in_source(tok, base)
    if low in REPORTING_ADVERBS:
        return reported_clause(tok, base)
    if low in NOUN_CUES and tok.tag_.startswith("NN"):
        found = noun_cue(tok, base)
        if found is not None or low not in PREP_NOUN_CUES:
            return stated_noun_cue(tok, base, found)
    if low in PREP_NOUN_CUES and tok.tag_.startswith("NN"):
        return stated_noun_cue(tok, base, prep_noun_cue(tok, base))
    if low in ATTITUDE_ADJECTIVES and tok.tag_ == "JJ":
        return stated_noun_cue(tok, base, stance_cue(tok, base))
    lemma = cue_lemma(low)
    if lemma is None or not _verbal(tok):
        return None
    if lemma in MANNER_LEMMAS and not beside_quote(tok):
        return None  # "muttering to himself": a sound, not these words' cue
    if any(c.dep_ == "prt" and c.lower_ in OTHER_VERB_PARTICLES for c in tok.children):
        return None  # "call off", "back down", "write off": another verb
    if lemma in PARTICLE_CUES and not with_particle(tok, PARTICLE_CUES[lemma]):
        return None  # "pointed the camera": only "pointed out", "pointed to" report
    planned = not_yet_said(tok)  # "aims to discuss", "met to discuss": a plan or a purpose
    content, phrase = None, False
    if lemma not in QUOTE_ONLY_LEMMAS:
        content = clause_content(tok, lemma)
        if content is None:
            content = phrase_content(tok, lemma)
            phrase = content is not None
    sourceless = passive_without_agent(tok) and not perfect_clitic(tok, lemma)
    source = None if sourceless else subject_of(tok, quoted) or inverted_subject(tok)
    if not sourceless:
        source = participle_source(tok, source, quoted)
    closing = closing_inversion(tok, lemma)
    if closing is not None and (content is None or content[1].i < tok.i):
        # "Prices rose in the spring, said Ana Ruiz.": the clause before the comma is
        # what was said and the name after the verb says it, however the parse hung them
        content, source = closing
    if content is None and closing is None:
        # "The mayor remains committed, her aide, Tom Best, told the paper.": a parse that
        # makes the closing verb a conjunct of the clause it reports
        content = closing_conjunct(tok, lemma)
    # "Voters, Ana Ruiz suggested, need not worry": the speaker interrupts the clause she
    # reports, whose subject the parse took for hers
    source, content = interrupting_source(tok, source, content) or (source, content)
    if source is not None and names_a_time(source_head(source)):
        source = None
    # "In a new poll, 31 percent said ...": a share of those asked speaks through the poll
    source = counted_by(tok, source) or source
    if writers_naming(tok, lemma):
        return None  # "Call it viral fundraising.": the writer names a thing; nobody speaks
    if that_said(tok):
        return None  # "That said, the port stays open.": the writer's "nevertheless"
    if lemma in SPEAKER_CUES and tok.dep_ == "acl" and tok.head.dep_ == "dobj":
        # "Canada freezing permits and the U.S. pushing for ...": a participle on an object
        # is not the sender's words ("issued a statement saying" is a verb of saying's)
        return None
    if lemma in SPEAKER_CUES and (content is None or source is None or not speaks(source)):
        # "the road points to", "the data talk of": nobody speaks; and with no content of
        # its own ("Talking on "Morning Forum," he ...") it takes no quoted words either
        return None
    statement = not (
        planned
        or any(intention_only(tok, lemma, c) for c in tok.children if c.dep_ == "xcomp")
        or state_complement(tok, lemma)
        or deed_not_words(tok, lemma, source_head(source) if source is not None else None)
        or (lemma in BROAD_CUES and source is not None and not speaks(source))
        # "the crossing offers a tipping point", "the pledge stressed the risk": an object
        # is what was said only when the subject can say it
        or (phrase and source is not None and not speaks(source))
        # "what he calls his nightmare": a bare "what" stands for words not given; "called
        # it a mistake" gives them, in what "it" was called
        or (
            content is not None
            and content[0].i == content[1].i
            and content[0].tag_ in EMPTY_TAGS
            and not (content[0].tag_ == "PRP" and any(c.dep_ == "oprd" for c in tok.children))
        )
        or unvoiced(tok, lemma, content, phrase)  # a wish, a search, a perception, a result
        or (lemma in QUOTE_ONLY_LEMMAS and quote_as_object(tok))
    )
    if content is not None and content[1].i > tok.i:
        content = before_joined_cue(tok, content)
    if content is not None and content[0].i <= tok.i <= content[1].i:
        # a parse that puts the verb inside its own content: what follows the verb is said
        content = trimmed(tok.doc, tok.i + 1, content[1].i) if content[1].i > tok.i else None
    # "he never dreamed , he said , that ...": the clause is the first verb's, said whole
    content = interrupted_view(tok, content) or content
    if content is None and source is None and not sourceless:
        return None  # (a passive cue with neither still takes the quoted words beside it)
    # words on a thing ("placards calling for ...") are no one's, quoted or not; a source
    # the text does not name states something only as a verb of saying with a clause
    carried = object_source(source_head(source)) if source is not None else False
    unsaid = carried or agentless_unsaid(
        tok, lemma, sourceless, tok.doc[content[0].i : content[1].i + 1] if content else None
    )
    antecedent = antecedent_of(source[0]) if source else None
    # "The mayor said she believes ...": the pronoun continues the reporting verb's subject
    antecedent = antecedent or reporting_subject(tok, source)
    return Attribution(
        tok.idx + base,
        tok.idx + len(tok.text) + base,
        tok.text,
        char_span(source, base) if source else None,
        char_span(content, base) if content else None,
        char_span(antecedent, base) if antecedent else None,
        phrase,
        sourceless,
        statement,
        says=may_show(
            tok, lemma, phrase, tok.doc[content[0].i : content[1].i + 1] if content else None
        )
        and not unsaid
        and not narrated_content(
            tok,
            lemma,
            tok.doc[content[0].i : content[1].i + 1] if content else None,
            tok.doc[source[0].i : source[1].i + 1] if source else None,
        ),
        voiced=voiced(lemma) and not carried,
        source_speaks=source is None or head_can_speak(source_head(source)),
    )


def _made_clear(tok: Any, base: int) -> Attribution | None:
    """ "The director made (it) clear that no jobs would go": the words after "clear" are
    the content and the subject of "made" speaks. The parser hangs the clause on either
    word, so the content is read off the token order: what follows "clear" in the clause."""
    doc = tok.doc
    makes = [doc[j] for j in range(max(0, tok.i - 2), tok.i) if doc[j].lower_ in _MAKE_FORMS]
    if not makes or tok.i + 1 >= len(doc):
        return None
    verb = makes[-1]
    if tok.i - verb.i == 2 and doc[verb.i + 1].lower_ != "it":
        return None  # "made the road clear": an object made clear, not a statement
    if not any(t.tag_.startswith(("VB", "MD")) for t in doc[tok.i + 1 : verb.right_edge.i + 1]):
        return None  # "made his opposition clear": no clause follows
    content = trimmed(doc, tok.i + 1, max(verb.right_edge.i, tok.right_edge.i))
    source = subject_of(verb)
    if content is None or source is None or not speaks(source):
        return None
    return Attribution(
        verb.idx + base,
        tok.idx + len(tok.text) + base,
        doc[verb.i : tok.i + 1].text,
        char_span(source, base),
        char_span(content, base),
    )
