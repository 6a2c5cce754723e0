"""The AWS managed policies: each is a valid document with a recorded source and version."""

import importlib
import json

import pytest
from django.urls import reverse

from iamlab.policy import PolicyKind, validate
from iamlab.sandbox.aws_managed import (
    ARNS,
    AWS_MANAGED_PREFIX,
    POLICIES,
    SOURCES,
    aws_managed_arn,
    aws_managed_document,
)
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.services import policies, users
from iamlab.sandbox.services.simulator import simulate


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_every_aws_managed_policy_is_a_valid_managed_policy(name):
    findings = validate(json.dumps(POLICIES[name]), PolicyKind.MANAGED)
    assert [f.message for f in findings if f.severity == "error"] == []


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
    from django.apps import apps

    from iamlab.sandbox.models import Attachment

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
    } <= set(POLICIES)


@pytest.mark.django_db
def test_ec2_read_only_access_allows_describing_but_not_launching(account):
    user = users.user_create(account=account, name="viewer")
    policies.policy_attach(
        account=account, kind="user", name="viewer", arn=aws_managed_arn("AmazonEC2ReadOnlyAccess")
    )
    describe = simulate(
        account, principal_arn=user.arn, action="ec2:DescribeInstances", resource="*"
    )
    launch = simulate(account, principal_arn=user.arn, action="ec2:RunInstances", resource="*")
    assert describe.allowed
    assert not launch.allowed


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
