"""`manage.py simulate` speaks `aws iam simulate-custom-policy`: the reference page's examples
run verbatim, the CLI's shorthand, AWS's refusals, and SimulatePolicyResponse output."""

import copy
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from iamlab.policy.cli import api
from iamlab.policy.cli.output import format_table, format_text
from iamlab.policy.cli.request import SimulateInputError, context_entries
from iamlab.policy.cli.shorthand import ShorthandError, parse_shorthand

DATA = Path(__file__).parent / "data"
EXAMPLES = json.loads((DATA / "aws_cli_simulate_examples.json").read_text())["examples"]
CUSTOM = [e for e in EXAMPLES if e["command"][2] == "simulate-custom-policy"]
ALLOW_S3 = json.dumps(
    {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}
)
BUCKET_POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": {
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"},
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::bucket/*",
        },
    }
)


def simulate(*args) -> str:
    out = io.StringIO()
    call_command("simulate", *args, stdout=out)
    return out.getvalue()


def as_json(*args) -> dict:
    return json.loads(simulate(*args, "--output", "json"))


def test_the_examples_are_the_reference_pages():
    assert len(CUSTOM) == 2
    assert all("/reference/iam/simulate-custom-policy.html" in e["page"] for e in CUSTOM)


@pytest.mark.parametrize("example", CUSTOM, ids=lambda e: e["example"][:9])
def test_each_reference_example_runs_verbatim_with_the_documented_decision(example):
    expected = example["output"]["EvaluationResults"][0]["EvalDecision"]
    assert simulate(*example["command"][3:]).startswith(f"Decision: {expected}")


@pytest.mark.parametrize("example", CUSTOM, ids=lambda e: e["example"][:9])
def test_each_reference_example_prints_the_documented_response(example):
    response = as_json(*example["command"][3:])
    expected = copy.deepcopy(example["output"])  # the example is shared by other tests
    # The page's output predates the API change described on API_EvaluationResult.html:
    # EvalResourceName is now "the ARN template for the simulated resource type".
    for got, documented in zip(
        response["EvaluationResults"], expected["EvaluationResults"], strict=True
    ):
        assert got.pop("EvalResourceName") == (
            "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}"
        )
        documented.pop("EvalResourceName")
    assert response == expected


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("ContextKeyName='aws:CurrentTime',ContextKeyType=date", None),
        ("a=b", {"a": "b"}),
        ("a=b,c", {"a": ["b", "c"]}),
        ("a=x,y,b=z", {"a": ["x", "y"], "b": "z"}),
        ("a=[x,y],b=z", {"a": ["x", "y"], "b": "z"}),
        ("a='x,y',b=z", {"a": "x,y", "b": "z"}),
        ('a="x, y",b=z', {"a": "x, y", "b": "z"}),
        ("a=x, y, b = z", {"a": ["x", "y"], "b": "z"}),
        (r"a=x\,y", {"a": "x,y"}),
        ("a=", {"a": ""}),
        ("a={b=c,d=[e,f]}", {"a": {"b": "c", "d": ["e", "f"]}}),
        ("a='it\\'s'", {"a": "it's"}),
    ],
)
def test_shorthand_reads_like_the_aws_cli(text, parsed):
    if parsed is None:
        parsed = {"ContextKeyName": "aws:CurrentTime", "ContextKeyType": "date"}
    assert parse_shorthand(text) == parsed


@pytest.mark.parametrize("text", ["a=b,a=c", "a=[b", "a='b", "a"])
def test_shorthand_refuses_what_the_aws_cli_refuses(text):
    with pytest.raises(ShorthandError):
        parse_shorthand(text)


def test_context_entries_take_several_shorthand_arguments_and_lists():
    entries = context_entries(
        [
            "ContextKeyName=aws:TagKeys,ContextKeyValues=[a,b],ContextKeyType=stringList",
            "ContextKeyName=aws:SourceIp, ContextKeyValues='192.0.2.9',ContextKeyType=ip",
        ]
    )
    assert entries == [
        {
            "ContextKeyName": "aws:TagKeys",
            "ContextKeyValues": ["a", "b"],
            "ContextKeyType": "stringList",
        },
        {
            "ContextKeyName": "aws:SourceIp",
            "ContextKeyValues": ["192.0.2.9"],
            "ContextKeyType": "ip",
        },
    ]


def test_context_entries_in_json_are_one_list_or_one_object_per_argument():
    entry = {"ContextKeyName": "aws:username", "ContextKeyValues": ["alice"]}
    assert context_entries([json.dumps([entry, entry])]) == [entry, entry]
    assert context_entries([json.dumps(entry), json.dumps(entry)]) == [entry, entry]
    # As in the CLI, once the first argument is JSON every one must be.
    with pytest.raises(SimulateInputError, match="Invalid JSON"):
        context_entries([json.dumps(entry), "ContextKeyName=aws:username"])


def test_an_unknown_context_key_type_is_refused_with_iams_validation_message():
    with pytest.raises(CommandError) as refused:
        simulate(
            "--policy-input-list",
            ALLOW_S3,
            "--action-names",
            "s3:GetObject",
            "--context-entries",
            "ContextKeyName=aws:CurrentTime,ContextKeyValues=x,ContextKeyType=dat",
        )
    assert str(refused.value) == (
        "An error occurred (ValidationError) when calling the SimulateCustomPolicy operation: "
        "1 validation error detected: Value 'dat' at 'contextEntries.1.member.contextKeyType' "
        "failed to satisfy constraint: Member must satisfy enum value set: [string, stringList, "
        "numeric, numericList, boolean, booleanList, ip, ipList, binary, binaryList, date, "
        "dateList]"
    )


def test_an_unknown_context_entry_field_is_refused_as_botocore_refuses_it():
    with pytest.raises(CommandError, match='Unknown parameter in ContextEntries\\[0\\]: "Key"'):
        simulate(
            "--policy-input-list",
            ALLOW_S3,
            "--action-names",
            "s3:GetObject",
            "--context-entries",
            "Key=aws:CurrentTime",
        )


def bucket_request(*extra) -> dict:
    return as_json(
        "--policy-input-list",
        ALLOW_S3,
        "--resource-policy",
        BUCKET_POLICY,
        "--caller-arn",
        "arn:aws:iam::111122223333:user/alice",
        "--action-names",
        "s3:GetObject",
        "--resource-arns",
        "arn:aws:s3:::bucket/key",
        *extra,
    )


def test_the_documented_resource_owner_form_keeps_a_request_in_one_account():
    result = bucket_request("--resource-owner", "arn:aws:iam::111122223333:root")
    [result] = result["EvaluationResults"]
    assert result["EvalDecision"] == "allowed"
    assert result["EvalDecisionDetails"] == {}  # same account, a resource ARN named


def test_another_resource_owner_makes_the_request_cross_account():
    [result] = bucket_request("--resource-owner", "arn:aws:iam::444455556666:root")[
        "EvaluationResults"
    ]
    assert result["EvalDecisionDetails"] == {"IAM Policy": "allowed", "Resource Policy": "allowed"}


@pytest.mark.parametrize("owner", ["banana", "111122223333", "arn:aws:iam::111122223333:user/a"])
def test_a_resource_owner_that_is_not_an_account_arn_is_refused(owner):
    with pytest.raises(CommandError, match=f"'{owner}' is not a valid as a Resource Owner"):
        bucket_request("--resource-owner", owner)


def test_a_resource_policy_needs_a_caller_arn():
    with pytest.raises(CommandError, match="CallerArn is required if you include a ResourcePolicy"):
        simulate(
            "--policy-input-list",
            ALLOW_S3,
            "--resource-policy",
            BUCKET_POLICY,
            "--action-names",
            "s3:GetObject",
        )


@pytest.mark.parametrize(
    "caller",
    [
        "arn:aws:sts::111122223333:assumed-role/r/session",
        "arn:aws:sts::111122223333:federated-user/bob",
        "s3.amazonaws.com",
    ],
)
def test_a_caller_arn_of_a_session_or_service_is_refused(caller):
    with pytest.raises(CommandError, match="cannot specify the ARN of an assumed role"):
        simulate(
            "--policy-input-list",
            ALLOW_S3,
            "--action-names",
            "s3:GetObject",
            "--caller-arn",
            caller,
        )


def _check_shape(value, shape_name: str, path: str) -> None:
    """Every field is a member of botocore's shape, required members are there, enums hold."""
    shape = api.shapes()[shape_name]
    kind = shape["type"]
    if kind == "structure":
        assert isinstance(value, dict), path
        assert set(value) <= set(shape["members"]), (path, set(value) - set(shape["members"]))
        assert set(shape["required"]) <= set(value), path
        for name, item in value.items():
            _check_shape(item, shape["members"][name], f"{path}.{name}")
    elif kind == "list":
        assert isinstance(value, list), path
        for index, item in enumerate(value):
            _check_shape(item, shape["member"], f"{path}[{index}]")
    elif kind == "map":
        assert isinstance(value, dict), path
        for key, item in value.items():
            _check_shape(key, shape["key"], path)
            _check_shape(item, shape["value"], f"{path}.{key}")
    elif kind == "boolean":
        assert isinstance(value, bool), path
    elif kind in ("integer", "long"):
        assert isinstance(value, int), path
    else:
        assert isinstance(value, str), path
        assert value in shape.get("enum", [value]), path


def test_json_output_has_botocores_simulate_policy_response_shape():
    boundary = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": {"Effect": "Allow", "Action": "s3:List*", "Resource": "*"},
        }
    )
    scp = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": {"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*"},
        }
    )
    levels = json.dumps(
        [
            {"ServiceControlPolicyInputList": [ALLOW_S3]},
            {"ServiceControlPolicyInputList": [ALLOW_S3, scp]},
        ]
    )
    response = bucket_request(
        "--permissions-boundary-policy-input-list",
        boundary,
        "--ordered-organization-policy-input-list",
        levels,
        "--action-names",
        "s3:GetObject",
        "s3:ListBucket",
        "s3:PutObject",
        "--resource-arns",
        "arn:aws:s3:::bucket/key",
        "arn:aws:s3:::bucket",
        "--context-entries",
        "ContextKeyName=aws:username,ContextKeyValues=alice",
    )
    _check_shape(response, api.RESPONSE, "response")
    results = {r["EvalActionName"]: r for r in response["EvaluationResults"]}
    assert len(response["EvaluationResults"]) == 3  # one result per action
    assert results["s3:PutObject"]["EvalDecision"] == "explicitDeny"
    assert results["s3:PutObject"]["OrganizationsDecisionDetail"] == {
        "AllowedByOrganizations": False
    }
    assert results["s3:PutObject"]["MatchedStatements"] == []  # SCP statements never listed
    assert results["s3:GetObject"]["PermissionsBoundaryDecisionDetail"] == {
        "AllowedByPermissionsBoundary": False
    }
    assert results["s3:ListBucket"]["EvalDecision"] == "allowed"
    assert [r["EvalResourceName"] for r in results["s3:ListBucket"]["ResourceSpecificResults"]] == [
        "arn:aws:s3:::bucket/key",
        "arn:aws:s3:::bucket",
    ]
    assert results["s3:ListBucket"]["EvalResourceName"] == "arn:${Partition}:s3:::${BucketName}"


def test_query_takes_jmespath_and_text_output_is_tab_separated():
    example = CUSTOM[0]["command"][3:]
    query = "EvaluationResults[].[EvalActionName,EvalDecision]"
    assert simulate(*example, "--query", query, "--output", "text") == (
        "dynamodb:CreateBackup\tallowed\n"
    )
    assert json.loads(simulate(*example, "--query", query, "--output", "json")) == [
        ["dynamodb:CreateBackup", "allowed"]
    ]
    text = simulate(*example, "--output", "text")
    assert text.splitlines()[0].startswith("EVALUATIONRESULTS\tdynamodb:CreateBackup\tallowed\t")
    assert "STARTPOSITION\t38\t1" in text


@pytest.mark.parametrize("name", ["example1", "full", "cross"])
def test_text_and_table_output_are_the_aws_clis_bytes(name):
    folder = DATA / "aws_cli_output"
    response = json.loads((folder / f"{name}.json").read_text())
    assert format_text(response) == (folder / f"{name}.text").read_text()
    assert format_table(response, "SimulateCustomPolicy") == (folder / f"{name}.table").read_text()


def test_table_output_is_titled_with_the_operation():
    table = simulate(*CUSTOM[0]["command"][3:], "--output", "table")
    assert table.splitlines()[1].strip("| ") == "SimulateCustomPolicy"
    assert "PolicyInputList.1" in table


def test_cli_input_json_gives_the_request_and_flags_override_it(tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"PolicyInputList": [ALLOW_S3], "ActionNames": ["s3:GetObject"]}))
    assert simulate("--cli-input-json", f"file://{request}").startswith("Decision: allowed")
    overridden = simulate(
        "--cli-input-json", f"file://{request}", "--action-names", "ec2:RunInstances"
    )
    assert overridden.startswith("Decision: implicitDeny")


def test_generate_cli_skeleton_lists_every_member_of_the_request():
    skeleton = json.loads(simulate("--generate-cli-skeleton"))
    assert list(skeleton) == list(api.shapes()["SimulateCustomPolicyRequest"]["members"])
    assert skeleton["ContextEntries"] == [
        {"ContextKeyName": "", "ContextKeyValues": [""], "ContextKeyType": "string"}
    ]
    assert list(json.loads(simulate("--generate-cli-skeleton", "output"))) == [
        "EvaluationResults",
        "IsTruncated",
        "Marker",
    ]


def test_a_resource_handling_option_needs_its_resources():
    with pytest.raises(CommandError, match="missing: image, security-group, network-interface"):
        simulate(
            "--policy-input-list",
            ALLOW_S3,
            "--action-names",
            "ec2:RunInstances",
            "--resource-handling-option",
            "EC2-VPC-InstanceStore",
            "--resource-arns",
            "arn:aws:ec2:us-east-1:111122223333:instance/*",
        )
