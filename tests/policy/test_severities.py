"""Validation's severities match IAM Access Analyzer's policy checks (issue 15), and each
message says who would refuse the document: IAM on save, or only Access Analyzer's check.

Access Analyzer's check reference, whose wording the messages quote:
https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
"""

import json

import pytest

from iamlab.policy import MalformedPolicyDocument, PolicyKind, parse_policy, validate

ANALYZER_ONLY = "IAM Access Analyzer's policy check reports this as an error"


def _document(statement, version="2012-10-17"):
    document = {"Version": version} if version else {}
    return json.dumps({**document, "Statement": [statement]}, indent=2)


def _statement(**changes):
    return {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*", **changes}


def _only(document, code, kind=PolicyKind.MANAGED):
    [found] = [f for f in validate(document, kind) if f.code == code]
    return found


def test_an_unknown_action_is_an_invalid_action_error_that_iam_still_saves():
    # "Error – Invalid action": "The action {{action}} does not exist. Did you mean ...?"
    found = _only(_document(_statement(Action="s3:GetObjekt")), "INVALID_ACTION")
    assert (found.severity, found.refused) == ("error", False)
    assert found.message.startswith(
        "Invalid action: The action s3:GetObjekt does not exist. Did you mean s3:GetObject?"
    )
    assert ANALYZER_ONLY in found.message and "AWS still accepts the document" in found.message
    parse_policy(_document(_statement(Action="s3:GetObjekt")))  # the engine reads it too


def test_an_arn_missing_fields_is_a_missing_arn_field_error_and_iam_refuses_it():
    # "Error – Missing ARN field": "Resource ARNs must include at least {{fields}} fields in
    # the following structure: arn:partition:service:region:account:resource"
    document = _document(_statement(Resource=["arn:aws:s3:::b/*", "arn:aws:s3:b"]))
    found = _only(document, "MISSING_ARN_FIELD")
    assert (found.severity, found.refused) == ("error", True)
    assert found.message.startswith(
        'MalformedPolicyDocument: Resource arn:aws:s3:b must be in ARN format or "*". '
        "IAM refuses this document when it is saved. Missing ARN field: Resource ARNs must "
        "include at least 6 fields"
    )
    assert found.path == ("Statement", 0, "Resource", 1)
    with pytest.raises(MalformedPolicyDocument) as refused:
        parse_policy(document)
    assert refused.value.message == 'Resource arn:aws:s3:b must be in ARN format or "*".'
    assert refused.value.path == ("Statement", 0, "Resource", 1)


@pytest.mark.parametrize("value", ["*", "arn:aws:s3:::b", "arn:aws:iam::111122223333:user/a"])
def test_an_arn_with_all_six_fields_or_a_star_is_read(value):
    parse_policy(_document(_statement(Resource=value)))
    statement = _statement(NotResource=[value])
    del statement["Resource"]
    parse_policy(_document(statement))


def test_allow_with_not_principal_in_a_resource_policy_is_a_security_warning_not_an_error():
    # "Security Warning – Allow with NotPrincipal": "Using Allow with NotPrincipal can be
    # overly permissive. We recommend that you use Principal instead."
    statement = _statement(NotPrincipal={"AWS": "arn:aws:iam::111122223333:user/alice"})
    findings = validate(_document(statement), PolicyKind.RESOURCE)
    assert [f.severity for f in findings] == ["warning"]
    [found] = findings
    assert found.code == "ALLOW_WITH_NOT_PRINCIPAL" and not found.refused
    assert found.message.startswith(
        "Allow with NotPrincipal: Using Allow with NotPrincipal can be overly permissive. "
        "We recommend that you use Principal instead."
    )
    assert "AWS accepts the policy" in found.message
    denied = validate(_document({**statement, "Effect": "Deny"}), PolicyKind.RESOURCE)
    assert "ALLOW_WITH_NOT_PRINCIPAL" not in [f.code for f in denied]


@pytest.mark.parametrize("version", [None, "2008-10-17"])
def test_a_variable_without_the_2012_version_is_a_variable_unsupported_in_version_error(version):
    # "Error – Variable unsupported in version": "To include variables in your policy, use
    # the policy version 2012-10-17 or later."
    statement = _statement(
        Resource="arn:aws:s3:::b/${aws:username}/*",
        Condition={"StringEquals": {"aws:PrincipalTag/team": ["red", "${aws:username}"]}},
    )
    found = [
        f
        for f in validate(_document(statement, version), PolicyKind.MANAGED)
        if f.code == "VARIABLE_UNSUPPORTED_IN_VERSION"
    ]
    assert [f.path for f in found] == [
        ("Statement", 0, "Resource"),
        ("Statement", 0, "Condition", "StringEquals", "aws:PrincipalTag/team"),
    ]
    assert all((f.severity, f.refused) == ("error", False) for f in found)
    assert found[0].message.startswith(
        "Variable unsupported in version: To include variables in your policy, use the "
        "policy version 2012-10-17 or later."
    )
    assert (
        ANALYZER_ONLY in found[0].message and "${aws:username} as literal text" in found[0].message
    )
    current = validate(_document(statement), PolicyKind.MANAGED)
    assert "VARIABLE_UNSUPPORTED_IN_VERSION" not in [f.code for f in current]
