"""reading.read_article: text, HTML and stdin inputs, and every way an input can be refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from summariser.errors import InputError
from summariser.reading import HTML_MARKUP_ALLOWANCE, MAX_TEXT_BYTES, Article, read_article

EXAMPLES = Path(__file__).parents[2] / "examples"
ARTICLE_TXT = EXAMPLES / "article.txt"
ARTICLE_HTML = EXAMPLES / "article.html"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def refusal(source: str, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        read_article(source, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- plain text ---------------------------------------------------------------


def test_text_file_is_read_verbatim() -> None:
    article = read_article(str(ARTICLE_TXT))
    assert article == Article(str(ARTICLE_TXT), ARTICLE_TXT.read_text("utf-8"), None)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", "\ufeffKorvash met Reyt.".encode())
    assert read_article(path).text == "Korvash met Reyt."


def test_windows_line_endings_become_newlines(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", b"One.\r\n\r\nTwo.\rThree.")
    assert read_article(path).text == "One.\n\nTwo.\nThree."


def test_non_ascii_utf8_is_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "accents.txt", "Zürich – “quoted” 北京".encode())
    assert read_article(path).text == "Zürich – “quoted” 北京"


# -- refusals -----------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert refusal(missing) == f"no such file: {missing}"


def test_directory(tmp_path: Path) -> None:
    assert refusal(str(tmp_path)) == f"{tmp_path} is a directory, not an article file"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "caf\u00e9".encode("latin-1"), "wide".encode("utf-16")],
    ids=["binary", "latin-1", "utf-16"],
)
def test_binary_or_other_encoding(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "odd.txt", data)
    assert refusal(path) == f"{path} is not UTF-8 text (binary or another encoding)"


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n  ", b"\xef\xbb\xbf\n"], ids=["empty", "blank", "bom"])
def test_empty_or_whitespace(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "empty.txt", data)
    assert refusal(path) == f"{path} is empty"


def test_too_large_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 300)
    assert "larger than the 0.001 MB input limit" in refusal(path, max_bytes=1000)
    assert read_article(path, max_bytes=2000).text.startswith("word")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with path.open("wb") as stream:  # sparse: a 5 GB size costs no disk and no memory
        stream.truncate(5_000_000_000)
    assert "larger than the 2 MB input limit" in refusal(str(path))


def test_endless_stream_is_cut_at_the_limit() -> None:
    class Endless(io.RawIOBase):
        def read(self, n: int = -1) -> bytes:
            assert n != -1, "an unbounded read would exhaust memory"
            return b"a" * n

    assert "stdin is larger" in refusal("-", stdin=Endless())


def test_default_limit_is_two_megabytes() -> None:
    assert MAX_TEXT_BYTES == 2_000_000


# -- stdin --------------------------------------------------------------------


def test_stdin() -> None:
    article = read_article("-", stdin=io.BytesIO("\ufeffFrom a pipe.\r\n".encode()))
    assert article == Article("stdin", "From a pipe.\n", None)


def test_empty_stdin() -> None:
    assert refusal("-", stdin=io.BytesIO(b"\n")) == "stdin is empty"


def test_html_on_stdin_is_extracted() -> None:
    article = read_article("-", stdin=io.BytesIO(ARTICLE_HTML.read_bytes()))
    assert article.text == ARTICLE_TXT.read_text("utf-8").strip()


# -- HTML ---------------------------------------------------------------------


@pytest.fixture
def no_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if trafilatura tries to fetch anything (pytest-socket blocks the socket too)."""
    import trafilatura.downloads
    import urllib3

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[:2]}")

    monkeypatch.setattr(trafilatura.downloads, "fetch_url", refuse)
    monkeypatch.setattr(trafilatura.downloads, "fetch_response", refuse)
    monkeypatch.setattr(urllib3.PoolManager, "urlopen", refuse)


def test_html_page_gives_the_article_text_only(no_downloads: None) -> None:
    article = read_article(str(ARTICLE_HTML))
    assert article.text == ARTICLE_TXT.read_text("utf-8").strip()
    for furniture in ("Tracking script", "Morning Briefing", "Read more", "Privacy", "cookies", "Video"):
        assert furniture not in article.text


def test_html_paragraphs_are_separated_by_blank_lines(no_downloads: None) -> None:
    paragraphs = read_article(str(ARTICLE_HTML)).text.split("\n\n")
    assert len(paragraphs) == len(ARTICLE_TXT.read_text("utf-8").strip().split("\n\n")) == 12
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_html_published_date_comes_from_metadata(no_downloads: None) -> None:
    assert read_article(str(ARTICLE_HTML)).published == "2024-03-14"


def test_html_title_comes_from_metadata_and_text_has_none(no_downloads: None) -> None:
    title = "Ardenia and Velmora agree to reopen river border talks after eight-month freeze"
    assert read_article(str(ARTICLE_HTML)).title == title
    assert read_article(str(ARTICLE_TXT)).title is None


def test_remote_resources_are_never_requested(tmp_path: Path, stub) -> None:
    """Point every remote resource of a page at a live server and check it saw nothing."""
    base = stub.api_base.removesuffix("/v1")
    page = ARTICLE_HTML.read_text("utf-8")
    for host in ("https://images.meridianwire.example", "https://video.player.example",
                 "https://cdn.adnetwork.example", "https://static.meridianwire.example"):
        page = page.replace(host, base)
    assert page.count(base) >= 4
    article = read_article(write(tmp_path, "local-links.html", page.encode()))
    assert article.published == "2024-03-14"
    assert stub.others == [] and stub.count == 0


def test_htm_suffix_any_case_and_no_date(tmp_path: Path, no_downloads: None) -> None:
    body = "".join(f"<p>Paragraph {i} of an article about talks between two ministers.</p>" for i in range(6))
    path = write(tmp_path, "page.HTM", f"<html><body><article>{body}</article></body></html>".encode())
    article = read_article(path)
    assert article.text.split("\n\n")[0] == "Paragraph 0 of an article about talks between two ministers."
    assert article.published is None


def test_html_in_a_declared_legacy_encoding(tmp_path: Path, no_downloads: None) -> None:
    paragraph = "<p>Le ministre a déclaré que les négociations reprendraient à Genève la semaine prochaine.</p>"
    page = f'<html><head><meta charset="iso-8859-1"></head><body><article>{paragraph * 4}</article></body></html>'
    article = read_article(write(tmp_path, "fr.html", page.encode("latin-1")))
    assert "négociations reprendraient à Genève" in article.text


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><script>var x = 1;</script></head><body></body></html>",
        b"<html><body><img src='https://images.example/a.jpg'><iframe src='https://x.example'></iframe></body></html>",
    ],
    ids=["script-only", "media-only"],
)
def test_html_without_text(tmp_path: Path, page: bytes, no_downloads: None) -> None:
    path = write(tmp_path, "blank.html", page)
    assert refusal(path) == f"{path} has no article text that could be extracted"


def test_empty_html_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", b"  \n")
    assert refusal(path) == f"{path} is empty"


def test_html_gets_room_for_markup_but_text_is_still_capped(tmp_path: Path) -> None:
    padding = "<script>" + "x" * 2500 + "</script>"
    body = "<p>" + "Ministers met in Geneva to discuss the river. " * 20 + "</p>"
    page = f"<html><head>{padding}</head><body><article>{body}</article></body></html>"
    path = write(tmp_path, "padded.html", page.encode())
    assert read_article(path, max_bytes=2000).text.startswith("Ministers met")  # page > limit, text < limit
    assert "larger than" in refusal(path, max_bytes=500)
    assert HTML_MARKUP_ALLOWANCE > 1
