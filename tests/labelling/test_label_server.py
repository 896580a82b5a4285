"""The labelling server over real HTTP on loopback: its API, and what it refuses."""

from __future__ import annotations

import http.client
import json
import threading

import pytest

from summariser.labelling.server import LabelServer
from summariser.labelling.work import Work

from label_articles import PORT_STRIKE, span_of


@pytest.fixture
def server(make_session):
    served = LabelServer(make_session())
    thread = threading.Thread(target=served.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield served
    served.shutdown()
    served.server_close()


def request(server, method: str, path: str, body=None, headers: dict | None = None):
    """(status, headers, decoded JSON or text) of one request, Host and Content-Type as the page sends them."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    sent = {"Host": f"127.0.0.1:{server.port}"}
    if body is not None:
        sent["Content-Type"] = "application/json"
        body = body if isinstance(body, bytes) else json.dumps(body).encode()
    sent.update(headers or {})
    connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    data = response.read().decode()
    connection.close()
    kind = response.getheader("Content-Type", "")
    return response.status, response, json.loads(data) if kind.startswith("application/json") else data


def test_the_page_and_its_own_scripts_are_served_under_a_strict_policy(server):
    status, response, page = request(server, "GET", "/")
    assert status == 200 and "<script src=\"/label.js\"" in page
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    for path in ("/label.js", "/editor.js", "/label.css"):
        status, response, _ = request(server, "GET", path)
        assert status == 200 and response.getheader("Content-Security-Policy") == policy
    assert server.url == f"http://127.0.0.1:{server.port}/"


def test_the_api_reads_and_writes_one_article(server):
    status, _, session = request(server, "GET", "/api/session")
    proposed = session["articles"][0]["total"]  # what the rules propose for the article
    assert status == 200 and proposed >= 5 and session["articles"] == [
        {"id": "port-strike", "input": "port-strike.txt", "saved": False, "decided": 0, "total": proposed}]
    assert "protest" in session["enums"]["event_kinds"] and session["enums"]["polarities"][0] == "support"
    _, _, article = request(server, "GET", "/api/articles/0")
    assert article["text"] == PORT_STRIKE and article["actors"][0]["id"] == "valmont-port-workers-union"
    union = article["actors"][0]["key"]
    status, _, answer = request(server, "POST", "/api/articles/0/items", {
        "field": "events", "item": {"span": span_of(PORT_STRIKE, "walked off the job"), "kind": "protest",
                                    "agents": [union]}})
    assert status == 200 and "text" not in answer["article"]
    added = next(e for e in answer["article"]["events"] if e["key"] == answer["key"])
    assert added["evidence"] == "walked off the job"
    on_disk = Work.model_validate_json((server.session.work_dir / "port-strike.json").read_text())
    assert on_disk.locate(answer["key"]) is not None  # on disk before the answer came
    status, _, answer = request(server, "PUT", f"/api/articles/0/items/{union}", {"status": "rejected"})
    assert answer["article"]["articles"][0]["decided"] == 2


def test_a_bad_change_is_one_message_and_changes_nothing(server):
    before = (server.session.work_dir / "port-strike.json").read_text()
    status, _, answer = request(server, "PUT", "/api/articles/0/items/event-4", {"kind": "riot"})
    assert status == 400 and answer["error"].startswith("kind: Input should be")
    status, _, answer = request(server, "POST", "/api/articles/0/save", {})
    assert status == 200 and answer["saved"] is None and "undecided" in answer["problems"][0]["message"]
    assert (server.session.work_dir / "port-strike.json").read_text() == before


@pytest.mark.parametrize(("method", "path", "body", "status"), [
    ("GET", "/api/articles/7", None, 404),
    ("GET", "/../../etc/passwd", None, 404),
    ("PUT", "/api/articles/0/items/actor-1", b"{not json", 400),
    ("PUT", "/api/articles/0/items/actor-1", [1, 2], 400),
    ("POST", "/api/articles/0/items", {"field": "events", "item": "walked"}, 400),
    ("POST", "/api/articles/0", {}, 405),
])
def test_malformed_requests_are_refused(server, method, path, body, status):
    assert request(server, method, path, body)[0] == status


def test_a_body_too_large_is_refused_before_it_is_read(server):
    status, _, answer = request(server, "PUT", "/api/articles/0/items/actor-1", b"{}", {"Content-Length": "1000001"})
    assert status == 400 and answer["error"] == "request larger than 1000000 bytes"


def test_another_host_name_is_refused_though_it_points_here(server):
    """DNS rebinding: a site whose name resolves to 127.0.0.1 reaches the port, but under its own name."""
    status, _, answer = request(server, "GET", "/api/session", headers={"Host": f"evil.example:{server.port}"})
    assert status == 403 and "loopback" in answer["error"]
    assert request(server, "GET", "/", headers={"Host": f"localhost:{server.port}"})[0] == 200


def test_writes_come_only_as_json_from_the_page_itself(server):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert request(server, "PUT", "/api/articles/0/items/actor-1", b"status=rejected", form)[0] == 415
    other_site = {"Origin": "http://evil.example"}
    assert request(server, "PUT", "/api/articles/0/items/actor-1", {"status": "rejected"}, other_site)[0] == 403
    own = {"Origin": f"http://127.0.0.1:{server.port}"}
    assert request(server, "PUT", "/api/articles/0/items/actor-1", {"status": "rejected"}, own)[0] == 200
