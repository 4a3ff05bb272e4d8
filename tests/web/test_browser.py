"""The pages in a real browser: Debian's chromium driven by pip playwright (never
`playwright install`; scripts/test-deps.sh installs chromium). Every page loads with
no console error (CSP violations are console errors), the charts draw, a story can be
followed from the home page to an article and back, a chart point leads to its
sentence, and an article carrying script payloads shows them as text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from live_server import serving
from web_store import PAYLOADS, WebStore

from storyline.api.app import create_app
from storyline.api.settings import ServerSettings

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PAGES = [
    "/",
    "/stories",
    "/stories/s-flood",
    "/articles",
    "/articles/h:flood1",
    "/articles/h:payload",
    "/entities",
    "/entities/Tarnwick",
    "/search?q=floods",
    "/docs",
    "/login",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian chromium is not installed (scripts/test-deps.sh)"
)


@pytest.fixture(scope="module")
def base_url(web_store: WebStore) -> Iterator[str]:
    with serving(create_app(ServerSettings(db=str(web_store.path)))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


class Console:
    """Console errors, uncaught exceptions and dialogs (an alert means a payload ran)."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def page(browser: Any) -> Iterator[tuple[Any, Console]]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened, Console(opened)
    context.close()


def _charts_drawn(page: Any) -> int:
    boxes = page.locator("div.chart")
    for i in range(boxes.count()):
        box = boxes.nth(i)
        box.locator(".main-svg").first.wait_for()
        assert box.get_attribute("data-rendered") == "true"
    return int(boxes.count())


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_console_errors(
    base_url: str, page: tuple[Any, Console], path: str
) -> None:
    tab, console = page
    response = tab.goto(base_url + path, wait_until="networkidle")
    assert response is not None and response.status == 200
    _charts_drawn(tab)
    if path == "/docs":
        tab.locator(".swagger-ui .opblock").first.wait_for()
        assert tab.locator(".swagger-ui .opblock").count() >= 15
    assert console.errors == [] and console.dialogs == []


def test_follow_a_story_to_an_article_and_back(base_url: str, page: tuple[Any, Console]) -> None:
    tab, console = page
    tab.goto(base_url + "/", wait_until="networkidle")
    assert _charts_drawn(tab) == 1
    tab.get_by_role("link", name="River bursts its banks in Tarnwick").first.click()
    tab.wait_for_url(base_url + "/stories/s-flood")
    assert _charts_drawn(tab) == 2  # the timeline and one claim series
    tab.locator("#articles").get_by_role("link", name="Death toll rises to 15").click()
    tab.wait_for_url(base_url + "/articles/h:flood2")
    assert "An emergency official said" in tab.locator(".article-text").inner_text()
    tab.locator("a.story-link").click()
    tab.wait_for_url(base_url + "/stories/s-flood")
    tab.go_back()
    tab.wait_for_url(base_url + "/articles/h:flood2")
    assert console.errors == []


def test_a_claim_point_leads_to_its_sentence(base_url: str, page: tuple[Any, Console]) -> None:
    tab, console = page
    tab.goto(base_url + "/stories/s-flood", wait_until="networkidle")
    _charts_drawn(tab)
    points = tab.locator("#chart-claims-0 .scatterlayer .point")
    assert points.count() == 3
    points.first.scroll_into_view_if_needed()
    box = points.first.bounding_box()
    assert box is not None
    tab.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tab.wait_for_url("**/articles/h:flood1?hl=53-71#hl")
    assert tab.locator(".article-text .target").first.inner_text() == "At least 12 people"
    assert console.errors == []


def test_script_payloads_are_shown_as_text(base_url: str, page: tuple[Any, Console]) -> None:
    tab, console = page
    tab.goto(base_url + "/articles/h:payload", wait_until="networkidle")
    text = tab.locator(".article-text").inner_text()
    for payload in PAYLOADS:
        assert payload in text
    assert tab.locator(".article-text script, .article-text svg, .article-text img").count() == 0
    assert tab.locator("h1").inner_text() == '<img src=x onerror=alert(9)>Flood "update"'
    assert tab.locator("a[href^='javascript']").count() == 0
    assert console.dialogs == [] and console.errors == []
