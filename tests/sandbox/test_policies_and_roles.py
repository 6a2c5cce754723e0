import pytest

from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import IamRole, ManagedPolicy
from iamlab.sandbox.services import policies, roles
from iamlab.sandbox.services.users import group_create, user_create
from tests.sandbox.conftest import ALLOW_ALL, EC2_TRUST


def refused(code, service, **kwargs):
    with pytest.raises(SandboxError) as caught:
        service(**kwargs)
    assert caught.value.code == code
    return caught.value


def test_a_new_managed_policy_has_a_default_version_v1(account):
    policy = policies.policy_create(account=account, name="all", document=ALLOW_ALL)
    assert policy.default_version.version_id == "v1"
    assert policy.arn == f"arn:aws:iam::{account.account_id}:policy/all"


@pytest.mark.parametrize(
    "document",
    [
        "not json",
        "[]",
        '{"Version": "2012-10-17"}',
        '{"Statement": [{"Effect": "Maybe", "Action": "*"}]}',
    ],
)
def test_a_malformed_document_is_refused_and_nothing_is_created(account, document):
    refused(
        "MalformedPolicyDocument",
        policies.policy_create,
        account=account,
        name="p",
        document=document,
    )
    assert not ManagedPolicy.objects.exists()


def test_a_managed_policy_bigger_than_6144_characters_is_refused(account):
    actions = ", ".join(f'"s3:Action{n}"' for n in range(600))
    document = f'{{"Statement": [{{"Effect": "Allow", "Action": [{actions}], "Resource": "*"}}]}}'
    error = refused(
        "LimitExceeded", policies.policy_create, account=account, name="big", document=document
    )
    assert error.message.startswith("Cannot exceed quota for PolicySize: 6144")


def test_a_policy_keeps_at_most_five_versions(account):
    arn = policies.policy_create(account=account, name="p", document=ALLOW_ALL).arn
    for _ in range(4):
        policies.policy_version_create(account=account, arn=arn, document=ALLOW_ALL)
    error = refused(
        "LimitExceeded",
        policies.policy_version_create,
        account=account,
        arn=arn,
        document=ALLOW_ALL,
    )
    assert "up to 5 versions" in error.message


def test_setting_a_new_default_leaves_exactly_one_default(account):
    policy = policies.policy_create(account=account, name="p", document=ALLOW_ALL)
    policies.policy_version_create(
        account=account, arn=policy.arn, document=ALLOW_ALL, set_as_default=True
    )
    assert list(policy.versions.filter(is_default=True).values_list("version_id", flat=True)) == [
        "v2"
    ]
    policies.policy_version_set_default(account=account, arn=policy.arn, version_id="v1")
    assert policy.default_version.version_id == "v1"


def test_the_default_version_cannot_be_deleted(account):
    policy = policies.policy_create(account=account, name="p", document=ALLOW_ALL)
    refused(
        "DeleteConflict",
        policies.policy_version_delete,
        account=account,
        arn=policy.arn,
        version_id="v1",
    )


def test_an_attached_policy_cannot_be_deleted(account):
    policy = policies.policy_create(account=account, name="p", document=ALLOW_ALL)
    group_create(account=account, name="devs")
    policies.policy_attach(account=account, kind="group", name="devs", arn=policy.arn)
    error = refused("DeleteConflict", policies.policy_delete, account=account, arn=policy.arn)
    assert error.message == "Cannot delete a policy attached to entities."


def test_an_identity_holds_at_most_ten_managed_policies(account):
    user_create(account=account, name="alice")
    for n in range(10):
        arn = policies.policy_create(account=account, name=f"p{n}", document=ALLOW_ALL).arn
        policies.policy_attach(account=account, kind="user", name="alice", arn=arn)
    arn = policies.policy_create(account=account, name="p10", document=ALLOW_ALL).arn
    error = refused(
        "LimitExceeded", policies.policy_attach, account=account, kind="user", name="alice", arn=arn
    )
    assert error.message == "Cannot exceed quota for PoliciesPerUser: 10"


def test_attaching_an_unknown_policy_is_no_such_entity(account):
    user_create(account=account, name="alice")
    refused(
        "NoSuchEntity",
        policies.policy_attach,
        account=account,
        kind="user",
        name="alice",
        arn=aws_managed_arn("NoSuchPolicy"),
    )


def test_inline_policies_of_a_user_share_2048_characters(account):
    user_create(account=account, name="alice")
    statement = '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::%s"}'
    big = '{"Statement": [' + statement.replace("%s", "b" * 1000) + "]}"
    policies.inline_policy_put(
        account=account, kind="user", name="alice", policy_name="one", document=big
    )
    error = refused(
        "LimitExceeded",
        policies.inline_policy_put,
        account=account,
        kind="user",
        name="alice",
        policy_name="two",
        document=big,
    )
    assert error.message == "Maximum policy size of 2048 bytes exceeded for user alice"


def test_a_role_gets_a_trust_policy_and_an_arn(account):
    role = roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)
    assert role.arn == f"arn:aws:iam::{account.account_id}:role/app"


def test_a_role_session_longer_than_twelve_hours_is_refused(account):
    refused(
        "ValidationError",
        roles.role_create,
        account=account,
        name="app",
        trust_policy=EC2_TRUST,
        max_session_duration=43201,
    )
    assert not IamRole.objects.exists()


def test_a_service_linked_role_cannot_be_edited_or_deleted_directly(account):
    roles.role_create(
        account=account,
        name="AWSServiceRoleForSupport",
        trust_policy=EC2_TRUST,
        service_linked=True,
    )
    refused(
        "UnmodifiableEntity", roles.role_delete, account=account, name="AWSServiceRoleForSupport"
    )
    refused(
        "UnmodifiableEntity",
        policies.policy_attach,
        account=account,
        kind="role",
        name="AWSServiceRoleForSupport",
        arn=aws_managed_arn("AdministratorAccess"),
    )


def test_a_boundary_is_only_for_users_and_roles(account):
    group_create(account=account, name="devs")
    refused(
        "ValidationError",
        policies.boundary_put,
        account=account,
        kind="group",
        name="devs",
        arn=aws_managed_arn("AdministratorAccess"),
    )


def test_a_boundary_is_recorded_on_the_user(account):
    user_create(account=account, name="alice")
    user = policies.boundary_put(
        account=account, kind="user", name="alice", arn=aws_managed_arn("AmazonS3ReadOnlyAccess")
    )
    assert user.permissions_boundary_arn.endswith("AmazonS3ReadOnlyAccess")


def test_a_group_cannot_be_the_principal_of_a_trust_policy(account):
    group = group_create(account=account, name="devs")
    trust = (
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", '
        f'"Principal": {{"AWS": "{group.arn}"}}, "Action": "sts:AssumeRole"}}]}}'
    )
    error = refused(
        "MalformedPolicyDocument", roles.role_create, account=account, name="r", trust_policy=trust
    )
    assert "Invalid principal in policy" in error.message


def test_a_trust_policy_naming_a_user_that_does_not_exist_is_refused(account):
    ghost = f"arn:aws:iam::{account.account_id}:user/ghost"
    trust = (
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", '
        f'"Principal": {{"AWS": "{ghost}"}}, "Action": "sts:AssumeRole"}}]}}'
    )
    error = refused(
        "MalformedPolicyDocument", roles.role_create, account=account, name="r", trust_policy=trust
    )
    assert error.message == f'Invalid principal in policy: "AWS":"{ghost}"'
    user_create(account=account, name="ghost")
    roles.role_create(account=account, name="r", trust_policy=trust)
