"""IAM users and their group memberships."""

from iamlab.sandbox import errors
from iamlab.sandbox.models import IamGroup, IamUser
from iamlab.sandbox.services import rules
from iamlab.sandbox.services.events import recorded


def user_get(*, account, name: str) -> IamUser:
    user = IamUser.objects.filter(account=account, name__iexact=name).first()
    if user is None:
        raise errors.no_such_entity(f"The user with name {name} cannot be found.")
    return user


def group_get(*, account, name: str) -> IamGroup:
    group = IamGroup.objects.filter(account=account, name__iexact=name).first()
    if group is None:
        raise errors.no_such_entity(f"The group with name {name} cannot be found.")
    return group


@recorded("CreateUser")
def user_create(*, account, name: str, path: str = "/", tags: dict | None = None) -> IamUser:
    rules.check_name(name, field="userName", max_length=rules.USER_NAME_MAX)
    rules.check_path(path)
    rules.check_tags(tags or {})
    if IamUser.objects.filter(account=account, name__iexact=name).exists():
        raise errors.already_exists(f"User with name {name} already exists.")
    rules.check_quota("UsersPerAccount", IamUser.objects.filter(account=account).count())
    return IamUser.objects.create(account=account, name=name, path=path, tags=tags or {})


@recorded("DeleteUser")
def user_delete(*, account, name: str) -> None:
    """AWS refuses while anything still hangs off the user; the console removes them first."""
    user = user_get(account=account, name=name)
    if user.keys.exists():
        raise errors.delete_conflict("Cannot delete entity, must delete access keys first.")
    if user.console_password_set:
        raise errors.delete_conflict("Cannot delete entity, must delete login profile first.")
    if user.mfa.exists():
        raise errors.delete_conflict("Cannot delete entity, must delete MFA device first.")
    if user.attachments.exists():
        raise errors.delete_conflict("Cannot delete entity, must detach all policies first.")
    if user.inline_policies.exists():
        raise errors.delete_conflict("Cannot delete entity, must delete policies first.")
    if user.groups.exists():
        raise errors.delete_conflict("Cannot delete entity, must remove users from group first.")
    user.delete()


@recorded("TagUser")
def user_tag(*, account, name: str, tags: dict) -> IamUser:
    user = user_get(account=account, name=name)
    user.tags = rules.tags_merged(user.tags, tags)
    user.save(update_fields=["tags"])
    return user


@recorded("CreateGroup")
def group_create(*, account, name: str, path: str = "/") -> IamGroup:
    rules.check_name(name, field="groupName", max_length=rules.GROUP_NAME_MAX)
    rules.check_path(path)
    if IamGroup.objects.filter(account=account, name__iexact=name).exists():
        raise errors.already_exists(f"Group with name {name} already exists.")
    rules.check_quota("GroupsPerAccount", IamGroup.objects.filter(account=account).count())
    return IamGroup.objects.create(account=account, name=name, path=path)


@recorded("DeleteGroup")
def group_delete(*, account, name: str) -> None:
    group = group_get(account=account, name=name)
    if group.members.exists():
        raise errors.delete_conflict("Cannot delete entity, must remove users from group first.")
    if group.attachments.exists():
        raise errors.delete_conflict("Cannot delete entity, must detach all policies first.")
    if group.inline_policies.exists():
        raise errors.delete_conflict("Cannot delete entity, must delete policies first.")
    group.delete()


@recorded("AddUserToGroup")
def group_add_user(*, account, group_name: str, user_name: str) -> None:
    group = group_get(account=account, name=group_name)
    user = user_get(account=account, name=user_name)
    if group.members.filter(pk=user.pk).exists():
        return
    rules.check_quota("GroupsPerUser", user.groups.count())
    group.members.add(user)


@recorded("RemoveUserFromGroup")
def group_remove_user(*, account, group_name: str, user_name: str) -> None:
    group = group_get(account=account, name=group_name)
    user = user_get(account=account, name=user_name)
    if not group.members.filter(pk=user.pk).exists():
        raise errors.no_such_entity(
            f"The user with name {user_name} cannot be found in group {group_name}."
        )
    group.members.remove(user)
