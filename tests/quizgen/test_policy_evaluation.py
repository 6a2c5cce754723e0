"""Policy-evaluation questions: the engine's decision is the answer, and the case says so."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from iamlab.policy import evaluate_case, parse_policy
from quizzes.generators import generate

NAME = "policy-evaluation/evaluate-request"
VERDICT = {
    "allowed": "is allowed",
    "explicitDeny": "(explicit deny)",
    "implicitDeny": "(implicit deny)",
}
seeds = st.integers(min_value=0, max_value=2**31 - 1)


@settings(max_examples=200)
@given(seed=seeds)
def test_the_answer_agrees_with_the_engine(seed):
    question = generate(NAME, seed)
    decision = evaluate_case(question.case).decision
    assert question.case["expected"] == decision
    (answer,) = question.answer
    assert VERDICT[decision] in question.options[answer]


@settings(max_examples=100)
@given(seed=seeds)
def test_the_question_carries_its_case_in_the_evaluation_case_format(seed):
    question = generate(NAME, seed)
    case = json.loads(json.dumps(question.case))
    assert case["id"] == question.id
    assert {"principal", "action", "resource", "identityPolicies", "expected"} <= set(case)
    allowed_keys = {
        "id",
        "description",
        "principal",
        "action",
        "resource",
        "context",
        "identityPolicies",
        "permissionsBoundary",
        "resourcePolicy",
        "serviceControlPolicies",
        "expected",
    }
    assert set(case) <= allowed_keys
    assert case["action"] in question.stem and case["resource"] in question.stem


def test_the_generator_reaches_every_kind_of_decision():
    decisions = {generate(NAME, seed).case["expected"] for seed in range(200)}
    assert decisions == {"allowed", "explicitDeny", "implicitDeny"}


def test_the_deciding_layer_varies_across_seeds():
    # facts (review cards) read "policy-evaluation:<decision>:<deciding layer>"; the key adds
    # the service
    layers = {generate(NAME, seed).fact.split(":", 1)[1] for seed in range(300)}
    assert len(layers) >= 6
    assert all(generate(NAME, seed).key.startswith(generate(NAME, seed).fact) for seed in range(9))


def _policies(case: dict) -> list[dict]:
    policies = [*case["identityPolicies"]]
    policies += [case[key] for key in ("permissionsBoundary", "resourcePolicy") if key in case]
    policies += [p for level in case.get("serviceControlPolicies", []) for p in level]
    return policies


def test_every_policy_in_a_question_is_one_the_engine_accepts():
    for seed in range(300):
        for policy in _policies(generate(NAME, seed).case):
            parse_policy(policy)
