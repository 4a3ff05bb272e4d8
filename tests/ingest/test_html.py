from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Article

Reader = Callable[..., list[object]]

PAGE = """<!DOCTYPE html><html><head><title>Floods hit the valley | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-05-04T10:00:00Z">
<link rel="canonical" href="https://planet.example/news/floods?utm_source=x"></head><body>
<nav>Home | World | Sport</nav><article><h1>Floods hit the valley</h1>
<p>Heavy rain caused rivers to burst their banks on Tuesday, forcing hundreds of residents to
leave their homes, officials said.</p>
<p>The regional government said 12 people had been injured and emergency crews were working
through the night to reinforce levees.</p>
<p>Related: Storm season starts early</p>
</article><footer>© 2023 Daily Planet. All rights reserved.</footer></body></html>"""


def test_html_page_main_text_and_metadata(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    (art,) = read(path)
    assert isinstance(art, Article)
    assert art.title == "Floods hit the valley"
    assert art.outlet == "Daily Planet" and art.author == "Jane Roe"
    assert (art.published, art.published_source) == ("2023-05-04", "metadata")
    assert art.url == "https://planet.example/news/floods" and art.id.startswith("u:")
    assert "burst their banks" in art.text and "12 people had been injured" in art.text
    assert "Storm season" not in art.text and "Home | World" not in art.text
    assert not art.text.startswith("Floods hit the valley")


def test_html_sniffed_despite_txt_extension(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE)
    (art,) = read(path)
    assert isinstance(art, Article) and art.outlet == "Daily Planet"


def test_malformed_html_is_one_clear_error_or_text(tmp_path: Path, read: Reader) -> None:
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"<html><body><div><p>Unclosed <b>\x00\x00<<<</span></html")
    (item,) = read(broken)
    assert isinstance(item, InputError) and item.item == str(broken)
    empty_page = tmp_path / "nav.html"
    empty_page.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    (item,) = read(empty_page)
    assert isinstance(item, InputError) and "no main text" in item.reason


def test_tag_soup_still_yields_text(tmp_path: Path, read: Reader) -> None:
    soup = tmp_path / "soup.htm"
    sentence = "The mayor said the bridge would reopen next month after repairs were finished."
    soup.write_text(f"<html><body><div><p>{sentence}<p>{sentence} Again.</div></span></b>")
    (item,) = read(soup)
    assert isinstance(item, Article) and "bridge would reopen" in item.text
