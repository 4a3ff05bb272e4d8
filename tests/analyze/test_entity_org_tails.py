"""A body's last word written alone is that body when exactly one body of the article ends
so: a team's nickname, a force's kind; never a word two bodies end in, nor a kind or a
company word shared by many bodies."""

from __future__ import annotations

from entity_spans import mentions as _mentions

from storyline.analyze.entities import canonicalize


def _canon(text: str, spans: list[tuple[str, str]]) -> list[str]:
    return [m.canonical for m in canonicalize(text, _mentions(text, spans))]


def test_a_teams_nickname_is_the_one_team_ending_so() -> None:
    text = (
        "The Velmar Falls Harriers beat Tarn. The Harriers want more, "
        "and the Dorvanian Navy escorted a ship; a Navy spokesman said so."
    )
    spans = [
        ("Velmar Falls Harriers", "ORG"),
        ("Harriers", "ORG"),
        ("Dorvanian Navy", "ORG"),
        ("Navy", "ORG"),
    ]
    assert _canon(text, spans) == [
        "Velmar Falls Harriers",
        "Velmar Falls Harriers",
        "Dorvanian Navy",
        "Dorvanian Navy",
    ]


def test_a_word_two_bodies_end_in_stays_as_written() -> None:
    text = (
        "The Dorvanian Navy and the Kestrian Navy met. The Navy left. "
        "Velmar Harriers and Tarn Harriers drew; the Harriers fans sang."
    )
    spans = [
        ("Dorvanian Navy", "ORG"),
        ("Kestrian Navy", "ORG"),
        ("Navy", "ORG"),
        ("Velmar Harriers", "ORG"),
        ("Tarn Harriers", "ORG"),
        ("Harriers", "ORG"),
    ]
    assert _canon(text, spans)[2] == "Navy"
    assert _canon(text, spans)[5] == "Harriers"


def test_nested_names_give_the_shortest_and_shared_heads_stay() -> None:
    text = (
        "The Velmar Tarn Kestrels and the Tarn Kestrels are one club. The Kestrels won. "
        "The Quenby Holdings board met the Dorvan Parliament; Holdings fell and "
        "Parliament voted. Fans of University of Marrow cheered Marrow."
    )
    spans = [
        ("Velmar Tarn Kestrels", "ORG"),
        ("Tarn Kestrels", "ORG"),
        ("Kestrels", "ORG"),
        ("Quenby Holdings", "ORG"),
        ("Dorvan Parliament", "ORG"),
        ("Holdings", "ORG"),
        ("Parliament", "ORG"),
        ("University of Marrow", "ORG"),
        ("Marrow", "ORG"),
    ]
    out = _canon(text, spans)
    assert out[2] == "Tarn Kestrels"
    assert out[5:] == ["Holdings", "Parliament", "University of Marrow", "Marrow"]


def test_a_word_written_before_the_body_ending_so_is_a_name_of_its_own() -> None:
    # "Orchard" the company, then "the Big Orchard" for a city: no nickname of it
    text = (
        "Kessa signed a deal with Orchard on Monday . Orchard shares rose . "
        "Snow fell on the Big Orchard all week ."
    )
    spans = [("Kessa", "ORG"), ("Orchard", "ORG"), ("Orchard", "ORG"), ("Big Orchard", "ORG")]
    assert _canon(text, spans) == ["Kessa", "Orchard", "Orchard", "Big Orchard"]


def test_a_word_two_bodies_end_in_stays_though_one_is_named_after_it() -> None:
    text = (
        "The Velmar Army left the valley . Democracy under the eyes of the Army is the "
        "only option for Tarn , where the Tarn Army rules ."
    )
    spans = [("Velmar Army", "ORG"), ("Army", "ORG"), ("Tarn", "GPE"), ("Tarn Army", "ORG")]
    assert _canon(text, spans)[1] == "Army"


def test_a_teams_plural_nickname_written_first_is_the_team_named_after_it() -> None:
    text = "The Harriers won again . The Velmar Falls Harriers lead the league ."
    spans = [("Harriers", "ORG"), ("Velmar Falls Harriers", "ORG")]
    assert _canon(text, spans) == ["Velmar Falls Harriers", "Velmar Falls Harriers"]
