"""The HTML report in headless Chromium: the leaderboard renders, article text runs no script."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from browsers import chromium

from summariser.evals import reports
from summariser.evals.runner import run_eval

EVIL = (
    '\n<script>window.__pwned = 1; document.title = "pwned"</script>'
    '<img src="x" onerror="window.__pwned = 2"><svg onload="window.__pwned = 3"></svg>'
)


@pytest.fixture(scope="module")
def browser(report):  # after `report`: playwright keeps an event loop running in this thread
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def report(fixtures, tmp_path_factory) -> tuple[Path, str]:
    evil = fixtures[0].model_copy(update={"text": fixtures[0].text + EVIL})
    run = asyncio.run(run_eval([evil, *fixtures[1:3]], ["gold", "baseline"], tmp_path_factory.mktemp("run")))
    paths = reports.write_reports(run, reports.document(run))
    return paths["html"], evil.id


def _open(browser, path: Path):
    page = browser.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, requests, errors


def test_the_leaderboard_renders(report, browser):
    page, requests, errors = _open(browser, report[0])
    rows = page.locator("table.leaderboard tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).locator("td").first.inner_text() == "gold"
    assert page.locator("table.leaderboard").is_visible()
    assert page.locator("#chart svg rect").count() == 6
    assert all(u.startswith("file://") for u in requests) and errors == []
    page.close()


def test_a_fixture_with_script_in_its_text_runs_no_script(report, browser):
    path, evil_id = report
    page, requests, _ = _open(browser, path)
    details = page.locator(f"#fixture-{evil_id}")
    details.locator("summary").first.click()
    details.locator("details.model summary").first.click()
    article = details.locator(".article").first
    assert "<script>window.__pwned = 1" in article.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() == "Summariser eval report"
    assert page.locator("script").count() == 0 and page.locator(".article img").count() == 0
    assert all(u.startswith("file://") for u in requests)
    page.close()


def test_the_csp_alone_would_stop_a_script_that_escaped_escaping(report, browser, tmp_path):
    path, _ = report
    html = path.read_text(encoding="utf-8").replace("<main>", f"<main>{EVIL}", 1)
    broken = tmp_path / "broken.html"
    broken.write_text(html, encoding="utf-8")
    page, _, _ = _open(browser, broken)
    assert page.locator("script").count() == 1  # the script is in the page...
    assert page.evaluate("typeof window.__pwned") == "undefined"  # ...and did not run
    assert page.title() == "Summariser eval report"
    page.close()
    control = tmp_path / "control.html"
    control.write_text(html.replace("http-equiv=\"Content-Security-Policy\"", "name=\"x\""), encoding="utf-8")
    page, _, _ = _open(browser, control)
    assert page.evaluate("window.__pwned") in (1, 2, 3)  # without the CSP it would have
    page.close()
