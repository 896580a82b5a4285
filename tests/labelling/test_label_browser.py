"""`summariser label` in headless Chromium: the real command serves, a user labels by keyboard and mouse.

The server is the real CLI in its own process (killed with SIGKILL mid-way and
started again); the saved file is checked by the real `summariser fixtures check`.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from browsers import chromium
from label_articles import PORT_STRIKE, plan

EVIL = (
    "Protesters gathered outside the ministry on Friday.\n\n"
    '<script>window.__pwned = 1; document.title = "pwned"</script>'
    '<img src="http://evil.example/x.png" onerror="window.__pwned = 2"><svg onload="window.__pwned = 3"></svg>\n'
)
URL = re.compile(r"http://127\.0\.0\.1:\d+/")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    return env | {"LITELLM_LOCAL_MODEL_COST_MAP": "True"}


class Labeller:
    """`summariser label` running in its own process, as a user starts it."""

    def __init__(self, articles: list[Path], out: Path):
        self.command = [sys.executable, "-m", "summariser.cli", "label", *map(str, articles), "--out", str(out),
                        "--published", "2024-05-07", "--no-browser"]
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> Labeller:
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env=_env())
        line = self.process.stdout.readline()
        found = URL.search(line)
        assert found, line + self.process.stderr.read()
        self.url = found.group()
        return self

    def kill(self) -> None:
        self.process.kill()  # SIGKILL: no cleanup, no last write
        self.process.wait(timeout=30)

    def stop(self, sig: int = signal.SIGINT) -> tuple[int, str]:
        self.process.send_signal(sig)
        _, stderr = self.process.communicate(timeout=30)
        return self.process.returncode, stderr


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def articles(tmp_path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "port-strike.txt").write_text(PORT_STRIKE, encoding="utf-8")
    (folder / "evil.txt").write_text(EVIL, encoding="utf-8")
    return [folder / "port-strike.txt", folder / "evil.txt"]


@pytest.fixture
def labeller(articles, tmp_path):
    running = Labeller(articles, tmp_path / "mine").start()
    yield running
    if running.process.poll() is None:
        running.kill()


def _page(browser, url: str):
    page = browser.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.locator("#progress", has_text="items decided").wait_for()
    return page, requests, errors


def _select(page, words: str) -> None:
    """Select ``words`` of the article with the mouse: press on the first letter, release after the last."""
    start = PORT_STRIKE.index(words)
    box = page.evaluate("""([start, end]) => {
        const at = (offset) => {
            const seg = [...document.querySelectorAll('#article [data-start]')]
                .filter((s) => Number(s.dataset.start) <= offset).pop();
            const range = document.createRange();
            range.setStart(seg.firstChild, offset - Number(seg.dataset.start));
            range.setEnd(seg.firstChild, offset - Number(seg.dataset.start) + 1);
            return range.getBoundingClientRect();
        };
        const [first, last] = [at(start), at(end - 1)];
        return {x0: first.left + 1, y0: first.top + first.height / 2,
                x1: last.right - 1, y1: last.top + last.height / 2};
    }""", [start, start + len(words)])
    page.mouse.move(box["x0"], box["y0"])
    page.mouse.down()
    page.mouse.move(box["x1"], box["y1"], steps=5)
    page.mouse.up()


def test_an_article_is_labelled_end_to_end_by_keyboard_and_mouse(browser, labeller, tmp_path):
    from playwright.sync_api import expect

    from summariser.rules.summary import rules_summary

    # what the server proposes (the rules): keep the union, Brandt and his request, reject the rest
    keys = plan(rules_summary(PORT_STRIKE, "2024-05-07").model_dump())
    n, rejected = len(keys), keys.count("r")
    assert keys.count("a") == 3, f"the rules no longer propose the union, Brandt and his request: {keys}"
    page, requests, errors = _page(browser, labeller.url)
    progress = page.locator("#progress")
    expect(progress).to_have_text(f"article 1 of 2 · 0 of {n} items decided · 0 of 2 saved")
    for key in keys:
        page.keyboard.press(key)
    expect(progress).to_have_text(f"article 1 of 2 · {n} of {n} items decided · 0 of 2 saved")

    _select(page, "Dockers in Valmont walked off the job")
    expect(page.locator("#selection")).to_have_text("“Dockers in Valmont walked off the job”")
    page.keyboard.press("2")  # add as an event: the editor opens on it
    editor = page.locator("#editor")
    editor.locator("select[name=kind]").select_option("protest")
    editor.locator("fieldset.links", has_text="agents").get_by_text("Valmont Port Workers Union").click()
    editor.locator("input[name=date]").fill("2024-05-06")
    page.keyboard.press("Escape")
    added = page.locator(".item", has_text="protest: Valmont Port Workers Union · "
                                           "“Dockers in Valmont walked off the job” · 2024-05-06")
    expect(added).to_have_count(1)  # shown once the server has written it
    expect(progress).to_have_text(f"article 1 of 2 · {n + 1} of {n + 1} items decided · 0 of 2 saved")

    page.reload()  # a closed or reloaded tab loses nothing
    expect(added).to_have_count(1)
    expect(progress).to_have_text(f"article 1 of 2 · {n + 1} of {n + 1} items decided · 0 of 2 saved")
    expect(page.locator(".item.rejected")).to_have_count(rejected)

    labeller.kill()  # so does a killed server
    labeller.start()
    page.goto(labeller.url + "#1")
    expect(added).to_have_count(1)
    expect(progress).to_have_text(f"article 1 of 2 · {n + 1} of {n + 1} items decided · 0 of 2 saved")

    page.keyboard.press("s")  # a real article needs its source: shown, nothing written
    expect(page.locator("#problems li")).to_have_text(["source: a real article needs its source and licence"])
    assert not (tmp_path / "mine" / "port-strike.json").exists()
    page.locator("input[name=source]").fill("Written for the labelling test, CC0")
    page.locator("#save").click()
    expect(page.locator("#status")).to_have_text(re.compile(r"^saved .*port-strike\.json$"))
    expect(progress).to_have_text(
        f"article 1 of 2 · {n + 1} of {n + 1} items decided · 1 of 2 saved · this one saved")

    page.keyboard.press("n")
    expect(progress).to_have_text(re.compile(r"^article 2 of 2 · 0 of \d+ items decided · 1 of 2 saved$"))
    assert errors == [] and all(u.startswith("http://127.0.0.1:") for u in requests)  # the two servers' only
    page.close()

    check = subprocess.run([sys.executable, "-m", "summariser.cli", "fixtures", "check", str(tmp_path / "mine")],
                           capture_output=True, text=True, env=_env(), timeout=120)
    assert (check.returncode, check.stdout, check.stderr) == (0, "", "1 files, 0 problems\n")
    saved = json.loads((tmp_path / "mine" / "port-strike.json").read_text())
    assert [(e["id"], e["kind"], e["agents"], e["date"], e["evidence"]) for e in saved["expected"]["events"]] == [
        ("e1", "protest", ["valmont-port-workers-union"], "2024-05-06", "Dockers in Valmont walked off the job"),
        ("e2", "request", ["eli-brandt"], None,
         "Transport Minister Eli Brandt urged both sides to return to talks"),
    ]
    assert saved["source"] == "Written for the labelling test, CC0" and saved["tags"] == ["real", "en", "mine"]


def test_actors_and_aliases_are_picked_from_the_text_and_edited_by_keyboard(browser, labeller):
    from playwright.sync_api import expect

    page, _, errors = _page(browser, labeller.url)
    _select(page, "Valmont")
    page.keyboard.press("1")  # a new actor, named by the selection; the editor opens on its kind
    expect(page.locator("#editor select[name=kind]")).to_be_focused()
    page.keyboard.press("s")  # typed into the focused list: "state"
    page.keyboard.press("Escape")
    _select(page, "the city")
    page.keyboard.press("4")  # an alias of the current actor
    valmont = page.locator(".item", has_text="Valmont · state · also the city [valmont]")
    expect(valmont).to_have_count(1)
    expect(valmont).to_have_class(re.compile(r"\bcurrent\b"))
    page.keyboard.press("j")  # the union, next in the text
    page.keyboard.press("e")
    page.keyboard.press("Tab")  # from its kind to its role
    page.keyboard.type("trade union")
    page.keyboard.press("Escape")
    union = page.locator(".item", has_text="Valmont Port Workers Union · organisation · trade union")
    expect(union).to_have_class(re.compile(r"\baccepted\b"))  # an edit of a proposal accepts it
    page.reload()
    expect(valmont).to_have_count(1)
    expect(union).to_have_count(1)
    assert errors == []
    page.close()


def test_an_article_with_script_in_it_runs_no_script(browser, labeller):
    page, requests, errors = _page(browser, labeller.url + "#2")
    article = page.locator("#article")
    assert "<script>window.__pwned = 1" in article.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() == "summariser label"
    assert article.locator("script, img, svg").count() == 0
    assert errors == [] and all(u.startswith(labeller.url) for u in requests)  # no request left the machine
    page.close()


def test_ctrl_c_stops_the_server_in_one_line_and_keeps_the_work(labeller, tmp_path):
    code, stderr = labeller.stop(signal.SIGINT)
    assert code == 0 and "Traceback" not in stderr
    assert stderr.splitlines() == [
        f"summariser: stopped; 0 of 2 saved in {tmp_path / 'mine'}, all work kept in {tmp_path / 'mine' / '.label'} "
        "(rerun the same command to resume)"]
    assert sorted(p.name for p in (tmp_path / "mine" / ".label").iterdir()) == ["evil.json", "port-strike.json"]
