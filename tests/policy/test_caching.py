"""IAMLAB_POLICY_NO_CACHE turns the engine's caches off without changing one decision.

The mutation check (README, "Mutation check") relies on it: with the caches on, a mutant
in a cached function is hidden by answers remembered during the clean test run.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iamlab.policy import caching, conditions, wildcard

DATA = Path(__file__).parent / "data"

DECIDE_EVERY_CASE = """
import json, sys
from pathlib import Path
from iamlab.policy import caching, evaluate_case
assert not caching.CACHING
decisions = {}
for path in sorted(Path(sys.argv[1]).glob("*.jsonl")):
    for line in path.read_text().splitlines():
        if line.strip():
            case = json.loads(line)
            decisions[f"{path.stem}:{case['id']}"] = evaluate_case(case).decision
print(json.dumps(decisions))
"""


@pytest.mark.skipif(not caching.CACHING, reason="IAMLAB_POLICY_NO_CACHE turns the caches off")
def test_the_caches_are_on_unless_switched_off():
    assert wildcard.compile_glob("s3:Get*") is wildcard.compile_glob("s3:Get*")
    assert conditions.operators() is conditions.operators()


def test_without_caches_every_case_gets_the_same_decision():
    environment = {**os.environ, "IAMLAB_POLICY_NO_CACHE": "1"}
    completed = subprocess.run(
        [sys.executable, "-c", DECIDE_EVERY_CASE, str(DATA)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    uncached = json.loads(completed.stdout)
    expected = {
        f"{path.stem}:{case['id']}": case["expected"]
        for path in sorted(DATA.glob("*.jsonl"))
        for case in (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    }
    assert uncached == expected


def test_memoized_returns_the_function_itself_when_caching_is_off(monkeypatch):
    def double(number):
        return 2 * number

    monkeypatch.setattr(caching, "CACHING", True)
    assert caching.memoized(double, maxsize=8) is not double
    monkeypatch.setattr(caching, "CACHING", False)
    assert caching.memoized(double, maxsize=8) is double
