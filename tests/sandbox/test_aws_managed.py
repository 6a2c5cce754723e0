"""The AWS managed policies: each is a valid document with a recorded source and version."""

import importlib
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.urls import reverse

from iamlab.policy import PolicyKind, parse_policy, validate
from iamlab.policy.validation.sizes import LIMITS, counted_size
from iamlab.sandbox.aws_managed import (
    ARNS,
    AWS_MANAGED_PREFIX,
    POLICIES,
    SOURCES,
    aws_managed_arn,
    aws_managed_document,
    is_service_role_policy,
)
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Attachment, IamUser
from iamlab.sandbox.services import policies, roles, users
from iamlab.sandbox.services.simulator import simulate
from tests.sandbox.conftest import EC2_TRUST

# The 6,144-character quota is for customer managed policies (CreatePolicy); AWS's own are
# far larger (ReadOnlyAccess, SecurityAudit, ...), so it is the one finding not checked here.
CUSTOMER_SIZE_QUOTA = "POLICY_SIZE_EXCEEDED"
LARGE = ("ReadOnlyAccess", "ViewOnlyAccess", "SecurityAudit")


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_every_aws_managed_policy_is_a_valid_managed_policy(name):
    findings = validate(json.dumps(POLICIES[name]), PolicyKind.MANAGED)
    errors = [
        f.message for f in findings if f.severity == "error" and f.code != CUSTOMER_SIZE_QUOTA
    ]
    assert errors == []


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_every_aws_managed_policy_is_read_by_the_engine(name):
    policy = parse_policy(json.dumps(POLICIES[name]), name=name)
    assert policy.statements


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_every_aws_managed_policy_names_its_source_and_version(name):
    source, version = SOURCES[name]
    assert source.startswith(("https://docs.aws.amazon.com/", "https://github.com/zoph-io/MAMIP/"))
    assert name in source
    assert version.startswith("v") and version[1:].isdigit()


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_every_aws_managed_policy_is_found_by_its_arn(name):
    arn = aws_managed_arn(name)
    assert arn == ARNS[name]
    assert arn.startswith(AWS_MANAGED_PREFIX) and arn.endswith("/" + name)
    assert aws_managed_document(arn) is POLICIES[name]


def test_job_function_policies_have_the_job_function_path():
    # The Managed Policy Reference gives arn:aws:iam::aws:policy/job-function/SupportUser.
    assert aws_managed_arn("SupportUser") == "arn:aws:iam::aws:policy/job-function/SupportUser"
    assert aws_managed_document("arn:aws:iam::aws:policy/SupportUser") is None


@pytest.mark.django_db
def test_an_aws_managed_arn_without_its_path_is_not_attachable(account):
    users.user_create(account=account, name="helpdesk")
    with pytest.raises(SandboxError) as refused:
        policies.policy_attach(
            account=account,
            kind="user",
            name="helpdesk",
            arn="arn:aws:iam::aws:policy/SupportUser",
        )
    assert refused.value.code == "NoSuchEntity"


@pytest.mark.django_db
def test_attachments_and_boundaries_of_the_old_support_user_arn_are_moved(account):
    migration = importlib.import_module(
        "iamlab.sandbox.migrations.0002_supportuser_job_function_arn"
    )
    user = users.user_create(account=account, name="helpdesk")
    Attachment.objects.create(account=account, policy_arn=migration.OLD, user=user)
    user.permissions_boundary_arn = migration.OLD
    user.save(update_fields=["permissions_boundary_arn"])
    migration.forward(apps, None)
    user.refresh_from_db()
    assert [a.policy_arn for a in user.attachments.all()] == [aws_managed_arn("SupportUser")]
    assert user.permissions_boundary_arn == aws_managed_arn("SupportUser")


def test_the_common_aws_managed_policies_are_offered():
    assert {
        "AmazonEC2ReadOnlyAccess",
        "AmazonEC2FullAccess",
        "AmazonDynamoDBReadOnlyAccess",
        "AWSBillingReadOnlyAccess",
        "SupportUser",
        "ReadOnlyAccess",
        "ViewOnlyAccess",
        "SecurityAudit",
    } <= set(POLICIES)


def _user_deciding_with(account, user_name: str, policy: str):
    """A user with only ``policy`` attached, and the simulator's decision for them."""
    user = users.user_create(account=account, name=user_name)
    policies.policy_attach(
        account=account, kind="user", name=user_name, arn=aws_managed_arn(policy)
    )

    def decide(action, resource="*"):
        return simulate(account, principal_arn=user.arn, action=action, resource=resource)

    return decide


def _actions(name: str) -> list[str]:
    found = []
    for statement in POLICIES[name]["Statement"]:
        action = statement["Action"]
        found += [action] if isinstance(action, str) else action
    return found


@pytest.mark.parametrize(
    ("name", "version", "actions"),
    # Counted in the MAMIP copies the entries were taken from (one statement of Describe/
    # Get/List actions; ViewOnlyAccess and SecurityAudit add apigateway:GET on API paths).
    [
        ("ReadOnlyAccess", "v87", 1321),
        ("ViewOnlyAccess", "v36", 343),
        ("SecurityAudit", "v45", 709),
    ],
)
def test_the_read_only_job_policies_are_the_mirrored_versions(name, version, actions):
    assert SOURCES[name][1] == version
    assert SOURCES[name][0].endswith("/policies/" + name)
    assert len(_actions(name)) == actions
    assert all(s["Effect"] == "Allow" for s in POLICIES[name]["Statement"])


@pytest.mark.parametrize("name", LARGE)
def test_the_read_only_job_policies_are_bigger_than_a_customer_policy_may_be(name):
    assert counted_size(json.dumps(POLICIES[name])) > LIMITS[PolicyKind.MANAGED]


@pytest.mark.django_db
@pytest.mark.parametrize("name", LARGE)
def test_a_large_aws_managed_policy_attaches_to_users_groups_and_roles(account, name):
    users.user_create(account=account, name="viewer")
    users.group_create(account=account, name="viewers")
    roles.role_create(account=account, name="viewer-role", trust_policy=EC2_TRUST)
    for kind, identity in (("user", "viewer"), ("group", "viewers"), ("role", "viewer-role")):
        policies.policy_attach(account=account, kind=kind, name=identity, arn=aws_managed_arn(name))
    shown = policies.managed_policy_document(account=account, arn=aws_managed_arn(name))
    assert json.loads(shown) == POLICIES[name]


@pytest.mark.django_db
def test_a_large_aws_managed_policy_may_be_a_permissions_boundary(account):
    users.user_create(account=account, name="viewer")
    policies.boundary_put(
        account=account, kind="user", name="viewer", arn=aws_managed_arn("ReadOnlyAccess")
    )


@pytest.mark.django_db
def test_read_only_access_allows_reading_an_object_but_not_writing_it(account):
    # ReadOnlyAccess v87 allows "s3:Get*" and "s3:List*" on "*" and has no s3:Put* at all.
    assert {"s3:Get*", "s3:List*"} <= set(_actions("ReadOnlyAccess"))
    assert not any(a.startswith("s3:Put") for a in _actions("ReadOnlyAccess"))
    decide = _user_deciding_with(account, "reader", "ReadOnlyAccess")
    obj = "arn:aws:s3:::reports/2026/q1.csv"
    assert decide("s3:GetObject", obj).decision == "allowed"
    assert decide("s3:PutObject", obj).decision == "implicitDeny"
    assert decide("ec2:DescribeInstances").decision == "allowed"


@pytest.mark.django_db
def test_view_only_access_lists_and_describes_but_does_not_read_objects(account):
    # ViewOnlyAccess v36: "ec2:DescribeInstance*" and "s3:ListBucket", no s3:GetObject.
    assert {"ec2:DescribeInstance*", "s3:ListBucket"} <= set(_actions("ViewOnlyAccess"))
    decide = _user_deciding_with(account, "viewer", "ViewOnlyAccess")

    assert decide("ec2:DescribeInstances").allowed
    assert decide("s3:ListBucket", "arn:aws:s3:::reports").allowed
    assert decide("s3:GetObject", "arn:aws:s3:::reports/q1.csv").decision == "implicitDeny"
    assert decide("ec2:DescribeVolumes").allowed  # "ec2:DescribeVolume*"
    assert decide("ec2:TerminateInstances").decision == "implicitDeny"


@pytest.mark.django_db
def test_security_audit_reads_configuration_but_not_data(account):
    # SecurityAudit v45: "ec2:Describe*", "s3:GetBucket*", "s3:GetObjectAcl"; no s3:GetObject.
    assert {"ec2:Describe*", "s3:GetBucket*", "s3:GetObjectAcl"} <= set(_actions("SecurityAudit"))
    assert "s3:GetObject" not in _actions("SecurityAudit")
    decide = _user_deciding_with(account, "auditor", "SecurityAudit")

    assert decide("ec2:DescribeInstances").allowed
    assert decide("s3:GetBucketPolicy", "arn:aws:s3:::reports").allowed
    assert decide("s3:GetObjectAcl", "arn:aws:s3:::reports/q1.csv").allowed
    assert decide("s3:GetObject", "arn:aws:s3:::reports/q1.csv").decision == "implicitDeny"
    assert decide("iam:CreateUser").decision == "implicitDeny"


@pytest.mark.django_db
def test_iam_read_only_access_is_the_mirrored_v4(account):
    # IAMReadOnlyAccess v4 (MAMIP): Generate*/Get*/List* and the two Simulate actions, by name.
    assert SOURCES["IAMReadOnlyAccess"][1] == "v4"
    assert _actions("IAMReadOnlyAccess") == [
        "iam:GenerateCredentialReport",
        "iam:GenerateServiceLastAccessedDetails",
        "iam:Get*",
        "iam:List*",
        "iam:SimulateCustomPolicy",
        "iam:SimulatePrincipalPolicy",
    ]
    decide = _user_deciding_with(account, "auditor", "IAMReadOnlyAccess")

    assert decide("iam:GenerateServiceLastAccessedDetails").allowed
    assert decide("iam:SimulatePrincipalPolicy").allowed
    assert decide("iam:ListUsers").allowed
    assert decide("iam:CreateUser").decision == "implicitDeny"


@pytest.mark.django_db
def test_ec2_read_only_access_allows_describing_but_not_launching(account):
    decide = _user_deciding_with(account, "viewer", "AmazonEC2ReadOnlyAccess")
    assert decide("ec2:DescribeInstances").allowed
    assert not decide("ec2:RunInstances").allowed


@pytest.mark.django_db
def test_the_aws_policy_page_shows_the_version_and_its_source(client):
    response = client.get(reverse("sandbox:aws_policy", args=["AmazonDynamoDBReadOnlyAccess"]))
    source, version = SOURCES["AmazonDynamoDBReadOnlyAccess"]
    assert f"Policy version {version}" in response.content.decode()
    assert source in response.content.decode()


@pytest.mark.django_db
def test_the_aws_policy_page_shows_the_arn_with_its_path(client):
    response = client.get(reverse("sandbox:aws_policy", args=["SupportUser"]))
    assert "arn:aws:iam::aws:policy/job-function/SupportUser" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", LARGE)
def test_the_aws_policy_page_shows_a_large_policy_whole(client, name):
    response = client.get(reverse("sandbox:aws_policy", args=[name]))
    page = response.content.decode()
    source, version = SOURCES[name]
    assert response.status_code == 200
    assert f"Policy version {version}" in page and source in page
    assert aws_managed_arn(name) in page
    assert all(action in page for action in _actions(name))


@pytest.mark.django_db
def test_the_user_page_and_the_simulator_take_a_large_aws_managed_policy(client):
    client.post(reverse("sandbox:users"), {"name": "reader"})
    client.post(
        reverse("sandbox:user_action", args=["reader"]),
        {"action": "attach", "arn": aws_managed_arn("ReadOnlyAccess")},
    )
    page = client.get(reverse("sandbox:user", args=["reader"])).content.decode()
    assert aws_managed_arn("ReadOnlyAccess") in page and "a4b:Get*" in page
    response = client.post(
        reverse("sandbox:simulate"),
        {
            "principal": IamUser.objects.get(name="reader").arn,
            "actions": "s3:GetObject => allowed\ns3:PutObject => implicitDeny",
            "resource": "arn:aws:s3:::reports/q1.csv",
        },
    )
    assert response.status_code == 200
    assert b"allowed" in response.content and b"implicitDeny" in response.content
    assert b"differs" not in response.content


SERVICE_ROLE_POLICIES = (
    "AutoScalingServiceRolePolicy",
    "AWSElasticLoadBalancingServiceRolePolicy",
    "AWSSupportServiceRolePolicy",
)


@pytest.mark.parametrize("name", SERVICE_ROLE_POLICIES)
def test_service_role_policies_have_the_aws_service_role_path(name):
    assert aws_managed_arn(name) == f"arn:aws:iam::aws:policy/aws-service-role/{name}"
    assert is_service_role_policy(aws_managed_arn(name))
    assert not is_service_role_policy(aws_managed_arn("ReadOnlyAccess"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("role", "Cannot attach a Service Role Policy to a Customer Role."),
        ("user", "AWS service role policies can only be attached to the service-linked role"),
        ("group", "AWS service role policies can only be attached to the service-linked role"),
    ],
)
def test_a_service_role_policy_is_not_attachable_to_your_own_identities(account, kind, message):
    users.user_create(account=account, name="ops")
    users.group_create(account=account, name="ops")
    roles.role_create(account=account, name="ops", trust_policy=EC2_TRUST)
    with pytest.raises(SandboxError) as refused:
        policies.policy_attach(
            account=account,
            kind=kind,
            name="ops",
            arn=aws_managed_arn("AWSSupportServiceRolePolicy"),
        )
    assert refused.value.code == "PolicyNotAttachable"
    assert message in refused.value.message
    assert not Attachment.objects.filter(account=account).exists()


@pytest.mark.django_db
def test_a_service_role_policy_is_not_a_permissions_boundary(account):
    users.user_create(account=account, name="ops")
    with pytest.raises(SandboxError) as refused:
        policies.boundary_put(
            account=account,
            kind="user",
            name="ops",
            arn=aws_managed_arn("AutoScalingServiceRolePolicy"),
        )
    assert refused.value.code == "PolicyNotAttachable"


@pytest.mark.django_db
def test_the_picker_and_the_policy_page_say_which_policies_are_for_service_linked_roles(client):
    client.post(reverse("sandbox:users"), {"name": "ops"})
    picker = client.get(reverse("sandbox:user", args=["ops"])).content.decode()
    assert "AWSSupportServiceRolePolicy (service-linked role policy)" in picker
    assert ">ReadOnlyAccess (AWS managed)<" in picker
    page = client.get(reverse("sandbox:aws_policy", args=["AWSSupportServiceRolePolicy"]))
    assert "you cannot attach it to your users, groups or roles" in page.content.decode()
    source, version = SOURCES["AWSSupportServiceRolePolicy"]
    assert f"Policy version {version}" in page.content.decode() and source in page.content.decode()


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_the_sandbox_readme_lists_each_policy_with_its_version_and_source(name):
    readme = (Path(__file__).parents[2] / "iamlab" / "sandbox" / "README.md").read_text()
    source, version = SOURCES[name]
    path = ARNS[name].removeprefix("arn:aws:iam::aws:policy").removesuffix(name)
    rows = [line for line in readme.splitlines() if line.startswith(f"| {name} |")]
    assert len(rows) == 1
    assert f"| `{path}` | {version} |" in rows[0] and f"({source})" in rows[0]
