"""Templates fail loudly, the few-shot example holds, and the prompt version tracks content."""

import json
import shutil
from pathlib import Path

import jinja2
import pytest

from summariser import prompting
from summariser.errors import InputError
from summariser.evidence import Article
from summariser.grounding import find_problems
from summariser.schema import SummaryDraft

TEMPLATES = sorted(p.name for p in prompting.PROMPTS.iterdir() if p.name.endswith(".jinja"))

# every variable each template needs, with a value
VARIABLES = {
    "system.jinja": {"example": None},
    "user.jinja": {"text": "ARTICLE BODY", "published": "2022-01-11", "part": 1, "parts": 3, "fence": '"""'},
    "merge.jinja": {"summaries": ["first", "second"], "published": "2022-01-11"},
    "event_kind.jinja": {"sentence": "THE SENTENCE"},
    "grounded.jinja": {"sentences": [("S1", "THE SENTENCE")], "names": ["A NAME"], "actors": ["A NAME"],
                       "step": "events", "published": "2022-01-11"},
}


def test_every_shipped_template_is_covered():
    assert TEMPLATES == sorted(VARIABLES)


@pytest.mark.parametrize("template", sorted(VARIABLES))
def test_templates_render_with_all_their_variables(template):
    out = prompting.render(template, **VARIABLES[template])
    assert out and out == out.strip()
    for value in VARIABLES[template].values():
        if isinstance(value, str):
            assert value in out


@pytest.mark.parametrize(
    ("template", "missing"),
    [(t, name) for t, variables in sorted(VARIABLES.items()) for name in variables],
)
def test_a_missing_variable_raises(template, missing):
    variables = {k: v for k, v in VARIABLES[template].items() if k != missing}
    with pytest.raises(jinja2.UndefinedError, match=missing):
        prompting.render(template, **variables)


def test_the_environment_is_strict():
    assert prompting._env().undefined is jinja2.StrictUndefined


def test_the_example_validates_and_is_grounded():
    example = prompting.example()
    draft = SummaryDraft.model_validate_json(example["output"])
    assert find_problems(draft, Article(example["text"])) == []
    assert draft.actors and draft.events and draft.stances
    assert example["published"]


def test_the_example_file_is_checked_when_loaded(tmp_path):
    data = json.loads(prompting.DEFAULT.source("example.json"))
    data["output"]["events"][0]["evidence"] = "an invented quote"
    (tmp_path / "example.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="prompt example breaks the contract: events\\[0\\]: evidence"):
        prompting.Prompts(tmp_path).example()


def test_summary_messages_carry_the_article_and_the_date():
    text = "Wang Yi met Tokayev in Almaty on Monday."
    system, user = prompting.summary_messages(text, "2022-01-11")
    assert (system["role"], user["role"]) == ("system", "user")
    assert text in user["content"]
    assert "Publication date: 2022-01-11" in user["content"]
    assert prompting.example()["text"] in system["content"]
    assert "part" not in user["content"].lower()


def test_summary_messages_without_a_date_or_example():
    system, user = prompting.summary_messages("Body text.", None, with_example=False)
    assert "Publication date" not in user["content"]
    assert "Body text." in user["content"]
    assert "Example of the output" not in system["content"]
    assert prompting.example()["text"] not in system["content"]


def test_summary_messages_for_a_part():
    _, user = prompting.summary_messages("Body text.", None, part=2, parts=3)
    assert "part 2 of 3" in user["content"]


def test_merge_messages_list_every_part_in_order():
    _, user = prompting.merge_messages(["Alpha happened.", "Beta followed."], "2022-01-11")
    content = user["content"]
    assert "Publication date: 2022-01-11" in content
    assert content.index("Part 1: Alpha happened.") < content.index("Part 2: Beta followed.")


def _version_of(directory: Path) -> str:
    # past the per-folder cache: these tests edit the folder between two readings
    return prompting.Prompts.version.__wrapped__(prompting.Prompts(base=directory))


@pytest.fixture
def prompts_copy(tmp_path) -> Path:
    copy = tmp_path / "prompts"
    copy.mkdir()
    for item in prompting.PROMPTS.iterdir():
        if item.is_file():
            (copy / item.name).write_bytes(item.read_bytes())
    return copy


def test_prompt_version_is_stable():
    version = prompting.prompt_version()
    assert version == prompting.Prompts().version() == prompting.overlay(None).version()
    assert len(version) == 12 and int(version, 16) >= 0


def test_prompt_version_of_an_identical_copy_is_the_same(prompts_copy):
    assert _version_of(prompts_copy) == prompting.prompt_version()


@pytest.mark.parametrize("name", [*TEMPLATES, "example.json"])
def test_prompt_version_changes_when_a_prompt_changes(prompts_copy, name):
    original = _version_of(prompts_copy)
    path = prompts_copy / name
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert _version_of(prompts_copy) != original


def test_prompt_version_changes_when_a_template_is_added_or_renamed(prompts_copy):
    original = _version_of(prompts_copy)
    shutil.copy(prompts_copy / "event_kind.jinja", prompts_copy / "event_kind2.jinja")
    added = _version_of(prompts_copy)
    (prompts_copy / "event_kind.jinja").unlink()
    renamed = _version_of(prompts_copy)
    assert len({original, added, renamed}) == 3


def test_prompt_version_ignores_other_files(prompts_copy):
    original = _version_of(prompts_copy)
    (prompts_copy / "notes.txt").write_text("scratch", encoding="utf-8")
    assert _version_of(prompts_copy) == original


# -- prompt variants: a folder whose templates replace those of the same name ------------------


def _variant(tmp_path: Path, files: dict[str, str], name: str = "variant") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def test_a_variant_replaces_only_its_own_templates(tmp_path):
    variant = prompting.overlay(_variant(tmp_path, {"event_kind.jinja": "Kind of: {{ sentence }}"}))
    assert variant.render("event_kind.jinja", sentence="S") == "Kind of: S"
    assert variant.render("merge.jinja", **VARIABLES["merge.jinja"]) == prompting.render(
        "merge.jinja", **VARIABLES["merge.jinja"])
    assert variant.changed() == ["event_kind.jinja"]
    assert prompting.render("event_kind.jinja", sentence="S") != "Kind of: S"  # the default is untouched


def test_each_variant_has_its_own_version_and_a_copy_of_the_default_has_the_default_one(tmp_path):
    a = prompting.overlay(_variant(tmp_path, {"system.jinja": "A {{ example }}"}, "a"))
    b = prompting.overlay(_variant(tmp_path, {"system.jinja": "B {{ example }}"}, "b"))
    same = prompting.overlay(_variant(tmp_path, {"system.jinja": prompting.DEFAULT.source("system.jinja")}, "same"))
    assert len({a.version(), b.version(), prompting.prompt_version()}) == 3
    assert same.version() == prompting.prompt_version() and same.changed() == []


def test_compiled_templates_are_cached_per_folder(tmp_path):
    a = prompting.overlay(_variant(tmp_path, {"event_kind.jinja": "A {{ sentence }}"}, "a"))
    b = prompting.overlay(_variant(tmp_path, {"event_kind.jinja": "B {{ sentence }}"}, "b"))
    assert [p.render("event_kind.jinja", sentence="s") for p in (a, b, a)] == ["A s", "B s", "A s"]


def test_a_variant_example_is_used_and_checked(tmp_path):
    data = json.loads(prompting.DEFAULT.source("example.json"))
    data["output"]["headline"] = "A different headline"
    variant = prompting.overlay(_variant(tmp_path, {"example.json": json.dumps(data)}))
    assert json.loads(variant.example()["output"])["headline"] == "A different headline"
    assert "A different headline" in variant.summary_messages("Body.", None)[0]["content"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"sytem.jinja": "x"}, "prompts: {dir}/sytem.jinja replaces no prompt; the files of a prompts folder are "
                               "named as in prompts/: event_kind.jinja, example.json"),
        ({"notes.txt": "x"}, "prompts: {dir}/notes.txt replaces no prompt"),
        ({"user.jinja": "{% if %}"}, "prompts: {dir}/user.jinja: line 1: "),
        ({"example.json": "{"}, "prompts: {dir}/example.json: "),
    ],
    ids=["typo", "other-file", "syntax", "bad-example"],
)
def test_a_bad_variant_is_one_line_naming_the_file(tmp_path, files, message):
    folder = _variant(tmp_path, files)
    with pytest.raises(InputError) as raised:
        prompting.overlay(folder)
    assert str(raised.value).startswith(message.format(dir=folder.resolve()))
    assert "\n" not in str(raised.value)


def test_a_missing_variant_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="prompts folder not found: .*nowhere"):
        prompting.overlay(tmp_path / "nowhere")
