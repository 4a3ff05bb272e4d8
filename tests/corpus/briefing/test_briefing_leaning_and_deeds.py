"""A body's political leaning is no place in a picture (pagetext._in_the_picture), and a
figure in a clause on a person keeps the sentence's source (numbers.narrated). Every text
is invented."""

from __future__ import annotations

from storyline.corpus.briefing.numbers import narrated
from storyline.corpus.briefing.pagetext import unfit_line
from storyline.model import Article, Sentence


def test_a_bodys_leaning_set_off_by_commas_is_no_caption() -> None:
    assert not unfit_line("The Dorvik League , far right , won 12 of the 40 seats on Sunday .")
    assert unfit_line("Mayor Ilse Vark , far right , and Oskar Brell open the footbridge .")


def _one_sentence(text: str) -> Article:
    return Article(id="t:1", text=text, sentences=(Sentence(0, len(text)),))


def test_a_figure_in_a_clause_on_a_person_keeps_the_source() -> None:
    text = "Police said the gunman , who shot 12 people , was 24 ."
    assert not narrated(_one_sentence(text), text.index("12"))
    text = "Police said the fire at the Dorvik mill , which killed 12 people , was arson ."
    assert narrated(_one_sentence(text), text.index("12"))
