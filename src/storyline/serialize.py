"""Article <-> JSON in the schema of DESIGN.md (export, analyze and the API share it)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from storyline.model import (
    Article,
    ArticleVersion,
    Claim,
    DateEstimate,
    EntityMention,
    Flag,
    Quote,
    Sentence,
    Span,
    Speaker,
    Timex,
)

__all__ = ["article_from_json", "article_to_json", "flag_to_json", "version_to_json"]


def flag_to_json(f: Flag) -> dict[str, Any]:
    """A flag as DESIGN.md writes it: code, severity, message, evidence spans."""
    return {
        "code": f.code,
        "severity": f.severity,
        "message": f.message,
        "evidence": [asdict(s) for s in f.evidence],
    }


def article_to_json(article: Article, *, sentences: bool = False) -> dict[str, Any]:
    """The export form of an article. Sentences are optional: they are bulky."""
    out: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "published_source": article.published_source,
        "language": article.language,
        "duplicate_of": article.duplicate_of,
        "published_estimate": asdict(article.published_estimate)
        if article.published_estimate
        else None,
        "text": article.text,
        "entities": [asdict(e) for e in article.entities],
        "timexes": [asdict(t) for t in article.timexes],
        "quotes": [_quote_json(q) for q in article.quotes],
        "claims": [asdict(c) for c in article.claims],
        "flags": [flag_to_json(f) for f in article.flags],
    }
    if sentences:
        out["sentences"] = [asdict(s) for s in article.sentences]
    return out


def _quote_json(q: Quote) -> dict[str, Any]:
    d = asdict(q)
    if q.speaker is not None:
        d["speaker"] = asdict(q.speaker)
    return d


def article_from_json(d: dict[str, Any]) -> Article:
    """Rebuild an Article from its JSON form (as written by `article_to_json`)."""

    def speaker(s: dict[str, Any] | None) -> Speaker | None:
        if not s:
            return None
        evidence = s.get("resolved_from")
        return Speaker(**{**s, "resolved_from": Span(**evidence) if evidence else None})

    return Article(
        id=str(d["id"]),
        text=str(d.get("text") or ""),
        title=d.get("title"),
        url=d.get("url"),
        path=d.get("path"),
        outlet=d.get("outlet"),
        author=d.get("author"),
        published=d.get("published"),
        published_source=d.get("published_source") or "none",
        language=d.get("language"),
        content_hash=d.get("content_hash") or "",
        duplicate_of=d.get("duplicate_of"),
        published_estimate=DateEstimate(**d["published_estimate"])
        if d.get("published_estimate")
        else None,
        sentences=tuple(Sentence(**s) for s in d.get("sentences") or ()),
        entities=tuple(EntityMention(**e) for e in d.get("entities") or ()),
        timexes=tuple(Timex(**t) for t in d.get("timexes") or ()),
        quotes=tuple(
            Quote(**{**q, "speaker": speaker(q.get("speaker"))}) for q in d.get("quotes") or ()
        ),
        claims=tuple(Claim(**c) for c in d.get("claims") or ()),
        flags=tuple(
            Flag(
                code=f["code"],
                severity=f["severity"],
                message=f["message"],
                evidence=tuple(Span(**s) for s in f.get("evidence") or ()),
            )
            for f in d.get("flags") or ()
        ),
    )


def version_to_json(version: ArticleVersion) -> dict[str, Any]:
    """One article version: when it was seen, its text, numbers and flags, the diff to it."""
    return {
        "article": version.article_id,
        "version": version.version,
        "current": version.current,
        "seen_at": version.seen_at,
        "title": version.title,
        "published": version.published,
        "content_hash": version.content_hash,
        "text": version.text,
        "claims": [asdict(c) for c in version.claims],
        "flags": [
            {"code": f.code, "severity": f.severity, "message": f.message} for f in version.flags
        ],
        "diff": version.diff,
    }
