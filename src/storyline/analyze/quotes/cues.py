"""Words that introduce reported speech or thought, in every inflected form.

The lexicon is generic English (reporting verbs of the PARC/PolNeAR attribution
scheme: speech, writing, belief, evidence). Forms are listed rather than
lemmatised because the lemmatizer is the slowest part of spaCy's pipeline.
"""

from __future__ import annotations

from storyline.analyze.quotes.manner_verbs import MANNER_LEMMAS

__all__ = [
    "ADDRESSEE_VERBS",
    "ATTITUDE_ADJECTIVES",
    "CARRIER_VERBS",
    "CORE_CUES",
    "CUE_FORMS",
    "FIRST_PERSON",
    "LISTENER_FIRST",
    "MARK_CUES",
    "NOUN_CUES",
    "OBJECT_CONTENT_VERBS",
    "ON_CUES",
    "PARTICLE_CUES",
    "PREP_NOUN_CUES",
    "QUOTE_ONLY_LEMMAS",
    "RESPONSE_VERBS",
    "SPEAKER_CUES",
    "SPEECH_ACT_NOUNS",
    "SPEECH_LEMMAS",
    "XCOMP_CONTENT_LEMMAS",
    "cue_lemma",
    "vocab",
]

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "find": ("find", "finds", "found", "finding"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "hear": ("hear", "hears", "heard", "hearing"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "go": ("goes", "went"),
    "begin": ("begin", "begins", "began"),
    "cry": ("cry", "cries", "cried"),
    "snap": ("snaps", "snapped"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "read": ("read", "reads"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "foresee": ("foresee", "foresees", "foresaw", "foreseen"),
    "swear": ("swear", "swears", "swore", "sworn"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "cast": ("cast", "casts", "casting"),
    "focus": ("focus", "focuses", "focused", "focusing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "seek": ("seek", "seeks", "sought", "seeking"),
}


def vocab(words: str) -> frozenset[str]:
    """A word list written as one string, as a set."""
    return frozenset(words.split())


FIRST_PERSON: frozenset[str] = vocab("i we")
"""The subject pronouns of the first person: who writes "I" or "we" speaks for themselves
(a transcript's turn, a letter, the writer's own aside)."""

SPEECH_LEMMAS: frozenset[str] = vocab(
    "say tell add note write ask report announce suggest argue describe find tweet think "
    "declare explain acknowledge criticize criticise believe accuse cite urge defend recall "
    "respond propose agree hope conclude claim warn promise insist reply reveal indicate "
    "predict fear vow pledge denounce question dismiss state confirm deny admit stress "
    "emphasize emphasise complain contend maintain estimate show testify blame praise "
    "condemn demand allege assert observe remark joke concede caution signal reiterate "
    "repeat boast lament speculate tout wonder worry disclose inform mention comment quip "
    "shout yell chant post feel expect endorse recommend threaten acknowledge "
    "announce suspect doubt charge insist explain declare swear foresee forecast "
    "guarantee assure notice figure imagine predict proclaim recount reason reckon rule "
    "sense surmise tweet underline vouch whisper write support back refuse prefer "
    "appear seem thank call discuss learn name mock express congratulate slam "
    "oppose decline respond label brand dub hail applaud attack "
    "blast decry lambaste welcome reject challenge refer want favor favour consider view "
    "regard see hear dispute accept recognize recognise remember understand deem wish "
    "know plan seek offer vote apologize apologise answer allude reference "
    "assail deride chide rebuke extol laud retweet bemoan opine disavow repudiate renounce"
)
"""Base forms of the reporting verbs."""

SPEAKER_CUES: frozenset[str] = vocab(
    "hint imply reaffirm affirm clarify concur counter protest confess assume realize "
    "realise advocate portray characterize characterise request remind rail talk speak push point "
    "order encourage advise identify cast focus highlight underscore invoke mull brag"
)
"""Verbs of saying or thinking that are as often verbs of something else ("the road points
north", "the engine talks to the server"): cues only with a source that can speak."""

PARTICLE_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out", "to"}),
    "refer": frozenset({"to"}),
    "allude": frozenset({"to"}),
    "focus": frozenset({"on"}),
}
"""Verbs that report only with one of these particles or prepositions ("pointed out that",
"pointed to the figures", "referring to the bridge"); bare, or with an object before the
preposition, they are another verb ("pointed the camera at", "referred the case to")."""

ON_CUES: frozenset[str] = vocab("comment remark")
"""Verbs whose "on" phrase is what they said something about ("commented on the closure"),
as "about" is for any reporting verb."""

CORE_CUES: frozenset[str] = frozenset(
    {"say", "tell", "report", "announce", "write", "add", "note", "claim", "warn", "explain"}
)
"""Verbs that report speech even with no subject in view ("..., adding that ..."); other
verbs without a subject (participles such as "opposing X") are usually not attributions."""

MARK_CUES: frozenset[str] = vocab(
    "say tell add note write ask report announce argue explain declare acknowledge respond "
    "reply insist claim warn state confirm deny admit stress complain contend maintain testify "
    "allege assert observe remark joke concede caution reiterate repeat boast lament quip "
    "shout yell chant tweet post exclaim continue interject retort muse sigh scoff thunder "
    "snap cry plead recite gush laugh chime echo proclaim recount whisper comment predict "
    "promise vow pledge urge suggest recall mention answer"
)
"""Verbs that say how words were uttered: when quoted words could belong to one of these
or to another cue nearby ("called", "seemed", "wants"), they belong to one of these."""

QUOTE_ONLY_LEMMAS: frozenset[str] = (
    vocab(
        "continue echo exclaim ponder read interject chime laugh sigh scoff muse gush retort "
        "begin go thunder snap cry plead recite"
    )
    | MANNER_LEMMAS
)
"""Verbs that introduce a quotation but whose complement is not speech ("he continued, '...'"
counts; "he continued to fight" does not): cues for quoted words only. The manner-of-speaking
verbs ("“It never gives up,” an angry Ruiz retaliated") are here too, and count only right
beside the marks (manner_verbs.py)."""

NOUN_CUES: frozenset[str] = vocab(
    "claim claims statement statements announcement warning warnings assertion argument "
    "belief suggestion promise pledge allegation allegations accusation accusations "
    "insistence demand report reports remarks comments criticism proposal vow threat "
    "denial admission prediction estimate fears hope hopes concern concerns message "
    "tweet letter assurance assurances view notion idea charge charges"
)
"""Nouns whose that-clause is reported content ("his claim that the vote was rigged")."""

ADDRESSEE_VERBS: frozenset[str] = frozenset(
    {"tell", "ask", "inform", "urge", "assure", "warn", "remind"}
)
"""Verbs whose direct object is the listener, not what was said ("told reporters")."""
LISTENER_FIRST: frozenset[str] = frozenset({"tell", "inform"})
"""Of those, the verbs whose next noun is always the listener ("..., told the Velmar
Post"): unlike "asked" or "warned" ("...," warned the mayor), they are never written before
their subject."""

OBJECT_CONTENT_VERBS: frozenset[str] = vocab(
    "announce describe cite propose reveal confirm deny admit acknowledge praise condemn "
    "demand criticize criticise denounce dismiss endorse question report predict "
    "recommend disclose mention defend blame estimate forecast promise pledge threaten "
    "tout show support back prefer thank discuss name mock express congratulate slam "
    "oppose call label brand dub hail applaud attack blast decry lambaste "
    "welcome reject challenge say want favor favour dispute accept recognize recognise "
    "remember advocate request portray characterize characterise reaffirm affirm "
    "note explain echo claim repeat reiterate emphasize emphasise stress declare recount "
    "tweet retweet post write recall seek lament reference highlight underscore "
    "assail deride chide rebuke extol laud invoke bemoan mull disavow repudiate renounce"
)
"""Verbs whose direct object is itself the content ("announced a ceasefire")."""


XCOMP_CONTENT_LEMMAS: frozenset[str] = vocab(
    "expect seem appear want ask decline refuse call seek hope promise pledge urge vow "
    "threaten agree plan tell vote propose offer claim wish intend demand warn order "
    "encourage invite advise beg plead pretend prefer decide"
)
"""Verbs whose infinitive says what was said, asked or intended ("urged them to leave",
"vowed to fight"); after any other verb ("rejected appeals to call off ...") the infinitive
is not the subject's words."""

RESPONSE_VERBS: frozenset[str] = vocab(
    "reject deny dismiss welcome praise condemn criticize criticise denounce blame defend "
    "challenge dispute accept support back oppose slam hail applaud attack blast decry "
    "lambaste thank congratulate mock favor favour prefer endorse answer "
    "assail deride chide rebuke extol laud disavow repudiate renounce"
)
"""Verbs that respond to something: their object is what they respond to."""

SPEECH_ACT_NOUNS: frozenset[str] = NOUN_CUES | vocab(
    "appeal appeals call calls request requests plea pleas offer offers proposals "
    "suggestions demands question questions order orders"
)
"""Nouns naming someone's words: responding to them ("rejected American appeals to call
off the offensive") reports the other side's words, not the subject's."""


PREP_NOUN_CUES: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split())
    for nouns, preps in (
        ("support", "for"),
        ("endorsement endorsements", "of"),
        ("opposition", "to"),
        ("criticism criticisms", "of"),
        ("attack attacks", "on"),
        ("comment comments remarks statement statements", "on about"),
        ("question questions", "about over"),
        ("concern concerns complaint complaints doubts", "about over"),
        ("praise", "for"),
        ("call calls appeal appeals", "for"),
        ("warning warnings", "about of against"),
        ("view views position stance", "on"),
        ("talk", "of about"),
    )
    for noun in nouns.split()
}
"""Nouns of speech or stance whose prepositional object is what was said or meant
("her criticism of the plan", "calls for a ceasefire"), with the prepositions that do it."""

CARRIER_VERBS: frozenset[str] = vocab(
    "voice voiced voices express expressed expresses offer offered offers give gave given "
    "gives lend lent make made makes issue issued issues deliver delivered level levelled "
    "leveled renew renewed repeat repeated reiterate reiterated signal signaled signalled "
    "pledge pledged raise raised raises share shared shares add added launch launched"
)
"""Verbs whose subject is the author of the speech noun they take ("voiced support for")."""

ATTITUDE_ADJECTIVES: frozenset[str] = vocab(
    "critical skeptical sceptical supportive confident concerned worried optimistic "
    "pessimistic hopeful doubtful wary proud angry upset furious pleased unhappy frustrated "
    "sure certain convinced adamant dismissive"
)
"""Adjectives of a stance whose complement is its content ("critical of the deal",
"confident that the bill will pass")."""


_DOUBLED_FINAL: frozenset[str] = vocab(
    "admit quip signal plan prefer refer slam dub extol brag deadpan"
)
"""Verbs that double their last consonant before -ed and -ing."""


def _forms(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    if lemma in _DOUBLED_FINAL:
        last = lemma[-1]
        return (lemma, lemma + "s", lemma + last + "ed", lemma + last + "ing", lemma + "ed")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


CUE_FORMS: dict[str, str] = {
    form: lemma
    for lemma in sorted(SPEECH_LEMMAS | QUOTE_ONLY_LEMMAS | SPEAKER_CUES)
    for form in _forms(lemma)
}
"""Lower-cased inflected form -> base form."""


def cue_lemma(word: str) -> str | None:
    """The reporting verb a word is a form of, if any."""
    return CUE_FORMS.get(word.lower())
