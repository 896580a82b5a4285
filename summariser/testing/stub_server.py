"""A scripted OpenAI-compatible chat server on loopback, for fault-injection tests.

Each request to ``POST /v1/chat/completions`` (or ``/chat/completions``) takes
the next queued ``Reply``; when the queue is empty the default answers. The
default is a valid, grounded summary of the article in the request, in the
mode the request asked for (``tools`` -> a tool call, else message content),
so a real instructor + litellm stack accepts it. Every request is recorded.

    with StubServer() as stub:
        stub.enqueue(Reply(429, headers={"Retry-After": "1"}))
        pipeline.summarise(text, model="openai/stub", api_base=stub.api_base)
        assert stub.count == 2

Run as a script it serves until killed and prints its ``api_base`` on stdout:
``python -m summariser.testing.stub_server --latency 0.2`` (for subprocesses and benchmarks,
so that the server does not share the client's interpreter). ``GET /_stub/count``
answers ``{"count": N}``, the chat requests received so far; ``GET /_stub/times``
answers ``{"arrived": [...], "answered": [...]}``, the ``time.monotonic()`` of each
chat request's arrival and of each answer sent (the system-wide clock, so a
benchmark in another process can place them on its own timeline).
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PATHS = ("/v1/chat/completions", "/chat/completions")
COUNT_PATH = "/_stub/count"  # read-only control routes for a stub in another process
TIMES_PATH = "/_stub/times"
_ARTICLE = re.compile(r'Article:\n"""\n(.*)\n"""', re.S)
_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s|$)|$)", re.S)
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


@dataclass
class Reply:
    """One scripted answer.

    Args:
        status: HTTP status.
        headers: extra response headers (e.g. ``Retry-After``).
        body: a dict (sent as JSON), str/bytes (sent as is), or None for the default answer.
        content: the model's answer text, wrapped in a valid chat completion
            (message content, or tool-call arguments when the request has tools).
        delay: seconds to wait before answering.
        drop: close the connection without answering.
        cut: send only the first ``cut`` bytes of the body, then close (a truncated body).
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: dict | str | bytes | None = None
    content: str | None = None
    delay: float = 0.0
    drop: bool = False
    cut: int | None = None

    @classmethod
    def error(cls, status: int, message: str = "stub error", **kwargs: Any) -> Reply:
        """An OpenAI-style error body."""
        kind = "rate_limit_error" if status == 429 else "server_error"
        return cls(status, body={"error": {"message": message, "type": kind, "code": status}}, **kwargs)


@dataclass
class Request:
    """What the stub received."""

    path: str
    headers: dict[str, str]  # names in lower case
    body: Any
    at: float  # time.monotonic() when it arrived


Script = Reply | Callable[[Request], Reply]


class StubServer:
    """A threaded HTTP server on 127.0.0.1 and a free port."""

    def __init__(self, default: Script | None = None, latency: float = 0.0):
        self.default: Script = default or Reply()
        self.latency = latency  # added to every answer
        self.requests: list[Request] = []
        self.others: list[Request] = []  # any other request (a GET for an image, say)
        self.answered: list[float] = []  # time.monotonic() after each chat answer was sent
        self._queue: deque[Script] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None

    # -- scripting -------------------------------------------------------
    def enqueue(self, *replies: Script) -> StubServer:
        """Answer the next requests with ``replies``, in order; then the default."""
        with self._lock:
            self._queue.extend(replies)
        return self

    def always(self, reply: Script) -> StubServer:
        """Answer every request (after the queue) with ``reply``."""
        self.default = reply
        return self

    @property
    def count(self) -> int:
        """Chat requests received so far."""
        with self._lock:
            return len(self.requests)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.others.clear()
            self.answered.clear()
            self._queue.clear()

    # -- lifecycle -------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None, "the stub is not started"
        return self._httpd.server_address[1]

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> StubServer:
        stub = self

        class Handler(_Handler):
            server_stub = stub

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping on a delay
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    # -- answering -------------------------------------------------------
    def _next(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            script = self._queue.popleft() if self._queue else self.default
        return script(request) if callable(script) else script


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm the body waits for
    # the client's delayed ACK, adding ~40 ms to every answer on top of ``latency``.
    disable_nagle_algorithm = True
    server_stub: StubServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        if self.path == COUNT_PATH:
            self._send(200, {"count": self.server_stub.count})
            return
        if self.path == TIMES_PATH:
            stub = self.server_stub
            with stub._lock:
                times = {"arrived": [r.at for r in stub.requests], "answered": list(stub.answered)}
            self._send(200, times)
            return
        self._other(None)

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.split("?")[0] not in PATHS:
            self._other(raw)
            return
        try:
            body = json.loads(raw)
        except ValueError:
            body = raw.decode("utf-8", "replace")
        stub = self.server_stub
        request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body, time.monotonic())
        reply = stub._next(request)
        if stub._stopping.wait(reply.delay + stub.latency):
            return
        if reply.drop:
            self._drop()
            return
        payload = reply.body
        if payload is None:
            payload = completion(body if isinstance(body, dict) else {}, reply.content)
        self._send(reply.status, payload, reply.headers, reply.cut)
        with stub._lock:
            stub.answered.append(time.monotonic())

    def _other(self, raw: bytes | None) -> None:
        stub = self.server_stub
        with stub._lock:
            stub.others.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}, raw, time.monotonic()))
        self._send(404, {"error": {"message": f"no route {self.path}"}})

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send(self, status: int, payload: Any, headers: dict | None = None, cut: int | None = None) -> None:
        if isinstance(payload, (dict, list)):
            data = json.dumps(payload).encode()
        else:
            data = payload.encode() if isinstance(payload, str) else payload
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data if cut is None else data[:cut])
            self.wfile.flush()
        except OSError:  # the client gave up (a timeout test): nothing to answer
            self.close_connection = True
            return
        if cut is not None:
            self._drop()


# -- the default answer ---------------------------------------------------------


def article_of(request: dict) -> str:
    """The article inside the user messages (a re-ask appends more), else the first user message."""
    users = [_text(m.get("content")) for m in request.get("messages", []) if m.get("role") == "user"]
    for content in users:
        if match := _ARTICLE.search(content):
            return match.group(1)
    return users[0] if users else ""


def _text(content: Any) -> str:
    if isinstance(content, list):  # OpenAI content parts
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content or ""


def first_sentence(text: str) -> str:
    match = _SENTENCE.search(text.strip())
    sentence = match.group(0).strip() if match else text.strip()
    return sentence.splitlines()[0].strip() if sentence else ""


def summary_draft(text: str) -> dict:
    """A minimal summary that meets the contract for ``text``: one actor, one event."""
    sentence = first_sentence(text) or "Nothing happened."
    draft: dict[str, Any] = {
        "headline": sentence[:120],
        "summary": sentence,
        "actors": [],
        "events": [],
        "stances": [],
    }
    name = _NAME.search(text)
    ids = []
    if name:
        ids = [re.sub(r"[^a-z0-9]+", "-", name.group(0).lower()).strip("-")]
        draft["actors"].append({"id": ids[0], "name": name.group(0), "kind": "person", "role": None, "aliases": []})
    if first_sentence(text):
        draft["events"].append(
            {"id": "e1", "description": sentence[:200], "kind": "other", "agents": ids, "targets": [],
             "date": None, "location": None, "evidence": sentence}
        )
    return draft


def _schema_of(request: dict) -> dict | None:
    tools = request.get("tools") or []
    if tools:
        return tools[0].get("function", {}).get("parameters")
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return (fmt.get("json_schema") or {}).get("schema")
    return None


def instance(schema: dict, defs: dict | None = None) -> Any:
    """A small value valid for ``schema`` (enough of JSON Schema for pydantic's output)."""
    defs = defs if defs is not None else schema.get("$defs", {})
    if "$ref" in schema:
        return instance(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return instance(options[0], defs)
    kind = schema.get("type", "object")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: instance(v, defs) for k, v in props.items() if k in schema.get("required", props)}
    return {"string": "stub", "integer": 0, "number": 0, "boolean": False, "array": [], "null": None}.get(kind)


def default_answer(request: dict) -> str:
    """The JSON text the default model answers with."""
    schema = _schema_of(request) or {}
    props = schema.get("properties", {})
    text = article_of(request)
    if not schema or {"actors", "events"} <= set(props):
        return json.dumps(summary_draft(text))
    if {"headline", "summary"} <= set(props):
        sentence = first_sentence(text) or "Summary."
        return json.dumps({"headline": sentence[:120], "summary": sentence})
    return json.dumps(instance(schema))


def completion(request: dict, content: str | None = None) -> dict:
    """A chat completion carrying ``content`` (default: ``default_answer``) in the request's mode."""
    content = default_answer(request) if content is None else content
    message: dict[str, Any] = {"role": "assistant", "content": content}
    finish = "stop"
    tools = request.get("tools") or []
    if tools:
        name = tools[0].get("function", {}).get("name", "tool")
        message = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_stub", "type": "function", "function": {"name": name, "arguments": content}}
        ]}
        finish = "tool_calls"
    prompt = sum(len(str(m.get("content", ""))) for m in request.get("messages", [])) // 4
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "stub"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": len(content) // 4,
                  "total_tokens": prompt + len(content) // 4},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    args = parser.parse_args(argv)
    stub = StubServer(latency=args.latency).start()
    print(stub.api_base, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        stub.stop()


if __name__ == "__main__":
    sys.exit(main())
