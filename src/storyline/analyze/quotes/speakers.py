"""Who a source span refers to: a named entity, a pronoun's antecedent, a role, or nobody named.

Resolution is deliberately local and explainable, and every name carries the
mention it was read from (`Speaker.resolved_from`):

- a name written in the source phrase wins when it is the phrase's head or its
  appositive ("Its director, Samuel Reyes"), never when it sits behind a
  preposition or owns the head ("a lawyer for Smith", "Smith's lawyer",
  "officials in Caldera" are unnamed descriptions);
- a pronoun takes the speaker it continues (pronouns.py); "I" and "we" only
  in a transcript turn, whose label names the speaker ("HALE : I think ..."),
  and "you" never;
- a relative pronoun ("the board, which ruled") speaks for the noun it hangs on,
  or, where the parse hung it on nothing, for the name or the noun for people
  right before it ("Tom Hale, who said", "a mining official who said"); after an
  apposition, for the name the apposition describes ("Tom Hale, a Dutchman, who
  said"; relatives.py);
- a role noun ("the prime minister") takes the latest person the article gave
  that role; a bare "the <noun>" ("the developer") the one person the article
  titles with that noun through a written link, before or after it (role_holders.py,
  titled.py);
- a bare "the company" / "the newspaper" / "the woman" the one body or person of that
  kind its own sentence and the two before name, "its executives" that body's, and
  nothing when two could be meant (descriptions.py); two groups joined by "and", one
  unnamed, are shown whole ("secular Vardans and liberals");
- anything else is an unnamed description ("a top Israeli official").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.anaphors import described_before
from storyline.analyze.quotes.authors import written_by
from storyline.analyze.quotes.couples import shared_surnames
from storyline.analyze.quotes.cues import FIRST_PERSON
from storyline.analyze.quotes.descriptions import described_again, owned_by_body
from storyline.analyze.quotes.discourse import Discourse, evidence_of
from storyline.analyze.quotes.family_names import surname_bearer
from storyline.analyze.quotes.fronted_leads import fronted_run_on
from storyline.analyze.quotes.full_names import FullNames
from storyline.analyze.quotes.genders import gender_of_pronoun
from storyline.analyze.quotes.group_pronouns import group_pronoun
from storyline.analyze.quotes.handles import reader_handle
from storyline.analyze.quotes.joined_pronouns import pronoun_and_others
from storyline.analyze.quotes.joined_sources import (
    described_names,
    joined_antecedent,
    joined_groups,
    joined_names,
)
from storyline.analyze.quotes.named_again import (
    aged_subject,
    former_subject,
    glued_start,
    introduced_before,
    named_after,
    named_next,
    role_named_next,
    spoken_for,
    spokesperson_of,
)
from storyline.analyze.quotes.named_groups import named_group
from storyline.analyze.quotes.nonspeakers import no_source
from storyline.analyze.quotes.one_of_them import one_of_group, one_of_them
from storyline.analyze.quotes.places import place_behind_preposition
from storyline.analyze.quotes.possessed import with_owner
from storyline.analyze.quotes.pronouns import LOOKBACK_CHARS, personal_pronoun
from storyline.analyze.quotes.recalled import recalled_by
from storyline.analyze.quotes.relatives import apposed_name, relative_head
from storyline.analyze.quotes.role_holders import role_holder
from storyline.analyze.quotes.source_heads import PREPOSITIONS, SPEAKING_LABELS, WORD, names_speaker
from storyline.analyze.quotes.surnames_said import surname_said_before
from storyline.analyze.quotes.titled import (
    initialled_title,
    name_after_title,
    qualifies_title,
    titled_one,
)
from storyline.analyze.quotes.turns import label_name
from storyline.analyze.quotes.vocatives import addressed
from storyline.model import EntityMention, Sentence, Span, Speaker


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


__all__ = ["LOOKBACK_CHARS", "SpeakerResolver"]

_GROUP = frozenset({"they", "them"})
_IT = frozenset({"it"})
_NEVER_NAMED = _vocab(
    "i me we us you one someone somebody nobody anyone anybody everyone everybody none what "
    "whatever my your our yours"
)
"""Sources that name nobody; "your" and "my" own a speech noun ("What are your concerns?",
a page asking its reader) and are no body a later "it said" could stand for."""
_VIEW_NOUNS = _vocab("opinion view views estimation judgment judgement mind")
"""What a view is held in ("in my opinion"): owned by a pronoun, it names no one."""
_QUANTIFIERS = _vocab("anyone anybody everyone everybody nobody someone somebody no none")
_BARE_QUANTIFIERS = _vocab("some many most others few several all both")
"""A source that is only one of these ("Some think", "Many believe") names nobody to show;
"Some officials said" is a description."""
_RUN_ON_LEADS = _vocab("but and yet so still then also or")
"""Words a quote running on may open with ("But “it helps.”")."""
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+),?\s*$")
_BRACKET_TAG = re.compile(r"[A-Z][\w.-]{0,10}\s*(?:-RRB-|\))")
_OPENING_BRACKET = re.compile(r"(?:\(|-LRB-)\s*$")


def _doubled(name: str) -> int | None:
    """Where the second copy of a name written twice in a row begins ("Varco Varco", a
    headline ending in the name glued to a sentence opening with it); None otherwise."""
    words = name.split()
    k = len(words) // 2
    if not words or len(words) % 2 or words[:k] != words[k:] or not words[0][:1].isupper():
        return None
    return name.rindex(" ".join(words[k:]))


def _span(e: EntityMention) -> tuple[int, int]:
    return e.start, e.end


class SpeakerResolver:
    """Resolves source spans of one article in text order, remembering who spoke; its
    arguments make the article's `Discourse` (see there)."""

    def __init__(
        self,
        text: str,
        entities: Sequence[EntityMention],
        sentences: Sequence[Sentence] = (),
        verbs: Sequence[int] = (),
        quoted: Callable[[int], bool] | None = None,
        turns: Sequence[int] = (),
    ) -> None:
        entities = shared_surnames(text, entities)
        self._d = Discourse(text, entities, sentences, verbs, quoted, turns)
        self._full_names = FullNames(self._d)
        self.text = text

    # -- public ------------------------------------------------------------------------

    def resolve(self, start: int, end: int, antecedent: tuple[int, int] | None = None) -> Speaker:
        """The speaker written at text[start:end]; `antecedent` is the noun phrase a
        relative pronoun source ("which", "who") hangs on, when the parse found one."""
        start = glued_start(self._d, start, end)
        surface = self.text[start:end]
        words = surface.casefold().split()
        if self._d.credits.covers(start) or no_source(surface):
            # "By Peter Marsh", "(Editing by Tom Hale)": who wrote the page; "An earlier
            # version of this article said" (a correction), "Last night's announcement"
            return Speaker(surface, start, end, None, False, "unresolved")
        if start in self._d.turns and (full := label_name(self.text, start, end)) is not None:
            # "VELL :" after "ANA VELL , AMBASSADOR :": the name the page gives in full
            speaker = Speaker(surface, start, end, full.text, True, "name", full)
            return self._d.said(start, speaker, "PERSON")
        if reader_handle(self._d, start, end):
            # "Kestra Bank : I enjoyed the program" in a reader chat: a reader's handle
            return Speaker(surface, start, end, None, False, "unresolved")
        tagged = self._tagged_name(start, end)
        if tagged is not None:
            return tagged
        if place_behind_preposition(self.text, start, end, self._d.overlapping(start, end)):
            # "the reports from Kestra City that ...": where the words came from, not who
            return Speaker(surface, start, end, None, False, "unresolved")
        if surface.strip().isupper() and len(surface.strip()) > 1:
            words = []  # "US", "IT": an abbreviation, never the pronoun it spells
        if words and (
            words[0] in _QUANTIFIERS or (len(words) == 1 and words[0] in _BARE_QUANTIFIERS)
        ):
            # "Anyone with a boat would agree": nobody in particular said it
            return Speaker(surface, start, end, None, False, "unresolved")
        if not any(sum(c.isalpha() for c in w) >= 2 for w in words) and not surface.isupper():
            # "t" of a split "don ' t", a stray letter: no one is named by it
            return Speaker(surface, start, end, None, False, "unresolved")
        if len(words) >= 2 and (
            words[0] == "your" or (words[0] in ("my", "our") and words[-1] in _VIEW_NOUNS)
        ):
            # "in your opinion , does ...": the one spoken to; "in my view": the writer's
            # own "I", whom only a transcript label could name
            return Speaker(surface, start, end, None, False, "unresolved")
        if one_of_them(words):
            return one_of_group(self._d, surface, start, end)  # "Two aides ... One of them said"
        if len(words) >= 3 and words[-2] == "of" and words[-1] in _RELATIVE:
            # "posters, some of which said ...", "ministers, one of whom said ...": a part of
            # what the clause hangs on; no one of them is named, so no name is shown
            return Speaker(surface, start, end, None, False, "unresolved")
        if len(words) == 1 and words[0] in ("who", "that") and antecedent is None:
            antecedent = relative_head(self._d, start)
        if len(words) == 1 and words[0] in _RELATIVE and antecedent is not None:
            antecedent = joined_antecedent(self.text, antecedent, self._d.entities)
            named = apposed_name(self._d, antecedent, words[0], start)
            head = self._by_phrase(*(named or antecedent))
            evidence = head.resolved_from or Span(head.start or 0, head.end or 0, head.text)
            speaker = Speaker(surface, start, end, head.canonical, head.named, "relative", evidence)
            return self._d.said(start, speaker, self._d.label_of(head))
        if len(words) == 1:
            gender = gender_of_pronoun(words[0])
            if gender is not None:
                return personal_pronoun(self._d, start, end, gender)
            if words[0] in _GROUP | _IT:
                group = None if words[0] in _IT else named_group(self._d, start, end)
                return group or group_pronoun(self._d, start, end, words[0] in _IT)
            if words[0] in FIRST_PERSON:  # only a turn's label names who "I" is
                turn = self._d.turn_said(start)
                if turn is not None and addressed(self._d, start, turn.speaker.canonical):
                    # "... calling for , Rossel , is": the turn's own person is spoken to,
                    # so its label (a transcript that lost the next one) is not this "I"
                    return Speaker(surface, start, end, None, False, "unresolved")
                if turn is not None:
                    # "HALE : I think the dam will hold": the turn's label says who "I" is
                    sp = turn.speaker
                    return Speaker(
                        surface, start, end, sp.canonical, sp.named, "pronoun", evidence_of(sp)
                    )
                label = self._d.turn_label(start)
                known = self._known_person(*label) if label is not None else None
                if label is not None and known is not None:
                    # "Marek : ... I think": a turn labelled by the surname of a person the
                    # article names in full, where the label gave no quote of its own
                    evidence = Span(label[0], label[1], self.text[label[0] : label[1]])
                    name = known.canonical or known.text
                    return Speaker(surface, start, end, name, True, "pronoun", evidence)
            if words[0] in _NEVER_NAMED | _RELATIVE:
                return Speaker(surface, start, end, None, False, "unresolved")
        joined = pronoun_and_others(self._d, start, end, words)
        if joined is not None:
            return joined  # "he and other officials said": the pronoun's person and them
        speaker, kind = self._by_phrase_labelled(start, end)
        owned = with_owner(self._d, speaker) or owned_by_body(self._d, speaker)
        if owned is not None:
            # "His aides said": shown as "Dorran's aides", never taken for Dorran himself
            return self._d.said(start, owned, None)
        return self._d.said(start, speaker, kind)

    def forget(self, speaker: Speaker | None, holders: Sequence[tuple[int, int]] = ()) -> None:
        """Take back a speaker resolved for an attribution that turned out to lie inside
        another speaker's words ("Voss claims Hale told him ... He told the crew :"): the
        one reported is no speaker of the passage, so a later pronoun must not continue
        them (`Discourse.forget`; `holders`: the spans of the words it lies in)."""
        if speaker is not None:
            self._d.forget(speaker, holders)

    def _tagged_name(self, start: int, end: int) -> Speaker | None:
        """A parse that took the bracketed tag after a name for the subject ("Gov. Ann Ruiz
        (R) said", tokenised "-LRB- R -RRB-"; "The Press Freedom Fund (PFF), a watchdog,
        said"): the name before the bracket speaks, a person or a body."""
        if not _BRACKET_TAG.fullmatch(self.text[start:end].strip()):
            return None
        opening = _OPENING_BRACKET.search(self.text, max(0, start - 8), start)
        if opening is None:
            return None
        i = bisect_left(self._d.starts, opening.start()) - 1
        if i < 0 or self._d.entities[i].label not in SPEAKING_LABELS:
            return None
        e = self._d.entities[i]
        if self.text[e.end : opening.start()].strip():
            return None
        return self._d.said(start, *self._by_phrase_labelled(e.start, e.end))

    def not_a_speaker(self, start: int, end: int) -> Speaker:
        """The subject of an attribution that states nothing (a plan, an intention, a state
        of things): kept as the source span written, never shown as a speaker, and not a
        speaker a later pronoun can take."""
        return Speaker(self.text[start:end], start, end, None, False, "unresolved")

    def runs_on(
        self, speaker: Speaker, mark_start: int, mark_end: int | None = None
    ) -> Speaker | None:
        """The speaker of a quote with no cue of its own that opens at `mark_start`: the last
        speaker when the quote opens its sentence or paragraph (a passage of their words
        running on), when the speaker's own sentence leads up to the marks ("a reader would
        ask: “...”"), or when a short fronted phrase leads in words that end the sentence
        right after the speaker's ("Now, “...”", fronted_leads.py; needs `mark_end`); None
        when the marks sit inside another sentence the writer speaks ("The book is full of
        “luminous silences”"): a phrase cited, which the text gives to no one."""
        begin = self._d.sentences[self._d.sentence_of(mark_start)].start
        line = self.text.rfind("\n", 0, mark_start) + 1
        lead = WORD.findall(self.text[max(begin, line) : mark_start])
        own_sentence = speaker.start is not None and begin <= speaker.start < mark_start
        if (
            not own_sentence
            and any(w.casefold() not in _RUN_ON_LEADS for w in lead)
            and not (mark_end and fronted_run_on(self._d, speaker, mark_start, mark_end))
        ):
            return None
        named = named_after(self._d, mark_start)
        if named is not None:
            # "`` ... , '' Senate Minority Leader Tom Hale": a name where the verb was lost
            return self._d.said(named.start, *self._by_phrase_labelled(*_span(named)))
        introduced = introduced_before(self._d, speaker, mark_start) if line >= begin else None
        if introduced is not None:
            # "Ivo Marek is a professor at ...", then his words: not the last speaker's
            return self._d.said(introduced.start, *self._by_phrase_labelled(*_span(introduced)))
        if speaker.resolution == "unstated" and not own_sentence:
            recalled = recalled_by(self._d, speaker, mark_start, self._by_phrase_labelled)
            if recalled is not None:
                return recalled
        return self.continuation(speaker, mark_start)

    def continuation(self, speaker: Speaker, before: int) -> Speaker:
        """The speaker of a quote running on from one by `speaker`, pointing at its latest
        mention before `before` (or at the earlier source itself)."""
        if speaker.canonical is None:
            return speaker
        i = bisect_left(self._d.starts, before) - 1
        lowest = speaker.start if speaker.start is not None else 0
        while i >= 0 and self._d.entities[i].start >= lowest:
            e = self._d.entities[i]
            if (e.canonical or e.text) == speaker.canonical and not self._d.quoted(e.start):
                return Speaker(
                    e.text,
                    e.start,
                    e.end,
                    speaker.canonical,
                    True,
                    "continuation",
                    Span(e.start, e.end, e.text),
                )
            i -= 1
        evidence = speaker.resolved_from
        if evidence is None and speaker.start is not None and speaker.end is not None:
            evidence = Span(speaker.start, speaker.end, speaker.text)
        return Speaker(
            speaker.text,
            speaker.start,
            speaker.end,
            speaker.canonical,
            speaker.named,
            "continuation",
            evidence,
        )

    def subject_between(self, begin: int, end: int) -> tuple[int, int] | None:
        """The first name standing as the subject of text[begin:end] (a sentence up to its
        cue), for a cue the parser gave no subject; None when no name stands there."""
        for e in self._d.entities[
            bisect_left(self._d.starts, begin) : bisect_left(self._d.starts, end)
        ]:
            if e.label not in SPEAKING_LABELS or self._d.quoted(e.start) or e.end > end:
                continue
            half = _doubled(e.text)
            if half is not None:
                # "... costs are mounting for Varco Varco has said": a headline's last word
                # glued to the sentence its second copy opens, as that sentence's subject
                return e.start + half, e.end
            sentence = self._d.sentence_of(e.start)
            opening = self._d.opening_phrase_end(self._d.sentences[sentence].start)
            if opening is not None and e.start < opening:
                continue  # "Appearing before a Senate panel, Ana Ruiz said": not "Senate"
            if self._d.subject_like(e, sentence):
                return e.start, e.end
            return None
        return None

    # -- names in the phrase -------------------------------------------------------------

    def _by_phrase_labelled(self, start: int, end: int) -> tuple[Speaker, str | None]:
        speaker = self._by_phrase(start, end)
        return speaker, self._d.label_of(speaker)

    def _by_phrase(self, start: int, end: int) -> Speaker:
        surface = self.text[start:end]
        inside = [
            e for e in self._d.overlapping(start, end) if names_speaker(self.text, e, start, end)
        ]
        inside = [e for e in inside if not qualifies_title(self.text, e, inside)]
        titled = name_after_title(self.text, start, end, self._d.overlapping(start, end))
        if titled is not None:
            # "Velmar Falls Police Chief Ana Ruiz" with the name missed: the titled person
            a, b = titled
            name = self.text[a:b]
            return Speaker(surface, start, end, name, True, "name", Span(a, b, name))
        found = self._d.overlapping(start, end)
        joined = joined_names(self.text, start, end, found) or described_names(
            self.text, start, end, found
        )
        if joined:
            # "Lena Ortiz and Marco Bell said": both speak; a reader is shown both names
            names = [e.canonical or e.text if e else self.text[a:b] for a, b, e in joined]
            first, last = joined[0][0], joined[-1][1]
            return Speaker(
                surface,
                start,
                end,
                ", ".join(names[:-1]) + " and " + names[-1],
                True,
                "name",
                Span(first, last, self.text[first:last]),
            )
        if inside and joined_groups(self.text, start, end, self._d.overlapping(start, end)):
            # "secular Vardans and liberals say": two groups speak, one of them unnamed
            return Speaker(surface, start, end, None, False, "description")
        if inside:
            best = min(inside, key=lambda e: (SPEAKING_LABELS.index(e.label), e.start))
            half = _doubled(best.text)
            if half is not None:
                # "Varco Varco": a headline's last word glued to the name opening the text
                a = best.start + half
                return Speaker(
                    surface,
                    start,
                    end,
                    self.text[a : best.end],
                    True,
                    "name",
                    Span(a, best.end, self.text[a : best.end]),
                )
            bearer = surname_bearer(self._d, best, start)
            if bearer is not None:
                # "Castro said" after Raul Castro spoke, Fidel Castro only named since
                return Speaker(surface, start, end, bearer[0], True, "name", bearer[1])
            return Speaker(
                surface,
                start,
                end,
                best.canonical or best.text,
                True,
                "name",
                Span(best.start, best.end, best.text),
            )
        known = self._known_person(start, end)
        if known is not None:
            name = known.canonical or known.text
            return Speaker(
                surface, start, end, name, True, "name", Span(known.start, known.end, known.text)
            )
        said_before = surname_said_before(self._d, start, end)
        if said_before is not None:
            # "'...,' Vennholt said" after "Clara Vennholt, a forensic accountant, said"
            # with neither marked as a name: the person the earlier phrase named in full
            return Speaker(surface, start, end, said_before[0], True, "name", said_before[1])
        appositive = _APPOSITIVE_NAME.search(surface)
        if appositive and any(
            w in ROLE_HEADS for w in surface[: appositive.start()].casefold().split()
        ):
            # "Its chair, Ana Ruiz": a role, then a name the recogniser did not mark
            a, b = start + appositive.start(1), start + appositive.end(1)
            return Speaker(
                surface, start, end, self.text[a:b], True, "name", Span(a, b, self.text[a:b])
            )
        words = surface.casefold().split()
        holder = (
            role_holder(self._d, words, start, end)
            or former_subject(self._d, words, start)
            or role_named_next(self._d, words, start)
            or titled_one(self._d, words, start)
            or initialled_title(self._d, surface)
            or aged_subject(self._d, surface, start)
        )
        if holder is not None:
            name = holder.canonical or holder.text
            return Speaker(
                surface, start, end, name, True, "role", Span(holder.start, holder.end, holder.text)
            )
        body = spoken_for(self._d, words, start) or named_next(self._d, words, start)
        if body is not None:
            name = body.canonical or body.text
            evidence = Span(body.start, body.end, body.text)
            spokesperson = spokesperson_of(self.text, words, surface, body)
            if spokesperson is not None:
                # "A spokeswoman said ...": shown as herself, not as the body she speaks for
                return Speaker(surface, start, end, spokesperson, False, "description", evidence)
            return Speaker(surface, start, end, name, True, "role", evidence)
        return (
            described_before(self._d, surface, start)
            or written_by(self._d, words, start, end)
            or described_again(self._d, words, start, end)
            or Speaker(surface, start, end, None, False, "description")
        )

    def _known_person(self, start: int, end: int) -> EntityMention | None:
        """A person named earlier whose name the phrase writes where the recogniser saw
        none ("Lind said", "Its chair, Ana Ruiz, said"): the head or appositive only."""
        phrase = re.split(r"[,—–(]|--", self.text[start:end].strip(" ,"))
        tail = phrase[-1] if phrase[-1].strip() else (phrase[-2] if len(phrase) > 1 else "")
        every = WORD.findall(tail)
        words = [w for w in every if w[:1].isupper()]
        if not words or any(w.casefold() in PREPOSITIONS for w in every):
            return None
        if every[-1][:1].islower():
            return None  # "Dahl aides": the common noun at the end heads the phrase
        wanted = {w.casefold().strip(".'’") for w in words}
        # every person named in full before, also one the discourse keeps no account of as
        # a subject ("told the Velm Post 's Ana Ruiz ... Ruiz reported"): the name written
        # is theirs; a byline's name is no one in the story (`FullNames`, built once)
        return self._full_names.only_one(wanted, bisect_left(self._d.starts, start))
