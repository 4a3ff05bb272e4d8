"""A speaker read back from a pronoun further than any antecedent measured right is
withheld, its candidate kept as evidence (confidence.py; calibrate20, issue 14); so is a
bare "the company" read back to nothing (withhold21). Every text is invented."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from quote_helpers import QUOTE_STAGES, quote_with

from storyline.analyze.pipeline import Pipeline
from storyline.analyze.quotes.confidence import (
    MAX_ANTECEDENT_SENTENCES,
    bare_anaphor,
    withhold_bare,
    withhold_far,
)
from storyline.model import Article, EntityMention, Quote, Sentence, Span, Speaker
from storyline.serialize import article_from_json, article_to_json
from storyline.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _flood_page(days: int) -> str:
    """A page whose one speaker label opens it, then many lines and a first person far below
    (a heading such as 'THE LAST PAGE' no longer speaks at all: ingest/turns.speaker_label)."""
    filler = "\n".join(f"On day {i} the river near Dorn rose a little more ." for i in range(days))
    return (
        "The story of the flood\nThe river rose and the town of Dorn waited .\n"
        "MARA VELK : Once a year the river floods the lower town .\n"
        f"{filler}\nI told my brother that the river would rise again before the spring .\n"
        "He did not listen ."
    )


def test_a_first_person_read_back_to_a_far_heading_is_withheld(pipeline: Pipeline) -> None:
    text = _flood_page(40)
    q = quote_with(pipeline, text, "the river would rise again")
    assert q.speaker is not None
    assert q.speaker.resolution == "withheld"
    assert q.speaker.name is None
    assert q.stated  # still listed, as said by someone the reader is not told
    assert text[q.speaker.start : q.speaker.end] == "I"  # the source span PolNeAR scores
    assert q.speaker.resolved_from is not None
    assert q.speaker.resolved_from.text == "MARA VELK"  # what was found and not trusted


def test_a_pronoun_near_its_antecedent_is_still_shown(pipeline: Pipeline) -> None:
    filler = " ".join(f"Stall number {i} at the Dorn fair sold bread and honey ." for i in range(5))
    text = (
        "Tomas Velk , the mayor of Dorn , said the autumn fair would open on Monday . "
        f"{filler} He said the stalls would stay open until the first frost ."
    )
    q = quote_with(pipeline, text, "the stalls would stay open")
    assert q.speaker is not None
    assert (q.speaker.resolution, q.speaker.name) == ("pronoun", "Tomas Velk")


def _sentences(n: int) -> list[Sentence]:
    return [Sentence(10 * i, 10 * i + 9) for i in range(n)]


def _he(sentence: int, antecedent_sentence: int, resolution: str = "pronoun") -> Speaker:
    evidence = Span(10 * antecedent_sentence, 10 * antecedent_sentence + 5, "Ruiz")
    at = 10 * sentence + 1
    return Speaker("he", at, at + 2, "Ana Ruiz", True, resolution, evidence)  # type: ignore[arg-type]


def _is_withheld(speaker: Speaker) -> bool:
    """Whether `speaker`, the one source of an 80-sentence text, is withheld."""
    quote = Quote(speaker.start or 0, (speaker.start or 0) + 4, "soon", "indirect", "said", speaker)
    (out,) = withhold_far([quote], _sentences(80))
    return out.speaker is not None and out.speaker.resolution == "withheld"


def test_the_limit_is_the_number_of_sentences_between() -> None:
    assert not _is_withheld(_he(MAX_ANTECEDENT_SENTENCES, 0))
    assert _is_withheld(_he(MAX_ANTECEDENT_SENTENCES + 1, 0))
    assert _is_withheld(_he(70, 2, "relative"))
    assert _is_withheld(_he(70, 2, "continuation"))


def test_a_name_or_description_written_at_the_source_is_never_withheld() -> None:
    # a transcript's surname label read back to the full name far above is its own source
    assert not _is_withheld(_he(70, 0, "name"))
    assert not _is_withheld(_he(70, 0, "description"))
    assert not _is_withheld(Speaker("he", 701, 703, None, False, "unresolved"))


def test_withheld_speakers_say_why_in_json() -> None:
    sentences = _sentences(80)
    far = Quote(705, 709, "soon", "indirect", "said", _he(70, 0))
    near = Quote(105, 109, "late", "indirect", "said", _he(10, 8))
    out = withhold_far([far, near], sentences)
    assert out[1] == near
    shown = out[0].speaker
    assert shown is not None
    assert (shown.name, shown.canonical, shown.resolution) == (None, None, "withheld")
    article = Article(id="t", text="x" * 800, sentences=tuple(sentences), quotes=tuple(out))
    speaker = json.loads(json.dumps(article_to_json(article)))["quotes"][0]["speaker"]
    assert speaker["resolution"] == "withheld"
    assert speaker["resolved_from"]["text"] == "Ruiz"
    assert speaker["canonical"] is None
    assert article_from_json(article_to_json(article)).quotes[0].speaker == shown


def test_a_withheld_speaker_is_stored_and_read_back_with_its_candidate(tmp_path: Path) -> None:
    sentences = _sentences(80)
    (quote,) = withhold_far([Quote(705, 709, "soon", "indirect", "said", _he(70, 0))], sentences)
    article = Article(
        id="a1", text="x" * 800, content_hash="c1", sentences=tuple(sentences), quotes=(quote,)
    )
    with SQLiteStore(tmp_path / "store.db") as store:
        store.put_article(article)
        got = store.get_article("a1")
    assert got is not None
    assert got.quotes == (quote,)


def test_a_name_written_again_near_the_pronoun_keeps_the_speaker() -> None:
    """A transcript introduces its guest once ("Ana Ruiz") and labels each turn again
    ("RUIZ :"): the guest's "I said" deep in the talk is read back to the introduction,
    far away, but the label just before it is evidence enough."""
    sentences = _sentences(80)
    far = Quote(705, 709, "soon", "indirect", "said", _he(70, 0))
    label = Speaker("RUIZ", 681, 685, "Ana Ruiz", True, "name", Span(0, 8, "Ana Ruiz"))
    turn = Quote(688, 699, "words", "direct", ":", label)
    assert withhold_far([turn, far], sentences)[1] == far
    named = EntityMention(650, 658, "Ana Ruiz", "PERSON", "Ana Ruiz")
    assert withhold_far([far], sentences, [named]) == [far]
    # the same name written only long before (or only after) the pronoun is no evidence
    early = EntityMention(20, 28, "Ana Ruiz", "PERSON", "Ana Ruiz")
    later = EntityMention(760, 768, "Ana Ruiz", "PERSON", "Ana Ruiz")
    (shown,) = withhold_far([far], sentences, [early, later])
    assert shown.speaker is not None and shown.speaker.resolution == "withheld"


def _said(sentence: int, speaker: Speaker) -> Quote:
    return Quote(10 * sentence + 5, 10 * sentence + 9, "soon", "indirect", "said", speaker)


def _source(word: str, sentence: int, antecedent_sentence: int, name: str = "Ana Ruiz") -> Speaker:
    he = _he(sentence, antecedent_sentence)
    return replace(he, text=word, canonical=name)


def test_a_running_chain_of_he_said_keeps_its_first_name() -> None:
    """A profile names its subject once, then "she said" every few sentences: each "she"
    is read back to the first name, the later ones far from it, but the previous "she"
    shown as the same name is near; the distance counts from there."""
    sentences = _sentences(100)
    chain = [_said(k, _source("she", k, 0)) for k in (20, 45, 70, 95)]
    assert withhold_far(chain, sentences) == chain
    # quotes given out of text order are read in source order all the same
    assert withhold_far(chain[::-1], sentences) == chain[::-1]


def test_a_chain_holds_only_through_kept_he_or_she_of_the_same_name() -> None:
    sentences = _sentences(100)

    def resolutions(quotes: list[Quote]) -> list[str | None]:
        return [
            q.speaker.resolution if q.speaker else None for q in withhold_far(quotes, sentences)
        ]

    # a first person does not chain: a comment page's run of "I think" read back to one
    # far heading stays withheld (the case the rule exists for)
    first_person = [_said(k, _source("I", k, 0)) for k in (20, 45, 70)]
    assert resolutions(first_person) == ["pronoun", "withheld", "withheld"]
    # a "he" itself withheld is no link for the next one
    broken = [_said(k, _source("he", k, 0)) for k in (40, 60)]
    assert resolutions(broken) == ["withheld", "withheld"]
    # a "he" shown as another name is no link either
    other = [_said(20, _source("he", 20, 0, "Tom Hale")), _said(45, _source("he", 45, 0))]
    assert resolutions(other) == ["pronoun", "withheld"]


def test_a_profile_quoting_he_said_all_the_way_down_keeps_its_speaker(pipeline: Pipeline) -> None:
    steps = " ".join(
        f'The board met on day {i} and reviewed the plan . "Step {i} is done , " he said .'
        for i in range(35)
    )
    text = (
        'Tom Hale , the new harbour master of Brenton , arrived on Monday . "It is a big job , " '
        f'he said . {steps} "We will dredge the channel by spring , " he said .'
    )
    q = quote_with(pipeline, text, "dredge the channel")
    assert q.speaker is not None
    assert (q.speaker.resolution, q.speaker.name) == ("pronoun", "Tom Hale")


# -- a bare anaphoric description read back to nothing (withhold21, session 41) ------------


def test_a_bare_the_company_read_back_to_nothing_is_withheld(pipeline: Pipeline) -> None:
    text = "Grain prices rose sharply this week . The company said it would close two mills ."
    q = quote_with(pipeline, text, "it would close two mills")
    assert q.speaker is not None
    assert (q.speaker.resolution, q.speaker.name) == ("withheld", None)
    assert q.speaker.resolved_from is None  # nothing was found: the JSON says so
    assert q.stated  # still listed, as said by someone the reader is not told
    assert text[q.speaker.start : q.speaker.end] == "The company"  # the span PolNeAR scores


def test_the_company_named_before_and_a_new_unnamed_source_are_still_shown(
    pipeline: Pipeline,
) -> None:
    named = "Kestrel Mining posted a loss on Monday . The company said it would close two pits ."
    q = quote_with(pipeline, named, "it would close two pits")
    assert q.speaker is not None and q.speaker.name == "Kestrel Mining"
    fresh = "Grain prices rose in Varn this week . A spokesman said the mills would stay open ."
    q = quote_with(pipeline, fresh, "the mills would stay open")
    assert q.speaker is not None
    assert (q.speaker.resolution, q.speaker.name) == ("description", "A spokesman")


def _described(text: str, **kw: object) -> Speaker:
    return replace(Speaker(text, 40, 40 + len(text), None, False, "description"), **kw)  # type: ignore[arg-type]


def test_which_descriptions_are_bare_anaphors() -> None:
    for bare in ("The company", "the firm", "this person", "that panel", "its executives"):
        assert bare_anaphor(_described(bare)), bare
    for kept in (
        "a spokesman",  # a new source, introduced unnamed
        "one official",
        "his colleagues",  # someone's, and the text says whose
        "The Courier",  # a name
        "the senior aide",  # more than a bare noun
        "the 2nd",
        "The police",  # a body the country has one of: named as fully as the text can
        "The government",
        "The army",
        "The report",  # a writing: the document is the source
    ):
        assert not bare_anaphor(_described(kept)), kept
    # read back to a fuller source, or given a name: shown as that
    assert not bare_anaphor(_described("the aide", resolved_from=Span(0, 20, "a senior aide")))
    assert not bare_anaphor(_described("the firm", canonical="Torvald Mills", named=True))
    # only a description: a role or a pronoun is resolved or not by its own rules
    assert not bare_anaphor(_described("the minister", resolution="role"))


def test_withheld_bare_anaphors_keep_their_span_and_say_why_in_json() -> None:
    bare = Quote(60, 70, "soon", "indirect", "said", _described("The company"))
    fresh = Quote(80, 90, "late", "indirect", "said", _described("A spokesman", start=75))
    out = withhold_bare([bare, fresh], [Sentence(0, 30), Sentence(31, 100)])
    assert out[1] == fresh
    shown = out[0].speaker
    assert shown is not None
    assert (shown.text, shown.start, shown.name, shown.resolution) == (
        "The company",
        40,
        None,
        "withheld",
    )
    article = Article(id="t", text="x" * 100, quotes=tuple(out))
    speaker = json.loads(json.dumps(article_to_json(article)))["quotes"][0]["speaker"]
    assert (speaker["resolution"], speaker["resolved_from"]) == ("withheld", None)
    assert article_from_json(article_to_json(article)).quotes[0].speaker == shown


def test_a_bare_description_opening_the_text_is_shown() -> None:
    """A short notice opening on "The mayor said" introduces its mayor as the one the reader
    knows; only after the first sentence does a bare "the X" point back."""
    opening = Quote(15, 30, "soon", "indirect", "said", replace(_described("The mayor"), start=0))
    later = Quote(60, 70, "soon", "indirect", "said", _described("The mayor"))
    sentences = [Sentence(0, 30), Sentence(31, 100)]
    assert withhold_bare([opening], sentences) == [opening]
    (held,) = withhold_bare([later], sentences)
    assert held.speaker is not None and held.speaker.resolution == "withheld"
    assert withhold_bare([later], []) == [later]  # no sentences: nothing is known to precede


def test_the_police_with_nothing_to_read_back_to_stay_shown(pipeline: Pipeline) -> None:
    text = (
        "Thieves broke into the Venmouth museum on Friday night . The police said no one was hurt ."
    )
    q = quote_with(pipeline, text, "no one was hurt")
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.resolution) == ("The police", "description")
