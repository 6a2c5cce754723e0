import pytest

from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Event, IamUser
from iamlab.sandbox.services import credentials, policies, rules
from iamlab.sandbox.services.users import (
    group_add_user,
    group_create,
    group_delete,
    group_remove_user,
    user_create,
    user_delete,
    user_tag,
)
from tests.sandbox.conftest import ALLOW_ALL


def refused(code, service, **kwargs):
    with pytest.raises(SandboxError) as caught:
        service(**kwargs)
    assert caught.value.code == code
    return caught.value


def test_an_account_has_a_twelve_digit_id(account):
    assert len(account.account_id) == 12 and account.account_id.isdigit()


def test_a_new_user_gets_an_arn_with_its_path(account):
    user = user_create(account=account, name="alice", path="/dev/")
    assert user.arn == f"arn:aws:iam::{account.account_id}:user/dev/alice"


def test_user_names_are_unique_regardless_of_case(account):
    user_create(account=account, name="Alice")
    error = refused("EntityAlreadyExists", user_create, account=account, name="alice")
    assert error.message == "User with name alice already exists."
    assert IamUser.objects.count() == 1


@pytest.mark.parametrize("name", ["", "has space", "slash/", "x" * 65])
def test_it_refuses_user_names_aws_refuses(account, name):
    refused("ValidationError", user_create, account=account, name=name)


def test_a_64_character_name_is_the_longest_user_name(account):
    user_create(account=account, name="x" * 64)


@pytest.mark.parametrize("path", ["dev", "/dev", "dev/", "/d e/"])
def test_it_refuses_paths_that_do_not_start_and_end_with_a_slash(account, path):
    refused("ValidationError", user_create, account=account, name="alice", path=path)


def test_tags_beyond_fifty_are_refused(account):
    user_create(account=account, name="alice")
    tags = {f"k{n}": "v" for n in range(51)}
    refused("LimitExceeded", user_tag, account=account, name="alice", tags=tags)


def test_tag_keys_may_not_use_the_aws_prefix(account):
    refused("ValidationError", user_create, account=account, name="a", tags={"aws:x": "1"})


def test_a_user_belongs_to_at_most_ten_groups(account):
    user_create(account=account, name="alice")
    for n in range(rules.QUOTAS["GroupsPerUser"]):
        group_create(account=account, name=f"g{n}")
        group_add_user(account=account, group_name=f"g{n}", user_name="alice")
    group_create(account=account, name="eleventh")
    error = refused(
        "LimitExceeded", group_add_user, account=account, group_name="eleventh", user_name="alice"
    )
    assert error.message == "Cannot exceed quota for GroupsPerUser: 10"


def test_adding_an_unknown_user_to_a_group_is_no_such_entity(account):
    group_create(account=account, name="devs")
    error = refused(
        "NoSuchEntity", group_add_user, account=account, group_name="devs", user_name="ghost"
    )
    assert error.message == "The user with name ghost cannot be found."


def test_deleting_a_user_with_access_keys_is_a_delete_conflict(account):
    user_create(account=account, name="alice")
    credentials.access_key_create(account=account, user_name="alice")
    error = refused("DeleteConflict", user_delete, account=account, name="alice")
    assert error.message == "Cannot delete entity, must delete access keys first."
    assert IamUser.objects.filter(name="alice").exists()


def test_deleting_a_user_with_an_attached_policy_is_a_delete_conflict(account):
    user_create(account=account, name="alice")
    policies.policy_attach(
        account=account, kind="user", name="alice", arn=aws_managed_arn("AdministratorAccess")
    )
    refused("DeleteConflict", user_delete, account=account, name="alice")


def test_deleting_a_user_with_an_inline_policy_is_a_delete_conflict(account):
    user_create(account=account, name="alice")
    policies.inline_policy_put(
        account=account, kind="user", name="alice", policy_name="all", document=ALLOW_ALL
    )
    refused("DeleteConflict", user_delete, account=account, name="alice")


def test_deleting_a_user_still_in_a_group_is_a_delete_conflict(account):
    user_create(account=account, name="alice")
    group_create(account=account, name="devs")
    group_add_user(account=account, group_name="devs", user_name="alice")
    refused("DeleteConflict", user_delete, account=account, name="alice")
    group_remove_user(account=account, group_name="devs", user_name="alice")
    user_delete(account=account, name="alice")
    assert not IamUser.objects.exists()


def test_deleting_a_group_with_members_is_a_delete_conflict(account):
    user_create(account=account, name="alice")
    group_create(account=account, name="devs")
    group_add_user(account=account, group_name="devs", user_name="alice")
    error = refused("DeleteConflict", group_delete, account=account, name="devs")
    assert error.message == "Cannot delete entity, must remove users from group first."


def test_every_operation_is_recorded_with_its_error_code(account):
    user_create(account=account, name="alice")
    refused("EntityAlreadyExists", user_create, account=account, name="alice")
    events = list(Event.objects.filter(account=account).order_by("pk"))
    assert [(e.event_name, e.error_code) for e in events] == [
        ("CreateUser", ""),
        ("CreateUser", "EntityAlreadyExists"),
    ]
    assert events[0].request_parameters["name"] == "alice"
    assert events[0].user_identity == account.root_arn
