"""The labelling page and its JSON API, served on loopback by the standard library.

Only this machine can reach it (127.0.0.1), and only under its own name: a
request whose Host is not the loopback address and port is refused, so a web
page that rebinds its DNS name to 127.0.0.1 cannot drive it; a write must be
JSON (which a cross-site form cannot send) and come from the page's own origin.
The page may run only its own script (Content-Security-Policy), and it inserts
article text as text, never as HTML.

API (every write is on disk before it is answered):
    GET  /api/session                      the articles, progress, and the contract's vocabularies
    GET  /api/articles/<n>                 one article: text, items, metadata
    POST /api/articles/<n>/items           {"field": "events", "item": {"span": [s, e], ...}}
    PUT  /api/articles/<n>/items/<key>     {"status": "accepted"} or any fields of the item
    PUT  /api/articles/<n>/meta            {"headline": ..., "published": ..., "tags": [...], ...}
    POST /api/articles/<n>/save            write <out>/<id>.json, or return its problems
"""

from __future__ import annotations

import json
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from summariser.errors import InputError
from summariser.labelling.fixture import actor_ids
from summariser.labelling.session import Session
from summariser.labelling.work import Work
from summariser.schema import ACTOR_KINDS, EVENT_KINDS, POLARITIES

HOST = "127.0.0.1"
MAX_BODY = 1_000_000
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'none'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
STATIC = {"/": ("index.html", "text/html"), "/label.js": ("label.js", "text/javascript"),
          "/editor.js": ("editor.js", "text/javascript"), "/label.css": ("label.css", "text/css")}
_ARTICLE = re.compile(r"^/api/articles/(\d+)(/items(?:/([\w-]+))?|/meta|/save)?$")


class LabelServer(ThreadingHTTPServer):
    """Serves one `Session` on 127.0.0.1; port 0 takes a free one."""

    daemon_threads = True  # a browser's idle connection must not hold up Ctrl-C

    def __init__(self, session: Session, port: int = 0):
        super().__init__((HOST, port), _Handler)
        self.session = session
        self.static = {path: (resources.files(__package__).joinpath("static", name).read_bytes(), kind)
                       for path, (name, kind) in STATIC.items()}

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def origins(self) -> set[str]:
        return {f"{HOST}:{self.port}", f"localhost:{self.port}"}


class _Handler(BaseHTTPRequestHandler):
    server: LabelServer
    server_version = "summariser-label"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self._answer("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._answer("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._answer("PUT")

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's signature
        """Quiet: a line per request would bury the one line a user needs."""

    def _answer(self, method: str) -> None:
        refused = self._refusal(method)
        if refused:
            return self._send(refused[0], {"error": refused[1]})
        path = self.path.split("?", 1)[0]
        if method == "GET" and path in self.server.static:
            return self._send(200, *self.server.static[path])
        try:
            status, body = _route(self.server.session, method, path, self._body(method))
        except InputError as exc:
            status, body = 400, {"error": str(exc)}
        except Exception as exc:  # a bug: the page shows it, the server goes on serving
            print(f"summariser: error: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            status, body = 500, {"error": f"internal error: {type(exc).__name__}"}
        self._send(status, body)

    def _refusal(self, method: str) -> tuple[int, str] | None:
        if self.headers.get("Host") not in self.server.origins():  # DNS rebinding: another site's name
            return 403, "this server answers only to its loopback address"
        if method == "GET":
            return None
        origin = self.headers.get("Origin")
        if origin is not None and origin.removeprefix("http://") not in self.server.origins():
            return 403, "writes come only from the labelling page itself"
        if (self.headers.get("Content-Type") or "").split(";")[0].strip() != "application/json":
            return 415, "writes are JSON"
        return None

    def _body(self, method: str) -> dict:
        if method == "GET":
            return {}
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise InputError("bad Content-Length") from None
        if length > MAX_BODY:
            raise InputError(f"request larger than {MAX_BODY} bytes")
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            raise InputError("the request is not JSON") from None
        if not isinstance(data, dict):
            raise InputError("the request is not a JSON object")
        return data

    def _send(self, status: int, body: Any, kind: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the tab went away mid-answer: nothing to tell
            pass


def _route(session: Session, method: str, path: str, body: dict) -> tuple[int, Any]:
    if method == "GET" and path == "/api/session":
        return 200, session_view(session)
    match = _ARTICLE.match(path)
    if match is None:
        return 404, {"error": f"no {path}"}
    index, action, key = int(match[1]), match[2], match[3]
    if index >= len(session.works):
        return 404, {"error": f"no article {index}"}
    if method == "GET" and action is None:
        return 200, article_view(session, index, with_text=True)
    if method == "POST" and action == "/items":
        key = session.create(index, str(body.get("field")), _object(body.get("item")))
        return 200, {"key": key, "article": article_view(session, index)}
    if method == "PUT" and action == "/meta":
        session.update_meta(index, body)
        return 200, {"article": article_view(session, index)}
    if method == "PUT" and key is not None:
        session.update(index, key, body)
        return 200, {"article": article_view(session, index)}
    if method == "POST" and action == "/save":
        path_written, problems = session.save(index)
        return 200, {"saved": str(path_written) if path_written else None,
                     "problems": [{"message": p.message, "key": p.key} for p in problems],
                     "article": article_view(session, index)}
    return 405, {"error": f"{method} {path} is not allowed"}


def session_view(session: Session) -> dict:
    """The articles with their progress, and the vocabularies the page may offer."""
    return {"articles": _progress(session), "out": str(session.out),
            "enums": {"actor_kinds": ACTOR_KINDS, "event_kinds": EVENT_KINDS, "polarities": POLARITIES}}


def article_view(session: Session, index: int, with_text: bool = False) -> dict:
    """Everything the page shows of article ``index``; the text only when asked (it never changes)."""
    with session.lock:
        work = session.works[index]
        view = work.model_dump(exclude={"text", "version", "next_key"}) | {"index": index}
        ids = actor_ids(work)
        for actor in view["actors"]:
            actor["id"] = ids[actor["key"]]
        for field in ("events", "stances"):
            for item, model in zip(view[field], getattr(work, field), strict=True):
                item["evidence"] = work.evidence(model)
        if with_text:
            view["text"] = work.text
        view["articles"] = _progress(session)
        return view


def _progress(session: Session) -> list[dict]:
    return [_article_progress(w) for w in session.works]


def _article_progress(work: Work) -> dict:
    decided, total = work.progress()
    return {"id": work.id, "input": work.input, "saved": work.saved, "decided": decided, "total": total}


def _object(value: Any) -> dict:
    if not isinstance(value, dict):
        raise InputError("an item is a JSON object")
    return value
