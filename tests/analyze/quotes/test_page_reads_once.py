"""Questions the quote stage asks of a whole page are answered once per page, or from the
names near the place asked about, with the answer the full reading gives (colons.py,
handles.py, titled.py, turns.py, full_names.py, mark_owner.py). Every text is invented."""

from __future__ import annotations

import re

from storyline.analyze.intervals import OffsetIndex
from storyline.analyze.quotes.colons import _COLON, _places_only, _segments, reader_chat
from storyline.analyze.quotes.discourse import Discourse
from storyline.analyze.quotes.full_names import FullNames
from storyline.analyze.quotes.handles import reader_handle
from storyline.analyze.quotes.mark_owner import (
    _CLOSED_SENTENCE,
    _closed_quote_between,
    _quote_closed_before,
)
from storyline.analyze.quotes.marks import QuoteMark, find_quoted
from storyline.analyze.quotes.names_near import NamesNear
from storyline.analyze.quotes.record import Attribution
from storyline.analyze.quotes.titled import _noun_places, _titled_by_noun, titled_one
from storyline.analyze.quotes.turns import _first_in_case, _written_in_case
from storyline.model import EntityMention


def _mentions(text: str, names: list[tuple[str, str]]) -> list[EntityMention]:
    out = []
    for name, label in names:
        for m in re.finditer(re.escape(name), text):
            out.append(EntityMention(m.start(), m.end(), name, label))
    return sorted(out, key=lambda e: e.start)


CHAT = (
    "Film producer Ana Ruiz was online Wednesday to discuss her film .\n"
    "Marek Bros. : I enjoyed the program last evening .\n"
    "Veska City : A wonderful show . Does the bank retain its power ?\n"
    "Dorvan , Tarvo and Kestra : 3 cases each .\n"
    "Anonymous : When will it be a good time to buy a house again ?"
)
CHAT_NAMES = [
    ("Ana Ruiz", "PERSON"),
    ("Marek Bros.", "ORG"),
    ("Veska City", "GPE"),
    ("Dorvan", "GPE"),
    ("Tarvo", "GPE"),
    ("Kestra", "GPE"),
]


def test_a_page_is_cut_into_segments_once() -> None:
    assert _segments(CHAT) is _segments(CHAT)
    assert [CHAT[a:b].split(" :")[0] for a, b, _mid in _segments(CHAT)][1:3] == [
        "Marek Bros.",
        "Veska City",
    ]


def test_places_only_from_the_names_near_the_label_as_from_all() -> None:
    entities = _mentions(CHAT, CHAT_NAMES)
    near = NamesNear(entities)
    answers = []
    for line in re.finditer(r"[^\n]+", CHAT):
        m = _COLON.match(CHAT, line.start(), line.end())
        if m is None:
            continue
        a, b = m.start(1), m.end(1)
        answers.append(_places_only(CHAT, a, b, near.around(a, b)))
        assert answers[-1] == _places_only(CHAT, a, b, entities)
    assert answers == [False, True, True, False]  # "Marek Bros." no place; "Anonymous" none


def test_a_reader_handle_is_read_from_the_page_once() -> None:
    entities = _mentions(CHAT, CHAT_NAMES)
    d = Discourse(CHAT, entities)
    handle = CHAT.index("Marek Bros.")
    assert reader_chat(CHAT, entities)
    assert reader_handle(d, handle, handle + len("Marek Bros."))
    assert reader_handle(d, handle, handle + len("Marek Bros."))  # asked again: same answer
    plain = "Marek Bros. : We will close the Veska plant in May ."
    other = Discourse(plain, _mentions(plain, CHAT_NAMES[1:3]))
    assert not reader_chat(plain, other.entities)
    assert not reader_handle(other, 0, len("Marek Bros."))


TITLED = (
    "The developer boasted of the towers . Billionaire developer Piet Varnek has frozen "
    "the plan . The author spoke later . Lena Ortiz , the author , signed it ."
)


def test_titled_one_remembers_each_noun() -> None:
    d = Discourse(TITLED, _mentions(TITLED, [("Piet Varnek", "PERSON"), ("Lena Ortiz", "PERSON")]))
    developer = titled_one(d, ["the", "developer"], 0)
    assert developer is not None and developer.text == "Piet Varnek"
    assert titled_one(d, ["the", "developer"], 0) is developer
    assert developer == _titled_by_noun(d, "developer")
    author = titled_one(d, ["the", "author"], TITLED.index("The author"))
    assert author is not None and author.text == "Lena Ortiz"
    assert titled_one(d, ["the", "mayor"], 0) is None is _titled_by_noun(d, "mayor")


TRANSCRIPT = (
    "ANA VELL , HOST : Good evening .\nTonight Ana Vell talks to TOM HALE .\nHALE : Thank you .\n"
)


def test_a_name_written_in_case_is_searched_once_per_page() -> None:
    for name in ("ANA VELL", "TOM HALE", "NOBODY HERE"):
        assert _written_in_case(TRANSCRIPT, name) == _first_in_case(TRANSCRIPT, name)
        assert _written_in_case(TRANSCRIPT, name) == _first_in_case(TRANSCRIPT, name)
    found = _written_in_case(TRANSCRIPT, "ANA VELL")
    assert found is not None and found.text == "Ana Vell"
    assert _written_in_case(TRANSCRIPT, "TOM HALE") is None


def test_noun_places_every_place_in_any_case_overlapping_ones_too() -> None:
    text = "The Developer met a developer ; nanana , NANA and banana ."
    for noun in ("developer", "nana", "ana", "absent"):
        slow = [m.start() for m in re.finditer(f"(?i)(?={noun})", text)]
        assert _noun_places(text, noun) == slow
    nanana, banana = text.index("nanana"), text.index("banana")
    assert _noun_places(text, "nana") == [nanana, nanana + 2, text.index("NANA"), banana + 2]


def _walked_known(d: Discourse, wanted: set[str], before: int) -> EntityMention | None:
    found: dict[str, EntityMention] = {}
    for e in d.entities[:before]:
        name = e.canonical or e.text
        if e.label != "PERSON" or " " not in name or d.credits.covers(e.start):
            continue
        parts = {w.casefold() for w in name.split()}
        if wanted <= parts and wanted & {name.split()[-1].casefold()}:
            found[name] = e
    return next(iter(found.values())) if len(found) == 1 else None


KNOWN = (
    "By Tom Hale\nMarisol Quenby opened the clinic . Ivo Quenby , her son , joined . "
    "Marisol Quenby said more . Dana Vell Ruiz came . Lind said . Ana Lind left ."
)


def test_full_names_by_surname_as_the_walk() -> None:
    names = [
        ("Tom Hale", "PERSON"),
        ("Marisol Quenby", "PERSON"),
        ("Ivo Quenby", "PERSON"),
        ("Dana Vell Ruiz", "PERSON"),
        ("Ana Lind", "PERSON"),
        ("Lind", "PERSON"),
    ]
    d = Discourse(KNOWN, _mentions(KNOWN, names))
    full = FullNames(d)
    wanted_sets = [{"quenby"}, {"marisol", "quenby"}, {"ruiz"}, {"vell"}, {"hale"}, {"lind"}]
    for wanted in wanted_sets:
        for before in range(len(d.entities) + 1):
            assert full.only_one(wanted, before) == _walked_known(d, wanted, before)
    last_marisol = full.only_one({"marisol", "quenby"}, len(d.entities))
    assert last_marisol is not None and last_marisol.start == KNOWN.rindex("Marisol")
    assert full.only_one({"quenby"}, len(d.entities)) is None  # two Quenbys
    assert full.only_one({"hale"}, len(d.entities)) is None  # a byline's name


MARKED = (
    "Ruiz asked Brask , “Was it late?” “Yes,” he responded . "
    "“We won.”   “We will win again,” Ruiz said . “It rained.” Pike left ."
)


def _walked_closed_between(a: Attribution, m: QuoteMark, marks: list[QuoteMark]) -> bool:
    return any(
        a.cue_end <= o.start
        and o.end <= m.start
        and not MARKED[o.end : m.start].strip()
        and _CLOSED_SENTENCE.search(MARKED, o.start, o.end) is not None
        for o in marks
    )


def _walked_closed_before(a: Attribution, m: QuoteMark, marks: list[QuoteMark]) -> bool:
    if a.cue_start < m.end or not _CLOSED_SENTENCE.search(MARKED, m.start, m.end):
        return False
    return any(m.end <= o.start and o.end <= a.cue_start for o in marks)


def test_closed_quotes_around_a_cue_from_the_marks_by_place_as_the_walk() -> None:
    marks = find_quoted(MARKED)
    assert len(marks) == 5
    by_start = OffsetIndex(marks, lambda o: o.start)
    by_end = OffsetIndex(marks, lambda o: o.end)
    cues = []
    for verb in ("asked", "responded", "said", "left"):
        at = MARKED.index(verb)
        cues.append(Attribution(at, at + len(verb), verb, None, None))
    for a in cues:
        for m in marks:
            assert _closed_quote_between(MARKED, a, m, by_end) == _walked_closed_between(
                a, m, marks
            )
            assert _quote_closed_before(MARKED, a, m, by_start) == _walked_closed_before(
                a, m, marks
            )
    asked, said = cues[0], cues[2]
    assert _closed_quote_between(MARKED, asked, marks[1], by_end)  # “Was it late?” “Yes,”
    assert _quote_closed_before(MARKED, said, marks[2], by_start)  # “We won.” “We will ...”
