"""Screenshots of the home, story and article pages of the demo data, for the README.

    .venv/bin/python docs/screenshots.py

Ingests data/demo into a temporary database with the full pipeline, starts
`storyline serve` on a free loopback port, and saves docs/home.png, docs/story.png
and docs/article.png from Debian's chromium (through playwright; never
`playwright install`).
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

from storyline import Storyline
from storyline.query import home_page, story_page

ROOT = Path(__file__).resolve().parents[1]
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str) -> None:
    for _ in range(100):
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not answer")


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="storyline-shots-"))
    db = work / "demo.db"
    with Storyline(db) as engine:
        print(engine.ingest([str(ROOT / "data" / "demo")]).summary())
        story = home_page(engine).stories[0].id
        page = story_page(engine, story)
        assert page is not None
        dated = [a for a in page.articles if a.published]
        article = dated[-1].id
        claim = next((s.points[0] for s in page.claims.series if s.points), None)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    binary = Path(sys.executable).with_name("storyline")
    server = subprocess.Popen([str(binary), "serve", "--db", str(db), "--port", str(port)])
    try:
        _wait(base + "/api/home")
        target = f"/articles/{article}"
        if claim is not None and claim.article.id == article:
            target += f"?hl={claim.start}-{claim.end}"
        shots = {"home": "/", "story": f"/stories/{story}", "article": target}
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            tab = browser.new_page(viewport={"width": 1280, "height": 1000})
            for name, path in shots.items():
                tab.goto(base + path, wait_until="networkidle")
                time.sleep(0.5)
                out = ROOT / "docs" / f"{name}.png"
                # the story page down to its first claim chart; the others as they open
                tall = {"x": 0, "y": 0, "width": 1280, "height": 2300}
                if name == "story":
                    tab.screenshot(path=str(out), full_page=True, clip=tall)
                else:
                    tab.screenshot(path=str(out))
                print(f"{out.relative_to(ROOT)}: {path}")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
