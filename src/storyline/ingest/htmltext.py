"""Plain text from an HTML fragment (feed entry content, an HTML-valued JSON field).

trafilatura is for whole pages: on a fragment its boilerplate heuristics can
drop the very paragraphs we want. A fragment is already the content, so it
only needs its tags turned into paragraph breaks.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["html_fragment_to_text", "looks_like_html"]

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "tr",
        "table",
        "pre",
        "figure",
        "figcaption",
        "hr",
        "dd",
        "dt",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "svg"})
_TAG = re.compile(r"</?(p|br|div|span|a|em|strong|b|i|li|ul|h[1-6]|img|blockquote)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    """True when `text` contains common HTML tags rather than plain prose."""
    return bool(_TAG.search(text[:20000]))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_fragment_to_text(fragment: str) -> str:
    """Text of `fragment`, one paragraph per block element, whitespace tidied."""
    collector = _TextCollector()
    try:
        collector.feed(fragment)
        collector.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        return html.unescape(re.sub(r"<[^>]*>", " ", fragment)).strip()
    raw = "".join(collector.parts)
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n\n".join(line for line in lines if line)
