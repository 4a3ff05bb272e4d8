"""Entity-mention and numeric-value precision/recall on MEANTIME (English Wikinews, NAF-like XML).

MEANTIME ships tokens, not text: the text is rebuilt from the tokens (no space
before closing punctuation, one line per sentence) with each token's offsets
kept, and gold markables become character spans. Reported:
- entity mentions: gold ENTITY_MENTIONs that are names (syntactic type NAM or
  PRE.NAM) against our named-entity mentions; recall counts gold names
  overlapped by one of ours, precision counts ours overlapping any gold
  entity mention (MEANTIME also marks nominal and pronoun mentions, and does
  not annotate every type spaCy knows, e.g. NORP, so precision is a lower bound);
  strict = identical spans.
- values: gold VALUE markables (MONEY, PERCENT, QUANTITY) against our claims.

MEANTIME annotates fully only the title, the date line and the first four
sentences (sentences 0-5: about 450-510 event mentions in each of them, 50-80
in each later one, and no TIMEX3 and two VALUEs past them), so both sides are
scored there only; the stages still read the whole article. (Before session 4
the whole text was scored, and precision was much understated.)

    .venv/bin/python -m eval.meantime [--json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
STAGES = ("sentences", "entities", "quotes", "claims")
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "%", "'s", "’s", "n't", "'", "”"})
_NO_SPACE_AFTER = frozenset({"(", "$", "“", "£", "€"})
NAMED_TYPES = frozenset({"NAM", "PRE.NAM"})
ANNOTATED_SENTENCES = 6
"""Sentences 0-5 (title, date line, four body sentences) are the annotated part."""

__all__ = [
    "ANNOTATED_SENTENCES",
    "GoldDoc",
    "annotated_end",
    "join_tokens",
    "load_doc",
    "main",
    "score",
]


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    names: list[tuple[int, int, str]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    values: list[tuple[int, int, str]] = field(default_factory=list)
    timexes: list[tuple[int, int, str, str]] = field(default_factory=list)
    dct: str | None = None
    sentence_ends: list[int] = field(default_factory=list)
    tokens: list[tuple[int, int, int, str]] = field(default_factory=list)
    """(start, end, sentence number, word) of every token, for gold that names tokens."""


def annotated_end(doc: GoldDoc) -> int:
    """Where the annotated part of the document's text ends."""
    ends = doc.sentence_ends
    return ends[min(ANNOTATED_SENTENCES, len(ends)) - 1] if ends else len(doc.text)


def join_tokens(
    words: Iterable[tuple[int, str]],
) -> tuple[str, list[tuple[int, int, int, str]], list[int]]:
    """Text from (sentence number, word) tokens: one line per sentence, spaced as printed.

    Returns the text, each token's (start, end, sentence, word), and where
    each sentence ends.
    """
    pieces: list[str] = []
    tokens: list[tuple[int, int, int, str]] = []
    sentence_ends: list[int] = []
    pos, last_sentence, prev = 0, None, ""
    for sentence, word in words:
        if last_sentence is not None and sentence != last_sentence:
            sentence_ends.append(pos)
            sep = "\n"
        elif not pieces or word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        pieces.append(sep + word)
        pos += len(sep)
        tokens.append((pos, pos + len(word), sentence, word))
        pos += len(word)
        last_sentence, prev = sentence, word
    return "".join(pieces), tokens, [*sentence_ends, pos]


def load_doc(path: Path) -> GoldDoc:
    """Text rebuilt from tokens, and gold spans of names, entity mentions, values and timexes.

    Timexes anchored to no token (MEANTIME's empty TIMEX3 for implicit times) are
    skipped: there is no text a tagger could find.
    """
    root = ElementTree.parse(path).getroot()
    elements = list(root.iter("token"))
    text, tokens, sentence_ends = join_tokens(
        (int(tok.get("sentence") or 0), tok.text or "") for tok in elements
    )
    offsets = {
        str(tok.get("t_id")): (start, end)
        for tok, (start, end, _, _) in zip(elements, tokens, strict=True)
    }
    doc = GoldDoc(path.stem, text, sentence_ends=sentence_ends, tokens=tokens)
    markables = root.find("Markables")
    if markables is None:
        return doc
    types = _entity_types(root)
    for m in markables:
        anchors = [
            offsets[a.get("t_id", "")]
            for a in m.findall("token_anchor")
            if a.get("t_id") in offsets
        ]
        if not anchors:
            continue
        span = (min(a[0] for a in anchors), max(a[1] for a in anchors))
        if m.tag == "ENTITY_MENTION":
            doc.mentions.append(span)
            if m.get("syntactic_type") in NAMED_TYPES:
                doc.names.append((*span, types.get(m.get("m_id", ""), "")))
        elif m.tag == "VALUE":
            doc.values.append((*span, m.get("type", "")))
        elif m.tag == "TIMEX3":
            doc.timexes.append((*span, m.get("type", ""), m.get("value", "")))
    for m in markables.iter("TIMEX3"):
        if m.get("functionInDocument") == "CREATION_TIME":
            doc.dct = (m.get("value") or "")[:10] or None
    return doc


def _entity_types(root: Any) -> dict[str, str]:
    """Mention id -> ent_type of the entity it refers to."""
    entity_type = {e.get("m_id"): e.get("ent_type", "") for e in root.iter("ENTITY")}
    out: dict[str, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        if target is None:
            continue
        for src in rel.findall("source"):
            out[src.get("m_id", "")] = entity_type.get(target.get("m_id"), "")
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def _pr(hit_p: int, n_sys: int, hit_r: int, n_gold: int) -> dict[str, float]:
    p = hit_p / n_sys if n_sys else 0.0
    r = hit_r / n_gold if n_gold else 0.0
    return {
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "gold": n_gold,
        "system": n_sys,
    }


def score(docs: list[GoldDoc]) -> dict[str, Any]:
    """Run our stages over the documents and compare with the gold spans."""
    from storyline.analyze import Pipeline
    from storyline.model import Article

    pipeline = Pipeline(list(STAGES))
    t = Counter[str]()
    per_type = Counter[str]()
    per_type_gold = Counter[str]()
    label_sys = Counter[str]()
    label_hit = Counter[str]()
    for doc in docs:
        art = pipeline.run(Article(id=doc.name, text=doc.text))
        end = annotated_end(doc)
        entities = [e for e in art.entities if e.start < end]
        ours = [(e.start, e.end) for e in entities]
        for e in entities:
            label_sys[e.label] += 1
            label_hit[e.label] += _overlaps((e.start, e.end), doc.mentions)
        names = [(a, b) for a, b, _ in doc.names if a < end]
        t["ent_sys"] += len(ours)
        t["ent_p"] += sum(_overlaps(s, doc.mentions) for s in ours)
        t["ent_p_strict"] += sum(s in doc.mentions for s in ours)
        t["ent_gold"] += len(names)
        t["ent_r"] += sum(_overlaps(g, ours) for g in names)
        t["ent_r_strict"] += sum(g in ours for g in names)
        claims = [(c.start, c.end) for c in art.claims if c.start < end]
        values = [(a, b) for a, b, _ in doc.values if a < end]
        t["val_sys"] += len(claims)
        t["val_p"] += sum(_overlaps(c, values) for c in claims)
        t["val_gold"] += len(values)
        t["val_r"] += sum(_overlaps(v, claims) for v in values)
        for a, b, kind in doc.values:
            if a >= end:
                continue
            per_type_gold[kind] += 1
            per_type[kind] += _overlaps((a, b), claims)
    return {
        "documents": len(docs),
        "entities": _pr(t["ent_p"], t["ent_sys"], t["ent_r"], t["ent_gold"]),
        "entities_strict": _pr(t["ent_p_strict"], t["ent_sys"], t["ent_r_strict"], t["ent_gold"]),
        "values": _pr(t["val_p"], t["val_sys"], t["val_r"], t["val_gold"]),
        "value_recall_by_type": {k: per_type[k] / n for k, n in sorted(per_type_gold.items())},
        "entity_precision_by_label": {
            k: label_hit[k] / n for k, n in sorted(label_sys.items(), key=lambda kv: -kv[1])
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "meantime-en")
    args = parser.parse_args(argv)
    paths = sorted((args.data / "intra_cross-doc_annotation").glob("*/*.xml"))
    result = score([load_doc(p) for p in paths])
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"MEANTIME English, {result['documents']} documents")
    for key in ("entities", "entities_strict", "values"):
        r = result[key]
        print(
            f"  {key:<16} P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
            f"(gold {r['gold']}, system {r['system']})"
        )
    by_type = ", ".join(f"{k} {v:.3f}" for k, v in result["value_recall_by_type"].items())
    print(f"  value recall by type: {by_type}")
    by_label = ", ".join(f"{k} {v:.2f}" for k, v in result["entity_precision_by_label"].items())
    print(f"  entity precision by our label: {by_label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
