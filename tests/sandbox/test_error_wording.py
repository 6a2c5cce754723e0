"""Error messages checked word for word against what IAM answers in AWS CLI/SDK output
(quoted in public bug reports; sources listed in iamlab/sandbox/errors.py)."""

import pytest

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.services import credentials, policies, roles, users
from tests.sandbox.conftest import ALLOW_ALL, EC2_TRUST


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


INLINE_LIMITS = [("user", 2048), ("group", 5120), ("role", 10240)]


def _identity(account, kind):
    if kind == "user":
        users.user_create(account=account, name="ops")
    elif kind == "group":
        users.group_create(account=account, name="ops")
    else:
        roles.role_create(account=account, name="ops", trust_policy=EC2_TRUST)


def _statement_document(padding: int) -> str:
    resource = "arn:aws:s3:::b/" + "x" * padding
    return (
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", '
        f'"Action": "s3:GetObject", "Resource": "{resource}"}}]}}'
    )


# AWS answers PutUserPolicy/PutGroupPolicy/PutRolePolicy over the quota with
# "Maximum policy size of 5120 bytes exceeded for group travis-ci"
# (HumanCellAtlas/data-store#1963) and "... 10240 bytes exceeded for role <name>"
# (aws-amplify/amplify-backend#2615): the kind once, then the name, no full stop.
@pytest.mark.parametrize(("kind", "limit"), INLINE_LIMITS)
def test_one_oversized_inline_policy_names_the_identity_once(account, kind, limit):
    _identity(account, kind)
    message = message_of(
        policies.inline_policy_put,
        account=account,
        kind=kind,
        name="ops",
        policy_name="big",
        document=_statement_document(limit),
    )
    assert message.startswith(
        f"LimitExceeded: Maximum policy size of {limit} bytes exceeded for {kind} ops."
    )
    assert f"{kind} {kind}" not in message


@pytest.mark.parametrize(("kind", "limit"), INLINE_LIMITS)
def test_inline_policies_together_over_the_quota_are_refused_in_aws_words(account, kind, limit):
    _identity(account, kind)
    half = _statement_document(limit // 2)
    policies.inline_policy_put(
        account=account, kind=kind, name="ops", policy_name="one", document=half
    )
    assert (
        message_of(
            policies.inline_policy_put,
            account=account,
            kind=kind,
            name="ops",
            policy_name="two",
            document=half,
        )
        == f"LimitExceeded: Maximum policy size of {limit} bytes exceeded for {kind} ops"
    )
