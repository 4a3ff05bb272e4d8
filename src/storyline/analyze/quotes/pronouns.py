"""Which speaker a pronoun source ("he said", "it said", "they said") stands for.

- "he"/"she" takes the previous quote's speaker when the pronoun continues that
  passage, unless a different person has since been introduced as the subject of
  a sentence; with no speaker in view, the one person named in the nearest
  sentence that names someone of a compatible gender. Two candidates and no way
  to choose leave the pronoun unresolved (named=False, canonical None): it is
  never guessed across a different person;
- "they"/"it" are group_pronouns.py's job.
"""

from __future__ import annotations

import re

from storyline.analyze.quotes.askers import asker_of_answer
from storyline.analyze.quotes.discourse import (
    Discourse,
    Person,
    Said,
    evidence_of,
    mention_span,
)
from storyline.analyze.quotes.entries import entry_start
from storyline.analyze.quotes.genders import Gender, gender_of_pronoun
from storyline.analyze.quotes.given_names import given_name_gender
from storyline.analyze.quotes.listed import listed_with_others
from storyline.analyze.quotes.other_gender import (
    fitting_other_since,
    fitting_surname_after,
    other_pronoun_after,
)
from storyline.analyze.quotes.questions import asked_person
from storyline.analyze.quotes.reactions import quoted_after_reaction
from storyline.analyze.quotes.referents import (
    described_subject,
    names_a_person,
    person_description,
)
from storyline.analyze.quotes.reported_people import reported_by_pronoun
from storyline.analyze.quotes.surname_subjects import surname_subject
from storyline.analyze.quotes.untagged_people import (
    bearer_of_surname,
    person_shaped_body_since,
    pronoun_sentence,
    shaped_like_a_person,
    titled_for,
    untagged_person_since,
    untyped_subject_since,
)
from storyline.model import EntityMention, Span, Speaker

__all__ = [
    "LOOKBACK_CHARS",
    "personal_pronoun",
    "pronoun_antecedent",
]

LOOKBACK_CHARS = 1500
"""How far back a pronoun looks for its antecedent."""

_OWNED_APPOSITIVE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*$")
"""A possessive pronoun's noun set off before a name ("his father, ", "her longtime aide, ")."""
_INTRODUCED = re.compile(r",\s+(?:who\b|an?\s|the\s|[a-z][\w-]*\s+(?:of|at|for)\b)")
"""What follows a name when the text introduces its bearer: a relative clause or an
appositive ("Dan Hughes, who farms ...", "Dan Hughes, a farmer", "Ana Ruiz, director of")."""
_INTRODUCED_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}[a-z][\w-]*,\s*$"
)
"""A noun phrase set off before a name, introducing its bearer when it names a person
("The mayor, ", "Its new director, ")."""


def personal_pronoun(d: Discourse, start: int, end: int, gender: Gender) -> Speaker:
    """ "he said" / "she said": the person the pronoun continues, or unresolved."""
    surface = d.text[start:end]
    found = asked_person(d, start, gender) or _antecedent(d, start, gender)
    if found is not None and asker_of_answer(d.text, start, found[1]):
        found = None  # "Asked by the judge if ..., he responded": not the judge
    if found is None:
        d.left_open.append((start, gender))
        return Speaker(surface, start, end, None, False, "unresolved")
    name, evidence = found
    if name is not None and name == d.turn_speaker(start):
        # "ZAKARIA: He imagines a transition during which he said ...": in a transcript
        # turn, "he" is the person talked about, never the one whose turn it is
        return Speaker(surface, start, end, None, False, "unresolved")
    if name is None:
        # an unnamed person continued ("said a senior officer ... he said"): shown by
        # the description it was read from, never by a name
        d.continued.append((start, gender, evidence))
        return Speaker(surface, start, end, _described_as(d, evidence), False, "pronoun", evidence)
    return d.said(start, Speaker(surface, start, end, name, True, "pronoun", evidence), "PERSON")


def _described_as(d: Discourse, evidence: Span) -> str | None:
    """How the unnamed person a pronoun continues was shown, when more than their own
    words ("A spokeswoman" for a body: "A spokeswoman for the Health Agency"); None
    shows the description they were read from."""
    for said in reversed(d.history):
        shown = said.speaker
        if not shown.named and shown.canonical and evidence_of(shown) == evidence:
            return shown.canonical
    return None


def pronoun_antecedent(d: Discourse, start: int, gender: Gender) -> tuple[str | None, Span] | None:
    """Whom a "he"/"she" (or "his"/"her") at `start` stands for, as `personal_pronoun`
    reads it, without recording anything: a name (or None for an unnamed person) and the
    mention it was read from; None when it cannot be told."""
    found = _antecedent(d, start, gender)
    if found is not None and found[0] is not None and found[0] == d.turn_speaker(start):
        return None
    return found


def _antecedent(d: Discourse, start: int, gender: Gender) -> tuple[str | None, Span] | None:
    # in a dated list ("May 28 - Senator Vell tours ..."), only the pronoun's own entry
    entry = entry_start(d.text, start)
    floor = start - LOOKBACK_CHARS if entry is None else max(entry, start - LOOKBACK_CHARS)
    people_all = [
        p
        for p in d.people_before(start)
        if p.mention.start >= floor
        and not d.quoted(p.mention.start)
        and not reported_by_pronoun(d, p, start)
    ]
    people = [p for p in people_all if d.compatible(p.name, gender)]
    last = next(
        (
            s
            for s in reversed(d.history)
            if (entry or 0) <= s.pos < start and s.label == "PERSON" and s.speaker.canonical
        ),
        None,
    )
    body = person_shaped_body_since(d, last.pos if last is not None else floor, start)
    since = [] if body is None else d.people_between(body.pos, start)
    since = [p for p in since if not d.quoted(p.mention.start)]
    if body is not None and not any(p.subject and d.compatible(p.name, gender) for p in since):
        # "Nicola Reyes said ..." with the name tagged an organisation: the pronoun may be
        # that source; taken when it spoke last, just before, and fits; else not guessed.
        # A person the pronoun fits who became a subject since is weighed as usual below
        latest = next(s for s in reversed(d.history) if s.pos < start)
        name = body.speaker.canonical or body.speaker.text.strip()
        if (
            latest is body
            and name is not None
            and " " in name  # "Leah added": one word may as well be a firm's name
            and shaped_like_a_person(name)  # "Kessa" written for "Kessa Co.": a firm
            and d.sentence_of(body.pos) >= d.sentence_of(start) - 2
            and d.compatible(name, gender)
            and not _named_since_own_sentence(d, since, body.pos)
        ):
            return bearer_of_surname(d, name, start), evidence_of(body.speaker)
        return None
    unnamed = _unnamed_person(d, start, floor, gender)
    if unnamed is not None and (last is None or unnamed.pos > last.pos):
        return None, evidence_of(unnamed.speaker)
    if last is not None and last.pos >= floor and last.speaker.canonical:
        name = last.speaker.canonical
        _bind_kin_owner(d, people_all, last.pos, name)
        if _switched(last, gender):
            # the last speaker was reached by the other pronoun: a "she" right after a "he"
            # is someone else, taken only when the text has just made her a subject
            return _subject_since(d, people, last.pos, start, gender)
        if d.compatible(name, gender):
            # the pronoun continues the last speaker's passage unless someone else has
            # since been introduced as the subject of a sentence
            newer = [p for p in people if p.mention.start > last.pos and p.subject]
            newer = [p for p in newer if p.name != name and not _kin(d, p.mention)]
            if not newer:
                # the sentence the last source opens is that source's own ("A spokeswoman
                # for the clinic, Ana Ruiz, said"): only sentences after it can add someone
                if _described(d, last.pos + 1, start, gender):
                    return None  # "The champion is expected to ...": not safely the last
                if _left_open_since(d, last.pos, start, gender):
                    return None  # a "he" since could not be resolved: nor can this one
                if _named_just_before(d, people, last.pos, start, name):
                    return None  # "Rescuers pulled Tom Hale out. He says ...": either one
                if _relative_subject_since(d, people, last.pos, start, name):
                    return None  # "Hale refers to Ivo Marek, who declines ...": either one
                untyped = untyped_subject_since(d, last.pos, start)
                if untyped is not None and titled_for(d, untyped, gender):
                    # "Opposition spokeswoman Ilsa Crone accused him. '...,' she said"
                    return untyped.canonical or untyped.text, mention_span(untyped)
                if untyped is not None:
                    return None  # "Leah would also leave one. She said": Leah, maybe
                opener = _surname_subject_since(d, last.pos, start, name, gender)
                if opener is not None:
                    return opener  # "Brask did not deny it . He said ...": Ivo Brask
                return name, evidence_of(last.speaker)
            if not _takes_over(d, newer[-1], last.pos, name, gender, start):
                if (
                    d.gender_of(name) == gender
                    and d.gender_of(newer[-1].name) is None
                    and not fitting_other_since(d, people, last.pos, name, gender)
                ):
                    # "said Ms. Ana Ruiz. Minister Tom Hale visited. ... she said": only the
                    # speaker is known to fit, and nobody new was introduced
                    return name, evidence_of(last.speaker)
                return None  # "said Ana Ruiz, an analyst. President Hale ruled ...": either
            return newer[-1].name, mention_span(newer[-1].mention)
    if not people:
        return None
    nearest = [p for p in people if p.sentence == people[-1].sentence]
    if _described(d, d.sentences[nearest[0].sentence].start, start, gender):
        return None  # an unnamed person is a subject since: never guessed across them
    subjects = {p.name for p in nearest if p.subject}
    names = {p.name for p in nearest}
    if len(subjects) == 1:
        chosen = next(p for p in reversed(nearest) if p.subject)
    elif len(names) == 1:
        chosen = nearest[-1]
        if _someone_else_there(d, chosen, gender):
            return None
        if not subjects:
            # "Vale then threw the ball over the head of Quint": the unmarked surname
            # opening the sentence is its subject, whom the pronoun after it means
            opener = surname_subject(d, chosen.sentence, people)
            if opener is not None:
                return opener
    else:
        return None
    if other_pronoun_after(d, chosen, start, gender):
        return None
    if fitting_surname_after(d, chosen, start, gender):
        return None  # "... headed by Senator Vell. Ruiz quickly left. She said": either
    if listed_with_others(d, chosen, gender):
        return None  # "Ivo Marek, Dan Brell and Tom Hale failed ... he said": any of them
    near = [p for p in people if p.sentence >= chosen.sentence - 1]
    return _unless_a_known_other(d, near, chosen.name, mention_span(chosen.mention), gender)


def _left_open_since(d: Discourse, since: int, start: int, gender: Gender) -> bool:
    """Whether a pronoun of the same gender between the last speaker's source and this one
    was left unresolved ("Ana Ruiz said ... Tom Hale's essays ... The levy, he said, ...
    Later he attacked ..."): someone the text named since made that pronoun ambiguous,
    and the later one can mean that person as well, so the last speaker is not continued
    over it."""
    return any(since < pos < start and said == gender for pos, said in d.left_open)


def _switched(last: Said, gender: Gender) -> bool:
    """Whether the last speaker was itself reached by the other pronoun ("... he has
    asserted that ... ` Whose map ? ' she asks"): a "she" right after a "he" is someone
    else, whoever the "he" was, so the passage is not continued and nobody is guessed.
    Only the last speaker is read; an earlier resolution is no evidence of gender
    (`Discourse.bind`)."""
    if last.speaker.resolution != "pronoun":
        return False
    said = gender_of_pronoun(last.speaker.text.strip().casefold())
    return said is not None and said != gender


_PRONOUN_WORD = re.compile(r"\b[A-Za-z]+\b")


def _named_since_own_sentence(d: Discourse, since: list[Person], pos: int) -> bool:
    """Whether anyone in `since` (people named after a source at `pos`) stands outside
    that source's own sentence or as a subject in it: a name owning the source's title
    ("Ana Ruiz, Kessa's chair, told the paper") adds no one a pronoun may mean."""
    own = d.sentence_of(pos)
    return any(p.sentence != own or p.subject for p in since)


def _subject_since(
    d: Discourse, people: list[Person], since: int, start: int, gender: Gender
) -> tuple[str, Span] | None:
    """The one person the pronoun fits named after offset `since` (the last speaker's
    source, whom the pronoun cannot mean), when that person is a subject of the pronoun's
    sentence or the one before ("... he said. Ana Ruiz rejected it. `No,' she said"; the
    sentence before the quoted words the pronoun closes counts as the one before); None
    when nobody, or more than one person, was named so, or when an unnamed person the
    pronoun fits has since become a subject."""
    own = d.sentence_of(since)
    named = [p for p in people if since < p.mention.start < start]
    # one only talked about in the last speaker's own sentence ("She said Kessa's plan
    # ...") is no one the text turned to
    named = [p for p in named if p.sentence != own or p.subject]
    if len({p.name for p in named}) != 1 or untagged_person_since(d, since, start):
        return None
    subjects = [p for p in named if p.subject and not _kin(d, p.mention)]
    if not subjects or _described(d, since + 1, start, gender):
        return None
    chosen = subjects[-1]
    if chosen.sentence < pronoun_sentence(d, start) - 1:
        return None
    return chosen.name, mention_span(chosen.mention)


def _someone_else_there(d: Discourse, chosen: Person, gender: Gender) -> bool:
    """Whether the sentence that names `chosen` (not as its subject) also calls someone
    by the pronoun's gender before the name ("particularly her references to Brown ,
    whom she would like to see ...": Brown is what she refers to; "she" there is
    someone the writer keeps unnamed, and so may be the later "she")."""
    start = d.sentences[chosen.sentence].start
    for word in _PRONOUN_WORD.finditer(d.text, start, chosen.mention.start):
        if gender_of_pronoun(word.group()) == gender and not d.quoted(word.start()):
            return True
    return False


def _unless_a_known_other(
    d: Discourse, people: list[Person], name: str, evidence: Span, gender: Gender
) -> tuple[str, Span] | None:
    """The chosen antecedent, unless the text gives it no gender while another of `people`
    (those named in its sentence or the one before) is a subject known to be of the
    pronoun's ("Ms. Ana Ruiz runs the clinic. Minister Tom Hale visited. ... she said"):
    the pronoun may well mean that other person, so it is not guessed. Someone only
    mentioned ("talks with Mr. Hale's forces") competes with no subject. A given name that
    clearly says the pronoun's gender counts here as the text's own words do, for the
    chosen one too: "Tom Young lost the vote . Dan Brask won it . He said" is Dan Brask,
    the latest subject, both given names fitting the pronoun alike."""
    if d.gender_of(name) is not None or given_name_gender(name) == gender:
        return name, evidence
    for p in people:
        said = d.gender_of(p.name) or given_name_gender(p.name)
        if p.subject and p.name != name and said == gender:
            return None
    return name, evidence


def _takes_over(
    d: Discourse, newer: Person, since: int, last: str, gender: Gender, start: int
) -> bool:
    """Whether a person who became a sentence's subject after the last speaker's source (at
    `since`) takes a pronoun (at `start`) from that speaker: someone who has spoken before,
    someone introduced the way a new source is ("Dan Hughes, who farms ...", "The mayor,
    Dan Hughes,"), someone opening a new paragraph, the subject of the sentence right
    before a quotation the pronoun closes that states their
    reaction (`quoted_after_reaction`), or the only one of the two the
    text says the pronoun fits. Anyone else merely talked about in the speaker's own
    paragraph ("said Ana Ruiz, an analyst. President Hale ruled for thirty years.") leaves
    the pronoun to either of them."""
    e = newer.mention
    if _joined_with(d, e, last):
        return False  # "Brell and Kiri Lanz, the director, met": neither takes it alone
    if listed_with_others(d, newer, gender):
        return False  # "Ivo Marek, Dan Brell and Tom Hale failed ...": one of a list
    if quoted_after_reaction(d, newer, start):
        return True
    if any(s.speaker.canonical == newer.name for s in d.history):
        return True
    if _INTRODUCED.match(d.text, e.end):
        return True
    before = _INTRODUCED_BEFORE.search(d.text, max(0, e.start - 80), e.start)
    if before is not None and names_a_person(before.group().rstrip(", ")):
        return True  # "The mayor, Dan Hughes,": not "After the meeting, Dan Hughes"
    if "\n" in d.text[since : e.start]:
        return True
    return d.gender_of(newer.name) == gender and d.gender_of(last) is None


_JOINED = re.compile(r"\s*,?\s*(?:and|&)\s+")


def _joined_with(d: Discourse, e: EntityMention, last: str) -> bool:
    """Whether the mention is joined by "and" to a mention of the last speaker ("Brell and
    Kiri Lanz met"): the two share the clause, so the newer one is no new subject that
    takes a pronoun from the speaker."""
    for other in d.overlapping(max(0, e.start - 80), e.end + 80):
        if other.label != "PERSON" or (other.canonical or other.text) != last:
            continue
        if other.end <= e.start:
            between = d.text[other.end : e.start]
        elif other.start >= e.end:
            between = d.text[e.end : other.start]
        else:
            continue
        if _JOINED.fullmatch(between):
            return True
    return False


def _named_just_before(
    d: Discourse, people: list[Person], since: int, start: int, name: str
) -> bool:
    """Whether another person the pronoun could mean is named in the sentence just before
    the pronoun's, after the last speaker's source and outside that speaker's sentence:
    the pronoun may continue either, so it is not guessed."""
    here = d.sentence_of(start)
    if d.sentence_of(since) >= here - 1:
        return False
    return any(
        p.mention.start > since
        and p.sentence == here - 1
        and p.name != name
        and not _kin(d, p.mention)
        for p in people
    )


_WHO_CLAUSE = re.compile(
    r"\s*,\s*who\s+(?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|"
    r"should|must)\b)[a-z]"
)
"""A relative clause making the name before it the subject of a verb of its own ("Ivo
Marek, who declines to answer"); "who is", "who has", "who will" describe the person."""


def _relative_subject_since(
    d: Discourse, people: list[Person], since: int, start: int, name: str
) -> bool:
    """Whether another person the pronoun fits was named after the last speaker's source as
    the subject of a relative clause that acts ("Tom Hale refers the question to Ivo Marek,
    who declines to answer. 'We must be careful,' he says"): though no sentence's subject,
    that person is the one the text turned to, so the pronoun may mean either."""
    here = d.sentence_of(start)
    return any(
        since < p.mention.start < start
        and p.sentence >= here - 2  # a quote before the cue may be a sentence of its own
        and p.name != name
        and not _kin(d, p.mention)
        and _WHO_CLAUSE.match(d.text, p.mention.end)
        # "... Jeb Bush, who dropped out. Rubio is returning to ...": the speaker again
        and not any(q.name == name and q.mention.start > p.mention.start for q in people)
        for p in people
    )


def _surname_subject_since(
    d: Discourse, since: int, start: int, name: str, gender: Gender
) -> tuple[str, Span] | None:
    """The person whose surname, unmarked by the recogniser, opens the pronoun's sentence
    or the one before, after the last speaker's source ("`` ... , '' Ruiz said . Brask did
    not deny his client fired . He said ..."): that sentence's subject is who the pronoun
    goes on with, not the last speaker (`surname_subject`). Someone other than the last
    speaker, named in full before, whom the pronoun fits; None otherwise."""
    here = d.sentence_of(start)
    for sentence in (here, here - 1):
        if sentence < 0 or d.sentences[sentence].start <= since:
            continue
        found = surname_subject(d, sentence, d.people_before(d.sentences[sentence].start))
        if found is None or found[1].start >= start:
            continue
        if found[0] != name and d.compatible(found[0], gender):
            return found
        return None
    return None


def _bind_kin_owner(d: Discourse, people: list[Person], since: int, name: str) -> None:
    """A relation named after the last speaker by "his"/"her" ("His wife, Ana Hale,"),
    before anyone else is named, is that speaker's: the possessive says the speaker's
    gender, so a later "she" is never the husband."""
    for p in people:
        if p.mention.start <= since or p.name == name:
            continue
        owned = _OWNED_APPOSITIVE.search(d.text, max(0, p.mention.start - 60), p.mention.start)
        if owned is None:
            return  # someone else named first: the "his" may be theirs
        gender = gender_of_pronoun(owned.group().split()[0])
        if gender is not None:
            d.bind(name, gender)


def _kin(d: Discourse, e: EntityMention) -> bool:
    """Whether a person is named as someone's relation or associate by a pronoun ("His
    father, Jack Reid, built ..."): told of by way of the one the passage is about, not
    a new subject the passage turns to, so a later "he says" still goes to the speaker."""
    return bool(_OWNED_APPOSITIVE.search(d.text, max(0, e.start - 60), e.start))


def _described(d: Discourse, lo: int, hi: int, gender: Gender) -> bool:
    # a sentence inside quotation marks is a speaker's words: "The first patient came in
    # ill," he said -- the patient is no one the narration turned to, as no name quoted is
    return described_subject(d.text, d.narrated_sentences(), d.verbs, lo, hi, gender)


def _unnamed_person(d: Discourse, start: int, floor: int, gender: Gender) -> Said | None:
    """The latest source before `start` when it is one unnamed person ("a senior
    officer") whom no person named as a sentence's subject has followed since."""
    latest = next((s for s in reversed(d.history) if s.pos < start), None)
    if latest is None or latest.pos < floor or latest.speaker.resolution != "description":
        return None
    if not person_description(latest.speaker.text, gender):
        return None
    since = [p for p in d.people_between(latest.pos, start) if not d.quoted(p.mention.start)]
    if any(p.subject for p in since):
        return None
    here = d.sentence_of(start)
    if any(p.sentence == here and d.compatible(p.name, gender) for p in since):
        # "At a news conference with Ivo Marek at Tom Hale's ranch, he said": a person the
        # pronoun's own sentence names may be the one meant, subject or not
        return None
    return latest
