"""Reports of one group (a category and kind of unit) lined up as series, with their conflicts.

Within a group, reports fall into classes by subject, place and cause
(`storyline.corpus.ledger.keys`). The class of reports naming no group, place
or cause of their own ("people", "the toll") is the story's main count, the
anchor. Another class joins the anchor's series when its numbers fit the
anchor's ("9 passengers still missing" in a week of "38 people missing"
reports; "more than 32,000 people in Gaza" after "31,000 deaths"); a class
whose numbers do not fit is a different quantity ("25 million killed by the
AIDS virus" in a swine-flu story, "12 children" among 30 dead) and keeps a
series of its own. So a series never mixes quantities its own numbers show
to be different, and no conflict is raised between them.

What the whole story is about reads as no detail at all. A place is a detail
only when the group's reports name more than one: "26 people dead near Sorrel
Bay" in a story whose counts name no other place is the story's toll, while in
an epidemic counted in many countries "Mexico" and "the UK" stay apart. A
cause, or a group of people, naming a thing most of the story's articles name
("MAIN_SHARE") is the story's own: "Israel has killed 32,000" in a story about
Israel and Gaza is the Gaza toll.

Only reports of the whole group ("people", "cases", "confirmed cases", with or
without a place or cause) are checked against each other: counts of a
sub-group ("students", "pupils", "soldiers") are written about many places
and occasions at once ("10 students" in one city, "eight students" in
another), and their numbers are shown, not judged. Nor are reports whose
sentence names only places no two of the story's articles write (a bombing
abroad in a sidebar; judged in stories of five articles or more). Whether a
report is backed by other outlets is asked of the story's main count (the
anchor) only, not of every detail around it.

A sentence carrying the same value in several articles is one report copied
(a wire story): it is one point, naming the copies.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.analyze.claims.ranges import claim_range
from storyline.corpus.ledger.counted import central, disputable, is_counted_group
from storyline.corpus.ledger.keys import (
    CUMULATIVE,
    PERSON_CATEGORIES,
    is_absurd,
    latin_safe_singular,
    whole_group,
)
from storyline.corpus.ledger.numbers import (
    NumberClash,
    comparable,
    day_of,
    number_clashes,
    point_high,
    supports,
)
from storyline.corpus.ledger.records import (
    ClaimSeries,
    Conflict,
    Evidence,
    PointInput,
    SeriesPoint,
    StoryNames,
)

__all__ = ["GroupResult", "build_group", "class_key", "evidence_of"]

ClassKey = tuple[str, str, str]
"""(subject key, location key, cause key)."""
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class GroupResult:
    """The series and number conflicts of one group, and its reports no other outlet backs."""

    group: str
    series: tuple[ClaimSeries, ...]
    conflicts: tuple[Conflict, ...]
    unsupported: tuple[Evidence, ...]
    """Reports in a series several outlets report that no other outlet's report backs."""


def _point(p: PointInput, names: StoryNames) -> SeriesPoint:
    r = claim_range(p.value, p.qualifier)
    return SeriesPoint(
        article=p.article,
        outlet=p.outlet,
        value=p.value,
        low=r.low,
        high=r.high if r.bounded else None,
        qualifier=p.qualifier,
        as_of=p.as_of,
        start=p.start,
        end=p.end,
        text=p.text,
        speaker=p.speaker,
        published=p.published,
        subject=p.subject,
        location=p.location,
        cause=p.cause,
        absurd=is_absurd(p.category, p.value),
        incident=p.incident,
        elsewhere=names.judged and bool(p.places) and not names.known.intersection(p.places),
        places=tuple(sorted(set(p.places) - names.main)),
        measure=p.measure,
        past=p.past,
    )


def _has_name(words: str, names: frozenset[str]) -> bool:
    padded = f" {words} "
    return any(f" {name} " in padded for name in names)


def class_key(p: PointInput, main: frozenset[str], places: frozenset[str]) -> ClassKey:
    """The class of a point once the story's own place and names read as no detail.

    `places`: the places the group's reports name; one alone is the story's own, unless
    the story's articles mostly name other things (`main`) and not it: "31 killed in
    Ostrava" in a story whose articles all name Velden is Ostrava's count, not Velden's toll.
    """
    subject = (
        ""
        if p.subject_key and latin_safe_singular(p.subject_key) in _singulars(main)
        else p.subject_key
    )
    own = len(places) == 1 and (not main or p.location_key in main)
    location = "" if own else p.location_key
    cause = "" if p.cause_key and _has_name(p.cause_key, main) else p.cause_key
    return (subject, location, cause)


def _singulars(names: frozenset[str]) -> frozenset[str]:
    return frozenset(latin_safe_singular(n) for n in names if " " not in n)


def _classes(points: Sequence[PointInput], names: StoryNames) -> dict[ClassKey, list[SeriesPoint]]:
    """Points by class, copies merged: one point per sentence and value, and per article and
    value."""
    ordered = sorted(points, key=lambda p: (p.published or "9999", p.article, p.start))
    places = frozenset(p.location_key for p in points if p.location_key)
    firsts: dict[tuple[ClassKey, str, float], int] = {}
    seen_in_article: set[tuple[ClassKey, str, float, str | None]] = set()
    classes: dict[ClassKey, list[SeriesPoint]] = defaultdict(list)
    for p in ordered:
        key = class_key(p, names.main, places)
        own = (key, p.article, p.value, p.as_of)
        if own in seen_in_article:
            continue
        seen_in_article.add(own)
        copy_key = (key, p.sentence, p.value)
        if p.sentence and copy_key in firsts:
            i = firsts[copy_key]
            first = classes[key][i]
            if p.article != first.article and p.article not in first.copies:
                classes[key][i] = replace(first, copies=(*first.copies, p.article))
            continue
        if p.sentence:
            firsts[copy_key] = len(classes[key])
        classes[key].append(_point(p, names))
    return classes


def _anchor(classes: dict[ClassKey, list[SeriesPoint]]) -> ClassKey | None:
    generic = [k for k in classes if k[0] == ""]
    if not generic:
        return None
    return max(generic, key=lambda k: (k[2] == "", k[1] == "", len(classes[k]), k))


def _fits(a: list[SeriesPoint], b: list[SeriesPoint], cumulative: bool) -> bool:
    """Whether two classes' reports can be one quantity: no clash across them."""
    left = {(p.article, p.start) for p in a}
    for clash in number_clashes([*a, *b], cumulative):
        sides = {(clash.first.article, clash.first.start) in left}
        sides.add((clash.second.article, clash.second.start) in left)
        if len(sides) == 2:
            return False
    return True


def _named_group(points: list[SeriesPoint]) -> bool:
    """Whether a class counts a group the text names by a proper noun ("26 Egyptians",
    "40 Britons"): a people is a place, and its count, however close to the story's toll,
    is that country's. (A people the story is about reads as no detail: `class_key`.)"""
    heads = [p.subject.split()[-1] for p in points if p.subject and p.subject.split()]
    return bool(heads) and all(h[:1].isupper() for h in heads)


IN_LINE_SLACK = 1.25
"""How far outside the anchor's neighbouring values a joining report may lie (x or /)."""
ONE_SIDED_SLACK = 2.0
"""The same, for a report before the anchor's first or after its last dated report."""


def _dated(points: list[SeriesPoint]) -> list[tuple[dt.date, SeriesPoint]]:
    out = [(d, p) for p in points if not p.absurd and (d := day_of(p.as_of)) is not None]
    return sorted(out, key=lambda dp: dp[0])


def _in_line(anchor: list[SeriesPoint], joining: list[SeriesPoint]) -> bool:
    """Whether every report of a class lies among the anchor's reports of nearby days.

    A count of a sub-group ("more than 50 gunmen" in a toll of 31,000) never
    clashes with the total, so fitting is not enough to be the same quantity:
    its values must also lie between (or near) the anchor's values just before
    and just after it ("9 passengers missing" between "38" and "4 missing").
    """
    dated = _dated(anchor)
    if not dated:
        return False
    days = [d for d, _ in dated]
    for p in joining:
        day = day_of(p.as_of)
        if day is None or p.absurd:
            return False
        i = bisect_right(days, day)
        before = [q.value for d, q in dated[:i] if d == dated[i - 1][0]] if i else []
        j = bisect_left(days, day)
        after = [q.value for d, q in dated[j:] if d == dated[j][0]] if j < len(dated) else []
        near = before + after
        slack = IN_LINE_SLACK if before and after else ONE_SIDED_SLACK
        if not min(near) / slack <= p.value <= max(near) * slack:
            return False
    return True


def _series_id(group: str, key: ClassKey, anchor: bool, taken: set[str]) -> str:
    category, _, unit = group.partition("|")
    base = category if unit in ("", "people") else f"{category}-{unit}"
    parts = [] if anchor else [k for k in key if k]
    slug = _SLUG.sub("-", " ".join([base, *parts]).lower()).strip("-") or "series"
    out, n = slug, 2
    while out in taken:
        out, n = f"{slug}-{n}", n + 1
    taken.add(out)
    return out


def evidence_of(p: SeriesPoint) -> Evidence:
    return Evidence(
        article=p.article,
        start=p.start,
        end=p.end,
        text=p.text,
        value=p.value,
        outlet=p.outlet,
        as_of=p.as_of,
        speaker=p.speaker,
    )


def _describe(p: SeriesPoint) -> str:
    where = p.outlet or p.article
    return f"{where} reports {p.text!r} as of {p.as_of or 'an unknown day'}"


def _conflict(clash: NumberClash, series_id: str) -> Conflict:
    a, b = clash.first, clash.second
    if clash.rule == "sources":
        who = a.outlet or a.article
        message = (
            f"sources disagree in {who}: {a.speaker} gives {a.text!r}, {b.speaker} gives "
            f"{b.text!r}, as of {a.as_of or 'an unknown day'}"
        )
    elif clash.rule == "fell":
        message = f"a count that cannot fall is lower later: {_describe(b)}, after {_describe(a)}"
        if clash.more:
            message += f" (and {clash.more} more later reports are lower too)"
    else:
        message = f"different values for the same day: {_describe(a)}; {_describe(b)}"
    return Conflict("number", series_id, message, (evidence_of(a), evidence_of(b)))


def _label(points: list[SeriesPoint], field: str) -> str | None:
    """The subject, place or cause most of a series' reports share, if most share one."""
    values = [getattr(p, field) for p in points if getattr(p, field)]
    if not values:
        return None
    value, count = Counter(values).most_common(1)[0]
    return str(value) if 2 * count >= len(points) else None


def _shared(points: list[SeriesPoint], field: str) -> str | None:
    """The place or cause every report of a series names, if they all name the same one.

    A series label is read as true of each line under it: "injured: Adra" over a
    report that names no place (a count of the capital's clashes, merged in as the
    story's count) tells the reader that count is Adra's. So a place or cause heads a
    series only when all its reports, the merged classes' too, give it."""
    values = {getattr(p, field) for p in points}
    if len(values) != 1:
        return None
    (value,) = values
    return str(value) if value else None


def _out_of_line(p: SeriesPoint, near: list[SeriesPoint], cumulative: bool) -> bool:
    """Whether other outlets' reports of the days around `p` leave no room for its value.

    A running count rises: a report is out of line with it when it is below a
    report of the same or an earlier day, or above one of the same or a later
    day. A level moves either way from day to day: it is out of line when the
    same day's reports all disagree with it, or when it lies beyond every
    report of the days around it, on both sides of its day. Reports counting
    something else (far apart, another measure, another place) are no
    neighbours (`comparable`).
    """
    day = day_of(p.as_of)
    near = [q for q in near if comparable(p, q)]
    if day is None or not near:
        return False
    before = [q for q in near if (d := day_of(q.as_of)) is not None and d <= day]
    after = [q for q in near if (d := day_of(q.as_of)) is not None and d >= day]
    if cumulative:
        return any(q.low > point_high(p) for q in before) or any(
            point_high(q) < p.low for q in after
        )
    same = [q for q in before if q in after]
    if same:
        return all(point_high(q) < p.low or point_high(p) < q.low for q in same)
    if not before or not after:
        return False
    return all(point_high(q) < p.low for q in near) or all(point_high(p) < q.low for q in near)


def _unbacked(
    pts: list[SeriesPoint], clashed: set[tuple[str, int]], cumulative: bool
) -> list[Evidence]:
    """Reports whose figure differs from what other outlets report around the same days.

    A report is backed by another outlet's report of the same exact value (any
    day) or of a value that meets it as of a day at most one apart. An unbacked
    report is raised only when other outlets did report the quantity within a
    day of it and their figures leave no room for it (`_out_of_line`): a point
    of a rising toll that no second outlet happened to repeat on its day is no
    sign of anything. Reports already in a conflict are left to `contradicted`.
    Only reports whose outlet is known are judged; the candidates are looked up
    by value and by day, not compared pairwise.
    """
    pts = [p for p in pts if p.outlet and not (p.past or p.elsewhere)]
    if len({p.outlet for p in pts}) < 2:
        return []
    by_day: dict[dt.date, list[SeriesPoint]] = defaultdict(list)
    exact: dict[float, set[str]] = defaultdict(set)
    for p in pts:
        if (day := day_of(p.as_of)) is not None:
            by_day[day].append(p)
        if p.qualifier == "exact":
            exact[p.value].add(p.outlet or p.article)
    out: list[Evidence] = []
    one = dt.timedelta(days=1)
    for p in pts:
        if (p.article, p.start) in clashed or p.absurd:
            continue
        mine = p.outlet or p.article
        if p.qualifier == "exact" and exact[p.value] - {mine}:
            continue
        day = day_of(p.as_of)
        near = [] if day is None else [*by_day[day - one], *by_day[day], *by_day[day + one]]
        others = [q for q in near if (q.outlet or q.article) != mine and not q.absurd]
        if any(supports(p, q) for q in others):
            continue
        if _out_of_line(p, others, cumulative):
            out.append(evidence_of(p))
    return out


def _by_report(p: SeriesPoint) -> tuple[str, str, str]:
    return (p.as_of or "9999", p.published or "9999", p.article)


def build_group(
    group: str, points: Sequence[PointInput], names: StoryNames | None = None
) -> GroupResult:
    """The series, conflicts and unbacked reports of one group's points (pure).

    `names`: what the story is about (`StoryNames`; none: nothing known).
    """
    category, _, unit = group.partition("|")
    reporting = len({p.article for p in points})
    if is_counted_group(group) and not central(reporting, (names or StoryNames()).articles):
        return GroupResult(group, (), (), ())  # a detail of some articles, not the story's
    cumulative = category in CUMULATIVE
    classes = _classes(points, names or StoryNames())
    anchor = _anchor(classes)
    members: dict[ClassKey, list[ClassKey]] = {k: [k] for k in classes}
    if anchor is not None:
        for key in sorted(classes):
            if key == anchor or _named_group(classes[key]):
                continue
            if not _in_line(classes[anchor], classes[key]):
                continue
            if _fits(classes[anchor], classes[key], cumulative):
                members[anchor].append(key)
                del members[key]
    taken: set[str] = set()
    series: list[ClaimSeries] = []
    conflicts: list[Conflict] = []
    unsupported: list[Evidence] = []
    ordered = sorted(members, key=lambda k: (k != anchor, k))
    for key in ordered:
        sid = _series_id(group, key, key == anchor, taken)
        pts = sorted((p for k in members[key] for p in classes[k]), key=_by_report)
        checked = [k for k in members[key] if whole_group(k[0])]
        clashes = [
            c
            for k in checked
            for c in number_clashes(
                [p for p in classes[k] if not (p.elsewhere or p.past)],
                cumulative,
                disputes=disputable(group),
            )
        ]
        conflicts += [_conflict(c, sid) for c in clashes]
        clashed = {(p.article, p.start) for c in clashes for p in (c.first, c.second)}
        if key == anchor and category in PERSON_CATEGORIES | {"cases"}:
            unsupported += _unbacked(classes[key], clashed, cumulative)
        series.append(
            ClaimSeries(
                id=sid,
                category=category,
                subject=_label(pts, "subject"),
                unit="people" if unit == "people" else (unit or None),
                location=_shared(pts, "location"),
                cause=_shared(pts, "cause"),
                cumulative=cumulative,
                status="conflicting" if clashes else "consistent",
                points=tuple(pts),
            )
        )
    return GroupResult(group, tuple(series), tuple(conflicts), tuple(unsupported))
