"""What the words around an entity mention say about what it is.

The recogniser types a mention from the mention and a few words around it; some
cues it misses are plain in the text: a business noun before a name ("research firm
X"), an office after it ("the X administration"), a headline going on in title case,
an imperative opening a sentence. canonical.py reads these when it prepares each
mention; they live here so that the canonicaliser stays one job.
"""

from __future__ import annotations

import re

__all__ = [
    "AFTER_PLACE",
    "BUSINESS_APPOSITIVE",
    "BUSINESS_BEFORE",
    "CALLING_TITLE",
    "COUNTED_BEFORE",
    "CREDIT_AFTER",
    "CREDIT_WORD",
    "DISEASE_HEAD",
    "EVENT_HEAD",
    "GLUED_WORDS",
    "HEADLINE_VERB",
    "HEADLINE_VERBS",
    "INSTALLATION_AFTER",
    "KIN_BEFORE",
    "LEADING_FUNCTION_WORD",
    "LOWER_WORD_AFTER",
    "MEMBER_BEFORE",
    "NAME_PARTICLES",
    "NO_NOUN_AFTER",
    "OFFICE_AFTER",
    "ORG_AFTER",
    "ORG_BEFORE",
    "PEOPLE_ADJECTIVE",
    "PERSON_HONORIFIC",
    "PLACE_APPOSITIVE",
    "PLACE_BEFORE",
    "PLACE_PREPOSITION",
    "PRODUCT_APPOSITIVE",
    "PRODUCT_BEFORE",
    "RANK_TITLE",
    "RESIDENTS_AFTER",
    "RIVER_BEFORE",
    "RULER_APPOSITIVE",
    "TIME_ZONE",
    "TITLE_ABBREVIATION",
    "TRAILING_CLAUSE_WORD",
    "TRAILING_DAY",
    "headline_fragment",
    "imperative",
    "ticker_after",
]


OFFICE_AFTER = re.compile(r"\s+(?:administration|presidency)\b")
"""A word before "administration" or "presidency" ("the Reyes administration") names the
person holding the office when the article also reads it as a person (a city's government
is "the <City> administration" too)."""
_SENTENCE_START = re.compile(r"(?:\A|[\n.!?:;])\s*(?:``|[\"“‘'(]|-LRB-)?\s*\Z")
_OBJECT_AFTER = re.compile(r" (?:your|our|my|their|them)\b")
"""Objects after an imperative; "the", "a", "his" and "this" are left out, as a name may
be followed by them ("Brenna the guide", "Ames this week said")."""


def at_sentence_start(text: str, start: int) -> bool:
    """Whether `start` opens a sentence or a line (after an opening quote or bracket, also
    a tokenised one: ". -LRB- Blowout preventers are ...")."""
    return _SENTENCE_START.search(text, max(0, start - 9), start) is not None


QUESTION_OPENER = re.compile(
    r"(?:Will|Can|Could|Should|Would|Shall|Did|Does|Do|Is|Are|Was|Were|Has|Have|Had|Must|"
    r"May|Might)\s+(?=[A-Z])"
)
"""An auxiliary opening a question ("Will Varga survive ?"): run into the name after it."""
_QUESTION_AHEAD = re.compile(r"[^.!?\n]{0,150}\?")


def opens_question(text: str, start: int, end: int) -> bool:
    """Whether the mention at `start` opens a sentence that ends in a question mark."""
    return at_sentence_start(text, start) and _QUESTION_AHEAD.match(text, end) is not None


def imperative(text: str, start: int, end: int) -> bool:
    """A lone capitalised word opening a sentence and followed by an object ("Wash your
    hands", "Keep them shut") is a verb in the imperative, not a person: a name
    opening a sentence is followed by its verb or a comma."""
    return (
        _SENTENCE_START.search(text, max(0, start - 6), start) is not None
        and _OBJECT_AFTER.match(text, end) is not None
    )


AFTER_PLACE = re.compile(r"[A-Z][\w.'’-]*\s*,\s*\Z")
"""A capitalised word and a comma right before a mention ("Austin, TX"): a place's state."""
TITLE_ABBREVIATION = re.compile(r"(?:VP|V\.P\.|CEO|CFO|COO|CTO|PM|MPs?|MEPs?|SVP|EVP)(?:['’]?s)?")
"""A title written by its initials ("his VP pick", "the CEO") names an office, never an
entity, whatever type the recogniser gave it."""
TIME_ZONE = re.compile(
    r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|"
    r"AWST|NZST|NZDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|ADT|NST|NDT)"
)
"""A time zone's abbreviation ("10:00 BST", "noon GMT"), a closed list of the common ones:
a way of telling the time, never an entity, whatever type the recogniser gave it."""
PERSON_HONORIFIC = re.compile(
    r"(?:(?:Lance|Staff|Colour|Color|Det|Ch|Lt|Maj|Brig|Flt|Sqn|Wg|Gp)\.?\s+)*"
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Pte|Pvt|PFC|Spc|L/Cpl|LCpl|Cpl|Sgt|SSgt|S/Sgt|CSgt|C/Sgt|"
    r"SFC|MSgt|Lt|Capt|Maj|Col|Brig|Gen|Gnr|Spr|Tpr|Rfn|Gdsm|Fus|Cfn|Bdr|LBdr|L/Bdr|Mne|"
    r"Cdr|Cmdr|Cdre|Adm|Ens|CPO|WPC|DCI|DSI|Det|Insp|Supt|Commr|Cllr)\.?\s+(?=[A-Z][a-z])"
)
"""An honorific or a rank's abbreviation only a person carries, right before a capitalised
word ("Dr Vale", "Cpl Ivo Marsh", "Det Insp Nunn"): the mention names a person, whatever
type the recogniser gave it. Abbreviations that also open bodies' or places' names
("PC", "DC") are left out."""
CALLING_TITLE = re.compile(
    r"(?:Farmer|Nurse|Constable|Trooper)\s+"
    r"(?=[A-Z][a-z]+\Z)(?![A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ives|ics)\Z)"
)
"""A calling written as a title before one capitalised word ("Farmer Odell", "Nurse
Ames"): the mention names a person, whatever type the recogniser gave it. Only callings
that do not start names of bodies ("General Motors", "Sheriff Court" are left out), and
not before a plural of a calling ("Nurse Practitioners" is a body's name)."""
_RANK_NAMES = (
    r"(?:(?:Lance|Staff|Colour|Flight|Police|Detective|Chief|Acting)[ -])*"
    r"(?:(?:Major|Lieutenant|Brigadier)[ -]General|Lieutenant[ -]Colonel|Private|Corporal|"
    r"Sergeant|Lieutenant|Colonel|Brigadier|Admiral|Inspector|Superintendent|Detective|"
    r"Constable|Rifleman|Gunner|Sapper|Guardsman|Fusilier|Bombardier|Ensign|Commodore|"
    r"Airman)\s+"
    r"(?=[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,2}\Z)"
    r"(?!.*\s(?:Group|Partners|Insurance|Holdings|Capital|Fund|Bank|Services|Equity|Company|"
    r"Associates|Management|Trust)\Z)"
)
"""A military or police rank in full before a person's two or three names ("Lance Corporal
Ivo Marsh", "Detective Inspector Rhian Gale"): the mention names a person, whatever type
the recogniser gave it. Ranks that also open bodies' names ("General", "Major", "Captain")
count only in compounds, and a rest ending in a body's word ("Admiral Insurance Group")
is a body."""
_RANK_SURNAME = (
    r"(?:(?:Lance|Staff|Colour|Color|Flight|Detective|Chief)[ -]"
    r"(?:Corporal|Sergeant|Lieutenant|Inspector|Superintendent|Constable|Bombardier)|"
    r"(?:Major|Lieutenant|Brigadier)[ -]General|Lieutenant[ -]Colonel|"
    r"Corporal|Sergeant|Lieutenant|Colonel|Rifleman|Guardsman|Fusilier|Bombardier)\s+"
    r"(?=[A-Z][a-z'’-]+\Z)"
)
"""A rank in full before one capitalised word ("Lance Corporal Brell", "Sergeant Ames"), an
article naming a soldier by rank and surname: the word is a person's surname, whatever
type the recogniser gave the mention. Only ranks that open no bodies' or works' names
("Private Eye", "Major League", "General Motors", "Captain Marvel" are left out), or a
rank in two words."""
RANK_TITLE = re.compile(f"(?:{_RANK_NAMES})|(?:{_RANK_SURNAME})")
"""A rank before a person's names (`_RANK_NAMES`) or before a surname alone
(`_RANK_SURNAME`)."""
EVENT_HEAD = re.compile(r"Spring|Revolution|Uprising|Intifada|War")
"""The last word of an event's name ("Arab Spring", "Velvet Revolution", "Gulf War"): a
longer name ending so names what happened, not a place or a people."""
DISEASE_HEAD = re.compile(
    r"(?:flu|influenza|fever|virus|syndrome|disease|pox|plague|sickness|infection|"
    r"disorder|cancer|pneumonia|hepatitis|measles|cholera|malaria)",
    re.IGNORECASE,
)
"""The last word of an illness's name ("Bird Flu", "Marlow Fever"): a name with such a
head names a disease, never a person."""
TRAILING_DAY = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"July|September|October|November|December)\Z"
)
"""A weekday or a month run into the end of a name by the recogniser ("Reyes Sunday" of
"said Reyes Sunday"): no part of the name. Months that are also given names or surnames
("May", "June", "April", "August", "March") are left out."""
TRAILING_CLAUSE_WORD = re.compile(
    r"\s+(?:However|Meanwhile|Moreover|Nevertheless|Nonetheless|Furthermore|Therefore|"
    r"Instead|Hence|Thus)\Z"
)
"""A sentence adverb run into the end of a name ("What next for Vantra However, a
leader said", a headline with no full stop before the text): no name ends with one."""
HEADLINE_VERBS = frozenset(
    {
        "Says", "Said", "Tells", "Warns", "Urges", "Vows", "Seeks", "Outlines", "Announces",
        "Defends", "Rejects", "Denies", "Pledges", "Unveils", "Admits", "Insists", "Promises",
        "Proposes", "Asks", "Blames", "Slams", "Praises", "Confirms", "Demands", "Accuses",
        "Predicts", "Backs", "Signs", "Calls", "Resigns", "Quits",
    }
)  # fmt: skip
"""Third-person verbs a headline is built on, in title case ("Vale Outlines His Plans",
"Vale Says Crisis Deepens"): never a word of a name, so a name the recogniser or the
extraction ran into one ends before it. Verbs that are also surnames ("Rogers",
"Wells") are left out. The one list for entities and for the names a brief shows."""
HEADLINE_VERB = re.compile(r"\s+(?:" + "|".join(sorted(HEADLINE_VERBS)) + r")\Z")
"""A headline verb run into the end of a person's name: no part of the name."""
PLACE_APPOSITIVE = re.compile(
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:(?:ancient|old|former|provincial|regional|coastal|"
    r"historic|holy|southern|northern|eastern|western)\s+)?(?:capital\s+of|(?:city|town|"
    r"village|seaport|port|province|county|island)\s+(?:in|on|near|of(?!\s+[A-Z])))\b"
)
"""An appositive that says what kind of place a name is ("Karsa, capital of the old
empire", "Tarvo, a town in the south"): the name is a place, wherever the recogniser
typed it a body or a person; every mention of it in the article follows. Not "capital
in" (money), nor "the city of Oxford" (a list naming another place)."""
PLACE_BEFORE = re.compile(
    r"\b(?:city|town|village|port|seaport|province|region|district|county|island|enclave)"
    r"\s+of\s+\Z"
    r"|\b(?:cities|towns|villages|ports|seaports|provinces|islands)\s+of\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*|,?\s*and\s+))*\Z"
)
"""A kind of place and "of" right before a name ("the oil town of Tarvo"), or the last of a
list after the plural ("the ports of Tarvo and Kell"): the name is a place, wherever the
recogniser typed it a person or a body."""
RIVER_BEFORE = re.compile(
    r"\b(?:(?:east|west|north|south|left|right)(?:ern)?\s+bank|banks)\s+of\s+(?:the\s+)?\Z"
)
"""A river's bank right before a name ("the east bank of the Vessa", "the banks of the
Vessa"): the name is a river (LOC), never a body or a person."""
BUSINESS_BEFORE = re.compile(
    r"(?:\b(?:giant|firm|company|insurer|carmaker|automaker|retailer|lender|conglomerate|"
    r"contractor|operator|driller|exporter|importer|supplier|refiner)|[A-Za-z]-based|"
    r"\bshares\s+of)\s+\Z"
)
"""A business's epithet or its shares right before a name ("engineering giant Harlow",
"state arms exporter Harlow",
"oil services company Harlow", "Leeds-based Harlow", "shares of Harlow"): the name is a
business's, not a place's or a person's ("shares in" may be a market's: "shares in Asia")."""
BODY_OF_BEFORE = re.compile(
    r"\b(?i:head|director|chairman|chairwoman|members?|inspectors|staff|board)\s+of\s+"
    r"(?:the\s+)?\Z"
)
"""A post or members of something right before a lone name ("the head of Varco"): the
name is a body's; a person has no head or members (a possessive after the name, "the
head of Vale 's team", is read elsewhere)."""
BUSINESS_APPOSITIVE = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,4}?(?:firm|company|contractor|corporation|"
    r"conglomerate|insurer|retailer|manufacturer|airline|driller|operator|owner)"
    r"(?=\s*[,.;)]|\s+(?:now|that|which|based|whose|with)\b)"
)
"""An appositive that says a name is a business ("Harlow, a former Dorvan firm now based
in ..."): the head noun must end the appositive, so "a company town" says nothing."""
RULER_APPOSITIVE = re.compile(
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:(?:former|ancient|last|first|great)\s+)?"
    r"(?:[Rr]uler|[Kk]ing|[Qq]ueen|[Ee]mperor|[Ee]mpress|[Pp]haraoh|[Tt]sar|[Cc]zar|"
    r"[Ss]ultan|[Mm]onarch)\s+(?:of|from|in|between|until|who)\b"
)
"""A ruler's title in apposition after a lone name ("Tovaris, ruler from 604 BC",
"Tovaris, King of Karsa"): the name is a person's; the word after the title must be a
complement, so a title that goes on into someone's name is not read so."""
RESIDENTS_AFTER = re.compile(r"\s+(?:residents?|natives?|townspeople|villagers)\b")
"""Residents or natives right after a name ("a Tarvo resident", "Kell natives"): the name
is a place, wherever the recogniser typed it a body or a person."""
INSTALLATION_AFTER = re.compile(
    r"(?:\s*['’]\s*s)?\s+(?:(?:number|No\.?)\s*\d+\s+)?(?:(?:nuclear|atomic|power|"
    r"chemical)\s+)?(?:plant|reactors?|refinery|power\s+station)\b"
)
"""A plant or a reactor right after a lone name ("the Kirano plant", "Kirano's number 4
reactor"): the name is a site, never a person's, unless the article names a person in
full with it as a surname (relabel_surnames then wins)."""
PLACE_PREPOSITION = re.compile(
    r"\b(?:in|from|to|into|near|across|throughout|outside|inside|toward|towards)\s+\Z"
)
"""A preposition of place right before a name ("flew to Carlina"): the name is read as a
place there."""
KIN_BEFORE = re.compile(
    r"\b(?:neighbou?r|witness|relative|son|daughter|father|mother|wife|husband|brother|"
    r"sister|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|widow|friend)\s+\Z"
)
"""A kin or a neighbour written right before a name ("neighbor Ana Ruiz shouted"): the name
is a person's, whatever type the recogniser gave it (kept out of roles: not a title)."""
ORG_BEFORE = re.compile(
    r"\b(?:firm|company|insurer|reinsurer|carmaker|automaker|retailer|bank|website|"
    r"startup|start-up|airline|newspaper|consultancy|manufacturer|"
    r"brokerage|lender|conglomerate|network|service|daily|weekly|tabloid|magazine)\s+\Z"
    r"|\b(?:websites|sites|platforms|tools|networks|services|apps|companies|firms|brands)\s+"
    r"(?:like|such\s+as|including)\s+(?:[A-Z][\w.'’-]*\s*(?:,|and|or)\s*)*\Z"
    r"|\b(?:message|messages|post|posts|posted|posting|video|videos|page|account|feed)\s+"
    r"on\s+\Z"
    r"|\b(?:nationali[sz](?:e|es|ed|ing)|privati[sz](?:e|es|ed|ing)|"
    r"(?:nationali[sz]ation|privati[sz]ation|takeover)\s+of)\s+\Z"
)
"""A lower-case common noun of a business right before a name ("industry research firm
Autodata", "the microblogging service Chirper", "the daily Tarn Courier"): what follows
is that business, not a person, whatever the recogniser typed; so is a name listed after
a plural of such nouns ("websites like Chirper", "tools such as Lumo and Chirper") and
a place where things are posted ("a message on Chirper": a person is not posted on),
and what a state nationalises or sells off ("nationalizing Vesterholt"): a business.
Nouns that are also a person's calling before their name ("publisher", "broadcaster",
"film maker") are left out."""
ORG_AFTER = re.compile(
    r"\s*['’]\s*s\s+(?:chief executive|chief financial officer|CEO|chairman|chairwoman|"
    r"shareholders|stockholders|headquarters|subsidiary|subsidiaries|share price|"
    r"board of directors|local partner|parent company)\b"
)
"""What only a business has, after a possessive ("Acme's chief executive")."""
PRODUCT_BEFORE = re.compile(
    r"\b(?:rig|platform|vessel|ship|tanker|freighter|ferry|trawler|yacht|submarine|"
    r"warship|frigate|spacecraft|drug|medicine|medication|antiviral|vaccine|pill|"
    r"painkiller|antibiotic)s?\s+\Z"
    r"|\b(?:drug|medicine|medication|antiviral|vaccine|painkiller|antibiotic)s\s+"
    r"(?:such\s+as|like|including)\s+\Z"
)
"""A lower-case noun of a made thing right before a name ("the drilling rig Kestrel Dawn",
"the antiviral Zelvarin", "antivirals such as Zelvarin"): what follows is that vessel or
product, not a person or a body, whatever the recogniser typed; every mention of the name
in the article follows."""
PRODUCT_APPOSITIVE = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:drug|medicine|medication|antiviral|"
    r"vaccine|pill|painkiller|antibiotic|tablet|ingredient|compound|narcotic|stimulant)\b"
)
"""An appositive that says a name is a drug ("Zelvarin, a pill that ...", "KVX, the active
ingredient in ..."): a product."""
MEMBER_BEFORE = re.compile(r"\b(?:a|an)\s+\Z")
NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|\Z|[A-Z])")
"""After "a"/"an", a capitalised word not followed by a lower-case noun ("an Obama
supporter" is about the supporter) names a member of a group ("a Democrat")."""
NAME_PARTICLES = frozenset(
    {"of", "the", "and", "for", "de", "du", "da", "la", "le", "van", "von", "der", "al", "el"}
    | {"bin", "ibn", "y", "&"}
)
_WORD = re.compile(r"[^\s,;:]+")
_FUNCTION_WORDS = (
    r"(?:About|Above|After|Against|Along|Although|Amid|Among|Around|As|At|Because|Before|"
    r"Behind|Below|Beneath|Beside|Besides|Between|Beyond|But|Despite|During|For|From|If|"
    r"Inside|Into|Near|Since|Than|Though|Through|Toward|Towards|Under|Unless|Unlike|Until|"
    r"Upon|Via|When|Whereas|While|With|Within|Without|"
    r"Afterwards|Also|Earlier|Eventually|Finally|Furthermore|However|Indeed|Initially|"
    r"Instead|Later|Meanwhile|Moreover|Nevertheless|Nonetheless|Previously|Recently|"
    r"Separately|Subsequently|Yesterday|Tonight|Why|How|What|Where|Whether|"
    r"Both|Each|Either|Even|Every|Neither|Nor|Not|Only|Several)"
)
LEADING_FUNCTION_WORD = re.compile(_FUNCTION_WORDS + r"\s+(?=[A-Z])")
"""A preposition, a conjunction or a sentence adverb capitalised at a sentence start and
run into the name after it ("Behind Reyes , five screens ...", "Earlier Reyes , the
official , said"), or a quantifier before a coordination ("Neither Reyes nor Vale"): no
given name is such a word."""
FUNCTION_WORD = re.compile(_FUNCTION_WORDS)
"""One of those words alone ("`` Along with that , ..."): typed a name by its capital only."""
CREDIT_WORD = re.compile(
    r"(?:Photo|Photos|Photograph|Picture|Pictures|Image|Images|Graphic|Illustration|Video|"
    r"Credit|Source)"
)
CREDIT_AFTER = re.compile(r"\s*(?:by\b|:)")
"""A caption's credit ("Photo by Ann Vale", "Graphic: ..."): the credit word is no name,
whatever the recogniser typed it."""
PEOPLE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:(?:ian|yan)(s)|ian|yan|kan|ese|(?<!Par)ish)")
"""The shape of a people's adjective or its plural ("Syrian", "Lebanese", "Kurdish"): no
country's or city's name ends so ("-ean" is left out: "the Caribbean" is a sea, and so is
a "Parish"), so such a word typed a place, used as an adjective before a lower-case word or
in the plural ("-ians", "-yans"; "the Balkans" is a region), is a people (NORP)."""
LOWER_WORD_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|nor|as|at|in|on|of|to|for|with|by|from|is|was|are|were|has|had|"
    r"have|said|says|will|would|could|should|may|might|which|who|that|where|when|than)\b)"
    r"[a-z]"
)
"""A lower-case word after a mention that is no function word or verb of saying: a noun
the mention qualifies ("Sri Lankan war victims"), not "the Caspian and ..."."""
COUNTED_BEFORE = re.compile(
    r"(?:\b(?:[Aa]ll|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Ff]ewer|[Mm]ore|"
    r"(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Mm]illions) of)|\d|\bex-)\s*\Z"
)
"""A number or a quantifier before a plural ("1,000 Gurkhas", "all Kurds"), or "ex-": the
plural counts people, so it names a people, not a place ("the Philippines")."""
GLUED_WORDS = re.compile(r"([a-z]+)\s+(?:[a-z]+\s+)*(?=[A-Z])")


_TICKER_AFTER = re.compile(
    r"(?:\s*['’]\s*s)?\s*(?:\(|-LRB-)\s*(?:(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE)\s*:\s*)?"
    r"([A-Z]{2,5})\s*(?:\)|-RRB-)"
)


def ticker_after(text: str, end: int, surface: str) -> bool:
    """Whether a stock ticker in brackets follows the name ("Brightmart 's (BMT) ad"): capitals
    whose letters are, in order, letters of the name starting with its first; a company
    is quoted so, a person or a place never is. An agency's credit ("Ana Vale (AP)") has
    letters outside the name, and a name's initials ("Ana Vale (AV)") are no ticker."""
    m = _TICKER_AFTER.match(text, end)
    if m is None:
        return False
    letters = iter(surface.casefold())
    ticker = m.group(1).casefold()
    initials = "".join(w[:1] for w in surface.casefold().split())
    if ticker == initials and " " in surface:
        return False  # "Ana Vale (AV)": initials defined, said of anyone
    return ticker[0] == surface[:1].casefold() and all(c in letters for c in ticker)


def headline_fragment(text: str, end: int, surface: str, label: str) -> bool:
    """A title-case run with a lower-case connecting word that goes on in title case ("Data
    on Job Losses, U.S. Factory Orders Paint ...") is part of a headline, not a name: a
    name with such a word ("Council on Trade") is followed by ordinary text."""
    words = surface.split()
    if label == "PERSON" or len(words) < 3:
        return False
    if not any(w.islower() and w not in NAME_PARTICLES for w in words[1:-1]):
        return False
    after = _WORD.findall(text, end, min(len(text), end + 80))[:3]
    return len(after) == 3 and all(w[:1].isupper() or w[:1].isdigit() for w in after)
