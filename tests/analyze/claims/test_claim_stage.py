"""The claims stage on real spaCy output, with and without timexes."""

from __future__ import annotations

import pytest

from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Sentence


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "quotes", "claims"])


TEXT = (
    "The Gaza health ministry said Israel's offensive has killed more than 32,000 people in Gaza. "
    "About 1.2 million people have been displaced. The US pledged $75m in aid. "
    "Seventy percent of them were women, according to the ministry. Officers arrested six men. "
    "A 120mm shell hit the 3rd floor in 2023."
)


def test_claims_have_value_qualifier_category_and_unit(pipeline: Pipeline) -> None:
    art = pipeline.run(Article(id="c", text=TEXT, published="2024-03-20"))
    by_value = {c.value: c for c in art.claims}
    killed = by_value[32000]
    assert killed.qualifier == "more_than" and killed.category == "killed"
    assert killed.unit == "people" and killed.location == "Gaza"
    assert killed.as_of == "2024-03-20"
    assert killed.speaker is not None and "ministry" in killed.speaker
    assert by_value[1_200_000].category == "displaced" and by_value[1_200_000].qualifier == "about"
    assert by_value[75_000_000].category == "money" and by_value[75_000_000].unit == "USD"
    assert by_value[70].category == "percent"
    assert by_value[6].category == "arrested"
    assert 120 not in by_value and 3 not in by_value and 2023 not in by_value
    for c in art.claims:
        assert TEXT[c.start : c.end] == c.text


def test_as_of_uses_the_sentence_date_when_the_time_stage_gave_one(pipeline: Pipeline) -> None:
    art = pipeline.run(Article(id="c", text=TEXT, published="2024-03-20"))
    first = art.sentences[0]
    dated = (Sentence(first.start, first.end, "2024-03-18", "timex"), *art.sentences[1:])
    from storyline.analyze.claims import extract_claims

    claims = extract_claims(
        Article(id="c", text=TEXT, published="2024-03-20", sentences=dated, entities=art.entities)
    )
    assert {c.value: c.as_of for c in claims}[32000] == "2024-03-18"


def test_a_figure_compared_with_an_earlier_date_is_as_of_that_date() -> None:
    timed = Pipeline(["sentences", "entities", "quotes", "time", "claims"])
    text = (
        "Ford said its share of the US car market rose to 17%, up from 14% a year ago. "
        "Sales fell 42% from a year earlier. "
        "GM is seeking to cut 31,500 jobs by 2012."
    )
    art = timed.run(Article(id="f", text=text, published="2010-03-03"))
    as_of = {c.text.split()[0]: c.as_of for c in art.claims}
    assert as_of["17%"] == "2010-03-03"
    assert as_of["14%"] == "2009"
    assert as_of["42%"] == "2010-03-03"  # the fall is today's news
    assert as_of["31,500"] == "2010-03-03"  # a deadline dates no figure


def test_undated_article_has_no_as_of(pipeline: Pipeline) -> None:
    art = pipeline.run(Article(id="u", text="Six people were injured."))
    assert [(c.value, c.category, c.as_of) for c in art.claims] == [(6, "injured", None)]


def test_ten_thousand_word_paragraph_and_junk_numbers(pipeline: Pipeline) -> None:
    sentence = "officials said that 3,000 people were killed and “it never closes so on"
    words = sentence.split(" ")
    big = " ".join(words[i % len(words)] for i in range(10_000))
    art = pipeline.run(Article(id="big", text=big + "\n\nCounts 1,2,3 and 10^6 here."))
    assert art.text.endswith("10^6 here.")
    assert all(q.end - q.start <= 2000 for q in art.quotes)
    assert {c.value for c in art.claims} == {3000}
    assert all(c.category == "killed" for c in art.claims)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The primary UK index, the FTSE 100, dropped 3% on Monday.", ["3%"]),
        ("The CAC 40 and DAX 30 indices each closed down.", []),
        ("Japan's Nikkei 225 fell 406.51 points.", ["406.51 points"]),
        # a place, a person or a weekday before the number: still a count
        ("In Gaza 30 people were killed on Friday.", ["30 people"]),
        ("He met Obama 3 times.", ["3 times"]),
        ("Officials said Tuesday 30 people died.", ["30 people"]),
    ],
)
def test_a_number_inside_a_name_is_no_count(
    pipeline: Pipeline, text: str, counts: list[str]
) -> None:
    art = pipeline.run(Article(id="n", text=text))
    assert [c.text for c in art.claims] == counts


def test_a_pronoun_nobody_was_found_for_is_no_claims_speaker(pipeline: Pipeline) -> None:
    # only a man is named before "She": the pronoun is left unresolved, and the claim is
    # said by nobody a reader can be shown, never by "She"
    text = (
        "Tom Hale spoke on Monday . `` It is bad , '' he said . "
        "She said 41 people had been pulled alive from the river ."
    )
    art = pipeline.run(Article(id="p", text=text, published="2024-03-20"))
    pulled = [c for c in art.claims if c.value == 41]
    assert pulled and pulled[0].speaker is None
    assert all(c.speaker is None or c.speaker.casefold() != "she" for c in art.claims)


def test_a_count_someone_is_only_suspected_of_is_not_confirmed(pipeline: Pipeline) -> None:
    text = (
        "Health officials are tracking a new virus suspected of killing more than 80 people "
        "in Belmora. A storm killed 12 people in Dunmore."
    )
    art = pipeline.run(Article(id="s", text=text, published="2012-03-05"))
    by_value = {c.value: c for c in art.claims}
    assert by_value[80].category == "killed" and by_value[80].certainty == "suspected"
    assert by_value[12].certainty is None


def test_an_amount_named_through_of_is_for_the_noun_it_modifies(pipeline: Pipeline) -> None:
    text = "Lawmakers debated the formal name of the $450 billion government rescue on Tuesday."
    art = pipeline.run(Article(id="n", text=text, published="2012-03-05"))
    (claim,) = art.claims
    assert claim.category == "money" and claim.subject == "rescue"
    text = "Add almost $90 billion of road spending, and the Varnish deficit doubles."
    art = pipeline.run(Article(id="n", text=text, published="2012-03-05"))
    (claim,) = art.claims
    assert claim.category == "money" and claim.subject == "spending"


def test_potential_cases_are_not_confirmed(pipeline: Pipeline) -> None:
    text = "The Belmora hotline has received more than 300 potential cases of the Tamsin virus."
    art = pipeline.run(Article(id="p", text=text, published="2012-03-05"))
    (claim,) = art.claims
    assert claim.category == "cases" and claim.certainty == "suspected"


def test_sport_statistics_count_no_persons(pipeline: Pipeline) -> None:
    text = (
        "Dario Venn missed an open three late in the game and had 8 assists . "
        "The Velmar army killed a further 12 on Monday ."
    )
    art = pipeline.run(Article(id="s", text=text, published="2012-06-01"))
    by_value = {c.value: c for c in art.claims}
    assert by_value[3].category == "other"
    assert by_value[8].category == "other" and by_value[8].unit != "people"
    assert by_value[12].category == "killed"


def test_a_rate_names_no_count_and_a_clock_time_takes_the_day_after_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "Health officials in Varnholt gave new figures on Tuesday. "
        "As of 1700 GMT on 14 March 2011, 40 regions have reported 2,318 cases of the fever, "
        "including 97 deaths. That would be four deaths in every 1,000 people infected."
    )
    # the time stage dates the figures here, so it runs too
    art = Pipeline(["sentences", "entities", "time", "quotes", "claims"]).run(
        Article(id="r", text=text, published="2011-03-16")
    )
    by_value = {c.value: c for c in art.claims}
    assert by_value[2318].as_of == "2011-03-14" and by_value[97].as_of == "2011-03-14"
    assert 1000 not in by_value and 4 not in by_value


def test_a_count_given_as_or_estimated_at_a_figure_is_of_its_object(pipeline: Pipeline) -> None:
    text = (
        "Figures issued in Orla gave the number of recorded fever cases as 4,180 across the "
        "region. Officials estimated the number of dead at 45."
    )
    art = pipeline.run(Article(id="g", text=text, published="2011-03-16"))
    by_value = {c.value: c for c in art.claims}
    assert by_value[4180].category == "cases"
    assert by_value[45].category == "killed"
