"""parse_policy reads every form of the grammar and refuses, with AWS's words, what AWS refuses."""

import json

import pytest

from iamlab.policy import MalformedPolicyDocument, evaluate_case, parse_policy
from iamlab.policy.cases import NO_PRINCIPAL_ALLOWED, PRINCIPAL_REQUIRED, RESOURCE_REQUIRED

ALLOW = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}


def refusal(document) -> MalformedPolicyDocument:
    with pytest.raises(MalformedPolicyDocument) as caught:
        parse_policy(document)
    return caught.value


def test_it_reads_json_text_and_a_statement_given_as_one_object():
    policy = parse_policy(json.dumps({"Version": "2012-10-17", "Statement": ALLOW}))
    assert len(policy.statements) == 1
    assert policy.statements[0].effect == "Allow"


def test_it_keeps_the_name_that_labels_the_policy_in_traces():
    assert (
        parse_policy({"Statement": [ALLOW]}, name="inline policy dev").name == "inline policy dev"
    )


def test_text_that_is_not_json_is_a_syntax_error_of_the_whole_document():
    error = refusal('{"Version": "2012-10-17", "Statement": [')
    assert (error.message, error.path) == ("Syntax errors in policy.", ())
    assert str(error) == "MalformedPolicyDocument: Syntax errors in policy."


def test_an_unknown_version_fails_legacy_parsing():
    error = refusal({"Version": "2012-10-18", "Statement": [ALLOW]})
    assert (error.message, error.path) == ("The policy failed legacy parsing", ("Version",))


def test_an_effect_in_the_wrong_case_is_refused_at_its_path():
    error = refusal({"Statement": [ALLOW, dict(ALLOW, Effect="allow")]})
    assert error.path == ("Statement", 1, "Effect")


def test_an_action_without_a_service_prefix_is_refused():
    error = refusal({"Statement": [dict(ALLOW, Action=["s3:GetObject", "GetObject"])]})
    assert error.message.startswith("Actions/Conditions must be prefaced by a vendor")
    assert error.path == ("Statement", 0, "Action", 1)


def test_a_statement_without_actions_or_with_an_empty_list_is_refused():
    assert refusal({"Statement": [{"Effect": "Allow", "Resource": "*"}]}).message == (
        "Policy statement must contain actions."
    )
    assert refusal({"Statement": [dict(ALLOW, Action=[])]}).message == (
        "Policy statement must contain actions."
    )


@pytest.mark.parametrize(
    "field, message",
    [
        ("Action", "Policy statement must contain actions."),
        ("NotAction", "Policy statement must contain actions."),
        ("Resource", "Policy statement must contain resources."),
        ("NotResource", "Policy statement must contain resources."),
    ],
)
def test_an_empty_list_is_refused_with_the_words_for_a_missing_element(field, message):
    # "Statements must include either a Resource or a NotResource element" and an Action or
    # NotAction element: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
    statement = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
    kept = {"Action": "Action", "NotAction": "Action"}.get(field, "Resource")
    statement.pop(kept)
    statement[field] = []
    error = refusal({"Statement": [ALLOW, statement]})
    assert (error.message, error.path) == (message, ("Statement", 1, field))


def test_an_empty_not_action_is_refused_before_evaluation_rather_than_crashing_it():
    policy = {"Statement": [{"Effect": "Allow", "NotAction": [], "Resource": "*"}]}
    with pytest.raises(MalformedPolicyDocument, match="must contain actions") as caught:
        evaluate_case(dict(CASE, identityPolicies=[policy]))
    assert caught.value.path == ("identityPolicies", 0, "Statement", 0, "NotAction")


def test_a_null_action_or_resource_is_a_syntax_error():
    for field in ("Action", "Resource"):
        error = refusal({"Statement": [dict(ALLOW, **{field: None})]})
        assert (error.message, error.path) == ("Syntax errors in policy.", ("Statement", 0, field))


def test_empty_principal_lists_are_refused():
    for element in ({}, {"AWS": []}):
        statement = dict(ALLOW, Principal=element)
        assert refusal({"Statement": [statement]}).message == "Syntax errors in policy."


def test_statement_ids_must_be_unique():
    error = refusal({"Statement": [dict(ALLOW, Sid="A"), dict(ALLOW, Sid="A")]})
    assert error.message == "Statement IDs (SID) in a single policy must be unique."


def test_an_unknown_condition_operator_is_refused():
    error = refusal({"Statement": [dict(ALLOW, Condition={"StringEqualz": {"aws:username": "a"}})]})
    assert error.path == ("Statement", 0, "Condition", "StringEqualz")


def test_action_and_not_action_together_are_refused():
    assert refusal({"Statement": [dict(ALLOW, NotAction="s3:*")]}).path == (
        "Statement",
        0,
        "NotAction",
    )


CASE = {
    "id": "k",
    "principal": "arn:aws:iam::111122223333:user/alice",
    "action": "s3:GetObject",
    "resource": "*",
}


def test_an_identity_policy_may_not_name_a_principal():
    policy = {"Statement": [dict(ALLOW, Principal="*")]}
    with pytest.raises(MalformedPolicyDocument, match=NO_PRINCIPAL_ALLOWED) as caught:
        evaluate_case(dict(CASE, identityPolicies=[policy]))
    assert caught.value.path == ("identityPolicies", 0, "Statement", 0)


def test_an_identity_policy_needs_resources_and_a_resource_policy_needs_a_principal():
    no_resource = {"Statement": [{"Effect": "Allow", "Action": "s3:*"}]}
    with pytest.raises(MalformedPolicyDocument, match=RESOURCE_REQUIRED):
        evaluate_case(dict(CASE, identityPolicies=[no_resource]))
    with pytest.raises(MalformedPolicyDocument, match=PRINCIPAL_REQUIRED):
        evaluate_case(dict(CASE, resourcePolicy={"Statement": [ALLOW]}))
