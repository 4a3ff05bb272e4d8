"""The "quotes" stage: direct and indirect speech with its cue and resolved speaker.

Quotation marks and attributions are found separately and then joined: each
quoted stretch goes to the nearest reporting verb in the same sentences
(`"We will win," he said` and `"A," she said, "B."` become one quote each),
a verb with no quotation marks yields indirect speech, and a quoted stretch
with no verb of its own continues the last speaker's quote nearby. Speakers
are resolved in text order so a pronoun can take the previous speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from storyline.analyze.entities.stage import document
from storyline.analyze.intervals import OffsetIndex
from storyline.analyze.quotes.appositive_names import name_after_mark
from storyline.analyze.quotes.asides import writers_asides
from storyline.analyze.quotes.attribution import (
    Attribution,
    verb_offsets,
)
from storyline.analyze.quotes.body_names import with_body_name_tail
from storyline.analyze.quotes.chants import chanted_quote, chanted_words
from storyline.analyze.quotes.child_speakers import child_by_parent_cue
from storyline.analyze.quotes.clock_labels import after_clock_label
from storyline.analyze.quotes.colon_labels import (
    colon_standfirst,
    labelled_report,
    reported_after,
    transcript_label,
)
from storyline.analyze.quotes.colons import colon_attributions, name_turns, turn_starts
from storyline.analyze.quotes.comments import readers_words
from storyline.analyze.quotes.confidence import withhold_bare, withhold_far
from storyline.analyze.quotes.corrections import corrections_unstated
from storyline.analyze.quotes.datelines import without_dateline_speakers
from storyline.analyze.quotes.descriptions import named_in_apposition
from storyline.analyze.quotes.found_attributions import attributions_found, inside_marks
from storyline.analyze.quotes.headless import cue_follows, predicate_in_marks
from storyline.analyze.quotes.introducers import (
    introducer,
    paragraph_subject,
    same_sentence_person,
)
from storyline.analyze.quotes.joined_sources import joined_subject
from storyline.analyze.quotes.kinds import quote_kind
from storyline.analyze.quotes.mark_owner import Found, assign_marks, sentence_index
from storyline.analyze.quotes.marks import QuoteMark, find_quoted
from storyline.analyze.quotes.names_near import NamesNear
from storyline.analyze.quotes.nesting import (
    coordinated_in,
    cut_before,
    inner_statement,
    mostly_inside,
    outer_speaks,
    relay_words,
    relayed,
    said_inside_unstated,
    shared_subject,
    trailing_report,
    trailing_source,
)
from storyline.analyze.quotes.outer_source import continued_speaker
from storyline.analyze.quotes.questions import heard_after, question_received, scare_phrase
from storyline.analyze.quotes.quote_spans import (
    bare_participle,
    content_span,
    joined_to_last,
    new_quote,
    verb_inside,
)
from storyline.analyze.quotes.run_on import run_on_host
from storyline.analyze.quotes.shown import (
    said_on,
    states_nothing,
    unstated_at_cue,
    unstated_speaker,
    withheld_speaker,
)
from storyline.analyze.quotes.signatures import signed_after
from storyline.analyze.quotes.source_ends import (
    inverted_tail,
    name_after_fronted,
    past_abbreviation_stop,
    pronoun_subject,
    site_owner,
    with_appositive,
    without_time_tail,
)
from storyline.analyze.quotes.source_heads import described_whole, named_head
from storyline.analyze.quotes.speakers import SpeakerResolver
from storyline.analyze.quotes.speaking_sources import name_can_speak, named_elsewhere
from storyline.analyze.quotes.titles import quoted_mention, quoted_modifier, quoted_title
from storyline.analyze.quotes.turns import (
    across_quote,
    appositive_before,
    appositive_head,
    entity_starts,
    inverted_subject,
    person_named,
    person_places,
    turn_end,
    turn_label_end,
    unread_subject,
    words_between,
)
from storyline.analyze.quotes.unsaid import evidence_source, quoted_term, withheld
from storyline.model import Article, EntityMention, Quote, Sentence, Speaker

__all__ = ["QuoteStage", "extract_quotes"]

MIN_UNATTRIBUTED_WORDS = 4
"""A quoted stretch with no cue must be this long to count (shorter ones are scare quotes)."""
CONTINUATION_CHARS = 700
"""How far back a cue-less quote looks for the speaker it continues."""


def extract_quotes(article: Article) -> list[Quote]:
    """All quotes of an article, in text order."""
    text = article.text
    if not text.strip():
        return []
    doc = document(article)
    marks = find_quoted(text)
    sentences = list(article.sentences) or [Sentence(0, len(text))]
    found = attributions_found(text, doc, sentences, marks)
    taken = [f.attribution.cue_start for f in found]
    colons, superseded = colon_attributions(text, sentences, article.entities, taken)
    # "Al-Jazeera : the broadcaster has fallen foul of ...": a caption opening the page
    colons = [a for a in colons if not colon_standfirst(text, a, taken, article.entities)]
    # "Memo : the dam is leaking , Ruiz said": a heading, the words Ruiz's
    attributions = OffsetIndex([f.attribution for f in found], lambda a: a.cue_start)
    reports = {
        r.cue_start: r for a in colons if (r := reported_after(text, a, attributions)) is not None
    }
    colons = [a for a in colons if reported_after(text, a, list(reports.values())) is None]
    for f in found:
        report = reports.get(f.attribution.cue_start) or labelled_report(text, f.attribution)
        f.attribution = report or f.attribution
    found = [f for f in found if f.attribution.cue_start not in superseded]
    found += [Found(a) for a in colons]
    orphans = assign_marks(text, found, marks, sentences)
    orphans = _without_titles(text, doc, found, orphans)
    # "the `` one man one vote '' cases": a name inside the writer's noun phrase
    orphans = [m for m in orphans if not quoted_modifier(doc, m.start, m.end)]
    verbs = verb_offsets(doc)
    turns = [
        a.source[0]
        for a in colons
        if a.source and transcript_label(text[a.source[0] : a.source[1]])
    ]
    # a turn whose label gave no colon quote still ends the turn before it
    turns += [t for t in turn_starts(text) if not any(t <= at < text.find(":", t) for at in turns)]
    turns = sorted(set(turns) | set(name_turns(text, article.entities, turns)))
    resolver = SpeakerResolver(text, article.entities, sentences, verbs, inside_marks(marks), turns)
    names_near = NamesNear(article.entities)
    entity_at, person_at = entity_starts(article.entities), person_places(article.entities)

    events: list[tuple[int, int, Found | QuoteMark]] = [(_start_of(f), 0, f) for f in found] + [
        (m.start, 1, m) for m in orphans
    ]
    quotes: list[Quote] = []
    reported: list[Quote] = []  # statements reported inside another's words (`inner_statement`)
    sentence_starts = [s.start for s in sentences]
    last: tuple[int, Speaker] | None = None
    seen: set[tuple[int, int]] = set()
    unsaid: dict[tuple[int, int], int] = {}  # a speakerless quote stating nothing: its cue
    for _, _, item in sorted(events, key=lambda e: (e[0], e[1])):
        if isinstance(item, QuoteMark):
            words = [w for w in text[item.start : item.end].split() if any(c.isalnum() for c in w)]
            if len(words) < MIN_UNATTRIBUTED_WORDS:
                # tokenised marks ("`` This American Life ''") are no words of the quote
                continue
            here = sentences[sentence_index(sentences, sentence_starts, item.start)]
            if scare_phrase(text, item.start, item.end, here.start, verbs):
                continue  # "drove `` at high rate of speed '' to ...": nobody's words
            if chanted_words(text, item.start, None):
                continue  # "the first chants of `` Orlov ! Orlov ! '' stirred": a crowd's
            # words signed on the line after them ("- Ana Ruiz."), else the introducer
            intro = signed_after(text, item.start, item.end)
            intro = intro or introducer(text, sentences, article.entities, item.start)
            # the person its sentence opens with, before any name nearer the words
            intro = intro or paragraph_subject(text, sentences, article.entities, item.start)
            intro = intro or same_sentence_person(text, sentences, article.entities, item.start)
            # "Ruiz and his aides `` wrongfully caused ... ''" is about them; words followed
            # by "says reporter" are whoever follows's, not the name or speaker before them
            given_on = cue_follows(text, item.end)
            if intro and (predicate_in_marks(text, intro[1], item.start, verbs) or given_on):
                intro = None
            speaker = resolver.resolve(*intro) if intro else None
            if (
                speaker is None
                and not given_on
                and last
                and item.start - last[0] < CONTINUATION_CHARS
            ):
                speaker = said_on(resolver.runs_on(last[1], item.start, item.end))
            quote = new_quote(text, item.start, item.end, "direct", None, speaker)
        else:
            a = item.attribution
            if not item.marks and a.content is None:
                continue
            if bare_participle(item) and not joined_to_last(text, item, quotes):
                continue
            source, subject = a.source, None
            if source is None and a.cue not in (":", "according to") and not a.sourceless:
                # the parse found no subject: a name set off right before the verb (", Ana
                # Ruiz , said"), else the one its sentence opens with, if any
                begin = sentences[sentence_index(sentences, sentence_starts, a.cue_start)].start
                subject = appositive_before(text, a.cue_start, article.entities, entity_at)
                subject = subject or resolver.subject_between(begin, a.cue_start)
            term = bool(item.marks) and quoted_term(
                a.cue,
                [text[m.start : m.end] for m in item.marks],
                any(verb_inside(verbs, m.start, m.end) for m in item.marks),
                text[a.cue_end : a.cue_end + 12],
            )
            if item.marks and heard_after(text, a, item.marks[0].start, article.entities):
                speaker = None  # "According to reports, she heard this : `` ... ''"
            elif (
                not a.statement
                or _unsaid(text, a)
                or term
                or chanted_quote(text, item.marks, a.cue_start)
            ):
                # a plan, an intention or a state of things: its subject is kept as the
                # source span the attribution writes, but nobody is shown as its speaker
                unsaid_by = resolver.resolve if a.turned_down else resolver.not_a_speaker
                # words that state nothing keep the subject for PolNeAR, a person's name only
                source = source or person_named(article.entities, subject, doc, a.cue_start)
                speaker = unstated_speaker(unsaid_by(*source)) if source else None
            else:
                source = source or subject
                if source is not None and across_quote(doc, text, source, a.cue_start):
                    source = name_after_mark(text, a.cue_start, article.entities, entity_at)
                head = (
                    appositive_head(text, source, article.entities, verbs, entity_at, person_at)
                    if source
                    else None
                )
                source = head or source
                after = (
                    inverted_subject(text, source, a, article.entities, entity_at)
                    if source
                    else None
                )
                source = after or source
                label_end = turn_label_end(text, source, a) if source else None
                if label_end is not None:
                    # "HOST : Ana Ruiz , the mayor , says ...": the turn's label is who reads
                    # the line out, not the subject of its verb
                    source = resolver.subject_between(label_end, a.cue_start)
                    source = source or words_between(text, label_end, a.cue_start)
                if source is not None:
                    # the names these rules read stand in the phrase or a few words from it
                    local = names_near.around(
                        min(source[0], a.cue_start), max(source[1], a.cue_end)
                    )
                    source = site_owner(text, source, a.cue_start)
                    source = with_appositive(text, source, a.cue_start, local)
                    source = name_after_fronted(text, source, a.cue_start, article.entities)
                    source = named_head(text, source, a.cue_start, local)
                    source = inverted_tail(text, source, a.cue, a.cue_start, local)
                    source = described_whole(text, source, a.cue_start, verbs)
                    source = joined_subject(text, source, a.cue_start, local, verbs)
                    source = pronoun_subject(text, source, a.cue_start)
                    source = past_abbreviation_stop(text, source, local)
                    source = without_time_tail(text, source)
                    source = after_clock_label(text, source)  # "13:30 - Ana Ruiz says"
                    source = with_body_name_tail(text, source)  # "Union of Vell"
                speaker = resolver.resolve(*source, a.antecedent) if source else None
                speaker = continued_speaker(text, speaker, a.antecedent)
                if (
                    speaker is None
                    and item.marks
                    and not a.sourceless
                    and label_end is None
                    and not unread_subject(doc, a.cue_start)
                    and last
                    and a.cue_start - last[0] < CONTINUATION_CHARS
                ):
                    speaker = said_on(resolver.continuation(last[1], a.cue_start))
            if speaker is not None and question_received(text, a):
                # "..., Orlov said, when asked whether ...": a question put to the source,
                # no statement; the source span stays where the parse read it
                speaker = unstated_speaker(speaker)
            elif speaker is not None and speaker.resolution != "unstated":
                speaker = _shown(a, bool(item.marks), speaker, article.entities)
            start, end = content_span(item, text)
            end = end if a.cue == ":" else turn_end(text, turns, start, end)
            kind = quote_kind(text, start, end, item.marks, a.verbatim)
            quote = new_quote(text, start, end, kind, a.cue, speaker)
            if (
                quote is not None
                and speaker is None
                and (term or states_nothing(a, bool(item.marks)))
            ):
                unsaid[(quote.start, quote.end)] = a.cue_start
        if quote is None or (quote.start, quote.end) in seen:
            continue
        host = run_on_host(text, quotes, quote) if isinstance(item, QuoteMark) else None
        if (
            host is None
            and isinstance(item, QuoteMark)
            and run_on_host(text, quotes, quote, past_narrative=True) is not None
        ):
            # quoted words in a paragraph that opens with the writer's own words: a quote
            # of their own, kept when that paragraph's subject says who gave them
            subject = introducer(text, sentences, article.entities, item.start)
            subject = subject or paragraph_subject(text, sentences, article.entities, item.start)
            if subject is None:
                continue
            quote = replace(quote, speaker=resolver.resolve(*subject))
        if host is not None:
            # a quote running on into the next paragraph, or past its own attribution
            # sentence, is one quote
            previous = quotes[host]
            quote = replace(
                previous,
                end=quote.end,
                text=text[previous.start : quote.end],
            )
            quotes[host] = quote
            seen.add((quote.start, quote.end))
            continue
        relay = next(
            (
                k
                for k in range(max(0, len(quotes) - 3), len(quotes))
                if mostly_inside(quote, quotes[k])
                and (relayed(quotes[k], quote) or relayed(quote, quotes[k]))
            ),
            None,
        )
        if relay is not None:
            # a report whose words hold a source's own statement: that source said it
            seen.add((quote.start, quote.end))
            quotes[relay] = relay_words(text, quotes[relay], quote)
            relayed_speaker = quotes[relay].speaker
            if relayed_speaker is not None:
                last = (quotes[relay].end, relayed_speaker)
            continue
        inner = next(
            (
                i
                for i in range(max(0, len(quotes) - 3), len(quotes))
                if mostly_inside(quote, quotes[i])
                and (
                    outer_speaks(text, quote, quotes[i])
                    or (
                        isinstance(item, Found)
                        and trailing_report(text, item.attribution, quote, quotes[i])
                    )
                )
            ),
            None,
        )
        if inner is not None:
            # the quote the inner one was reported in: the outer speaker said it all
            seen.add((quote.start, quote.end))
            quotes[inner] = quote
            if quote.speaker is not None:
                last = (quote.end, quote.speaker)
            continue
        holders = [q for q in quotes[-3:] if mostly_inside(quote, q)]
        if holders and all(inner_statement(text, quote, q) for q in holders):
            # "Witnesses say [Ana Ruiz claimed she ...]": both statements stand; the one
            # reported is still no speaker of the passage, for a later pronoun to continue
            # (kept apart until the end, so that no rule above reads it as the last quote)
            seen.add((quote.start, quote.end))
            reported.append(quote)
            resolver.forget(quote.speaker, [(q.start, q.end) for q in holders])
            continue
        if holders:
            if isinstance(item, QuoteMark) or not all(
                coordinated_in(text, item, quote, q)
                or trailing_source(text, item.attribution, quote, q)
                for q in holders
            ):
                # reported inside the holder's words
                resolver.forget(quote.speaker, [(q.start, q.end) for q in holders])
                if all(said_inside_unstated(quote, q, (q.start, q.end) in unsaid) for q in holders):
                    # "urged voters to reject the plan, which she said would raise taxes":
                    # the holder states nothing, so its inner statement repeats nothing shown
                    seen.add((quote.start, quote.end))
                    reported.append(quote)
                continue
            quote = shared_subject(text, item.attribution, quote, holders[-1])
            for k in range(max(0, len(quotes) - 3), len(quotes)):
                if quotes[k] in holders:
                    # the first statement ends where the second one is joined to it
                    quotes[k] = cut_before(text, item.attribution, quote, quotes[k])
            if quote.speaker is not None and all(
                trailing_source(text, item.attribution, quote, q)
                and not coordinated_in(text, item, quote, q)
                for q in holders
            ):
                # `"The dam held," Ana Ruiz said, according to the paper`: a reader is
                # shown the words once, as Ana Ruiz's (the inner quote); the paper's report
                # of it is kept for scoring only, and Ana Ruiz is who speaks on after it
                quote = replace(quote, speaker=unstated_speaker(quote.speaker))
                seen.add((quote.start, quote.end))
                quotes.append(quote)
                inner_speaker = holders[-1].speaker
                if inner_speaker is not None:
                    last = (quote.end, inner_speaker)
                continue
        seen.add((quote.start, quote.end))
        quotes.append(quote)
        if quote.speaker is not None:
            last = (quote.end, quote.speaker)
    # marked only now, so no rule above (runs-on, nesting) reads the mark as a speaker:
    # readers' comments (comments.py) and the writer's views (asides.py) are no one's words
    quotes = writers_asides(text, readers_words(text, unstated_at_cue(quotes + reported, unsaid)))
    # a speaker read back further than any antecedent measured right is shown to no one
    quotes = withhold_far(quotes, sentences, article.entities)
    # and a bare "the company" read back to nothing is shown to no one either
    quotes = withhold_bare(quotes, sentences)
    # a relative's description shown by the name the article set beside it before
    quotes = named_in_apposition(quotes, text)
    # a lone surname of parent and child, read to the child when the words speak of a parent
    quotes = child_by_parent_cue(quotes, text, article.entities)
    # "VELMORE, March 3 (Agency) - ...": the place a wire lead opens with spoke no words
    quotes = without_dateline_speakers(text, quotes, article.entities)
    # "An earlier version of this article said ...": the outlet's retracted words
    quotes = corrections_unstated(quotes)
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _shown(
    a: Attribution, marked: bool, speaker: Speaker, mentions: Sequence[EntityMention]
) -> Speaker:
    """The speaker a reader may see for attribution `a`: marked as stating nothing (its
    source span kept for scoring) when the cue reports no saying ("wants", "knows",
    "attacked the oil", "his opposition to the war"); withheld when the source cannot
    speak ("The reason", "their") and is no name recognised elsewhere in the article
    (`mentions`); see `shown`."""
    if not (a.says or (marked and a.voiced)):
        return unstated_speaker(speaker)
    if speaker.resolution == "unresolved":
        return speaker
    if (
        not a.source_speaks
        and a.source == (speaker.start, speaker.end)
        and not named_elsewhere(speaker.text, mentions)
        # "the 29-year-old" read to the person just written of names them
        and not (speaker.canonical and speaker.resolution == "role")
    ):
        return withheld_speaker(speaker)
    shown = speaker.name
    if shown is None or name_can_speak(shown):
        return speaker
    return withheld_speaker(speaker)


def _without_titles(
    text: str, doc: Any, found: list[Found], orphans: list[QuoteMark]
) -> list[QuoteMark]:
    """A work's title in marks ("author of `` The Dogs of the Sea , ''", "said on the
    channel 's `` Morning Hour ''") holds no words said: it is taken out of every cue's
    marks and out of the orphans, after the marks were assigned, so the words quoted
    beside it keep their cue (the orphans left are returned). A term the writer mentions
    in marks ("talks on a possible `` no-fly '' zone") is taken out the same way."""
    for f in found:
        f.marks[:] = [
            m
            for m in f.marks
            if not quoted_title(text, m.start, m.end) and not quoted_mention(doc, m.start, m.end)
        ]
    return [m for m in orphans if not quoted_title(text, m.start, m.end)]


def _unsaid(text: str, a: Attribution) -> bool:
    """Whether an attribution's verb reports nothing said (negated, refused, hypothetical)
    or its subject is evidence rather than a speaker ("further tests confirmed"): kept as
    an attribution with its source span, but no speaker is shown."""
    if a.cue in (":", "according to"):
        return False
    source_end = a.source[1] if a.source else None
    after = text[a.cue_end : a.cue_end + 4]
    if withheld(text, source_end, a.cue_start, a.cue, after):
        return True
    return a.source is not None and evidence_source(text[a.source[0] : a.source[1]])


def _start_of(f: Found) -> int:
    return min([f.attribution.cue_start] + [m.start for m in f.marks])


class QuoteStage:
    name = "quotes"
    requires = frozenset({"sentences", "entities"})
    assigns = frozenset({"quotes"})

    def __call__(self, article: Article) -> Article:
        return replace(article, quotes=tuple(extract_quotes(article)))
