"""Split duplicates in a story's top entities (issue 14, reading18): an opening adverb run
into a name, a company written with and without a designator, a person written by the
initials of the full name, a calling's word run into a name. Texts and names invented."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from entity_spans import names as _names

from storyline.analyze.entities import EntityStage
from storyline.analyze.entities.designators import without_designators
from storyline.analyze.entities.lead_adverbs import raw_mentions
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article


@pytest.fixture(scope="module")
def entity_pipeline() -> Pipeline:
    return Pipeline(["sentences", EntityStage()])


def test_an_opening_adverb_is_no_part_of_the_name(entity_pipeline: Pipeline) -> None:
    text = (
        "Ana Ruiz said her son Edric Torvald had a cold . Luckily Edric recovered , "
        "although he felt bad ."
    )
    art = entity_pipeline.run(Article(id="a", text=text))
    names = {e.text: e.canonical for e in art.entities if e.label == "PERSON"}
    assert "Luckily Edric" not in names
    assert names.get("Edric") == "Edric Torvald"


@dataclass
class _Token:
    text: str
    tag_: str
    idx: int


@dataclass
class _Span:
    tokens: list[_Token]
    label_: str

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> _Token:
        return self.tokens[i]

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        return self.tokens[-1].idx + len(self.tokens[-1].text)


def _doc(text: str, *spans: tuple[str, list[str], str]) -> SimpleNamespace:
    ents, pos = [], 0
    for surface, tags, label in spans:
        start = text.index(surface, pos)
        tokens, at = [], start
        for word, tag in zip(surface.split(), tags, strict=True):
            at = text.index(word, at)
            tokens.append(_Token(word, tag, at))
            at += len(word)
        ents.append(_Span(tokens, label))
        pos = start + len(surface)
    return SimpleNamespace(ents=ents)


def test_only_an_adverb_or_interjection_opening_a_sentence_is_cut() -> None:
    text = "Sadly Dana Pell left . Sunny Hostel came . Will Tarrow agreed . He saw Only Ivo ."
    doc = _doc(
        text,
        ("Sadly Dana Pell", ["RB", "NNP", "NNP"], "PERSON"),
        ("Sunny Hostel", ["JJ", "NNP"], "PERSON"),
        ("Will Tarrow", ["MD", "NNP"], "PERSON"),
        ("Only Ivo", ["RB", "NNP"], "PERSON"),
    )
    got = [text[m.start : m.end] for m in raw_mentions(text, doc)]
    assert got == ["Dana Pell", "Sunny Hostel", "Will Tarrow", "Only Ivo"]


def test_a_designator_folds_into_the_bare_name_the_article_writes() -> None:
    text = (
        "Corvane said the plan had the full resources of the Corvane Group behind it . "
        "Corvane Holdings Co was fined ."
    )
    spans = [("Corvane", "ORG"), ("Corvane Group", "ORG"), ("Corvane Holdings Co", "ORG")]
    assert _names(text, spans) == [("ORG", "Corvane")] * 3


def test_a_designator_stays_without_the_bare_name_or_with_another_first_word() -> None:
    text = "The Corvane Group bought Corvane Foods Group . Corvane Foods Group said so ."
    spans = [("Corvane Group", "ORG"), ("Corvane Foods Group", "ORG")]
    spans += [("Corvane Foods Group", "ORG")]
    got = _names(text, spans)
    assert ("ORG", "Corvane") not in got and ("ORG", "Corvane Foods") not in got
    assert without_designators("Group") == "Group"


def test_initials_of_the_one_full_name_are_that_person() -> None:
    text = "Hollis T. Marbury spoke on the radio . HTM spoke again . What might HTM say now ?"
    spans = [("Hollis T. Marbury", "PERSON"), ("HTM", "PERSON"), ("HTM", "PERSON")]
    assert _names(text, spans) == [("PERSON", "Hollis T. Marbury")] * 3


def test_initials_two_people_share_stay_unresolved() -> None:
    text = "Hollis T. Marbury met Hana T. Mott . HTM spoke ."
    spans = [("Hollis T. Marbury", "PERSON"), ("Hana T. Mott", "PERSON"), ("HTM", "PERSON")]
    assert _names(text, spans)[-1] == ("PERSON", "HTM")


def test_a_calling_run_into_a_full_name_is_a_role() -> None:
    text = "Aquanaut Dara Pell said the dive went well . Dara Pell will dive again ."
    spans = [("Aquanaut Dara Pell", "PERSON"), ("Dara Pell", "PERSON")]
    assert _names(text, spans) == [("PERSON", "Dara Pell")] * 2


def test_a_word_written_in_lower_case_before_a_full_name_is_a_role() -> None:
    text = "Skipper Dara Pell waved . The skipper , Dara Pell , had sailed alone ."
    spans = [("Skipper Dara Pell", "PERSON"), ("Dara Pell", "PERSON")]
    assert _names(text, spans) == [("PERSON", "Dara Pell")] * 2


def test_a_given_name_before_a_full_name_stays() -> None:
    text = "Victor Dara Pell was born here . Dara Pell left . Victor Hale stayed ."
    spans = [("Victor Dara Pell", "PERSON"), ("Dara Pell", "PERSON"), ("Victor Hale", "PERSON")]
    assert _names(text, spans)[0] == ("PERSON", "Victor Dara Pell")


def test_a_titles_initials_run_into_a_full_name_are_a_role() -> None:
    text = "League MVP Dara Pell scored twice . Dara Pell smiled ."
    spans = [("MVP Dara Pell", "PERSON"), ("Dara Pell", "PERSON")]
    assert _names(text, spans) == [("PERSON", "Dara Pell")] * 2


def test_an_opening_participle_or_preposition_is_cut_and_the_name_retyped() -> None:
    text = (
        "Echoing Dorvan 's line , he spoke . `` In the Tarn Basin , ice melts . "
        "Dorvan agreed . The Tarn Basin is cold in May ."
    )
    doc = _doc(
        text,
        ("Echoing Dorvan", ["VBG", "NNP"], "PERSON"),
        ("In the Tarn Basin", ["IN", "DT", "NNP", "NNP"], "WORK_OF_ART"),
        ("Dorvan", ["NNP"], "GPE"),
        ("Tarn Basin", ["NNP", "NNP"], "LOC"),
    )
    got = [(text[m.start : m.end], m.label) for m in raw_mentions(text, doc)]
    assert got[:2] == [("Dorvan", "GPE"), ("Tarn Basin", "LOC")]


def test_a_hyphenated_name_a_mid_sentence_word_or_a_given_name_is_not_cut() -> None:
    text = "In-Q-Vell Labs grew . They met Echoing Vale . Sterling Marr left ."
    doc = _doc(
        text,
        ("In-Q-Vell Labs", ["IN", "NNP"], "ORG"),
        ("Echoing Vale", ["VBG", "NNP"], "PERSON"),
        ("Sterling Marr", ["NNP", "NNP"], "PERSON"),
    )
    got = [text[m.start : m.end] for m in raw_mentions(text, doc)]
    assert got == ["In-Q-Vell Labs", "Echoing Vale", "Sterling Marr"]


def test_a_work_left_by_a_cut_preposition_and_named_nowhere_else_is_dropped() -> None:
    text = "`` In the Vell Shelf , ice melts , '' said Ana Ruiz in May ."
    doc = _doc(
        text,
        ("In the Vell Shelf", ["IN", "DT", "NNP", "NNP"], "WORK_OF_ART"),
        ("Ana Ruiz", ["NNP", "NNP"], "PERSON"),
    )
    got = [(text[m.start : m.end], m.label) for m in raw_mentions(text, doc)]
    assert got == [("Ana Ruiz", "PERSON")]


def test_a_headline_given_name_tagged_a_preposition_is_kept() -> None:
    text = "Barvick Oman presents a plan\nBarvick Oman said so , in a speech ."
    doc = _doc(text, ("Barvick Oman", ["IN", "NNP"], "PERSON"))
    got = [text[m.start : m.end] for m in raw_mentions(text, doc)]
    assert got == ["Barvick Oman"]


def test_a_name_opening_with_an_ing_word_that_is_the_subject_is_not_cut() -> None:
    text = (
        "Rising Star Mining said on Monday it would close the pit . "
        "Echoing Dorvan , Ana Ruiz agreed . Echoing Vell 's call , he left ."
    )
    doc = _doc(
        text,
        ("Rising Star Mining", ["VBG", "NNP", "NNP"], "ORG"),
        ("Echoing Dorvan", ["VBG", "NNP"], "PERSON"),
        ("Ana Ruiz", ["NNP", "NNP"], "PERSON"),
        ("Echoing Vell 's", ["VBG", "NNP", "POS"], "PERSON"),
    )
    got = [text[m.start : m.end] for m in raw_mentions(text, doc)]
    assert got == ["Rising Star Mining", "Dorvan", "Ana Ruiz", "Vell 's"]
