"""Read one input (a file, `-` for stdin, or an HTML page) into article text.

Every failure is an `InputError` whose message is one line naming the input.
Inputs are read with a size cap so a huge or endless input (a log file,
/dev/zero) is refused instead of exhausting memory.

Text is normalised in one way only: Windows and old Mac line endings become
"\\n". Evidence offsets in summaries are offsets into the returned text.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import BinaryIO

from summariser.errors import InputError

MAX_TEXT_BYTES = 2_000_000
"""Default limit on article text: far above any news article, far below trouble."""

HTML_MARKUP_ALLOWANCE = 2
"""An HTML page may be this many times the text limit: markup, inline scripts and
styles routinely outweigh the article itself."""

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
STDIN = "-"


@dataclass(frozen=True)
class Article:
    """The text of one input, ready for the pipeline."""

    name: str
    """How messages name the input: the path as given, or `stdin`."""
    text: str
    published: str | None = None
    """ISO date from the HTML page's metadata, when it has one."""
    title: str | None = None
    """The headline from the HTML page's metadata, when it has one."""


def read_article(
    source: str, max_bytes: int = MAX_TEXT_BYTES, stdin: BinaryIO | None = None
) -> Article:
    """Read a path, or `-` for stdin, into an `Article`.

    Args:
        source: a file path, or `-` to read standard input.
        max_bytes: refuse text larger than this (HTML pages get
            `HTML_MARKUP_ALLOWANCE` times more room for their markup).
        stdin: the binary stream `-` reads; defaults to `sys.stdin.buffer`.

    Raises:
        InputError: the input is missing, unreadable, binary, not UTF-8,
            too large, empty, or an HTML page without article text.
    """
    is_html = source.lower().endswith(HTML_SUFFIXES)
    cap = max_bytes * HTML_MARKUP_ALLOWANCE if is_html else max_bytes
    if source == STDIN:
        name = "stdin"
        data = _read_capped(stdin or sys.stdin.buffer, cap, name)
        is_html = _looks_like_html(data)
    else:
        name = source
        data = _read_file(source, cap)
    if b"\x00" in data:
        raise InputError(_not_text(name))
    if is_html:
        return _article_from_html(name, data, max_bytes)
    return Article(name, _check_text(name, _decode(name, data), max_bytes))


def _read_file(path: str, cap: int) -> bytes:
    if os.path.isdir(path):
        raise InputError(f"{path} is a directory, not an article file")
    try:
        # Checking st_size first refuses big regular files without reading them;
        # the capped read below also covers pipes and devices, whose size is 0.
        if os.stat(path).st_size > cap:
            raise InputError(_too_large(path, cap))
        with open(path, "rb") as stream:
            return _read_capped(stream, cap, path)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def _read_capped(stream: BinaryIO, cap: int, name: str) -> bytes:
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise InputError(_too_large(name, cap))
    return data


def _decode(name: str, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")  # utf-8-sig drops a leading BOM
    except UnicodeDecodeError:
        raise InputError(_not_text(name)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(name: str, text: str, max_bytes: int) -> str:
    if not text.strip():
        raise InputError(f"{name} is empty")
    if len(text.encode("utf-8")) > max_bytes:
        raise InputError(_too_large(name, max_bytes))
    return text


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _article_from_html(name: str, data: bytes, max_bytes: int) -> Article:
    if not data.strip():
        raise InputError(f"{name} is empty")
    document = _extract_html(data)
    has_body = document is not None and document.body is not None
    paragraphs = _paragraphs(document) if has_body else []
    if not paragraphs:
        raise InputError(f"{name} has no article text that could be extracted")
    text = "\n\n".join(paragraphs)
    title = (document.title or "").strip() or None
    return Article(name, _check_text(name, text, max_bytes), document.date or None, title)


def _extract_html(data: bytes):  # -> trafilatura.settings.Document | None
    import trafilatura  # heavy (lxml, htmldate): imported only for HTML inputs

    try:
        # A UTF-8 page is passed as text; anything else as bytes, so that
        # trafilatura honours the page's declared charset.
        html: str | bytes = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        html = data
    # bare_extraction works on the string alone: with no `url`, trafilatura
    # never downloads; images, iframes and scripts are only markup to it.
    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _paragraphs(document) -> list[str]:
    from trafilatura.xml import xmltotxt

    blocks = [xmltotxt(block, False).strip() for block in document.body]
    blocks = [block for block in blocks if block]
    # The headline is metadata to trafilatura, but it is part of the article:
    # it often carries the who and what, so the model should read it.
    title = (document.title or "").strip()
    if blocks and title and not blocks[0].startswith(title):
        blocks.insert(0, title)
    return blocks


def _not_text(name: str) -> str:
    return f"{name} is not UTF-8 text (binary or another encoding)"


def _too_large(name: str, limit: int) -> str:
    return f"{name} is larger than the {limit / 1_000_000:g} MB input limit"
