"""One name per entity inside an article: titles stripped, surnames and acronyms resolved.

Works on raw (start, end, label) mentions from any recogniser, so it can be
tested without a model and reused on mentions read back from storage.
Rules, in order: strip honorifics and titles from person names (keeping the
title as the mention's role, or a role written just before or after the name);
map generic aliases ("U.S." -> "United States"); give a lone surname the full
name it abbreviates when the article names exactly one such person (else the
nearest one before it); expand an acronym when exactly one longer name in the
article has those initials and the article defines them (bracketed or in
apposition); give an organisation's first word alone the longer name it starts when
the article named exactly one such body before it; write a US state's abbreviation
("La.", "Austin, TX") as the state; and relabel a surname the recogniser typed
inconsistently ("Blinken" tagged ORG once) as the person it abbreviates. The words
around a mention may retype it whatever the recogniser said: an honorific, a calling
("Farmer Odell") or a title right before it, or a ruler's title after it, say a person;
an appositive place ("Karsa, capital of ...") a place; a plant or a reactor after it a
site (context_types.py reads those words). A calling's word run into a full name the
article writes alone ("Astronaut Dana Reyes") is a role (role_words.py), a company's
designator ("Harlow Group") is dropped where the article writes the bare name as a body
(designators.py), and a person's initials are the one full name with them ("HTM").
Each span is first prepared on its own (prepare.py); the passes that drop, cut or retype
mentions across the article live in mention_labels.py, the lookup of the name each
mention stands for in resolve.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.analyze.entities.ages import relabel_cued_full_names
from storyline.analyze.entities.body_forms import join_body_short_forms, retype_designated
from storyline.analyze.entities.body_typed_people import relabel_body_typed_people
from storyline.analyze.entities.common_acronyms import drop_common_acronyms
from storyline.analyze.entities.common_nouns import drop_honour_words, drop_lower_case_people
from storyline.analyze.entities.company_namesakes import read_company_namesakes
from storyline.analyze.entities.company_parts import join_company_parts
from storyline.analyze.entities.credits import cut_credits, cut_slash_credits
from storyline.analyze.entities.designators import fold_designators
from storyline.analyze.entities.given_name_joins import join_given_names
from storyline.analyze.entities.joined_bodies import join_and_bodies
from storyline.analyze.entities.kind_cues import animal_names
from storyline.analyze.entities.mention_drops import (
    drop_common_plurals,
    drop_common_words,
    drop_inside_roles,
    strip_gerunds,
)
from storyline.analyze.entities.mention_labels import (
    join_capital_district,
    relabel_coordinated,
    relabel_first_names,
    relabel_surnames,
    retype_businesses,
    retype_cued,
    unify_labels,
)
from storyline.analyze.entities.name_tails import cut_glued_nouns
from storyline.analyze.entities.non_names import drop_non_names, named_span
from storyline.analyze.entities.opening_verbs import strip_opening_verbs
from storyline.analyze.entities.place_chains import retype_place_chains
from storyline.analyze.entities.place_uses import retype_place_uses
from storyline.analyze.entities.prepare import RawMention, SpanIndex, prepare_mention
from storyline.analyze.entities.resolve import resolve_names
from storyline.analyze.entities.role_words import strip_role_words
from storyline.analyze.entities.run_on_names import (
    cut_caption_people,
    cut_clause_openers,
    split_run_on_names,
)
from storyline.analyze.entities.said_people import retype_said_people
from storyline.analyze.entities.ship_names import join_ship_names
from storyline.analyze.entities.stated_aliases import link_stated_aliases
from storyline.analyze.entities.telling_outlets import split_told_outlets
from storyline.analyze.entities.web_addresses import name_web_addresses
from storyline.analyze.entities.written_forms import join_place_kinds, relabel_speaker_labels
from storyline.model import EntityMention

__all__ = ["NAMED_LABELS", "RawMention", "canonicalize"]

NAMED_LABELS: frozenset[str] = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
"""Recogniser labels that name things (numbers, dates and ordinals are left to other stages)."""


def canonicalize(text: str, raw: Sequence[RawMention]) -> list[EntityMention]:
    """Entity mentions of `text` with canonical names and roles, in text order."""
    spans = sorted(
        (m for m in raw if m.label in NAMED_LABELS and named_span(text, m.start, m.end)),
        key=lambda m: m.start,
    )
    index = SpanIndex(spans)
    work = [w for m in spans if (w := prepare_mention(text, m, index)) is not None]
    work = drop_inside_roles(work)
    strip_gerunds(text, work)
    strip_opening_verbs(text, work)
    strip_role_words(text, work)
    work = split_told_outlets(text, work)
    work = cut_slash_credits(text, cut_caption_people(text, split_run_on_names(text, work)))
    name_web_addresses(text, work)  # "Tarnwick.com news": the site, named as its owner
    cut_clause_openers(text, work)  # "Share As Quarrow": the name after the conjunction
    work = drop_common_plurals(text, work)
    work = drop_lower_case_people(text, drop_honour_words(drop_common_words(text, work)))
    work = drop_non_names(drop_common_acronyms(text, work))
    work = join_and_bodies(text, work)
    join_capital_district(text, work)
    join_place_kinds(text, work)
    cut_glued_nouns(text, work)
    unify_labels(work)
    retype_cued(text, work)
    retype_place_uses(text, work)  # "Police in Haverstrand": a town, not a body
    retype_said_people(text, work)  # "Kalb told reporters he": a person
    join_ship_names(work)  # "INS Tarvo" and "the Tarvo": one ship, no person
    animals = animal_names(text, {w.name for w in work if w.label != "NORP"})
    work = [w for w in work if w.name not in animals]  # "the dog Kell": no person or place
    retype_place_chains(text, work)
    retype_businesses(work)
    relabel_speaker_labels(text, work)
    join_given_names(text, work)
    relabel_body_typed_people(work)  # "Mara Vell dolls" typed a body, "Vell said" a person
    persons = [w for w in work if w.label == "PERSON" and len(w.name.split()) > 1]
    cut_credits(text, work, persons)
    relabel_first_names(text, work, persons)
    relabel_coordinated(text, work, persons)
    relabel_surnames(work, persons)
    relabel_cued_full_names(work)
    retype_designated(text, work, persons)
    join_company_parts(work, persons)
    fold_designators(work)
    join_body_short_forms(text, work)
    persons = [w for w in work if w.label == "PERSON" and len(w.name.split()) > 1]
    canon = link_stated_aliases(text, work, resolve_names(text, work, persons))
    canon = read_company_namesakes(text, work, canon)  # "Quenby said it": the company
    return [
        EntityMention(w.start, w.end, text[w.start : w.end], w.label, c, w.role)
        for w, c in zip(work, canon, strict=True)
    ]
