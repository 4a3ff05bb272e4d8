"""The one vocabulary of nouns that name someone who can speak: people, bodies, writings.

Three checks read a source phrase's head noun, and each asks a different question,
so the vocabulary is split by what a noun names rather than copied per user:

- `PERSON_NOUNS`: one person ("a witness", "the coach", "his wife"). Only these can
  be continued by "he" or "she" (`referents`): "the ministry" or "residents" never
  can. Titles written before a name (`entities.roles.ROLE_HEADS`) and gendered nouns
  (`genders`) are persons too and are read as part of this set.
- `GROUP_NOUNS`: people taken together ("the crowd", "the public", "the family"):
  they speak ("the crowd chanted"), but as "they", never as "he".
- `BODY_NOUNS`: organisations and institutions that speak as one ("the ministry
  said", "the airline confirmed"), including firms named by their trade ("the
  lender", "the carrier").
- `WRITING_NOUNS`: what someone wrote, which states things itself ("the report
  found", "a study shows").
- `PLACE_NOUNS`: a country or a town standing for its people or its government
  ("the city said"), and a body named by the place it occupies ("the hospital").
  A place is shown as a speaker where a verb of saying makes it one (`shown`),
  but is no sign that a broad verb reports a statement: "the country seems" and
  "the camp appears" describe a state far more often than words
  (`statements.can_speak` leaves places out).

Nouns are singular and lower-case; `singular` reads a plural ("officials",
"women"). Every word is generic English news usage, none taken from a corpus.
"""

from __future__ import annotations

from storyline.analyze.entities.roles import ROLE_HEADS
from storyline.analyze.quotes.cues import vocab
from storyline.analyze.quotes.genders import GENDERED_NOUNS

__all__ = [
    "BODY_NOUNS",
    "GROUP_NOUNS",
    "PERSON_NOUNS",
    "PLACE_NOUNS",
    "SPEAKING_NOUNS",
    "WRITING_NOUNS",
    "names_a_person",
    "names_a_speaker",
    "singular",
]

PERSON_NOUNS: frozenset[str] = (
    vocab(
        # anyone
        "person man woman boy girl child kid guy lady teenager youth elder individual "
        # kin and the people around someone
        "mother father wife husband son daughter brother sister uncle aunt cousin parent "
        "relative friend neighbour neighbor colleague ally boss "
        # people named by their part in events
        "official source witness observer insider resident local citizen villager voter "
        "protester demonstrator activist campaigner critic supporter opponent rebel militant "
        "insurgent guerrilla gunman fighter soldier veteran marine sailor survivor victim "
        "patient student fan "
        "reader viewer "
        "consumer customer investor trader banker worker employee member owner "
        "respondent worshipper champion winner player athlete coach "
        # occupations and offices
        "expert analyst economist scientist researcher doctor physician nurse lawyer "
        "counsel investigator judge prosecutor journalist reporter editor correspondent "
        "commentator pundit pollster author writer teacher engineer pilot driver farmer "
        "singer artist priest pastor clerk guard agent aide officer leader spokesman "
        "spokeswoman spokesperson organiser organizer lawmaker legislator senator "
        "diplomat negotiator envoy minister president mayor governor chief head director "
        "chairman chair secretary adviser advisor executive manager"
    )
    | ROLE_HEADS
    | GENDERED_NOUNS
)
"""Nouns for one person: generic, kin, parts people play, occupations, titles and
gendered nouns."""

GROUP_NOUNS: frozenset[str] = vocab(
    "people public crowd audience community family household couple pair crew staff team "
    "jury "
    "troop majority minority other others"
)
"""Nouns for people taken together, who speak as "they"."""

BODY_NOUNS: frozenset[str] = vocab(
    "government administration authority ministry department agency office council "
    "committee commission board court tribunal panel party campaign group union company "
    "firm bank fund airline lender maker producer seller buyer provider carrier operator "
    "regulator police military army navy junta regime cabinet opposition leadership "
    "parliament congress senate prosecution defence defense institute institution center "
    "centre foundation association federation coalition alliance organization "
    "organisation society club league charity movement faction bloc side network station "
    "newspaper paper broadcaster television tv radio channel magazine outlet website blog "
    "body force"
)
"""Organisations and institutions that speak as one body."""

WRITING_NOUNS: frozenset[str] = vocab(
    "poll survey study report review inquiry investigation audit research analysis "
    "letter statement memo document filing complaint lawsuit ruling verdict column "
    "editorial article book summary advice communique announcement release notice "
    "bulletin message citation transcript declaration decree indictment affidavit testimony "
    "judgment judgement manifesto leaflet placard banner inscription caption headline email "
    "cable tweet text note"
)
"""Writings that state things themselves ("the report found")."""

PLACE_NOUNS: frozenset[str] = vocab(
    "country nation state city town village province region county embassy consulate "
    "hospital school university college church camp site"
)
"""Places, and bodies named by the place they occupy ("the hospital", "the camp"), that
stand for their people or government where a verb of saying says so."""

SPEAKING_NOUNS: frozenset[str] = PERSON_NOUNS | GROUP_NOUNS | BODY_NOUNS | WRITING_NOUNS
"""Every noun whose referent can state something, places aside (see the module's note)."""

_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "people"}


def singular(word: str) -> str:
    """The singular of a lower-case noun ("officials", "agencies", "women",
    "spokespeople", "congressmen"); a word
    that is no plural is returned as it is."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("people") and len(word) > 6:
        return word[:-6] + "person"  # "spokespeople"
    if word.endswith("men") and len(word) > 5:
        return word[:-3] + "man"  # "congressmen", "gunmen"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def names_a_person(noun: str) -> bool:
    """Whether a lower-case singular head noun names one person ("witness", "coach",
    "spokeswoman"), someone "he" or "she" can continue."""
    return noun in PERSON_NOUNS


def names_a_speaker(noun: str) -> bool:
    """Whether a lower-case head noun, singular or plural, names someone or something
    written that can state things (places aside): a person, a group, a body or a
    writing, or a noun the suffix makes a person's ("economist", "historian",
    "consultant", "volunteer")."""
    one = singular(noun)
    return (
        one in SPEAKING_NOUNS
        or noun in SPEAKING_NOUNS
        or one.endswith(("ist", "ian", "ant", "eer"))
    )
