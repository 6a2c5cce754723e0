"""The 40 worked examples of the batch format (a copy of ../shared/spec) get AWS's decision."""

import json
from pathlib import Path

import pytest

from iamlab.policy import evaluate_case

DATA = Path(__file__).parent / "data"


def load_cases(name: str) -> list[dict]:
    lines = (DATA / name).read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


EXAMPLES = load_cases("eval-cases-examples.jsonl")


@pytest.mark.parametrize("case", EXAMPLES, ids=[case["id"] for case in EXAMPLES])
def test_each_worked_example_gets_the_expected_decision(case):
    decision = evaluate_case(case)
    assert decision.decision == case["expected"], case["description"]
    assert decision.trace.decision == decision.decision
