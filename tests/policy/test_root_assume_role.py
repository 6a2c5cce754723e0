"""The root user cannot assume a role, whatever the role's trust policy says.

"You cannot assume a role when you are signed in as the AWS account root user."
https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html
(and the AWS CLI page, id_roles_use_switch-role-cli.html; older versions of the AssumeRole API
reference said "You cannot use AWS account root user credentials to call AssumeRole").
STS answers AccessDenied "Roles may not be assumed by root accounts." The spec's vocabulary
(../shared/spec/evaluation-cases.md) makes that an implicit deny when no Deny statement
applies, and an explicit deny when one does. The decisions themselves are the cases
root-assume-* in data/services.jsonl; here, the trace and the batch command's answers.
"""

import json

from iamlab.policy import Outcome, StepKind, evaluate_case
from iamlab.policy.cases import run_cases
from iamlab.policy.services import ROOT_CANNOT_ASSUME_ROLE

ROOT = "arn:aws:iam::111122223333:root"
ROLE = "arn:aws:iam::111122223333:role/AppRole"


def trust(principal, effect="Allow") -> dict:
    statement = {"Effect": effect, "Principal": principal, "Action": "sts:AssumeRole"}
    return {"Version": "2012-10-17", "Statement": [statement]}


def case(trust_policy: dict) -> dict:
    return {
        "id": "root-assume",
        "principal": ROOT,
        "action": "sts:AssumeRole",
        "resource": ROLE,
        "resourcePolicy": trust_policy,
    }


def test_the_root_users_other_actions_in_its_account_are_still_allowed():
    get_object = {
        "id": "root-s3",
        "principal": ROOT,
        "action": "s3:GetObject",
        "resource": "arn:aws:s3:::example-bucket/report.csv",
    }
    assert evaluate_case(get_object).decision == "allowed"


def test_the_trace_names_the_service_rule_and_quotes_aws():
    trace = evaluate_case(case(trust({"AWS": ROOT}))).trace
    assert [step.kind for step in trace.steps] == [StepKind.DENY, StepKind.SPECIAL_RULE]
    step = trace.deciding_step
    assert step.kind is StepKind.SPECIAL_RULE
    assert step.outcome is Outcome.NO_ALLOW
    assert ROOT_CANNOT_ASSUME_ROLE == "Roles may not be assumed by root accounts."
    assert ROOT_CANNOT_ASSUME_ROLE in step.summary
    assert "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html" in (
        step.summary
    )


def test_the_batch_format_answers_implicit_deny():
    lines = [json.dumps(case(trust({"AWS": ROOT}))), json.dumps(case(trust("*", effect="Deny")))]
    assert [answer["decision"] for answer in run_cases(lines)] == ["implicitDeny", "explicitDeny"]
