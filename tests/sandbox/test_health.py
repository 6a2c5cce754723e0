import datetime

from django.utils import timezone

from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.models import AccessKey
from iamlab.sandbox.services import account_settings, credentials, policies
from iamlab.sandbox.services.health import health_check
from iamlab.sandbox.services.users import user_create
from tests.sandbox.conftest import ALLOW_ALL


def titles(account):
    return [finding.title for finding in health_check(account)]


def test_a_new_account_is_told_to_protect_its_root_user_and_set_a_password_policy(account):
    assert titles(account) == ["The root user has no MFA", "No custom password policy"]


def test_root_access_keys_are_flagged(account):
    credentials.access_key_create(account=account)
    assert "The root user has access keys" in titles(account)


def test_a_privileged_user_without_mfa_is_flagged(account):
    user_create(account=account, name="admin")
    policies.policy_attach(
        account=account, kind="user", name="admin", arn=aws_managed_arn("AdministratorAccess")
    )
    found = titles(account)
    assert "Privileged user admin has no MFA" in found
    assert "User admin has policies attached directly" in found


def test_an_old_access_key_is_flagged(account):
    user_create(account=account, name="dev")
    key, _ = credentials.access_key_create(account=account, user_name="dev")
    long_ago = timezone.now() - datetime.timedelta(days=91)
    AccessKey.objects.filter(pk=key.pk).update(
        last_rotated_at=long_ago, last_used_at=timezone.now()
    )
    assert any("over 90 days old" in title for title in titles(account))


def test_a_wildcard_allow_and_a_repeated_inline_policy_are_flagged(account):
    for name in ("a", "b"):
        user_create(account=account, name=name)
        policies.inline_policy_put(
            account=account, kind="user", name=name, policy_name="everything", document=ALLOW_ALL
        )
    found = titles(account)
    assert "The inline policy everything allows every action on every resource" in found
    assert "The inline policy everything is repeated on 2 identities" in found


def test_a_short_minimum_password_length_is_flagged(account):
    account_settings.password_policy_update(
        account=account, settings={"MinimumPasswordLength": "8"}
    )
    assert "The password policy allows short passwords" in titles(account)
