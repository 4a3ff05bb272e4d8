"""Articles for the search-window tests (Store.search and the web/API search on both
backends): one text written once, so both suites search the same mix of common, rare and
tied words."""

from __future__ import annotations

from storyline.model import Article

__all__ = ["window_article"]


def window_article(n: int, *, duplicates: bool = False) -> Article:
    """Every article holds "ferry" (a common word); every third "harbour" in its title;
    two old ones "lighthouse" (rare); articles 20..25 are the same text (equal scores).
    With `duplicates`, every ninth from the fifth is marked a duplicate of the first."""
    if 20 <= n <= 25:
        title, text = "Ferry strike", "The ferry strike goes on at the harbour of Velmar."
    else:
        title = "Harbour ferry news" if n % 3 == 0 else f"Bulletin {n}"
        text = f"Item {n}: the ferry to Ostrand ran " + ("late. " * (n % 5 + 1))
        if n in (2, 4):
            text += "The old lighthouse was lit."
        if n % 4 == 0:
            text += " A ferry strike was called."
    return Article(
        id=f"w{n}",
        text=text,
        title=title,
        outlet="gull.example" if n % 2 else "tern.example",
        published=f"2031-01-{n % 28 + 1:02d}",
        content_hash=f"h-w{n}",
        duplicate_of="w1" if duplicates and n % 9 == 5 else None,
    )
