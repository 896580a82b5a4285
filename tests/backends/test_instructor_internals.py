"""backends/llm.py leans on two internals of instructor 1.17 for speed (a cached async-validator
check, a prepared response schema). pyproject pins instructor below 1.18; this fails loudly when
an upgrade moves what the shortcuts rely on, so they are rechecked before anyone ships it."""

from __future__ import annotations

import instructor

from summariser.backends import llm  # noqa: F401 - applies the shortcuts


def test_instructor_is_the_version_the_shortcuts_were_verified_against():
    major, minor = (int(x) for x in instructor.__version__.split(".")[:2])
    assert (major, minor) == (1, 17), (
        f"instructor {instructor.__version__}: recheck _remember_async_validator_checks and _prepared in "
        "summariser/backends/llm.py against its source, then widen the pin in pyproject.toml"
    )


def test_the_internals_the_shortcuts_patch_still_exist():
    from instructor.v2.core import patch
    from instructor.v2.core.function_calls import response_schema
    from instructor.v2.validation import async_validators

    assert callable(response_schema)
    assert async_validators.reject_async_validators is patch.reject_async_validators  # ours, patched in both
    assert async_validators.reject_async_validators.__name__ == "reject_async_validators"
