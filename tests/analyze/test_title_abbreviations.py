"""A rank's or a title's abbreviation the tokenizer splits ("Sgt.", "Lt. Col.", "Msgr.",
"Atty."), read as one token where a name follows (rank46, issue 14): "Marko Velt was
arrested, police Sgt. Dana Quill said." was two sentences and no quote at all. A full
stop that ends a sentence ("was promoted to Sgt. The next day ...") still ends it. Texts
and names invented."""

from __future__ import annotations

import pytest
from quote_helpers import QUOTE_STAGES, quotes_and_speakers

from storyline.analyze.entities.roles import split_title
from storyline.analyze.nlp import load_nlp, sentence_starts
from storyline.analyze.pipeline import Pipeline
from storyline.analyze.sentences import split_sentences
from storyline.analyze.title_abbreviations import TITLE_ABBREVIATIONS


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(QUOTE_STAGES)


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("abbreviation", sorted(TITLE_ABBREVIATIONS))
def test_the_tokenizer_itself_splits_every_listed_abbreviation(abbreviation: str) -> None:
    """The list holds only what needs reading as one token: the tokenizer cuts the stop."""
    words = [t.text for t in load_nlp(("senter",)).make_doc(f"with {abbreviation}. Quill")]
    assert f"{abbreviation}." not in words


@pytest.mark.parametrize("spaced", ["", " "])
@pytest.mark.parametrize("abbreviation", sorted(TITLE_ABBREVIATIONS))
def test_a_title_before_a_name_is_one_token_and_ends_no_sentence(
    abbreviation: str, spaced: str
) -> None:
    title = f"{abbreviation}{spaced}."
    text = f"Kim Velt was arrested near the scene , police {title} Dana Quill said ."
    doc = sentence_starts(text)
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("spaced", ["", " "])
@pytest.mark.parametrize("abbreviation", ["Sgt", "Capt", "Lt", "Det", "Msgr", "Atty", "Cllr"])
def test_a_title_ending_a_sentence_still_ends_it(abbreviation: str, spaced: str) -> None:
    """A function word opens the next sentence: the stop is a sentence end, left split."""
    text = f"Kim Velt was promoted to {abbreviation}{spaced}. The next day he left Velmar ."
    assert len(_sentences(text)) == 2
    assert f"{abbreviation}{spaced}." not in [t.text for t in sentence_starts(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Marko Velt was arrested near the scene, police Sgt. Dana Quill said.",
        "Marko Velt was arrested near the scene , police Sgt . Dana Quill said .",
        "Marko Velt was arrested near the scene, said Lt. Col. Dana Quill, a spokeswoman.",
        "Marko Velt was arrested near the scene, said Sgt. 1st Class Dana Quill.",
        "Marko Velt was arrested near the scene, County Atty. Dana Quill said.",
        "Marko Velt was arrested near the scene, said Capt. Dana Quill of the Velmar police.",
        "The parish will close the school, Msgr. Dana Quill said on Sunday.",
    ],
)
def test_the_holder_of_a_rank_abbreviation_speaks(pipeline: Pipeline, text: str) -> None:
    found = quotes_and_speakers(pipeline, text)
    assert len(found) == 1, found
    assert found[0][0].startswith("Marko Velt was arrested") or "school" in found[0][0]
    assert found[0][1] is not None and found[0][1].endswith("Dana Quill")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Msgr . Quenby", "Quenby"),
        ("Sgt . Quenby", "Quenby"),
        ("Police Ofc. Dana Quill", "Dana Quill"),
        ("Lt . Col . Dana Quill", "Dana Quill"),
        ("Atty. Dana Quill", "Dana Quill"),
    ],
)
def test_a_title_and_its_spaced_stop_are_cut_from_a_persons_name(written: str, name: str) -> None:
    """The recogniser may take the one-token title into the name ("Msgr . Quenby"): the
    name is what follows it, without the title or a stray full stop (". Quenby")."""
    assert split_title(written)[0] == name


def test_a_person_named_again_with_a_title_the_recogniser_kept_is_one_person(
    pipeline: Pipeline,
) -> None:
    text = (
        "The paper spoke with Msgr . Michael L . Quenby , rector of the Velmar cathedral .\n"
        'Msgr . Quenby said Dr . Ana Ruiz is a "kind neighbour" who has served the parish '
        "for years .\n"
        "She has also worked with the Osk food bank .\n"
        '"She was always there for us , " Msgr . Quenby said .'
    )
    shown = {s for _, s in quotes_and_speakers(pipeline, text) if s is not None}
    assert shown == {"Michael L. Quenby"}


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered him held without bail pending his next court hearing April 19 .\n"
        "Osk police Lt . Dana Quill said Marko Velt and Ivo Brell appeared to have been the "
        "targets in the shootings .",
        "The judge ordered him held without bail until May .\n"
        "Velmar police Sgt . Dana Quill said Velt and Brell appeared to have been the targets .",
    ],
)
def test_a_description_the_parse_made_a_second_subject_stays_with_the_name(
    pipeline: Pipeline, text: str
) -> None:
    """The parse makes both "police" and "Quill" subjects of "said": the name speaks."""
    found = dict((q, s) for q, s in quotes_and_speakers(pipeline, text) if "targets" in q)
    assert list(found.values()) == ["Dana Quill"]
