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


def test_an_scp_block_names_the_policy_that_grants_not_always_the_identity_based_one():
    # The example: only the queue policy grants; the SCPs do not allow the action.
    question = generate(NAME, 937)
    assert question.fact == "policy-evaluation:implicit:scp"
    assert question.explanation.endswith("even though the queue policy allows it.")
    assert "identity-based policy allows it" not in question.explanation


@settings(max_examples=150)
@given(seed=seeds)
def test_the_policy_an_scp_explanation_names_does_grant_the_request(seed):
    question = generate(NAME, seed)
    if question.fact != "policy-evaluation:implicit:scp":
        return
    case = {k: v for k, v in question.case.items() if k not in ("serviceControlPolicies", "id")}
    if question.explanation.endswith("the identity-based policy allows it."):
        case.pop("resourcePolicy", None)
    else:
        case["identityPolicies"] = [{"Version": "2012-10-17", "Statement": []}]
    assert evaluate_case(case).decision == "allowed"


@settings(max_examples=100)
@given(seed=seeds)
def test_no_option_names_a_policy_the_question_does_not_show(seed):
    question = generate(NAME, seed)
    shown = {
        "permissions boundary": "permissionsBoundary" in question.case,
        "service control policy": "serviceControlPolicies" in question.case,
        "service control policies": "serviceControlPolicies" in question.case,
    }
    for index, option in enumerate(question.options):
        if index in question.answer:
            continue
        for policy, present in shown.items():
            assert present or f"in the {policy}" not in option, (option, question.case.keys())
