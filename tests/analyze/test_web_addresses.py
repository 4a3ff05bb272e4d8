"""Web addresses are blanked (same offsets) so their lower-case slugs count as no prose."""

from __future__ import annotations

from storyline.analyze.web_addresses import without_addresses


def test_an_address_in_prose_is_blanked_and_the_prose_kept() -> None:
    text = "Read it at https://example.org/2031/brantsoft-buys-vexo today, said brantsoft fans."
    out = without_addresses(text)
    assert len(out) == len(text)
    assert "example" not in out and "buys" not in out
    assert out.endswith("today, said brantsoft fans.")
    assert without_addresses("see www.example.org/vexo now").split() == ["see", "now"]


def test_a_spaced_address_line_is_blanked_whole() -> None:
    text = "http : / / example . org / 2031 / brantsoft - buys - vexo\nBrantsoft Buys Vexo\n"
    out = without_addresses(text)
    assert out.split("\n")[0].strip() == ""
    assert out.split("\n")[1] == "Brantsoft Buys Vexo"


def test_text_without_an_address_is_unchanged() -> None:
    text = "The http protocol and the www were invented long ago; ratio 3:1 / 2."
    assert without_addresses(text) == text


def test_a_company_opening_every_line_is_kept_beside_its_address_slug() -> None:
    from storyline.analyze.entities.canonical import canonicalize
    from storyline.analyze.entities.lead_adverbs import raw_mentions
    from storyline.analyze.nlp import annotate

    # a page head as tokenised copies write it: spaced address, headline, then the lead
    text = (
        "http : / / example . org / 2031 / 09 / brantsoft - vexo - flaw - reaches - every - "
        "version /\n"
        "Brantsoft : Vexo Flaw Reaches Every Version\n"
        "Brantsoft said today that attackers are exploiting a flaw in every version of its "
        "Vexo browser .\n"
        "Brantsoft said a fix would follow from its engineers in Orlanby next week .\n"
    )
    names = [m.canonical for m in canonicalize(text, raw_mentions(text, annotate(text)))]
    assert "Brantsoft" in names
