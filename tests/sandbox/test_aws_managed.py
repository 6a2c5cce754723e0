"""The AWS managed policies: each is a valid document with a recorded source and version."""

import json

import pytest
from django.urls import reverse

from iamlab.policy import PolicyKind, validate
from iamlab.sandbox.aws_managed import POLICIES, SOURCES, aws_managed_arn
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
