"""What AWS refuses, with AWS's own wording and the place in the text."""

import json

import pytest

from iamlab.policy import PolicyKind, validate
from tests.policy_validation.helpers import allow, codes, finding, policy


def test_invalid_json_is_a_syntax_error_at_the_line_and_column_of_the_mistake():
    document = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}'
    [error] = validate(document, PolicyKind.MANAGED)
    assert error.severity == "error"
    assert error.message.startswith("MalformedPolicyDocument: Syntax errors in policy.")
    assert (error.line, error.column) == (4, 24)


def test_a_principal_in_an_identity_policy_is_refused_with_awss_wording():
    document = policy(allow(Principal={"AWS": "111122223333"}))
    error = finding(document, "PRINCIPAL_NOT_ALLOWED")
    assert "Policy document should not specify a principal." in error.message
    assert error.path == ("Statement", 0, "Principal")
    assert (error.line, error.column) == (8, 7)


@pytest.mark.parametrize("kind", [PolicyKind.RESOURCE, PolicyKind.TRUST])
def test_a_resource_or_trust_policy_without_a_principal_is_refused(kind):
    statement = {"Effect": "Allow", "Action": "sts:AssumeRole"}
    if kind is PolicyKind.RESOURCE:
        statement = allow()
    error = finding(policy(statement), "MISSING_PRINCIPAL", kind)
    assert "Missing required field Principal" in error.message


def test_a_trust_policy_with_a_resource_is_refused():
    statement = {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}}
    statement.update(Action="sts:AssumeRole", Resource="*")
    error = finding(policy(statement), "INVALID_POLICY_ELEMENT", PolicyKind.TRUST)
    assert "Has prohibited field Resource" in error.message


def test_a_statement_without_resources_or_actions_is_refused():
    assert (
        "Policy statement must contain resources."
        in finding(
            policy({"Effect": "Allow", "Action": "s3:GetObject"}), "MISSING_RESOURCE"
        ).message
    )
    assert (
        "Policy statement must contain actions."
        in finding(policy({"Effect": "Allow", "Resource": "*"}), "MISSING_ACTION").message
    )


def test_an_empty_resource_list_is_refused_like_a_missing_one():
    error = finding(policy(allow(resource=[])), "MISSING_RESOURCE")
    assert "Policy statement must contain resources." in error.message
    assert error.path == ("Statement", 0, "Resource")


def test_a_resource_that_is_not_an_arn_is_refused():
    error = finding(policy(allow(resource="my-bucket")), "INVALID_RESOURCE")
    assert 'Resource my-bucket must be in ARN format or "*".' in error.message


def test_an_action_without_a_service_prefix_is_refused():
    error = finding(policy(allow(action="GetObject")), "INVALID_ACTION")
    assert error.severity == "error"
    assert "Actions/Conditions must be prefaced by a vendor" in error.message


def test_an_invalid_principal_quotes_the_value_as_aws_does():
    statement = allow(Principal={"AWS": "arn:aws:iam::111122223333:user/*"})
    error = finding(policy(statement), "INVALID_PRINCIPAL_FORMAT", PolicyKind.RESOURCE)
    assert 'Invalid principal in policy: "AWS":"arn:aws:iam::111122223333:user/*"' in error.message


def test_valid_principals_of_every_type_are_accepted():
    principals = {
        "AWS": ["111122223333", "arn:aws:iam::111122223333:role/dev", "*"],
        "Service": "ec2.amazonaws.com",
        "Federated": "arn:aws:iam::111122223333:saml-provider/corp",
    }
    statement = {"Effect": "Allow", "Principal": principals, "Action": "sts:AssumeRole"}
    statement["Condition"] = {"StringEquals": {"sts:ExternalId": "x"}}
    assert not [f for f in validate(policy(statement), "trust") if f.severity == "error"]


def test_effect_version_and_unknown_elements_are_refused():
    document = json.dumps(
        {
            "Version": "2024-01-01",
            "Statement": {"Effect": "allow", "Action": "s3:*", "Resource": "*", "Actions": "x"},
        }
    )
    assert {"INVALID_VERSION", "INVALID_EFFECT", "INVALID_POLICY_ELEMENT"} <= set(codes(document))


def test_a_sid_with_punctuation_is_refused_in_iam_but_accepted_in_a_bucket_policy():
    statement = allow(Sid="read-only")
    assert (
        "Statement IDs (SID) must be alpha-numeric"
        in finding(policy(statement), "INVALID_SID").message
    )
    bucket_statement = {**statement, "Principal": {"AWS": "111122223333"}}
    assert "INVALID_SID" not in codes(policy(bucket_statement), PolicyKind.RESOURCE)


def test_a_service_control_policy_may_not_name_a_principal():
    statement = allow(Principal="*")
    assert "SCP_SYNTAX_ERROR_PRINCIPAL" in codes(policy(statement), PolicyKind.SCP)


def test_a_clean_policy_has_no_findings():
    document = policy(allow(), allow("s3:ListBucket", "arn:aws:s3:::amzn-s3-demo-bucket"))
    assert validate(document, PolicyKind.MANAGED) == []


def test_not_principal_is_refused_in_a_trust_policy_only():
    statement = {"Effect": "Deny", "NotPrincipal": {"AWS": "111122223333"}}
    statement.update(Action="sts:AssumeRole")
    error = finding(policy(statement), "NOT_PRINCIPAL_NOT_SUPPORTED", PolicyKind.TRUST)
    assert error.refused and "IAM refuses this document when it is saved" in error.message
    for effect in ("Allow", "Deny"):  # Allow: a security warning (tests/policy/test_severities.py)
        statement = allow(NotPrincipal={"AWS": "111122223333"}, Effect=effect)
        assert "NOT_PRINCIPAL_NOT_SUPPORTED" not in codes(policy(statement), PolicyKind.RESOURCE)


def test_a_resource_control_policy_denies_and_names_every_principal():
    statement = allow(Principal={"AWS": "111122223333"})
    assert {"RCP_SYNTAX_ERROR_ALLOW", "RCP_SYNTAX_ERROR_PRINCIPAL"} <= set(
        codes(policy(statement), PolicyKind.RCP)
    )
    deny = {**statement, "Effect": "Deny", "Principal": "*"}
    deny["Condition"] = {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
    assert [f for f in validate(policy(deny), PolicyKind.RCP) if f.severity == "error"] == []


def test_what_the_evaluation_engine_cannot_read_is_reported_at_its_place():
    document = '{\n  "Version": "2012-10-17",\n  "Id": 5,\n  "Statement": []\n}'.replace(
        "[]", json.dumps(allow())
    )
    error = finding(document, "MALFORMED_POLICY")
    assert error.message == "MalformedPolicyDocument: Syntax errors in policy."
    assert (error.line, error.column, error.path) == (3, 3, ("Id",))


def test_an_error_already_reported_is_not_repeated_by_the_engine():
    document = policy(allow(action="GetObject"))
    assert codes(document).count("INVALID_ACTION") == 1
    assert "MALFORMED_POLICY" not in codes(document)
