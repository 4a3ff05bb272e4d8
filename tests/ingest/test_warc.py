from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.errors import InputError
from storyline.model import Article

Reader = Callable[..., list[object]]

PAGE = (
    "<html><head><title>Dam inspection</title></head><body><article><p>"
    "Engineers inspected the old dam on Wednesday and found cracks in the spillway, "
    "the water authority said in a statement.</p></article></body></html>"
)


def _warc(path: Path, gzip: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        records = [
            ("https://dams.example/2021/09/01/inspection", "200 OK", "text/html", PAGE.encode()),
            ("https://dams.example/logo.png", "200 OK", "image/png", b"\x89PNG...."),
            ("https://dams.example/missing", "404 Not Found", "text/html", b"<html>gone</html>"),
            ("https://dams.example/menu", "200 OK", "text/html; charset=utf-8", b"<html>x</html>"),
        ]
        for uri, status, ctype, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )


def test_warc_html_responses(tmp_path: Path, read: Reader) -> None:
    for gz in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
        _warc(path, gz)
        items = read(path)
        assert [type(i).__name__ for i in items] == ["Article", "InputError"], items
        art, err = items
        assert isinstance(art, Article) and art.url == "https://dams.example/2021/09/01/inspection"
        assert "cracks in the spillway" in art.text
        assert (art.published, art.published_source) == ("2021-09-01", "url")
        assert isinstance(err, InputError) and "record 4" in err.item and "/menu" in err.item


def test_not_a_warc(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("WARC/1.0\r\nnonsense without headers")
    (err,) = read(path)
    assert isinstance(err, InputError) and err.item == str(path)
