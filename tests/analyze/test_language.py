"""Language detection and the pipeline's gating of the English-model stages (texts written here)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.analyze.language import SAMPLE_CHARS, detect_language, is_english
from storyline.analyze.pipeline import MAX_ANALYSED_CHARS, NOT_ANALYSED_FLAG, Pipeline
from storyline.model import Article, EntityMention

SPANISH = (
    "Seguimos informando el martes sobre la situación en la capital, donde el gobierno "
    "anunció nuevas medidas para las familias afectadas por las inundaciones."
)
ENGLISH = (
    "The council met on Tuesday to discuss the new budget for schools and roads, "
    "and the mayor said a decision would follow next week."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (SPANISH, "es"),
        (ENGLISH, "en"),
        ("Le gouvernement a annoncé mardi de nouvelles mesures pour les familles touchées.", "fr"),
        (
            "Die Regierung hat am Dienstag neue Maßnahmen für betroffene Familien angekündigt.",
            "de",
        ),
        ("Правительство во вторник объявило о новых мерах для пострадавших семей в регионе.", "ru"),
    ],
)
def test_detects_the_language(text: str, code: str) -> None:
    assert detect_language(text).language == code


def test_too_short_to_tell_is_none_and_treated_as_english() -> None:
    found = detect_language("Hola. OK.")
    assert found.language is None and is_english(found.language)


def test_only_the_opening_sample_is_read() -> None:
    # an English text after a Spanish opening longer than the sample is never seen
    opening = (SPANISH + " ") * (SAMPLE_CHARS // len(SPANISH) + 1)
    assert len(opening) > SAMPLE_CHARS
    assert detect_language(opening + (ENGLISH + " ") * 200).language == "es"
    assert detect_language((ENGLISH + " ") * 200 + opening).language == "en"


class TagsCapitalised:
    """A stand-in English-model stage: every capitalised word is a PERSON."""

    name = "entities"
    requires: frozenset[str] = frozenset()
    assigns = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        import re

        found = tuple(
            EntityMention(m.start(), m.end(), m.group(0), "PERSON")
            for m in re.finditer(r"\b[A-Z][a-z]+", article.text)
        )
        return replace(article, entities=found)


def test_english_stages_are_skipped_for_other_languages_and_the_article_says_so() -> None:
    pipeline = Pipeline([TagsCapitalised()])
    spanish = pipeline.run(Article(id="es", text=SPANISH))
    assert spanish.language == "es"
    assert spanish.entities == ()  # never "Seguimos" as a PERSON
    (flag,) = [f for f in spanish.flags if f.code == NOT_ANALYSED_FLAG]
    assert "Spanish" in flag.message and "entities" in flag.message
    assert "entities" not in spanish.annotated
    english = pipeline.run(Article(id="en", text=ENGLISH))
    assert english.language == "en" and english.entities
    assert not english.flags


def test_a_language_already_known_is_kept() -> None:
    run = Pipeline([TagsCapitalised()]).run(Article(id="x", text=SPANISH, language="en"))
    assert run.language == "en" and run.entities


def test_a_text_over_the_limit_reaches_no_stage() -> None:
    class Fails:
        name = "sentences"
        requires: frozenset[str] = frozenset()
        assigns = frozenset({"sentences"})

        def __call__(self, article: Article) -> Article:
            raise AssertionError("a model saw the huge text")

    out = Pipeline([Fails()]).run(Article(id="big", text="x" * (MAX_ANALYSED_CHARS + 1)))
    assert [f.code for f in out.flags] == ["too_long_to_analyse"]


# Longer texts written here for the function-word shortcut (`plainly_english`).
ENGLISH_REPORT = (
    "The city said on Monday that it would close two of its bridges for repairs, and "
    "drivers were told to expect delays. Officials have not said how long the work will "
    "take, but a spokeswoman said the first bridge should reopen in the spring."
)
DUTCH_REPORT = (
    "De gemeente heeft maandag gezegd dat twee bruggen voor herstel worden gesloten, en "
    "automobilisten moeten rekening houden met vertraging. Het is nog niet bekend of het "
    "werk lang duurt, maar een woordvoerster zei dat de eerste brug in het voorjaar opengaat."
)
SPANISH_WITH_ENGLISH_NAMES = (
    "El Ayuntamiento de Springfield anunció el lunes que cerrará dos puentes para repararlos. "
    "La empresa Bridge and Road Works for the City dirigirá las obras, que según el alcalde "
    "durarán hasta la primavera, y los conductores deberán buscar otras rutas al centro."
)


def test_plain_english_is_decided_by_its_function_words() -> None:
    from storyline.analyze.language import plainly_english

    assert plainly_english(ENGLISH_REPORT)
    found = detect_language(ENGLISH_REPORT)
    assert found == detect_language(ENGLISH_REPORT + " ")  # deterministic
    assert found.language == "en"


@pytest.mark.parametrize("text", [SPANISH, DUTCH_REPORT, SPANISH_WITH_ENGLISH_NAMES])
def test_other_languages_are_never_taken_for_english_by_the_shortcut(text: str) -> None:
    from storyline.analyze.language import plainly_english

    assert not plainly_english(text)
    assert detect_language(text).language != "en"


def test_too_few_words_for_a_share_go_to_the_detector() -> None:
    from storyline.analyze.language import MIN_SHARE_WORDS, plainly_english

    short = "The mayor said that the bridge will close for the winter."
    assert len(short.split()) < MIN_SHARE_WORDS
    assert not plainly_english(short)


def test_the_shortcut_gives_the_detectors_answer_where_it_decides() -> None:
    from storyline.analyze import language

    for text in (ENGLISH_REPORT, ENGLISH * 3, (ENGLISH + " ") * 40):
        assert language.plainly_english(text[: language.SAMPLE_CHARS])
        ranked = language._identifier().rank(text[: language.SAMPLE_CHARS])
        assert ranked[0][0] == "en"
