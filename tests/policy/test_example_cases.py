"""Cases in the batch format get AWS's decision.

``eval-cases-examples.jsonl`` is a copy of the 40 worked examples in ../shared/spec; the
other files hold cases per topic, written from the AWS pages each description cites in
spirit: condition operators, policy variables, principals, the evaluation logic
(cross-account, boundaries, session policies, SCPs, RCPs) and the per-service rules.
"""

import importlib
import json
from pathlib import Path

import pytest

from iamlab.policy import evaluate_case

DATA = Path(__file__).parent / "data"
CASES = [
    pytest.param(case, id=f"{path.stem}:{case['id']}")
    for path in sorted(DATA.glob("*.jsonl"))
    for case in (json.loads(line) for line in path.read_text().splitlines() if line.strip())
]


@pytest.mark.parametrize("case", CASES)
def test_each_case_gets_the_decision_aws_documents(case):
    decision = evaluate_case(case)
    assert decision.decision == case["expected"], case["description"]
    assert decision.trace.decision == decision.decision


def test_deciding_without_reading_the_trace_builds_no_trace_steps(monkeypatch):
    evaluate_module = importlib.import_module("iamlab.policy.evaluate")

    def refuse(*args, **kwargs):
        raise AssertionError("a trace step was built on the fast path")

    monkeypatch.setattr(evaluate_module, "StepTrace", refuse)
    for param in CASES:
        case = param.values[0]
        assert evaluate_case(case).decision == case["expected"], case["id"]
