"""Entity rules that read far across a page stop as soon as their answer is known, or look
it up in an index built once, with the answer the full reading gave (resolve.within_a_sentence,
body_forms._credited, role_words._NameHeads, edges._long_names, mentions._cut_run_in,
company_parts._leads and _tails, given_name_joins._never_read_as_place)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from storyline.analyze.entities.body_forms import _credited
from storyline.analyze.entities.company_parts import _leads, _tails
from storyline.analyze.entities.edges import _long_names, _with_cut_tail
from storyline.analyze.entities.given_name_joins import _never_read_as_place
from storyline.analyze.entities.mention_labels import (
    PreparedMention,
    cached_name_key,
    read_as_place,
)
from storyline.analyze.entities.mentions import _cut_run_in
from storyline.analyze.entities.prepare import RawMention
from storyline.analyze.entities.resolve import _SENTENCE_END, within_a_sentence
from storyline.analyze.entities.role_words import _NameHeads
from storyline.analyze.entities.roles import leading_role
from storyline.analyze.intervals import OffsetIndex

TEXT = (
    "Marisol Quenby opened the Velmar Falls clinic . Quenby spoke . "
    '"It is over ." Aides left ! Did they ? Quenby stayed .\n'
    "KP reported a loss , while the KP-backed group and KPX said nothing . "
    "Officials at AP quoted nobody ; (AP) reports came later , as XAP cited none ."
)


def _counted(text: str, end: int, start: int) -> bool:
    return len(_SENTENCE_END.findall(text, end, start + 1)) <= 1


def test_within_a_sentence_as_counting_every_end() -> None:
    words = [m.start() for m in re.finditer(r"\S+", TEXT)]
    for a in words:
        for b in words:
            if a <= b:
                assert within_a_sentence(TEXT, a, b) == _counted(TEXT, a, b), (a, b)


def test_within_a_sentence_one_end_between_but_not_two() -> None:
    first = TEXT.index("clinic")
    assert within_a_sentence(TEXT, first, TEXT.index("Quenby spoke"))
    assert not within_a_sentence(TEXT, first, TEXT.index("Aides"))


@pytest.mark.parametrize("letters", ["KP", "AP", "XA", "PX", "QU", "ZZ"])
def test_credited_as_searching_the_whole_page(letters: str) -> None:
    slow = re.search(rf"\b{re.escape(letters)}\s+(?:reported|reports|quoted|cited)\b", TEXT)
    assert _credited(TEXT, letters) == (slow is not None)


def test_credited_letters_need_a_word_start() -> None:
    assert _credited(TEXT, "KP")
    assert _credited(TEXT, "AP")  # "(AP) reports" is no credit, "at AP quoted" is
    assert not _credited("the XAP cited none", "AP")


def _person(name: str, start: int = 0) -> PreparedMention:
    return PreparedMention(start, start + len(name), "PERSON", name, None)


def test_name_heads_as_walking_every_name_also_after_a_cut() -> None:
    work = [
        _person("Victor Hale"),
        _person("Victor Dana Reyes", 20),
        _person("Surgeon Vell", 50),
        PreparedMention(70, 80, "ORG", "Surgeon Hall", None),
        _person("Dana Reyes", 90),
    ]

    def walked(first: str, name: str) -> bool:
        return any(o.name != name and o.name.split(" ", 1)[0] == first for o in work)

    heads = _NameHeads(work)
    for first in ("Victor", "Surgeon", "Dana", "Vell", "Hale"):
        for w in work:
            assert heads.other_than(first, w.name) == walked(first, w.name)
    assert heads.other_than("Surgeon", "Surgeon Vell")  # "Surgeon Hall", a body
    work[3].name = "Hall"  # cut as the pass cuts a person's calling
    heads.renamed("Surgeon Hall", "Hall")
    for first in ("Victor", "Surgeon", "Hall"):
        for w in work:
            assert heads.other_than(first, w.name) == walked(first, w.name)
    assert not heads.other_than("Surgeon", "Surgeon Vell")


def test_long_names_once_each_in_the_order_first_written() -> None:
    text = "Velmar Gardens , Velmar Gardens , Velmar Bank , Velmar Gardens , Velmar Gardens"
    raw = [RawMention(m.start(), m.end(), "GPE") for m in re.finditer(r"Velmar \w+", text)]
    raw[1] = RawMention(raw[1].start, raw[1].end, "FAC")
    assert _long_names(text, raw) == {
        "Velmar": [("Velmar Gardens", "GPE"), ("Velmar Gardens", "FAC"), ("Velmar Bank", "GPE")]
    }
    trust = "Velmar Gardens Trust"
    longer = _long_names(trust, [RawMention(0, len(trust), "ORG")])
    assert longer == {"Velmar": [(trust, "ORG")], "Velmar Gardens": [(trust, "ORG")]}
    for lead, names in longer.items():  # every name starting with the lead and a space
        assert all(name.startswith(lead + " ") for name, _label in names)


def _alone_walked(surface: str, named: Counter[str]) -> bool:
    return named[surface] <= 1 and not any(
        n != surface and n.split()[-1] == surface.split()[-1] for n in named
    )


def test_run_in_place_cut_with_the_names_by_surname() -> None:
    text = "Kestria Dana Vale spoke . Dana Vale left . Ivo Vale came . In Kestria , Kestria wept ."
    places = Counter({"Kestria": 2})
    surnames = {"Vale"}
    for named in (
        Counter({"Kestria Dana Vale": 1, "Dana Vale": 1}),
        Counter({"Kestria Dana Vale": 1, "Dana Vale": 1, "Ivo Vale": 1}),
        Counter({"Kestria Dana Vale": 1}),
    ):
        by_last: dict[str, list[str]] = {}
        for n in named:
            by_last.setdefault(n.split()[-1], []).append(n)
        m = RawMention(0, len("Kestria Dana Vale"), "PERSON")
        cut = _cut_run_in(text, m, places, surnames, named, by_last)
        assert cut == RawMention(len("Kestria "), m.end, "PERSON")  # a place named twice
        once = Counter({"Kestria": 1})
        kept = _cut_run_in(text, m, once, surnames, named, by_last)
        # a place written once is cut only when another full name holds the surname
        alone = _alone_walked("Kestria Dana Vale", named)
        assert (kept == m) == alone


@pytest.mark.parametrize(
    "key", ["tarnby savings bank", "tarnby", "velmar  motors credit co", " lead", "tail ", ""]
)
def test_company_key_leads_and_tails_as_startswith_and_endswith(key: str) -> None:
    words = {key[:i] for i in range(len(key) + 1)} | {key[i:] for i in range(len(key) + 1)}
    assert set(_leads(key)) == {w for w in words if key.startswith(w + " ")}
    assert set(_tails(key)) == {w for w in words if key.endswith(" " + w)}


def _walked_never_as_place(text: str, work: list[PreparedMention], first: str) -> bool:
    alone = [w for w in work if " " not in w.name and cached_name_key(w.name) == first]
    longer = any(
        w.label in {"GPE", "LOC", "FAC"}
        and " " in w.name
        and cached_name_key(w.name.split()[0]) == first
        for w in work
    )
    return (
        bool(alone)
        and not longer
        and all(w.label in {"GPE", "LOC", "FAC"} and not read_as_place(text, w) for w in alone)
    )


def test_a_first_name_never_read_as_a_place_from_its_lone_mentions() -> None:
    text = "Kathra Quenby was shot . Kathra was ten . They flew to Mara . Mara Heights wept ."

    def at(name: str, label: str, after: int = 0) -> PreparedMention:
        start = text.index(name, after)
        return PreparedMention(start, start + len(name), label, name, None)

    work = [
        at("Kathra", "GPE"),
        at("Kathra", "GPE", 10),
        at("Mara", "GPE"),
        at("Mara Heights", "GPE"),
        at("Quenby", "PERSON"),
    ]
    for first in ("kathra", "mara", "quenby", "velm"):
        alone = [w for w in work if " " not in w.name and cached_name_key(w.name) == first]
        longer = any(
            " " in w.name and w.label == "GPE" and cached_name_key(w.name.split()[0]) == first
            for w in work
        )
        assert _never_read_as_place(text, alone, longer) == _walked_never_as_place(
            text, work, first
        )
    assert _never_read_as_place(text, work[:2], False)  # "Kathra": a given name


def test_a_cut_tail_joined_unless_a_mention_near_it_covers_the_words() -> None:
    text = "She rented a Velmar Gardens apartment . In Velmar Gardens , Velmar Gardens Trust met ."
    cut = RawMention(text.index("Velmar"), text.index("Velmar") + len("Velmar"), "NORP")
    whole = RawMention(text.index("Velmar Gardens ,"), text.index(" , V"), "GPE")
    trust_at = text.index("Velmar Gardens Trust")
    trust = RawMention(trust_at, trust_at + len("Velmar Gardens Trust"), "ORG")
    trust_cut = RawMention(trust_at, trust_at + len("Velmar"), "NORP")
    gardens = RawMention(trust_at + len("Velmar "), trust_at + len("Velmar Gardens"), "GPE")
    for raw, expected in (
        ([cut, whole], RawMention(cut.start, cut.start + len("Velmar Gardens"), "GPE")),
        ([trust_cut, gardens, whole, trust], trust_cut),  # "Gardens" is a mention of its own
    ):
        m = raw[0]
        by_start = OffsetIndex(raw, lambda r: r.start)
        longest = max(r.end - r.start for r in raw)
        assert _with_cut_tail(text, m, by_start, longest, _long_names(text, raw)) == expected


@pytest.mark.parametrize(
    "before",
    [
        "",
        "  ",
        "said US Secretary of State ",
        "He met the Dorvanian chief executive Mr ",
        "x " * 3000 + "the former acting Velmar Falls police chief ",
        "(10 a.m. ET) Egyptian President ",
        "heads of A and ",
    ],
)
def test_leading_role_reads_only_the_last_words(before: str) -> None:
    window = before[-200:]
    cut = window[window.find(" ") :] if len(before) > 200 else before  # whole words only
    assert leading_role(before) == leading_role(cut)
