"""Abbreviations of a rank or a title written before a person's name ("Sgt. Dana Quill",
"Lt. Col. Ivo Marsh", "Msgr. Tobiah Danvers") that spaCy's English tokenizer splits.

The tokenizer keeps "Dr.", "Gen.", "Gov.", "Sen.", "Rep.", "Prof.", "Rev.", "Adm." whole
(its exception list) but cuts the full stop off every abbreviation below, written or
spaced, and the sentence recogniser then ends a sentence between the rank and its holder:
"Marko Velt was arrested, police Sgt. Dana Quill said." came out two sentences and no quote
(checked one by one on invented texts, tests/analyze/test_title_abbreviations.py).
`spaced_forms` reads each as one token where a name follows. News styles abbreviate a
rank only before a name, so these are the military, police, church, court and council
titles of English news (US and UK styles). Left out: abbreviations that are as often
something else before a capitalised word ("Sec.", "Del.", "Dist."), and "Sr." after a
name, which the models read right split ("Dana Quill Sr. said" is one sentence).
"""

from __future__ import annotations

import re

__all__ = ["TITLE_ABBREVIATIONS", "TITLE_STOP", "read_as"]

_TITLES = (
    # military (US and UK style), enlisted and officers
    "Pvt Pte Pfc PFC Spc Cpl LCpl Sgt SSgt MSgt SFC CSgt Lt Capt Cpt Maj Col Brig Cmdr Cdr "
    "Comdr Cdre Ens Cmdt Flt Sqn Wg Gp Gnr Spr Tpr Rfn Fus Cfn Bdr Mne CPO Gdsm "
    "L/Cpl S/Sgt C/Sgt L/Bdr LBdr "
    # police and fire
    "Det Insp Supt Ofc Ptl Ch Dep Commr Cmsr WPC DCI DSI "
    # church
    "Msgr Fr Revd Bro "
    # courts, councils, offices
    "Atty Ald Cllr Hon Asst Amb Pres Supv "
    # courtesy titles
    "Mme Mlle"
)
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(_TITLES.split())
"""Each written without its full stop; the tokenizer splits "X." for every one of them.
Every abbreviation `entities.context.PERSON_HONORIFIC` knows is here or kept whole by the
tokenizer ("Dr.", "Gen.")."""


def read_as(abbreviation: str) -> str | None:
    """The NORM the models read a merged title token ("Sgt.", "Sgt .") by: that of "Dr.",
    a title they know well, or None for another abbreviation.

    The models saw most of these abbreviations split in training, if at all; read by their
    own form, "Atty." and "Cllr." still ended a sentence before the name, and read as the
    word in full ("captain", "brigadier") "Capt." and "Brig." did (the recogniser on seven
    invented sentences for each, written and spaced: 15 and 28 wrong of 427; read as "Dr."
    or "Mr.", none). On eight invented attributions for each ("..., police Sgt. Dana Quill
    said."), the holder was shown for 536 of 552 read as "Dr.", 514 as "Mr.", 411 by their
    own form, and 297 on 8f9afa9 (split). The prefix, suffix and shape stay the
    abbreviation's own."""
    return "dr." if abbreviation in TITLE_ABBREVIATIONS else None


TITLE_STOP = re.compile(
    r"(?<![\w.'’/])(?:"
    + "|".join(re.escape(t) for t in sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r") ?\.(?= )"
)
"""A title's abbreviation and its full stop, written or spaced ("Sgt. Dana", "Sgt . Dana")."""
