"""IAM roles: a trust policy saying who may assume them, and service-linked roles."""

from iamlab.policy import PolicyKind
from iamlab.sandbox import errors
from iamlab.sandbox.models import IamRole
from iamlab.sandbox.services import rules
from iamlab.sandbox.services.documents import document_check, principals_check
from iamlab.sandbox.services.events import recorded

# https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html: MaxSessionDuration
SESSION_DURATION_RANGE = (3600, 43200)


def role_get(*, account, name: str) -> IamRole:
    role = IamRole.objects.filter(account=account, name__iexact=name).first()
    if role is None:
        raise errors.no_such_entity(f"The role with name {name} cannot be found.")
    return role


@recorded("CreateRole")
def role_create(
    *,
    account,
    name: str,
    trust_policy: str,
    path: str = "/",
    description: str = "",
    max_session_duration: int = 3600,
    service_linked: bool = False,
    tags: dict | None = None,
) -> IamRole:
    rules.check_name(name, field="roleName", max_length=rules.ROLE_NAME_MAX)
    rules.check_path(path)
    tags = rules.check_tags(tags or {})
    low, high = SESSION_DURATION_RANGE
    if not low <= max_session_duration <= high:
        raise errors.validation_error(
            str(max_session_duration),
            "maxSessionDuration",
            f"Member must have value greater than or equal to {low} "
            f"and less than or equal to {high}",
        )
    document_check(trust_policy, kind=PolicyKind.TRUST)
    principals_check(trust_policy, account=account)
    if IamRole.objects.filter(account=account, name__iexact=name).exists():
        raise errors.already_exists(f"Role with name {name} already exists.")
    rules.check_quota("RolesPerAccount", IamRole.objects.filter(account=account).count())
    return IamRole.objects.create(
        account=account,
        name=name,
        path=path,
        trust_policy=trust_policy,
        description=description,
        max_session_duration=max_session_duration,
        service_linked=service_linked,
        tags=tags,
    )


@recorded("TagRole")
def role_tag(*, account, name: str, tags: dict) -> IamRole:
    role = role_get(account=account, name=name)
    role.tags = rules.tags_merged(role.tags, tags)
    role.save(update_fields=["tags"])
    return role


def role_get_modifiable(*, account, name: str) -> IamRole:
    """Service-linked roles belong to their service: IAM refuses edits to them."""
    role = role_get(account=account, name=name)
    if role.service_linked:
        raise errors.unmodifiable(
            f"Cannot perform the operation on the protected role '{role.name}' - "
            "this role is only modifiable by AWS"
        )
    return role


@recorded("UpdateAssumeRolePolicy")
def role_update_trust(*, account, name: str, trust_policy: str) -> IamRole:
    role = role_get_modifiable(account=account, name=name)
    document_check(trust_policy, kind=PolicyKind.TRUST)
    principals_check(trust_policy, account=account)
    role.trust_policy = trust_policy
    role.save(update_fields=["trust_policy"])
    return role


@recorded("DeleteRole")
def role_delete(*, account, name: str) -> None:
    role = role_get_modifiable(account=account, name=name)
    if role.instance_profiles.exists():
        raise errors.delete_conflict(
            "Cannot delete entity, must remove roles from instance profile first."
        )
    if role.attachments.exists():
        raise errors.delete_conflict("Cannot delete entity, must detach all policies first.")
    if role.inline_policies.exists():
        raise errors.delete_conflict("Cannot delete entity, must delete policies first.")
    role.delete()
