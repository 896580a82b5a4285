"""The wheel carries what the package reads at run time: the top-level prompts, lexicons, templates,
the labelling page."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_the_prompts_the_lexicons_the_report_template_and_the_labelling_page(tmp_path):
    uv = shutil.which("uv")
    assert uv, "uv is installed by scripts/test"
    subprocess.run([uv, "build", "--wheel", "-o", str(tmp_path), "-q"], cwd=ROOT, check=True, timeout=300)
    (wheel,) = tmp_path.glob("summariser-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = {f"summariser/prompts/{p.name}" for p in (ROOT / "prompts").iterdir() if p.is_file()}
    assert prompts and prompts <= names
    assert "summariser/rules/lexicon/en.toml" in names
    assert "summariser/evals/templates/report.html.jinja" in names
    page = {f"summariser/labelling/static/{p.name}" for p in (ROOT / "summariser/labelling/static").iterdir()}
    assert page == {f"summariser/labelling/static/{name}" for name in ("index.html", "label.js", "editor.js", "label.css")}
    assert page <= names
