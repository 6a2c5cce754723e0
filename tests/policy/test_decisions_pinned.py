"""Decisions that mutation testing found unpinned (issue 15): each case fails if the engine
gets it wrong, and cites the AWS page that gives the answer.

The cases are in the batch format (../shared/spec/evaluation-cases.md), decided by
``evaluate_case`` on the fast path and again through the trace, as
test_example_cases.py does.
"""

import pytest

from iamlab.policy import evaluate_case
from iamlab.policy.arn import compile_arn_like, split_arn
from iamlab.policy.variables import Template, Variable, parse_template
from iamlab.policy.wildcard import compile_glob, compile_resource_glob

ACTION_PAGE = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html"
)
BOUNDARIES_PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html"
NOT_PRINCIPAL_PAGE = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html"
)
OPERATORS_PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"
PRINCIPAL_PAGE = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html"
)
RESOURCE_PAGE = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html"
)
MULTIVALUED_PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html"
VARIABLES_PAGE = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html"
)

ACCOUNT = "111122223333"
ALICE = f"arn:aws:iam::{ACCOUNT}:user/alice"
BUCKET = "arn:aws:s3:::example-bucket"
OBJECT = f"{BUCKET}/report.csv"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/WebAppRole"
SESSION = f"arn:aws:sts::{ACCOUNT}:assumed-role/AppRole/app-session"


def document(*statements):
    return {"Version": "2012-10-17", "Statement": list(statements)}


def allow(action="s3:*", resource="*", **extra):
    return {"Effect": "Allow", "Action": action, "Resource": resource, **extra}


def case(principal=ALICE, action="s3:GetObject", resource=OBJECT, **fields):
    return {
        "id": "pinned",
        "principal": principal,
        "action": action,
        "resource": resource,
        **fields,
    }


def decided(case_):
    decision = evaluate_case(case_)
    assert decision.trace.decision == decision.decision, "the trace decided otherwise"
    return decision.decision


def only_if(condition, context, action="s3:GetObject", resource=OBJECT):
    """alice's one identity policy allows ``action`` under ``condition``."""
    return case(
        action=action,
        resource=resource,
        context=context,
        identityPolicies=[document(allow(action, Condition=condition))],
    )


# --- Principals -------------------------------------------------------------------------


def test_a_bucket_policy_deny_naming_bob_does_not_deny_alice():
    # A statement applies only to the principals its Principal element names (PRINCIPAL_PAGE).
    deny_bob = {
        "Effect": "Deny",
        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:user/bob"},
        "Action": "s3:*",
        "Resource": f"{BUCKET}/*",
    }
    policies = {"identityPolicies": [document(allow())], "resourcePolicy": document(deny_bob)}
    assert decided(case(**policies)) == "allowed"
    assert decided(case(principal=f"arn:aws:iam::{ACCOUNT}:user/bob", **policies)) == (
        "explicitDeny"
    )


def test_a_principal_naming_role_alice_does_not_grant_the_user_alice():
    # PRINCIPAL_PAGE#principal-roles: a role ARN names the role (and its sessions) only.
    grant = {
        "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/alice"},
        "Action": "s3:GetObject",
        "Resource": f"{BUCKET}/*",
    }
    assert decided(case(resourcePolicy=document(grant))) == "implicitDeny"
    session = f"arn:aws:sts::{ACCOUNT}:assumed-role/alice/s"
    assert decided(case(principal=session, resourcePolicy=document(grant))) == "allowed"


def test_notprincipal_with_deny_denies_a_user_with_a_boundary_whatever_it_lists():
    # BOUNDARIES_PAGE: "The NotPrincipal element with a Deny effect will always deny any IAM
    # principal that has a permissions boundary policy attached, regardless of the values
    # specified in the NotPrincipal element." The user must be read as a user for this.
    spare_alice = {
        "Effect": "Deny",
        "NotPrincipal": {"AWS": [ALICE, f"arn:aws:iam::{ACCOUNT}:root"]},
        "Action": "s3:*",
        "Resource": f"{BUCKET}/*",
    }
    policies = {"identityPolicies": [document(allow())], "resourcePolicy": document(spare_alice)}
    assert decided(case(**policies)) == "allowed"
    bounded = case(permissionsBoundary=document(allow()), **policies)
    assert decided(bounded) == "explicitDeny"


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        ([SESSION, f"arn:aws:iam::{ACCOUNT}:role/AppRole"], "explicitDeny"),
        ([SESSION, f"arn:aws:iam::{ACCOUNT}:root"], "explicitDeny"),
        ([SESSION, f"arn:aws:iam::{ACCOUNT}:role/AppRole", ACCOUNT], "allowed"),
    ],
    ids=["without-account", "without-role", "whole-chain-with-bare-account-id"],
)
def test_notprincipal_spares_a_role_session_only_when_session_role_and_account_are_listed(
    listed, expected
):
    # NOT_PRINCIPAL_PAGE: for a role session, list the assumed-role session ARN, the role
    # ARN and the account: AWS checks each link of the chain.
    deny = {
        "Effect": "Deny",
        "NotPrincipal": {"AWS": listed},
        "Action": "s3:*",
        "Resource": f"{BUCKET}/*",
    }
    policies = {"identityPolicies": [document(allow())], "resourcePolicy": document(deny)}
    assert decided(case(principal=SESSION, **policies)) == expected


@pytest.mark.parametrize(
    ("caller", "provider", "expected"),
    [
        ("accounts.google.com", "accounts.google.com", "allowed"),
        ("accounts.google.com", "graph.facebook.com", "implicitDeny"),
        ("cognito-identity.amazonaws.com", "cognito-identity.amazonaws.com", "allowed"),
        (
            f"arn:aws:iam::{ACCOUNT}:saml-provider/ExampleCorp",
            f"arn:aws:iam::{ACCOUNT}:saml-provider/ExampleCorp",
            "allowed",
        ),
        (
            f"arn:aws:iam::{ACCOUNT}:saml-provider/ExampleCorp",
            f"arn:aws:iam::{ACCOUNT}:saml-provider/OtherCorp",
            "implicitDeny",
        ),
    ],
    ids=["web-identity", "other-web-identity", "cognito", "saml", "other-saml"],
)
def test_a_trust_policy_lets_only_the_federated_provider_it_names_assume_the_role(
    caller, provider, expected
):
    # PRINCIPAL_PAGE#principal-federated-web-identity and #principal-saml: a role trust
    # policy names the identity provider in "Federated".
    action = "sts:AssumeRoleWithSAML" if "saml" in caller else "sts:AssumeRoleWithWebIdentity"
    trust = {"Effect": "Allow", "Principal": {"Federated": provider}, "Action": action}
    assert decided(case(caller, action, ROLE, resourcePolicy=document(trust))) == expected


CANONICAL_ID = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"


@pytest.mark.parametrize(
    ("listed", "expected"),
    [(CANONICAL_ID, "allowed"), (CANONICAL_ID[::-1], "implicitDeny")],
    ids=["named", "another-id"],
)
def test_a_bucket_policy_grants_the_canonical_user_it_names(listed, expected):
    # PRINCIPAL_PAGE#principal-accounts: "Principal": {"CanonicalUser": "79a59df9..."}.
    grant = {
        "Effect": "Allow",
        "Principal": {"CanonicalUser": listed},
        "Action": "s3:GetObject",
        "Resource": f"{BUCKET}/*",
    }
    assert decided(case(CANONICAL_ID, resourcePolicy=document(grant))) == expected


# --- Actions and StringLike: a "*" in the middle ---------------------------------------


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("s3:GetObjectTagging", "allowed"),
        ("s3:GetBucketTagging", "allowed"),
        ("s3:PutObjectTagging", "implicitDeny"),
        ("s3:GetObjectTaggingVersion", "implicitDeny"),
    ],
)
def test_a_star_in_the_middle_of_an_action_keeps_both_ends_fixed(action, expected):
    # ACTION_PAGE: wildcards may stand in any part of the action name.
    policies = {"identityPolicies": [document(allow("s3:Get*Tagging"))]}
    assert decided(case(action=action, **policies)) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("home/alice/private", "allowed"),
        ("home/alice/team/private", "allowed"),
        ("home/alice/public", "implicitDeny"),
        ("home/private/x", "implicitDeny"),
        ("house/alice/private", "implicitDeny"),
    ],
)
def test_stringlike_with_a_star_in_the_middle(prefix, expected):
    # OPERATORS_PAGE#Conditions_String: StringLike, "*" matching any run of characters.
    condition = {"StringLike": {"s3:prefix": "home/*/private"}}
    context = {"s3:prefix": prefix}
    assert decided(only_if(condition, context, "s3:ListBucket", BUCKET)) == expected


# --- Numeric and date boundaries ---------------------------------------------------------

NUMERIC_BOUNDARIES = [
    ("NumericLessThan", "9", "allowed"),
    ("NumericLessThan", "10", "implicitDeny"),
    ("NumericLessThanEquals", "10", "allowed"),
    ("NumericLessThanEquals", "11", "implicitDeny"),
    ("NumericGreaterThan", "11", "allowed"),
    ("NumericGreaterThan", "10", "implicitDeny"),
    ("NumericGreaterThanEquals", "10", "allowed"),
    ("NumericGreaterThanEquals", "9", "implicitDeny"),
    ("NumericEquals", "10", "allowed"),
    ("NumericEquals", "9", "implicitDeny"),
    ("NumericEquals", "11", "implicitDeny"),
    ("NumericNotEquals", "10", "implicitDeny"),
    ("NumericNotEquals", "9", "allowed"),
]


@pytest.mark.parametrize(("operator", "request_value", "expected"), NUMERIC_BOUNDARIES)
def test_numeric_operators_at_and_around_their_boundary(operator, request_value, expected):
    # OPERATORS_PAGE#Conditions_Numeric: "less than", "less than or equals", "matching", ...
    condition = {operator: {"s3:max-keys": "10"}}
    context = {"s3:max-keys": request_value}
    assert decided(only_if(condition, context, "s3:ListBucket", BUCKET)) == expected


DATE_BOUNDARIES = [
    ("DateLessThan", "2024-06-30T23:59:59Z", "allowed"),
    ("DateLessThan", "2024-07-01T00:00:00Z", "implicitDeny"),
    ("DateLessThanEquals", "2024-07-01T00:00:00Z", "allowed"),
    ("DateLessThanEquals", "2024-07-01T00:00:01Z", "implicitDeny"),
    ("DateGreaterThan", "2024-07-01T00:00:01Z", "allowed"),
    ("DateGreaterThan", "2024-07-01T00:00:00Z", "implicitDeny"),
    ("DateGreaterThanEquals", "2024-07-01T00:00:00Z", "allowed"),
    ("DateGreaterThanEquals", "2024-06-30T23:59:59Z", "implicitDeny"),
    ("DateEquals", "2024-07-01T02:00:00+02:00", "allowed"),
    ("DateEquals", "2024-06-30T23:59:59Z", "implicitDeny"),
    ("DateEquals", "2024-07-01T00:00:01Z", "implicitDeny"),
    ("DateNotEquals", "2024-07-01T00:00:00Z", "implicitDeny"),
    ("DateNotEquals", "2024-07-01T00:00:01Z", "allowed"),
]


@pytest.mark.parametrize(("operator", "current_time", "expected"), DATE_BOUNDARIES)
def test_date_operators_at_and_around_their_boundary(operator, current_time, expected):
    # OPERATORS_PAGE#Conditions_Date: dates compared as instants, so the same instant in
    # another time zone is equal.
    condition = {operator: {"aws:CurrentTime": "2024-07-01T00:00:00Z"}}
    assert decided(only_if(condition, {"aws:CurrentTime": current_time})) == expected


# --- Bool, set operators ------------------------------------------------------------------


@pytest.mark.parametrize(("secure", "expected"), [("false", "explicitDeny"), ("true", "allowed")])
def test_a_json_false_in_bool_matches_a_request_made_without_tls(secure, expected):
    # OPERATORS_PAGE#Conditions_Boolean: the example denies requests whose
    # aws:SecureTransport is false; a JSON false is the value "false".
    deny = {
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": f"{BUCKET}/*",
        "Condition": {"Bool": {"aws:SecureTransport": False}},
    }
    policies = {"identityPolicies": [document(allow())], "resourcePolicy": document(deny)}
    assert decided(case(context={"aws:SecureTransport": secure}, **policies)) == expected


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ({}, "implicitDeny"),
        ({"aws:TagKeys": []}, "implicitDeny"),
        ({"aws:TagKeys": ["env"]}, "implicitDeny"),
        ({"aws:TagKeys": ["env", "team"]}, "allowed"),
    ],
    ids=["key-absent", "no-values", "only-the-listed-value", "another-value"],
)
def test_foranyvalue_with_a_negated_operator_needs_a_request_value_that_differs(context, expected):
    # MULTIVALUED_PAGE: ForAnyValue is true when at least one request value matches, and
    # false when the key is missing or empty; a negated operator makes "matches" mean
    # "differs from every policy value".
    condition = {"ForAnyValue:StringNotEquals": {"aws:TagKeys": ["env"]}}
    assert decided(only_if(condition, context, "s3:PutObjectTagging")) == expected


# --- Policy variables ---------------------------------------------------------------------


def tagged(resource, context, requested):
    return case(
        resource=requested,
        context=context,
        identityPolicies=[document(allow("s3:GetObject", resource))],
    )


@pytest.mark.parametrize(
    ("requested", "context", "expected"),
    [
        (f"{BUCKET}/blue/alice/a.csv", {"aws:PrincipalTag/team": "blue"}, "allowed"),
        (f"{BUCKET}/blue/bob/a.csv", {"aws:PrincipalTag/team": "blue"}, "implicitDeny"),
        (f"{BUCKET}/red/alice/a.csv", {"aws:PrincipalTag/team": "blue"}, "implicitDeny"),
        (f"{BUCKET}/blue/alice/a.csv", {}, "implicitDeny"),
    ],
    ids=["both-match", "second-differs", "first-differs", "first-absent"],
)
def test_two_variables_in_one_resource_are_both_substituted(requested, context, expected):
    # VARIABLES_PAGE#policy-vars-using-variables; a variable with no value makes the
    # resource match nothing (#policy-vars-no-value).
    resource = f"{BUCKET}/${{aws:PrincipalTag/team}}/${{aws:username}}/*"
    context = {"aws:username": "alice", **context}
    assert decided(tagged(resource, context, requested)) == expected


def test_a_multivalued_key_is_no_policy_variable():
    # MULTIVALUED_PAGE: "You can use any single-valued context key as a policy variable, but
    # you can't use a multivalued context key as a policy variable."
    resource = f"{BUCKET}/${{aws:TagKeys}}/*"
    context = {"aws:TagKeys": ["blue"]}
    assert decided(tagged(resource, context, f"{BUCKET}/blue/a.csv")) == "implicitDeny"
    # Nor is it an empty value: the resource matches nothing at all.
    assert decided(tagged(resource, context, f"{BUCKET}//a.csv")) == "implicitDeny"


@pytest.mark.parametrize(
    ("default", "requested"),
    [("a,b", f"{BUCKET}/home/a,b/x.csv"), ("", f"{BUCKET}/home//x.csv")],
    ids=["with-a-comma", "empty"],
)
def test_a_default_value_is_used_whole_when_the_key_is_absent(default, requested):
    # VARIABLES_PAGE#policy-vars-default-values: the default is the text between the single
    # quotes after the comma that follows the key, commas included; '' is an empty default.
    resource = f"{BUCKET}/home/${{aws:PrincipalTag/team, '{default}'}}/*"
    assert decided(tagged(resource, {}, requested)) == "allowed"
    other = requested.replace("/home/", "/away/")
    assert decided(tagged(resource, {}, other)) == "implicitDeny"
    # With the key present the default is not used.
    tag = {"aws:PrincipalTag/team": "blue"}
    assert decided(tagged(resource, tag, f"{BUCKET}/home/blue/x.csv")) == "allowed"
    assert decided(tagged(resource, tag, requested)) == "implicitDeny"


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("${aws:username", "${aws:username"),
        ("a/${aws:username}/${oops", Template(("a/", Variable("aws:username", None), "/${oops"))),
        ("${ aws:username }", Template((Variable("aws:username", None),))),
        ("${aws:PrincipalTag/team,'x'}", Template((Variable("aws:principaltag/team", "x"),))),
        ("${aws:PrincipalTag/team, x}", Template((Variable("aws:principaltag/team, x", None),))),
        ("${aws:PrincipalTag/team, '}", Template((Variable("aws:principaltag/team, '", None),))),
        ("a${*}b${?}c${$}", "a\ue000b\ue001c$"),
        ("a${}b", Template(("a", Variable("", None), "b"))),
        ("}${aws:username}", Template(("}", Variable("aws:username", None)))),
        ("a${*}b${aws:username}", Template(("a\ue000b", Variable("aws:username", None)))),
    ],
    ids=[
        "unclosed",
        "closed-then-unclosed",
        "spaces",
        "default-without-space",
        "unquoted-default",
        "one-quote",
        "special-characters",
        "empty-key",
        "brace-before",
        "special-before-variable",
    ],
)
def test_how_a_value_with_dollar_brace_is_read(text, parsed):
    # VARIABLES_PAGE: a variable is "${" key [", 'default'"] "}"; text without a closing
    # brace stays literal text; ${*}, ${?} and ${$} are the literal characters.
    assert parse_template(text) == parsed


def test_an_unclosed_variable_in_a_resource_is_literal_text():
    resource = f"{BUCKET}/${{aws:username"
    context = {"aws:username": "alice"}
    assert decided(tagged(resource, context, resource)) == "allowed"
    assert decided(tagged(resource, context, f"{BUCKET}/alice")) == "implicitDeny"


@pytest.mark.parametrize(
    ("principal_arn", "expected"),
    [(ALICE, "allowed"), (f"arn:aws:iam::{ACCOUNT}:user/bob", "implicitDeny")],
)
def test_arnequals_substitutes_policy_variables(principal_arn, expected):
    # OPERATORS_PAGE#Conditions_ARN: policy variables are supported in ARN conditions.
    condition = {
        "ArnEquals": {"aws:PrincipalArn": f"arn:aws:iam::{ACCOUNT}:user/${{aws:username}}"}
    }
    context = {"aws:username": "alice", "aws:PrincipalArn": principal_arn}
    assert decided(only_if(condition, context)) == expected


@pytest.mark.parametrize(
    ("prefix", "expected"), [("alice/private", "implicitDeny"), ("alice/public", "allowed")]
)
def test_stringnotequals_substitutes_policy_variables(prefix, expected):
    # OPERATORS_PAGE#Conditions_String: policy variables are supported in string conditions.
    condition = {"StringNotEquals": {"s3:prefix": "${aws:username}/private"}}
    context = {"aws:username": "alice", "s3:prefix": prefix}
    assert decided(only_if(condition, context, "s3:ListBucket", BUCKET)) == expected


# --- "?" in patterns ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("s3:*Obj?ct*ing", "s3:GetObjectTagging", True),
        ("s3:*Obj?ct*ing", "s3:GetObjctTagging", False),
        ("a*b?d*e", "a-b-d-e", True),
        ("a*b?d*e", "abde", False),
        ("a*b?d*e", "ab.de", True),  # the middle piece right against the tail
        ("a*b?d*e", "abd.e", False),
        ("a*x?*?y*b", "ax1-2yb", True),
        ("a*x?*?y*b", "axyb", False),
        ("?*b?d*", "abcd", True),
        ("?*b?d*", "bcd", False),
    ],
)
def test_a_question_mark_inside_a_middle_piece_stands_for_exactly_one_character(
    pattern, text, matches
):
    # OPERATORS_PAGE#Conditions_String: "?" matches exactly one character, "*" any run.
    assert compile_glob(pattern)(text) is matches


@pytest.mark.parametrize(
    ("pattern", "resource", "matches"),
    [
        (
            "arn:aws:sqs:us-*-1:111122223333:orders",
            "arn:aws:sqs:us-east-1:111122223333:orders",
            True,
        ),
        (
            "arn:aws:sqs:us-*-1:111122223333:orders",
            "arn:aws:sqs:us-east:x-1:111122223333:orders",
            False,
        ),
        (
            "arn:aws:sqs:us-east-?:111122223333:orders-*",
            "arn:aws:sqs:us-east-2:111122223333:orders-a:b",
            True,
        ),
        (
            "arn:aws:sqs:us-east-?:111122223333:orders-*",
            "arn:aws:sqs:us-east-12:111122223333:orders-a",
            False,
        ),
        (
            "arn:aws:sqs:*:111122223333:q?-*-prod",
            "arn:aws:sqs:eu-west-1:111122223333:q1-x-prod",
            True,
        ),
        (
            "arn:aws:sqs:*:111122223333:q?-*-prod",
            "arn:aws:sqs:eu-west-1:111122223333:q1-x:y-prod",
            False,
        ),
        (
            "arn:aws:sqs:*:111122223333:q?-*-prod",
            "arn:aws:sqs:eu-west-1:111122223333:q-x-prod",
            False,
        ),
        ("arn:aws:s3:::b/*?x", "arn:aws:s3:::b/abx", True),
        ("arn:aws:s3:::b/*?x", "arn:aws:s3:::b/a:bx", False),
    ],
)
def test_a_star_inside_a_resource_segment_with_question_marks(pattern, resource, matches):
    # RESOURCE_PAGE: wildcards may be used in any ARN segment; a "*" that ends a segment
    # may span colons, one inside a segment may not.
    assert compile_resource_glob(pattern)(resource) is matches


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("ab*b*z", "abxz", False),  # a middle piece is not found inside the head
        ("ab*b?*z", "abxyz", False),
        ("a*b*bc", "axbc", False),  # nor inside the tail
        ("a*b?*c", "axbc", False),
        ("a*b?*c", "axbyc", True),
        ("ab*ba", "aba", False),  # head and tail do not overlap
        ("ab*ba", "abba", True),
        ("*b*c", "bc", True),  # a middle piece may open the text
        ("a*bc*bc*d", "axbcxd", False),  # two middle pieces do not overlap
        ("a*bc*bc*d", "abcbcd", True),
    ],
)
def test_a_middle_piece_is_looked_for_between_the_head_and_the_tail_only(pattern, text, matches):
    # OPERATORS_PAGE#Conditions_String: each character of the pattern matches once.
    assert compile_glob(pattern)(text) is matches


SQS = "arn:aws:sqs:us-east-1:111122223333"


@pytest.mark.parametrize(
    ("pattern", "resource", "matches"),
    [
        # Two free stars and a bounded one: each keeps its own place.
        ("arn:aws:sqs:*:*:orders-*-prod", f"{SQS}:orders-a-prod", True),
        # Two question marks with a bounded star.
        ("arn:aws:sqs:us-east-?:111122223333:q?-*-prod", f"{SQS}:q1-x-prod", True),
        # The first character is a literal like any other.
        ("arn:aws:sqs:us-*-1:111122223333:orders", "rrn" + f"{SQS}:orders"[3:], False),
        ("arn:aws:sqs:us-*-1:111122223333:orders", "xrn" + f"{SQS}:orders"[3:], False),
        # A run of stars is one free star, whatever stars come before it.
        ("arn:aws:sqs:*:111122223333:q-*x**", f"{SQS}:q-1x:tail", True),
        ("arn:aws:sqs:us-*-1:111122223333:q**", f"{SQS}:q:tail", True),
        ("arn:aws:sqs:us-*-1:111122223333:q-*x**", f"{SQS}:q-1:2x", False),
        # A star inside a segment is bounded whatever comes before it.
        ("arn:aws:sqs:us-east-1:111122223333:*-prod", f"{SQS}:a:b-prod", False),
        ("arn:aws:sqs:us-east-1:111122223333:*X", f"{SQS}:a:X", False),
        ("arn:aws:sqs:us-east-1:111122223333:*X", f"{SQS}:aX", True),
        # A pattern may start with a bounded star.
        ("*x-*y", "ax-by", True),
        ("*x-*y", "a:x-by", False),
    ],
)
def test_resource_patterns_with_bounded_stars_and_their_neighbours(pattern, resource, matches):
    # RESOURCE_PAGE: a "*" that ends a segment may span colons, one inside a segment may not.
    assert compile_resource_glob(pattern)(resource) is matches


def test_an_arn_has_six_parts_and_its_resource_part_keeps_its_colons():
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html: arn:partition:
    # service:region:account-id:resource, where the resource may hold colons itself.
    log_group = "arn:aws:logs:us-east-1:111122223333:log-group:my:group"
    assert split_arn(log_group) == (
        "arn",
        "aws",
        "logs",
        "us-east-1",
        "111122223333",
        "log-group:my:group",
    )
    assert split_arn("urn:aws:s3:::b") is None
    assert split_arn("arn:aws:s3:b") is None


@pytest.mark.parametrize(
    ("pattern", "value", "matches"),
    [
        ("*", "anything", True),
        ("arn:*", "arn:aws:sns:us-east-1:111122223333:topic", True),
        ("arn:aws:sns:*:*:*", "not-an-arn", False),
        ("arn:aws:logs:*:*:log-group:my:*", "arn:aws:logs:us-east-1:1:log-group:my:group", True),
    ],
)
def test_arnlike_reads_a_pattern_that_is_no_arn_as_a_whole(pattern, value, matches):
    # OPERATORS_PAGE#Conditions_ARN: each of the six colon-delimited parts is checked
    # separately.
    assert compile_arn_like(pattern)(value) is matches
