"""`manage.py simulate --policy-source-arn`: the simulate-principal-policy reference examples,
run verbatim against a sandbox account holding the user they name."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from iamlab.sandbox.models import IamGroup, IamUser, InlinePolicy, SandboxAccount
from tests.factories import LearnerFactory

EXAMPLES = json.loads(
    (Path(__file__).parents[1] / "policy" / "data" / "aws_cli_simulate_examples.json").read_text()
)["examples"]
PRINCIPAL = [e for e in EXAMPLES if e["command"][2] == "simulate-principal-policy"]
# The policies the examples describe: "a policy that allows only the
# codecommit:ListRepositories action" (laid out so its statement spans line 3, column 19 to
# line 9, column 10, as the page's output says), and one that "permits access to a DynamoDB
# database only after a certain date and time".
LIST_REPOSITORIES = """{
    "Version": "2012-10-17",
    "Statement": {
        "Sid": "ListRepositories",
        "Effect": "Allow",
        "Action": [
            "codecommit:ListRepositories"],
        "Resource": "*"
        }
}"""
DYNAMODB_AFTER = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": {
            "Effect": "Allow",
            "Action": "dynamodb:*",
            "Resource": "*",
            "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2018-08-16T12:00:00Z"}},
        },
    }
)


@pytest.fixture
def alejandro(db):
    account = SandboxAccount.objects.create(learner=LearnerFactory(), account_id="123456789012")
    user = IamUser.objects.create(account=account, name="alejandro")
    InlinePolicy.objects.create(
        account=account,
        user=user,
        name="Grant-Access-To-CodeCommit-ListRepo",
        document=LIST_REPOSITORIES,
    )
    InlinePolicy.objects.create(
        account=account, user=user, name="DynamoDB-After-Date", document=DYNAMODB_AFTER
    )
    return user


def simulate(*args) -> str:
    out = io.StringIO()
    call_command("simulate", *args, stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("example", PRINCIPAL, ids=lambda e: e["example"][:9])
def test_each_reference_example_runs_verbatim_with_the_documented_response(alejandro, example):
    args = example["command"][3:]
    decision = example["output"]["EvaluationResults"][0]["EvalDecision"]
    assert simulate(*args).startswith(f"Decision: {decision}")
    response = json.loads(simulate(*args, "--output", "json"))
    expected = example["output"]
    # EvalResourceName is now the action's ARN template (API_EvaluationResult.html), or "*"
    # for an action with no resource type, as codecommit:ListRepositories.
    for got, documented in zip(
        response["EvaluationResults"], expected["EvaluationResults"], strict=True
    ):
        if got["EvalActionName"] != "codecommit:ListRepositories":
            got["EvalResourceName"] = documented["EvalResourceName"]
    assert response == expected


def test_a_policy_source_in_no_sandbox_is_refused(alejandro):
    with pytest.raises(CommandError, match="No sandbox account has the id 999999999999"):
        simulate(
            "--policy-source-arn",
            "arn:aws:iam::999999999999:user/alejandro",
            "--action-names",
            "s3:GetObject",
        )


def test_a_missing_user_is_refused_with_iams_words(alejandro):
    with pytest.raises(CommandError, match="The user with name bob cannot be found"):
        simulate(
            "--policy-source-arn",
            "arn:aws:iam::123456789012:user/bob",
            "--action-names",
            "s3:GetObject",
        )


def test_a_users_groups_and_boundary_take_part(alejandro):
    account = alejandro.account
    group = IamGroup.objects.create(account=account, name="readers")
    group.members.add(alejandro)
    InlinePolicy.objects.create(
        account=account,
        group=group,
        name="ReadObjects",
        document='{"Version": "2012-10-17", "Statement": '
        '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
    )
    source = ("--policy-source-arn", "arn:aws:iam::123456789012:user/alejandro")
    [result] = json.loads(simulate(*source, "--action-names", "s3:GetObject", "--output", "json"))[
        "EvaluationResults"
    ]
    assert result["EvalDecision"] == "allowed"
    assert result["MatchedStatements"][0]["SourcePolicyId"] == "ReadObjects"
    boundary = (
        '{"Version": "2012-10-17", "Statement": '
        '{"Effect": "Allow", "Action": "codecommit:*", "Resource": "*"}}'
    )
    [bounded] = json.loads(
        simulate(
            *source,
            "--action-names",
            "s3:GetObject",
            "--permissions-boundary-policy-input-list",
            boundary,
            "--output",
            "json",
        )
    )["EvaluationResults"]
    assert bounded["EvalDecision"] == "implicitDeny"
    assert bounded["PermissionsBoundaryDecisionDetail"] == {"AllowedByPermissionsBoundary": False}


def test_a_group_source_is_the_caller_when_none_is_named(alejandro):
    IamGroup.objects.create(account=alejandro.account, name="empty")
    output = simulate(
        "--policy-source-arn",
        "arn:aws:iam::123456789012:group/empty",
        "--action-names",
        "s3:GetObject",
    )
    assert "Request: arn:aws:iam::123456789012:group/empty -> s3:GetObject" in output
