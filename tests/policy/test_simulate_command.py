"""`manage.py simulate`: the batch format and the simulate-custom-policy style flags."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

DATA = Path(__file__).parent / "data"
ALLOW_S3_FROM_NETWORK = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": {
            "Effect": "Allow",
            "Action": "s3:*",
            "Resource": "*",
            "Condition": {"IpAddress": {"aws:SourceIp": "192.0.2.0/24"}},
        },
    }
)


def simulate(*args) -> str:
    out = io.StringIO()
    call_command("simulate", *args, stdout=out)
    return out.getvalue()


def test_cases_prints_one_json_line_per_case_in_input_order():
    output = simulate("--cases", str(DATA / "eval-cases-examples.jsonl"))
    answers = [json.loads(line) for line in output.splitlines()]
    cases = [json.loads(line) for line in (DATA / "eval-cases-examples.jsonl").open()]
    assert [a["id"] for a in answers] == [c["id"] for c in cases]
    assert [a["decision"] for a in answers] == [c["expected"] for c in cases]


def test_an_unreadable_case_gets_an_error_line_and_the_batch_goes_on(tmp_path):
    good = {
        "id": "ok",
        "principal": "arn:aws:iam::111122223333:user/a",
        "action": "s3:GetObject",
        "resource": "*",
    }
    malformed = dict(
        good,
        id="bad",
        identityPolicies=[
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*"}]}
        ],
    )
    batch = tmp_path / "cases.jsonl"
    batch.write_text("\n".join([json.dumps(malformed), "{not json", json.dumps(good)]) + "\n")
    answers = [json.loads(line) for line in simulate("--cases", str(batch)).splitlines()]
    assert answers[0] == {
        "id": "bad",
        "error": "MalformedPolicyDocument: Policy statement must contain actions.",
    }
    assert answers[1]["id"] == "line 2" and "error" in answers[1]
    assert answers[2] == {"id": "ok", "decision": "implicitDeny"}


def test_flags_decide_one_request_and_print_the_trace(tmp_path):
    policy = tmp_path / "policy.json"
    policy.write_text(ALLOW_S3_FROM_NETWORK)
    output = simulate(
        "--policy-input-list",
        f"file://{policy}",
        "--action-names",
        "s3:GetObject",
        "--resource-arns",
        "arn:aws:s3:::bucket/key",
        "--context-entries",
        "ContextKeyName=aws:SourceIp,ContextKeyValues=192.0.2.9,ContextKeyType=ip",
    )
    assert output.startswith("Decision: allowed")
    assert "aws:SourceIp = 192.0.2.9: IpAddress [192.0.2.0/24] is true" in output


def test_a_request_without_the_context_key_is_implicitly_denied():
    output = simulate(
        "--policy-input-list", ALLOW_S3_FROM_NETWORK, "--action-names", "s3:GetObject"
    )
    assert output.startswith("Decision: implicitDeny")
    assert "lacks: aws:SourceIp" in output


def test_a_malformed_policy_flag_is_refused_with_aws_wording():
    with pytest.raises(CommandError, match="Syntax errors in policy"):
        simulate("--policy-input-list", "{", "--action-names", "s3:GetObject")


def test_json_context_entries_with_a_list_type_give_a_multivalued_key():
    from iamlab.policy.cli.request import context_entries, context_from_entries

    entries = json.dumps(
        [
            {
                "ContextKeyName": "aws:TagKeys",
                "ContextKeyValues": ["a"],
                "ContextKeyType": "stringList",
            }
        ]
    )
    parsed = context_entries([entries])
    assert context_from_entries(parsed, "SimulateCustomPolicy") == {"aws:TagKeys": ["a"]}
