"""The trace explains a decision: AWS's steps in order, the deciding one, and why not."""

from iamlab.policy import (
    PolicySet,
    Request,
    StepKind,
    evaluate,
    parse_policy,
    render_trace,
)
from iamlab.policy.trace import Outcome

ALICE = "arn:aws:iam::111122223333:user/alice"
CAROL = "arn:aws:iam::444455556666:user/carol"
OBJECT = "arn:aws:s3:::example-bucket/report.csv"


def policy(*statements, name=""):
    return parse_policy({"Version": "2012-10-17", "Statement": list(statements)}, name=name)


def allow(**extra):
    return {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", **extra}


def test_the_deciding_step_is_marked_and_follows_the_flowchart_order():
    policies = PolicySet(
        identity=[policy(allow(), name="inline policy dev on user alice")],
        permissions_boundary=policy({"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}),
    )
    trace = evaluate(Request(ALICE, "s3:GetObject", OBJECT), policies).trace
    kinds = [step.kind for step in trace.steps]
    assert kinds == [StepKind.DENY, StepKind.RESOURCE, StepKind.IDENTITY, StepKind.BOUNDARY]
    assert trace.deciding_step.kind is StepKind.BOUNDARY
    assert trace.deciding_step.outcome is Outcome.NO_ALLOW
    identity = trace.steps[2].statements[0]
    assert identity.policy == "inline policy dev on user alice" and identity.applies


def test_a_statement_that_does_not_apply_says_which_part_failed_and_the_missing_key():
    condition = {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}}
    decision = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT),
        PolicySet(identity=[policy(allow(Condition=condition))]),
    )
    statement = decision.trace.deciding_step.statements[0]
    assert not statement.applies
    assert statement.why_not == "condition not met: aws:SourceIp is not in the request"
    assert decision.trace.missing_context_keys == ("aws:SourceIp",)


def test_a_condition_records_the_values_compared():
    condition = {"StringEquals": {"aws:username": "Alice"}}
    decision = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT, {"aws:username": "alice"}),
        PolicySet(identity=[policy(allow(Condition=condition))]),
    )
    compared = decision.trace.deciding_step.statements[0].conditions[0]
    assert (compared.request_values, compared.policy_values, compared.matched) == (
        ("alice",),
        ("Alice",),
        False,
    )


def test_a_cross_account_trace_shows_both_accounts_sides():
    bucket_policy = policy(
        {"Effect": "Allow", "Principal": {"AWS": CAROL}, "Action": "s3:GetObject", "Resource": "*"}
    )
    decision = evaluate(
        Request(CAROL, "s3:GetObject", OBJECT, resource_account="111122223333"),
        PolicySet(identity=[policy(allow())], resource=bucket_policy),
    )
    trace = decision.trace
    assert trace.cross_account and decision.allowed
    accounts = {step.kind: step.account for step in trace.steps}
    assert accounts[StepKind.RESOURCE] == "111122223333"
    assert accounts[StepKind.IDENTITY] == "444455556666"


def test_the_plain_text_rendering_names_the_decision_and_the_deciding_step():
    decision = evaluate(
        Request(ALICE, "s3:GetObject", OBJECT),
        PolicySet(
            identity=[policy(allow(), {"Effect": "Deny", "Action": "s3:*", "Resource": "*"})]
        ),
    )
    text = render_trace(decision)
    assert text.startswith("Decision: explicitDeny")
    assert "1. Deny evaluation: denies  <== decides" in text
    assert "statement 2 (Deny): applies" in text


def test_get_caller_identity_is_explained_as_needing_no_permission():
    decision = evaluate(Request(ALICE, "sts:GetCallerIdentity", "*"), PolicySet())
    assert decision.allowed
    assert decision.trace.deciding_step.kind is StepKind.SPECIAL_RULE
