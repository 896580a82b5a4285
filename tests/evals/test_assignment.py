"""The one-to-one alignment takes the same pairs with or without scipy: scipy is asked only when
some row or column has a choice in it, and the cheap path must agree with it everywhere else."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from summariser.evals.scoring import _assign


def _by_scipy(allowed: np.ndarray, sim: np.ndarray) -> list[tuple[int, int]]:
    if allowed.size == 0 or not allowed.any():
        return []
    weight = np.where(allowed, min(allowed.shape) + 1 + sim, 0.0)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols, strict=True) if weight[r, c] > 0)


def _no_choice(rng: np.random.Generator, n: int, m: int) -> np.ndarray:
    """At most one allowed pair in each row and each column."""
    allowed = np.zeros((n, m), dtype=bool)
    for r, c in zip(rng.permutation(n), rng.permutation(m)):
        allowed[r, c] = rng.random() < 0.7
    return allowed


@pytest.mark.parametrize("seed", range(200))
def test_without_a_choice_the_pairs_are_scipys(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(0, 7, size=2)
    allowed, sim = _no_choice(rng, n, m), rng.random((n, m))
    assert _assign(allowed, sim) == _by_scipy(allowed, sim)


@pytest.mark.parametrize("seed", range(200))
def test_with_choices_scipy_decides(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(1, 7, size=2)
    allowed, sim = rng.random((n, m)) < 0.5, rng.random((n, m))
    assert _assign(allowed, sim) == _by_scipy(allowed, sim)


def test_scoring_a_match_without_choices_does_not_import_scipy():
    code = (
        "import sys\n"
        "from summariser.evals.scoring import score_fixture\n"
        "from summariser.schema import ArticleSummary, Actor, Event\n"
        "text = 'Ardenia closed the border on Monday.'\n"
        "actor = Actor(id='ardenia', name='Ardenia', kind='state')\n"
        "event = Event(id='e1', description='closed the border', kind='coerce', agents=['ardenia'], "
        "evidence='Ardenia closed the border on Monday')\n"
        "gold = ArticleSummary(headline='x', summary='x', actors=[actor], events=[event])\n"
        "score_fixture(gold, gold, text)\n"
        "print('scipy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
