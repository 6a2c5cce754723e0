"""Error messages checked word for word against what IAM answers in AWS CLI/SDK output
(quoted in public bug reports; sources listed in iamlab/sandbox/errors.py)."""

import pytest

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.services import credentials, policies, users
from tests.sandbox.conftest import ALLOW_ALL


def message_of(service, **kwargs):
    with pytest.raises(SandboxError) as caught:
        service(**kwargs)
    return f"{caught.value.code}: {caught.value.message}"


def test_deleting_a_user_still_in_a_group_names_the_group_step(account):
    users.user_create(account=account, name="alice")
    users.group_create(account=account, name="devs")
    users.group_add_user(account=account, group_name="devs", user_name="alice")
    assert message_of(users.user_delete, account=account, name="alice") == (
        "DeleteConflict: Cannot delete entity, must remove users from group first."
    )


def test_deleting_a_user_with_a_console_password_names_the_login_profile(account):
    users.user_create(account=account, name="alice")
    credentials.login_profile_create(account=account, user_name="alice", password="A-long-pw-123!")
    assert message_of(users.user_delete, account=account, name="alice") == (
        "DeleteConflict: Cannot delete entity, must delete login profile first."
    )


def test_deleting_a_group_with_members_asks_to_remove_them_first(account):
    users.user_create(account=account, name="alice")
    users.group_create(account=account, name="devs")
    users.group_add_user(account=account, group_name="devs", user_name="alice")
    assert message_of(users.group_delete, account=account, name="devs") == (
        "DeleteConflict: Cannot delete entity, must remove users from group first."
    )


def test_deleting_a_policy_with_several_versions_explains_the_default_goes_with_it(account):
    arn = policies.policy_create(account=account, name="p", document=ALLOW_ALL).arn
    policies.policy_version_create(account=account, arn=arn, document=ALLOW_ALL)
    assert message_of(policies.policy_delete, account=account, arn=arn) == (
        "DeleteConflict: This policy has more than one version. Before you delete a policy, "
        "you must delete the policy's versions. The default version is deleted with the policy."
    )


def test_deleting_the_default_version_is_refused_in_aws_words(account):
    arn = policies.policy_create(account=account, name="p", document=ALLOW_ALL).arn
    assert message_of(
        policies.policy_version_delete, account=account, arn=arn, version_id="v1"
    ) == ("DeleteConflict: Cannot delete the default version of a policy.")


def test_a_sixth_policy_version_is_refused_in_aws_words(account):
    arn = policies.policy_create(account=account, name="p", document=ALLOW_ALL).arn
    for _ in range(4):
        policies.policy_version_create(account=account, arn=arn, document=ALLOW_ALL)
    assert message_of(
        policies.policy_version_create, account=account, arn=arn, document=ALLOW_ALL
    ) == (
        "LimitExceeded: A managed policy can have up to 5 versions. Before you create a new "
        "version, you must delete an existing version."
    )


def test_a_third_access_key_is_refused_in_aws_words(account):
    users.user_create(account=account, name="alice")
    credentials.access_key_create(account=account, user_name="alice")
    credentials.access_key_create(account=account, user_name="alice")
    assert message_of(credentials.access_key_create, account=account, user_name="alice") == (
        "LimitExceeded: Cannot exceed quota for AccessKeysPerUser: 2"
    )
