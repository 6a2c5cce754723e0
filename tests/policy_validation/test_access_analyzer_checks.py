"""Findings in the manner of IAM Access Analyzer's policy checks (its severities:
tests/policy/test_severities.py)."""

from iamlab.policy import PolicyKind
from tests.policy_validation.helpers import allow, codes, finding, policy

BUCKET = "arn:aws:s3:::amzn-s3-demo-bucket"
GITHUB = "token.actions.githubusercontent.com"


def test_a_missing_version_is_a_warning_pointing_at_the_document():
    missing = finding(policy(allow(), version=None), "MISSING_VERSION")
    assert (missing.severity, missing.line, missing.column) == ("warning", 1, 1)
    assert "OUTDATED_VERSION" in codes(policy(allow(), version="2008-10-17"))


def test_an_unknown_service_is_flagged_with_a_close_match():
    document = policy(allow(action="dynamdb:GetItem", resource="*"))
    error = finding(document, "INVALID_SERVICE_IN_ACTION")
    assert "Did you mean dynamodb?" in error.message


def test_a_misspelt_action_is_flagged_with_the_action_meant():
    error = finding(policy(allow(action="s3:GetObjekt")), "INVALID_ACTION")
    assert "Did you mean s3:GetObject?" in error.message


def test_a_wildcard_that_matches_no_action_is_flagged():
    assert "INVALID_ACTION" in codes(policy(allow(action="s3:Fetch*")))
    assert "INVALID_ACTION" not in codes(policy(allow(action="s3:Get*")))


def test_actions_are_matched_without_regard_to_case():
    assert codes(policy(allow(action="S3:getobject"))) == []


def test_an_object_arn_for_a_bucket_action_is_flagged():
    warning = finding(
        policy(allow("s3:ListBucket", BUCKET + "/*")), "UNSUPPORTED_RESOURCE_ARN_IN_POLICY"
    )
    assert "s3:ListBucket" in warning.message
    assert "UNSUPPORTED_RESOURCE_ARN_IN_POLICY" not in codes(policy(allow("s3:ListBucket", BUCKET)))


def test_an_action_without_resource_level_permissions_needs_a_star():
    document = policy(allow("s3:ListAllMyBuckets", BUCKET))
    assert "UNSUPPORTED_RESOURCE_ARN_IN_POLICY" in codes(document)


def test_a_resource_with_a_policy_variable_can_still_fit():
    document = policy(allow("s3:GetObject", BUCKET + "/home/${aws:username}/*"))
    assert codes(document) == []


def test_allow_with_not_action_or_not_resource_is_a_warning():
    statement = {"Effect": "Allow", "NotAction": "iam:*", "NotResource": BUCKET}
    assert {"ALLOW_WITH_NOT_ACTION", "ALLOW_WITH_NOT_RESOURCE"} <= set(codes(policy(statement)))
    deny = {"Effect": "Deny", "NotAction": "iam:*", "Resource": "*"}
    assert "ALLOW_WITH_NOT_ACTION" not in codes(policy(deny))


def test_a_public_principal_without_a_condition_is_flagged_in_a_resource_policy():
    public = allow(Principal="*")
    assert "PUBLIC_PRINCIPAL_WITHOUT_CONDITION" in codes(policy(public), PolicyKind.RESOURCE)
    guarded = allow(
        Principal={"AWS": "*"}, Condition={"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
    )
    assert "PUBLIC_PRINCIPAL_WITHOUT_CONDITION" not in codes(policy(guarded), PolicyKind.RESOURCE)


def test_pass_role_on_every_role_is_flagged_unless_the_service_is_named():
    assert "PASS_ROLE_WITH_STAR_IN_RESOURCE" in codes(policy(allow("iam:PassRole", "*")))
    assert "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE" in codes(policy(allow("iam:*", "*")))
    named = allow(
        "iam:PassRole",
        "*",
        Condition={"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}},
    )
    assert "PASS_ROLE_WITH_STAR_IN_RESOURCE" not in codes(policy(named))


def test_an_unknown_global_condition_key_is_flagged():
    statement = allow(Condition={"StringEquals": {"aws:PrincipalOrgIdentifier": "o-1"}})
    assert "INVALID_GLOBAL_CONDITION_KEY" in codes(policy(statement))
    tagged = allow(Condition={"StringEquals": {"aws:PrincipalTag/team": "blue"}})
    assert codes(policy(tagged)) == []


def test_an_unknown_service_condition_key_is_flagged():
    statement = allow(Condition={"StringEquals": {"s3:prefixes": "home/"}})
    assert "INVALID_SERVICE_CONDITION_KEY" in codes(policy(statement))


def test_a_condition_key_the_action_never_sets_is_flagged():
    statement = allow("s3:GetObject", Condition={"StringLike": {"s3:prefix": "home/*"}})
    warning = finding(policy(statement), "CONDITION_KEY_NOT_SUPPORTED")
    assert warning.path == ("Statement", 0, "Condition", "StringLike", "s3:prefix")
    listing = allow("s3:ListBucket", BUCKET, Condition={"StringLike": {"s3:prefix": "home/*"}})
    assert codes(policy(listing)) == []


def test_a_date_key_compared_with_a_string_operator_is_flagged():
    statement = allow(Condition={"StringEquals": {"aws:CurrentTime": "2026-01-01T00:00:00Z"}})
    warning = finding(policy(statement), "MISMATCHED_CONDITION_OPERATOR")
    assert "Date" in warning.message


def test_a_value_of_the_wrong_type_for_the_operator_is_flagged():
    statement = allow(Condition={"DateGreaterThan": {"aws:CurrentTime": "yesterday"}})
    assert "DATA_TYPE_MISMATCH" in codes(policy(statement))
    epoch = allow(Condition={"DateGreaterThan": {"aws:CurrentTime": "1767225600"}})
    assert codes(policy(epoch)) == []
    cidr = allow(Condition={"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}})
    assert codes(policy(cidr)) == []


def test_an_unknown_condition_operator_is_an_error():
    statement = allow(Condition={"StringEqual": {"aws:username": "alice"}})
    assert finding(policy(statement), "INVALID_CONDITION_OPERATOR").severity == "error"
    exists = allow(Condition={"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "team"}})
    assert codes(policy(exists)) == []


def test_redundant_actions_and_statements_are_reported():
    actions = policy(allow(["s3:Get*", "s3:GetObject"]))
    suggestion = finding(actions, "REDUNDANT_ACTION")
    assert (suggestion.severity, suggestion.path) == ("suggestion", ("Statement", 0, "Action", 1))
    twice = policy(allow(Sid="One"), allow(Sid="Two"))
    assert finding(twice, "REDUNDANT_STATEMENT").path == ("Statement", 1)


def test_a_duplicated_key_is_a_warning_at_the_second_key():
    document = '{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": []}'
    warning = finding(document, "DUPLICATE_KEY")
    assert (warning.line, warning.column) == (1, 27)


def test_federated_condition_keys_in_a_trust_policy_are_accepted():
    statement = {
        "Effect": "Allow",
        "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/" + GITHUB},
        "Action": "sts:AssumeRoleWithWebIdentity",
        "Condition": {
            "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}
        },
    }
    assert codes(policy(statement), PolicyKind.TRUST) == []


def test_a_statement_covered_by_a_wider_one_is_redundant():
    document = policy(allow("s3:GetObject", BUCKET + "/reports/*"), allow("s3:Get*", BUCKET + "/*"))
    warning = finding(document, "REDUNDANT_STATEMENT")
    assert warning.path == ("Statement", 0)
    assert "covered by statement #2" in warning.message
    conditional = allow(
        "s3:Get*", BUCKET + "/*", Condition={"Bool": {"aws:SecureTransport": "true"}}
    )
    assert "REDUNDANT_STATEMENT" not in codes(policy(allow(), conditional))


def test_a_set_operator_on_a_single_valued_key_is_flagged():
    single = allow(Condition={"ForAllValues:StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}})
    assert "SET_OPERATOR_ON_SINGLE_VALUED_KEY" in codes(policy(single))
    several = allow(Condition={"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "env"]}})
    assert "SET_OPERATOR_ON_SINGLE_VALUED_KEY" not in codes(policy(several))


# Types from AWS global condition context keys:
# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
def test_epoch_time_takes_date_and_numeric_operators():
    # aws:EpochTime: "Data type – Date, Numeric".
    for operator in ("NumericLessThan", "DateLessThan"):
        statement = allow(Condition={operator: {"aws:EpochTime": "1767225600"}})
        assert codes(policy(statement)) == [], operator
    text = allow(Condition={"StringEquals": {"aws:EpochTime": "1767225600"}})
    warning = finding(policy(text), "MISMATCHED_CONDITION_OPERATOR")
    assert "Date or Numeric" in warning.message


def test_federated_provider_takes_string_and_arn_operators():
    # aws:FederatedProvider: a string for Cognito, an ARN for other OIDC providers.
    cognito = allow(
        Condition={"StringEquals": {"aws:FederatedProvider": "cognito-identity.amazonaws.com"}}
    )
    assert codes(policy(cognito)) == []
    eks = allow(
        Condition={"ArnLike": {"aws:FederatedProvider": "arn:aws:iam::*:oidc-provider/oidc.eks.*"}}
    )
    assert codes(policy(eks)) == []


def test_documented_global_keys_added_later_are_known_with_their_types():
    known = [
        ("ArnEquals", "aws:SignInSessionArn", "arn:aws:signin:us-east-1:111122223333:session/s"),
        ("ArnLike", "aws:ChatbotSourceArn", "arn:aws:chatbot::*:chat-configuration/*"),
        ("StringEquals", "aws:CalledViaAWSMCP", "aws-mcp.amazonaws.com"),
        ("Bool", "aws:ViaAWSMCPService", "true"),
        ("Bool", "aws:IsMcpServiceAction", "true"),
    ]
    for operator, key, value in known:
        assert codes(policy(allow(Condition={operator: {key: value}}))) == [], key
    wrong = allow(Condition={"StringEquals": {"aws:IsMcpServiceAction": "true"}})
    assert "MISMATCHED_CONDITION_OPERATOR" in codes(policy(wrong))
