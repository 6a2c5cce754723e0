"""IAM's quotas, from the one table in rules.QUOTAS, refused with AWS's LimitExceeded wording.

Account-wide quotas (5,000 users, ...) are tested lowered to 2; per-identity ones at AWS's
real numbers, filling the quota with bulk inserts so each test stays fast.
"""

import pytest
from django.urls import reverse

from iamlab.sandbox.aws_managed import catalogue
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import (
    AccessKey,
    Attachment,
    IamGroup,
    IamRole,
    IamUser,
    InstanceProfile,
    ManagedPolicy,
    MfaDevice,
)
from iamlab.sandbox.services import credentials, instances, mfa, policies, roles, rules, users
from tests.sandbox.conftest import ALLOW_ALL, EC2_TRUST, open_account


def test_the_quota_table_has_the_numbers_of_awss_quotas_page():
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html, "IAM object
    # quotas": the defaults of the adjustable ones (a new account's), and the fixed ones.
    assert rules.QUOTAS == {
        "UsersPerAccount": 5000,
        "GroupsPerAccount": 300,
        "RolesPerAccount": 1000,
        "PoliciesPerAccount": 1500,
        "InstanceProfilesPerAccount": 1000,
        "PoliciesPerUser": 10,
        "PoliciesPerGroup": 10,
        "PoliciesPerRole": 10,
        "VersionsPerPolicy": 5,
        "AccessKeysPerUser": 2,
        "MFADevicesPerUser": 8,
        "GroupsPerUser": 10,
        "TagsPerEntity": 50,
        "InstanceSessionsPerInstanceProfile": 1,
    }


ACCOUNT_WIDE = [
    ("UsersPerAccount", IamUser, lambda account, n: users.user_create(account=account, name=n)),
    ("GroupsPerAccount", IamGroup, lambda account, n: users.group_create(account=account, name=n)),
    (
        "RolesPerAccount",
        IamRole,
        lambda account, n: roles.role_create(account=account, name=n, trust_policy=EC2_TRUST),
    ),
    (
        "PoliciesPerAccount",
        ManagedPolicy,
        lambda account, n: policies.policy_create(account=account, name=n, document=ALLOW_ALL),
    ),
    (
        "InstanceProfilesPerAccount",
        InstanceProfile,
        lambda account, n: instances.instance_profile_create(account=account, name=n),
    ),
]


@pytest.mark.parametrize(("quota", "model", "create"), ACCOUNT_WIDE)
def test_an_account_wide_quota_refuses_one_more(account, monkeypatch, quota, model, create):
    monkeypatch.setitem(rules.QUOTAS, quota, 2)
    create(account, "one")
    create(account, "two")
    with pytest.raises(SandboxError) as refused:
        create(account, "three")
    assert (refused.value.code, refused.value.message) == (
        "LimitExceeded",
        f"Cannot exceed quota for {quota}: 2",
    )
    assert model.objects.filter(account=account).count() == 2


@pytest.mark.django_db
def test_the_users_page_shows_awss_limit_exceeded_and_keeps_the_name(client, monkeypatch):
    open_account(client)
    monkeypatch.setitem(rules.QUOTAS, "UsersPerAccount", 1)
    client.post(reverse("sandbox:users"), {"name": "first"})
    response = client.post(reverse("sandbox:users"), {"name": "second"}, follow=True)
    page = response.content.decode()
    assert "LimitExceeded: Cannot exceed quota for UsersPerAccount: 1" in page
    assert 'value="second"' in page
    assert list(IamUser.objects.values_list("name", flat=True)) == ["first"]


def _identity(account, kind):
    if kind == "user":
        return users.user_create(account=account, name="full")
    if kind == "group":
        return users.group_create(account=account, name="full")
    return roles.role_create(account=account, name="full", trust_policy=EC2_TRUST)


@pytest.mark.parametrize("kind", ["user", "group", "role"])
def test_an_identity_takes_ten_managed_policies_and_not_an_eleventh(account, kind):
    identity = _identity(account, kind)
    # Not under /aws-service-role/: those are refused for another reason.
    attachable = [p.arn for p in catalogue().policies if not p.service_role][:11]
    Attachment.objects.bulk_create(
        Attachment(account=account, policy_arn=arn, **{kind: identity}) for arn in attachable[:10]
    )
    with pytest.raises(SandboxError) as refused:
        policies.policy_attach(account=account, kind=kind, name="full", arn=attachable[10])
    assert refused.value.message == f"Cannot exceed quota for PoliciesPer{kind.capitalize()}: 10"
    assert identity.attachments.count() == 10


def test_a_user_joins_ten_groups_and_not_an_eleventh(account):
    user = users.user_create(account=account, name="busy")
    groups = IamGroup.objects.bulk_create(
        IamGroup(account=account, name=f"g{n}") for n in range(11)
    )
    user.groups.add(*groups[:10])
    with pytest.raises(SandboxError) as refused:
        users.group_add_user(account=account, group_name="g10", user_name="busy")
    assert refused.value.message == "Cannot exceed quota for GroupsPerUser: 10"


def test_a_user_has_two_access_keys_and_not_a_third(account):
    users.user_create(account=account, name="ci")
    credentials.access_key_create(account=account, user_name="ci")
    credentials.access_key_create(account=account, user_name="ci")
    with pytest.raises(SandboxError) as refused:
        credentials.access_key_create(account=account, user_name="ci")
    assert refused.value.message == "Cannot exceed quota for AccessKeysPerUser: 2"
    assert AccessKey.objects.filter(account=account).count() == 2


def test_a_user_has_eight_mfa_devices_and_not_a_ninth(account):
    user = users.user_create(account=account, name="careful")
    MfaDevice.objects.bulk_create(
        MfaDevice(account=account, user=user, name=f"d{n}", secret="S", enabled=True)
        for n in range(8)
    )
    with pytest.raises(SandboxError) as refused:
        mfa.mfa_device_create(account=account, user_name="careful")
    assert refused.value.message == "Cannot exceed quota for MFADevicesPerUser: 8"


def test_a_policy_keeps_five_versions_and_not_a_sixth(account):
    policy = policies.policy_create(account=account, name="p", document=ALLOW_ALL)
    for _ in range(4):
        policies.policy_version_create(account=account, arn=policy.arn, document=ALLOW_ALL)
    with pytest.raises(SandboxError) as refused:
        policies.policy_version_create(account=account, arn=policy.arn, document=ALLOW_ALL)
    assert refused.value.message.startswith("A managed policy can have up to 5 versions.")


def test_a_user_takes_fifty_tags_and_not_fifty_one(account):
    users.user_create(account=account, name="tagged")
    users.user_tag(account=account, name="tagged", tags={f"k{n}": "v" for n in range(50)})
    with pytest.raises(SandboxError) as refused:
        users.user_tag(account=account, name="tagged", tags={f"k{n}": "v" for n in range(51)})
    assert refused.value.message == "Cannot exceed quota for TagsPerEntity: 50"


def test_an_instance_profile_holds_one_role(account):
    roles.role_create(account=account, name="a", trust_policy=EC2_TRUST)
    roles.role_create(account=account, name="b", trust_policy=EC2_TRUST)
    instances.instance_profile_create(account=account, name="web", role_name="a")
    with pytest.raises(SandboxError) as refused:
        instances.instance_profile_add_role(account=account, name="web", role_name="b")
    assert refused.value.message == "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1"
