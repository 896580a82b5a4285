"""The response cache: keyed by everything that changes the answer, private, atomic, never holding keys."""

from __future__ import annotations

import stat

import pytest

from summariser.evals.cache import ResponseCache, cache_key, default_cache_dir
from summariser.schema import ArticleSummary, Usage

BASE = {"model": "openai/gpt-4o-mini", "api_base": None, "prompt_version": "p1", "schema_hash": "s1", "temperature": 0.0}


@pytest.mark.parametrize(
    "change",
    [
        {"model": "openai/gpt-4o"},
        {"api_base": "http://localhost:8080/v1"},
        {"prompt_version": "p2"},
        {"schema_hash": "s2"},
        {"temperature": 0.7},
        {"seed": 1},
    ],
)
def test_every_part_of_the_fingerprint_changes_the_key(change):
    assert cache_key(BASE | change, "text", None) != cache_key(BASE, "text", None)


def test_text_and_date_change_the_key_and_order_does_not():
    key = cache_key(BASE, "text", "2024-01-01")
    assert key != cache_key(BASE, "text.", "2024-01-01")
    assert key != cache_key(BASE, "text", "2024-01-02")
    assert key == cache_key(dict(reversed(BASE.items())), "text", "2024-01-01")


def _summary() -> ArticleSummary:
    return ArticleSummary(headline="h", summary="s", usage=Usage(model="m", prompt_tokens=3, cost_usd=0.01))


def test_round_trip_in_private_folders(tmp_path):
    cache = ResponseCache(tmp_path / "c")
    key = cache_key(BASE, "text", None)
    assert cache.get(key) is None
    cache.put(key, "m", _summary())
    assert cache.get(key).summary == _summary()
    assert (cache.hits, cache.misses) == (1, 1)
    for folder in (tmp_path / "c", tmp_path / "c" / "responses", tmp_path / "c" / "responses" / key[:2]):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list((tmp_path / "c").rglob("*"))
    assert not [f for f in files if f.name.endswith(".tmp")]
    assert all(stat.S_IMODE(f.stat().st_mode) & 0o077 == 0 for f in files)


def test_secrets_on_the_way_to_a_model_never_reach_the_cache_or_the_results(tmp_path, stub, monkeypatch):
    # Where a secret travels with a request: the provider key (sent on every call) and
    # credentials written into an API base (they change the key; an error names the server).
    import asyncio

    from summariser.evals.fixtures import load_fixtures
    from summariser.evals.predictors import pipeline_predictor
    from summariser.evals.runner import run_eval

    secret = "sk-canary-7777-secret"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    fixture = load_fixtures()[0]
    answered = pipeline_predictor("openai/stub", {"api_base": stub.api_base})
    dead = f"http://user:{secret}@127.0.0.1:9/v1"
    down = pipeline_predictor("openai/stub", {"api_base": dead, "max_retries": 0})
    assert down.key(fixture) != pipeline_predictor("openai/stub", {"api_base": "http://127.0.0.1:9/v1"}).key(fixture)
    cache = ResponseCache(tmp_path / "cache")
    answered.name, down.name = "answered", "down"
    predictors = {"answered": answered, "down": down}
    run = asyncio.run(run_eval([fixture], list(predictors), tmp_path / "run", factory=predictors.__getitem__,
                               cache=cache, ramp=0))
    assert run.results[("answered", fixture.id)].ok and cache.get(answered.key(fixture)) is not None
    error = run.results[("down", fixture.id)].error
    assert "127.0.0.1:9" in error and secret not in error  # the server named, its credentials not
    written = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert written and all(secret not in f.read_text(errors="replace") for f in written)


def test_a_damaged_entry_is_a_miss(tmp_path):
    cache = ResponseCache(tmp_path)
    key = cache_key(BASE, "text", None)
    cache.put(key, "m", _summary())
    next(tmp_path.rglob(f"{key}.json")).write_text('{"summary": {"headl')
    assert cache.get(key) is None


def test_default_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "x"))
    assert default_cache_dir() == tmp_path / "x"
    monkeypatch.delenv("SUMMARISER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "summariser"


def test_a_looser_existing_cache_folder_of_ours_is_made_private(tmp_path):
    root, shard = tmp_path / "c", tmp_path / "c" / "responses" / "ab"
    shard.mkdir(parents=True, mode=0o755)
    for folder in (root, root / "responses", shard):
        folder.chmod(0o755)
    cache = ResponseCache(root)
    assert stat.S_IMODE(root.stat().st_mode) == 0o700  # at once: it may already hold answers
    cache.put("ab" + "0" * 62, "m", _summary())
    for folder in (root, root / "responses", shard):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (entry,) = shard.glob("*.json")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600


def test_a_cache_folder_owned_by_someone_else_is_left_alone(tmp_path, monkeypatch):
    root = tmp_path / "shared"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    monkeypatch.setattr("os.getuid", lambda: root.stat().st_uid + 1)
    ResponseCache(root)
    assert stat.S_IMODE(root.stat().st_mode) == 0o755

