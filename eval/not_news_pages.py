"""How many Timeline17 articles ingest marks as pages that are not news, and which.

Each article is cleaned as ingest cleans it (clean_body) and read by not_news_reason;
the tool counts the marked pages by reason and prints a seeded random sample of them
(their first characters), to be read by a person: every one shown must be a page that
is not a news article (a gallery, an index, a form), never a report.

    python -m eval.not_news_pages --sample 20 --seed 6117
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from eval.story_inputs import documents

__all__ = ["main", "marked_pages"]


def marked_pages() -> tuple[int, list[tuple[str, str, str]]]:
    """(articles read, [(id, reason, clean text)] of those marked not news)."""
    from storyline.ingest.boilerplate import clean_body
    from storyline.ingest.pages import not_news_reason

    docs = documents("t17")
    marked: list[tuple[str, str, str]] = []
    for doc in docs:
        text = clean_body(doc["text"])
        reason = not_news_reason(text)
        if reason is not None:
            marked.append((doc["id"], reason, text))
    return len(docs), marked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=6117)
    parser.add_argument("--chars", type=int, default=400, help="characters shown of each")
    args = parser.parse_args(argv)
    total, marked = marked_pages()
    print(f"marked not news: {len(marked)}/{total} Timeline17 articles")
    for reason, n in Counter(r for _, r, _ in marked).most_common():
        print(f"  {n:4d}  {reason}")
    rng = random.Random(args.seed)
    for key, reason, text in rng.sample(marked, min(args.sample, len(marked))):
        print(f"--- {key} ({len(text)} chars): {reason}")
        print("    " + " / ".join(text.split("\n"))[: args.chars])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
