"""What a number counts, read from the parse: category, change, place, cause, as-of date.

Every text here is written for the test (no corpus text).
"""

from __future__ import annotations

import pytest

from storyline.analyze.claims import category_of, claim_range, find_numbers
from storyline.analyze.pipeline import Pipeline
from storyline.model import Article, Claim


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["sentences", "entities", "time", "quotes", "claims"])


def claims_of(pipeline: Pipeline, text: str, published: str | None = "2031-05-12") -> list[Claim]:
    return list(pipeline.run(Article(id="t", text=text, published=published)).claims)


def one(pipeline: Pipeline, text: str, value: float, **kw: str | None) -> Claim:
    found = [c for c in claims_of(pipeline, text, **kw) if c.value == value]  # type: ignore[arg-type]
    assert len(found) == 1, [(c.value, c.text) for c in claims_of(pipeline, text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Rescue crews recovered seven more bodies from the mine overnight.", 7, "increment"),
        ("Police detained another 40 protesters near the square.", 40, "increment"),
        ("The toll climbed by 5 on Tuesday.", 5, "increment"),
        ("The number of people killed in the blast rose to 19 on Tuesday.", 19, "total"),
        ("The official toll now stands at 27.", 27, "total"),
        ("Burials for six of the victims took place on Sunday.", 6, "part"),
        ("Fifteen people died, including 4 children.", 4, "part"),
        ("Fifteen people died, including 4 children.", 15, "total"),
        # one conjunct of several counted groups is a part of the toll, never the whole
        ("The ferry sank, and the captain and 10 other people drowned.", 10, "part"),
        ("Her father and 6 others were killed when the Quenby bridge fell.", 6, "part"),
        ("The shelling killed 10 soldiers and 5 civilians near Dorvan.", 5, "part"),
        ("The shelling killed 10 soldiers and 5 civilians near Dorvan.", 10, "part"),
        # a number shared by the conjuncts counts one group
        ("Police arrested 10 men and women outside the Velmar courthouse.", 10, "total"),
        ("It ignores over 31,000 deaths and a state of hunger in Velmar.", 31000, "total"),
        ("The attack killed 10 and wounded 20 in Marsk.", 10, "total"),
        # "X were among N": N is the whole, X the part
        ("Twelve Velmarian tourists were among 40 people killed in the crash.", 40, "total"),
        ("Twelve Velmarian tourists were among 40 people killed in the crash.", 12, "part"),
        # the counted ones of a clause saying why a level rose were added to it
        ("The toll in Marsk rose to 28 after three bodies were found near the weir.", 3,
         "increment"),
        ("The toll in Marsk rose to 28 after three bodies were found near the weir.", 28,
         "total"),
        ("The number of dead climbed to 52 as rescuers pulled nine bodies from a school.", 9,
         "increment"),
        ("Casualties were high after 40 people died in the Marsk blast.", 40, "total"),
        ("Vell may reach out to Quill, as the two worked together in Marsk.", 2, "total"),
        # "or more" says at least that much: no increment
        ("Towns in Marsk stand to lose $2.2 billion or more in business.", 2.2e9, "total"),
        # a sum "of that" is a part of the sum just named
        ("Quenby Oil had spent $4 billion, about $210 million of that on claims.", 2.1e8,
         "part"),
        ("Quenby Oil had spent $4 billion, about $210 million of that on claims.", 4e9,
         "total"),
        ("Quenby Oil paid $4 million for that.", 4e6, "total"),
    ],
)  # fmt: skip
def test_totals_increments_and_parts(
    pipeline: Pipeline, text: str, value: float, change: str
) -> None:
    assert one(pipeline, text, value).change == change


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a verb setting its object's level: the object is what the number measures
        ("A body found on Sunday brought the final death toll in Velmar to 31.", 31, "killed"),
        ("The new figures pushed the number of people injured in Marsk to 140.", 140, "injured"),
        ("Velmar officials put the death toll at 25 on Monday.", 25, "killed"),
        ("The storm left 14 people dead along the coast.", 14, "killed"),
        ("Hospitals treated 38 wounded after the derailment.", 38, "injured"),
        ("At least 22 climbers remain missing on the glacier.", 22, "missing"),
        ("Boats pulled 61 people to safety and rescued 12 more by noon.", 12, "rescued"),
        ("Officials evacuated 3,000 residents from the valley.", 3000, "evacuated"),
        ("The floods have displaced 90,000 people this month.", 90000, "displaced"),
        ("Police arrested 17 men after the riot.", 17, "arrested"),
        ("The gang is holding 9 tourists hostage in the hills.", 9, "hostages"),
        ("Convoys delivered food to 45,000 families.", 45000, "aided"),
        ("The regional health office confirmed 310 new cases of measles.", 310, "cases"),
        ("The council approved $4 million for repairs.", 4_000_000, "money"),
        ("Turnout fell to 41% in the northern district.", 41, "percent"),
        # "eliminate"/"neutralize" kill only armed people
        ("Troops eliminated 140 militants in the raid on Marsk.", 140, "killed"),
        (
            "Quenby Motors said it wants to eliminate 412, or about a third, of its 1,300 dealers.",
            412,
            "other",
        ),
        ("The carmaker will eliminate 2,000 jobs at its Velmar plant.", 2000, "other"),
    ],
)
def test_categories_come_from_the_words_tied_to_the_number(
    pipeline: Pipeline, text: str, value: float, category: str
) -> None:
    assert one(pipeline, text, value).category == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The outbreak has now reached 12 countries, health officials said.", 12),
        ("The spill spread over 40 miles of beach, killing wildlife.", 40),
        ("Funerals for eleven of the crew were held in the port town.", 11),
        ("The court has heard 14 cases of fraud against the bank this year.", 14),
        ("Relatives waited as divers searched for 30 hours.", 30),
    ],
)
def test_counts_of_other_things_are_not_deaths_or_hostages(
    pipeline: Pipeline, text: str, value: float
) -> None:
    found = [c for c in claims_of(pipeline, text) if c.value == value]
    assert all(c.category not in ("killed", "hostages") for c in found), found


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("A car bomb killed 35 people in the capital on Monday.", 35, "event"),
        ("The death toll has risen to 35, police said on Monday.", 35, "total"),
        ("In all, 35 people have died since the fighting began.", 35, "total"),
        ("Up to 9,000 people could die if the dam fails.", 9000, "projection"),
        ("Malaria kills 400,000 people a year.", 400_000, "rate"),
        ("If the fever reaches 400 people, the clinic will close.", 400, "projection"),
        ("When a lender buys $50 million of bonds, it must hold capital.", 50e6, "projection"),
        ("When the storm hit the coast, it killed 12 people.", 12, "total"),
    ],
)
def test_incidents_running_totals_projections_and_rates(
    pipeline: Pipeline, text: str, value: float, change: str
) -> None:
    assert one(pipeline, text, value).change == change


@pytest.mark.parametrize(
    "text",
    [
        "The singer Mara Holt, 63, was arrested on Sunday.",
        "The former minister died at 91 in his home town.",
        "Tomas Berg, aged 44, was among the injured.",
        "Two sisters, ages 3 and 6, were rescued from the house.",
    ],
)
def test_ages_are_no_counts(pipeline: Pipeline, text: str) -> None:
    values = {c.value for c in claims_of(pipeline, text)}
    assert not values & {63, 91, 44, 3, 6}, values


def test_numbers_in_words_and_exact_millions(pipeline: Pipeline) -> None:
    assert one(pipeline, "Twelve people were injured in the crash.", 12).category == "injured"
    big = one(pipeline, "The port handled 4.1 million containers last year.", 4_100_000)
    assert big.value == 4_100_000  # exactly, not 4099999.999...


def test_an_article_before_a_dollar_sign_is_no_australian_dollar() -> None:
    (n,) = find_numbers("A $20 billion rescue fund was announced.")
    assert n.money == "USD" and n.value == 20_000_000_000
    (aud,) = find_numbers("It paid A$20 billion for the mine.")
    assert aud.money == "AUD"


def test_a_bare_number_is_never_an_as_of_date(pipeline: Pipeline) -> None:
    text = "A reader wrote that 1000 cases were hidden by the clinic."
    found = one(pipeline, text, 1000)
    assert found.as_of == "2031-05-12"  # the publication day, not the year 1000


def test_the_date_of_another_clause_does_not_date_a_figure(pipeline: Pipeline) -> None:
    text = (
        "The mayor said 55 people were still missing and that the search would go on until Friday."
    )
    assert one(pipeline, text, 55).as_of == "2031-05-12"  # not Friday's date
    dated = one(pipeline, "The toll rose to 61 on Saturday, the mayor said.", 61)
    assert dated.as_of == "2031-05-10"


def test_place_attached_to_the_count_and_cause_of_another_event(pipeline: Pipeline) -> None:
    text = "The new virus has killed 80 people in Peru. Ordinary flu kills 300,000 people a year."
    claims = {c.value: c for c in claims_of(pipeline, text)}
    assert claims[80].location == "Peru" and claims[80].cause is None
    assert claims[300_000].cause == "Ordinary flu" and claims[300_000].location is None


def test_qualifiers_become_ranges() -> None:
    more = claim_range(30, "more_than")
    assert more.low == 30 and more.low_open and not more.bounded
    about = claim_range(60, "about")
    assert (about.low, about.high) == (54, 66)
    assert claim_range(9, "at_least").meets(claim_range(9, "exact"))
    assert not claim_range(30, "more_than").meets(claim_range(30, "exact"))
    assert claim_range(26, "exact").below(claim_range(30, "more_than"))


@pytest.mark.parametrize(
    ("text", "value", "certainty"),
    [
        ("Officials in Peru confirmed that 20 people had died from the virus.", 20, "confirmed"),
        ("Forty people are feared dead after the landslide.", 40, "suspected"),
        ("There are 600 suspected cases of measles under investigation.", 600, "suspected"),
        ("The flood killed 12 people, police said.", 12, None),
    ],
)
def test_confirmed_and_suspected_counts(
    pipeline: Pipeline, text: str, value: float, certainty: str | None
) -> None:
    assert one(pipeline, text, value).certainty == certainty


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She has been 100 percent loyal to the party, her aide said.", False),
        ("I am 100 % certain the vote was fair, the mayor said.", False),
        ("The state owns 100 percent of the port.", True),
        ("Turnout rose 100 percent in two years.", True),
        ("Sales rose 100 percent last year.", True),
        ("Fares were 100 percent higher than in May.", True),
    ],
)
def test_a_hundred_percent_of_degree_is_no_figure(
    pipeline: Pipeline, text: str, kept: bool
) -> None:
    """ "100 percent loyal" says how loyal, it reports no quantity."""
    assert any(c.value == 100 for c in claims_of(pipeline, text)) == kept


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("A shell hit the jail yard and killed 14 prisoners on Friday.", 14, "killed"),
        ("Guards wounded 6 detainees during the riot at the camp.", 6, "injured"),
        ("The camp still holds 300 prisoners, the ministry said.", 300, "arrested"),
        ("Officials said 250 refugees crossed the border overnight.", 250, "displaced"),
        ("Radio Veld said about 1,000 prisoners escaped from the Orvane jail.", 1000, "other"),
        ("The rebels released 45 detainees on Sunday, a spokesman said.", 45, "other"),
        ("Some 600 escaped prisoners were seen on the road to Kessin.", 600, "other"),
        ("Nearly 8,000 refugees returned home to Tarvo last month.", 8000, "other"),
        ("Police arrested 17 men after the riot in Kessin.", 17, "arrested"),
        ("Prosecutors charged 2 men in the death of a Kessin teenager.", 2, "other"),
        ("2 men charged in death of Kessin teen", 2, "other"),
        ("Three officers were indicted on Monday over the Tarvo shooting.", 3, "other"),
    ],
)
def test_a_status_nouns_count_takes_the_verb_done_to_it(
    pipeline: Pipeline, text: str, value: float, category: str
) -> None:
    assert one(pipeline, text, value).category == category


def test_people_who_need_help_are_counted_as_in_need_not_by_a_word_describing_them(
    pipeline: Pipeline,
) -> None:
    text = "More than 40,000 people fleeing the floods need shelter, the agency said."
    assert one(pipeline, text, 40000).category == "other"
    assert one(pipeline, "The floods have displaced 90,000 people this month.", 90000).category == (
        "displaced"
    )


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("300 prisoners were held at the Orvane camp", "arrested"),
        ("300 prisoners escaped from the Orvane camp", "other"),
        ("12 hostages freed by the Veld militia", "other"),
        ("4 men charged over the Kessin fire", "other"),
        ("21 dead in the Kessin fire", "killed"),
    ],
)
def test_without_a_parse_the_words_after_a_status_noun_may_end_its_status(
    sentence: str, category: str
) -> None:
    assert category_of(sentence, sentence.index(" "), money=False, percent=False) == category


def test_who_gave_an_amount_is_the_list_member_before_the_relative_pronoun(
    pipeline: Pipeline,
) -> None:
    """The parse hangs "who gave" from the list's first member (Velcor): the giver is the
    member written right before "who"."""
    text = "The donors include Velcor , Branta and Jed Marlow , who gave $ 500,000 to the party ."
    assert one(pipeline, text, 500000).cause == "Jed Marlow"
    # a single antecedent is unchanged
    virus = "The Orvane virus , which has killed 25 people , is still spreading in Veld ."
    assert one(pipeline, virus, 25).cause == "The Orvane virus"


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("The agency failed to detect Arno Vell 's $ 50 billion fraud .", 50e9, "fraud"),
        ("Velden is sitting on almost $ 2 trillion in currency reserves .", 2e12, "reserve"),
        ("Markets in Kessin erased $ 80 billion in paper value .", 80e9, "value"),
        ("He invested $ 5 million in the Orvane mill .", 5e6, "invest"),
        ("The bank lent 40 million dollars to the Orvane mill .", 40e6, "lend"),
    ],
)
def test_what_an_amount_is_is_read_from_its_own_phrase_before_its_verb(
    pipeline: Pipeline, text: str, value: float, subject: str
) -> None:
    """ "money (USD): detect" tells a reader nothing: the noun the amount modifies, or the
    noun after its own "in", says what the money is; else the verb it hangs from."""
    assert one(pipeline, text, value).subject == subject


def test_who_holds_an_amount_of_a_noun_is_the_subject_of_the_verb_holding_that_noun(
    pipeline: Pipeline,
) -> None:
    """ "reserve: $556bn" without its country cannot be used: the bank whose reserves they
    are is the subject of the verb whose object the reserves are."""
    text = "While the Velden central bank has reserves of $ 556 billion , debts grew ."
    found = one(pipeline, text, 556e9)
    assert (found.subject, found.cause) == ("reserve", "the Velden central bank")
    plain = "Officials approved a package of $ 5 billion ."  # no one specific
    assert one(pipeline, plain, 5e9).cause is None
