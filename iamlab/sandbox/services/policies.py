"""Managed policies with versions, inline policies, attachments and permissions boundaries."""

import json

from iamlab.policy import PolicyKind
from iamlab.sandbox import errors
from iamlab.sandbox.aws_managed import aws_managed_arn, aws_managed_document, is_service_role_policy
from iamlab.sandbox.models import Attachment, InlinePolicy, ManagedPolicy, PolicyVersion
from iamlab.sandbox.services import rules
from iamlab.sandbox.services.documents import INLINE_KINDS, document_check
from iamlab.sandbox.services.events import recorded
from iamlab.sandbox.services.roles import role_get, role_get_modifiable
from iamlab.sandbox.services.users import group_get, user_get

IDENTITY_KINDS = ("user", "group", "role")


def identity_get(*, account, kind: str, name: str, modifying: bool = False):
    if kind == "user":
        return user_get(account=account, name=name)
    if kind == "group":
        return group_get(account=account, name=name)
    if kind == "role":
        getter = role_get_modifiable if modifying else role_get
        return getter(account=account, name=name)
    raise errors.validation_error(kind, "identityKind", "Member must be user, group or role")


def managed_policy_get(*, account, arn: str) -> ManagedPolicy:
    # arn:aws:iam::<account>:policy<path><name>, found by its name and path in one query.
    path, _, name = arn.removeprefix(f"arn:aws:iam::{account.account_id}:policy").rpartition("/")
    found = ManagedPolicy.objects.filter(account=account, name=name, path=f"{path}/")
    policy = found.select_related("account").first()
    if policy is None or policy.arn != arn:
        raise errors.no_such_entity(f"Policy {arn} does not exist or is not attachable.")
    return policy


def policy_arn_for(*, account, text: str) -> str:
    """The ARN a picker means: an ARN as typed, else the customer or AWS managed policy's name."""
    text = text.strip()
    if text.startswith("arn:"):
        return text
    customer = ManagedPolicy.objects.filter(account=account, name__iexact=text).first()
    return customer.arn if customer is not None else aws_managed_arn(text)


def managed_policy_document(*, account, arn: str) -> str:
    """The default version's document of an AWS managed or customer managed policy."""
    aws_document = aws_managed_document(arn)
    if aws_document is not None:
        return json.dumps(aws_document, indent=2)
    return managed_policy_get(account=account, arn=arn).default_version.document


@recorded("CreatePolicy")
def policy_create(
    *, account, name: str, document: str, path: str = "/", description: str = ""
) -> ManagedPolicy:
    rules.check_name(name, field="policyName", max_length=rules.POLICY_NAME_MAX)
    rules.check_path(path)
    document_check(document, kind=PolicyKind.MANAGED)
    if ManagedPolicy.objects.filter(account=account, name__iexact=name).exists():
        raise errors.already_exists(
            f"A policy called {name} already exists. Duplicate names are not allowed."
        )
    rules.check_quota("PoliciesPerAccount", ManagedPolicy.objects.filter(account=account).count())
    policy = ManagedPolicy.objects.create(
        account=account, name=name, path=path, description=description
    )
    PolicyVersion.objects.create(policy=policy, version_id="v1", document=document, is_default=True)
    return policy


@recorded("DeletePolicy")
def policy_delete(*, account, arn: str) -> None:
    policy = managed_policy_get(account=account, arn=arn)
    if Attachment.objects.filter(account=account, policy_arn=arn).exists():
        raise errors.delete_conflict("Cannot delete a policy attached to entities.")
    if policy.versions.count() > 1:
        raise errors.delete_conflict(
            "This policy has more than one version. Before you delete a policy, you must "
            "delete the policy's versions. The default version is deleted with the policy."
        )
    policy.delete()


@recorded("CreatePolicyVersion")
def policy_version_create(
    *, account, arn: str, document: str, set_as_default: bool = False
) -> PolicyVersion:
    policy = managed_policy_get(account=account, arn=arn)
    document_check(document, kind=PolicyKind.MANAGED)
    if policy.versions.count() >= rules.QUOTAS["VersionsPerPolicy"]:
        # CreatePolicyVersion words this quota in a sentence of its own.
        raise errors.SandboxError(
            "LimitExceeded",
            f"A managed policy can have up to {rules.QUOTAS['VersionsPerPolicy']} versions. "
            "Before you create a new version, you must delete an existing version.",
        )
    numbers = [int(version.version_id[1:]) for version in policy.versions.all()]
    if set_as_default:
        policy.versions.update(is_default=False)
    return PolicyVersion.objects.create(
        policy=policy,
        version_id=f"v{max(numbers) + 1}",
        document=document,
        is_default=set_as_default,
    )


def _version_get(policy: ManagedPolicy, version_id: str) -> PolicyVersion:
    version = policy.versions.filter(version_id=version_id).first()
    if version is None:
        raise errors.no_such_entity(f"Policy {policy.arn} version {version_id} does not exist.")
    return version


@recorded("SetDefaultPolicyVersion")
def policy_version_set_default(*, account, arn: str, version_id: str) -> None:
    policy = managed_policy_get(account=account, arn=arn)
    version = _version_get(policy, version_id)
    policy.versions.update(is_default=False)
    version.is_default = True
    version.save(update_fields=["is_default"])


@recorded("DeletePolicyVersion")
def policy_version_delete(*, account, arn: str, version_id: str) -> None:
    policy = managed_policy_get(account=account, arn=arn)
    version = _version_get(policy, version_id)
    if version.is_default:
        raise errors.delete_conflict("Cannot delete the default version of a policy.")
    version.delete()


def _attachable(*, account, arn: str, to_role: bool = False) -> None:
    if aws_managed_document(arn) is None:
        managed_policy_get(account=account, arn=arn)
    elif is_service_role_policy(arn):
        # "You cannot attach this policy to your users, groups, or roles": IAM attaches it to
        # its service's service-linked role only (Managed Policy Reference, e.g.
        # AWSSupportServiceRolePolicy).
        raise errors.policy_not_attachable(
            errors.SERVICE_ROLE_POLICY_TO_ROLE if to_role else errors.SERVICE_ROLE_POLICY_ELSEWHERE
        )


@recorded("AttachPolicy")
def policy_attach(*, account, kind: str, name: str, arn: str) -> Attachment:
    identity = identity_get(account=account, kind=kind, name=name, modifying=True)
    _attachable(account=account, arn=arn, to_role=kind == "role")
    existing = identity.attachments.filter(policy_arn=arn).first()
    if existing is not None:
        return existing
    rules.check_quota(f"PoliciesPer{kind.capitalize()}", identity.attachments.count())
    return Attachment.objects.create(account=account, policy_arn=arn, **{kind: identity})


@recorded("DetachPolicy")
def policy_detach(*, account, kind: str, name: str, arn: str) -> None:
    identity = identity_get(account=account, kind=kind, name=name, modifying=True)
    attachment = identity.attachments.filter(policy_arn=arn).first()
    if attachment is None:
        raise errors.no_such_entity(f"Policy {arn} was not found.")
    attachment.delete()


@recorded("PutInlinePolicy")
def inline_policy_put(
    *, account, kind: str, name: str, policy_name: str, document: str
) -> InlinePolicy:
    identity = identity_get(account=account, kind=kind, name=name, modifying=True)
    rules.check_name(policy_name, field="policyName", max_length=rules.POLICY_NAME_MAX)
    document_check(document, kind=INLINE_KINDS[kind], entity_name=identity.name)
    others = identity.inline_policies.exclude(name=policy_name)
    total = sum(rules.policy_size(policy.document) for policy in others)
    # The size quota covers all of an identity's inline policies together.
    if total + rules.policy_size(document) > rules.INLINE_POLICY_SIZE[kind]:
        raise errors.inline_policy_size_exceeded(
            kind, identity.name, rules.INLINE_POLICY_SIZE[kind]
        )
    policy, _ = InlinePolicy.objects.update_or_create(
        account=account, name=policy_name, **{kind: identity}, defaults={"document": document}
    )
    return policy


@recorded("DeleteInlinePolicy")
def inline_policy_delete(*, account, kind: str, name: str, policy_name: str) -> None:
    identity = identity_get(account=account, kind=kind, name=name, modifying=True)
    policy = identity.inline_policies.filter(name=policy_name).first()
    if policy is None:
        raise errors.no_such_entity(f"The {kind} policy with name {policy_name} cannot be found.")
    policy.delete()


@recorded("PutPermissionsBoundary")
def boundary_put(*, account, kind: str, name: str, arn: str):
    if kind not in ("user", "role"):
        raise errors.validation_error(kind, "identityKind", "Member must be user or role")
    identity = identity_get(account=account, kind=kind, name=name, modifying=True)
    _attachable(account=account, arn=arn)
    identity.permissions_boundary_arn = arn
    identity.save(update_fields=["permissions_boundary_arn"])
    return identity


@recorded("DeletePermissionsBoundary")
def boundary_delete(*, account, kind: str, name: str):
    identity = identity_get(account=account, kind=kind, name=name, modifying=True)
    identity.permissions_boundary_arn = ""
    identity.save(update_fields=["permissions_boundary_arn"])
    return identity
