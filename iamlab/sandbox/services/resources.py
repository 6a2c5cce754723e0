"""Simulated resources with resource-based policies: S3 buckets, KMS keys, SQS queues."""

import re
import uuid

from iamlab.policy import PolicyKind
from iamlab.sandbox import errors
from iamlab.sandbox.models import Resource
from iamlab.sandbox.services.documents import document_check, principals_check
from iamlab.sandbox.services.events import recorded

# S3 bucket naming rules (general purpose buckets) and SQS queue names (CreateQueue).
BUCKET_PATTERN = r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]"
QUEUE_PATTERN = r"[A-Za-z0-9_-]{1,80}"


def _check_name(kind: str, name: str) -> str:
    if kind == Resource.Kind.KMS:
        return name or str(uuid.uuid4())
    pattern = BUCKET_PATTERN if kind == Resource.Kind.S3 else QUEUE_PATTERN
    if not re.fullmatch(pattern, name) or ".." in name:
        raise errors.validation_error(
            name, "name", f"Member must satisfy regular expression pattern: {pattern}"
        )
    return name


def resource_get(*, account, kind: str, name: str) -> Resource:
    resource = Resource.objects.filter(account=account, kind=kind, name=name).first()
    if resource is None:
        raise errors.no_such_entity(f"The {kind} resource {name} cannot be found.")
    return resource


@recorded("CreateResource")
def resource_create(*, account, kind: str, name: str = "", policy: str = "") -> Resource:
    if kind not in Resource.Kind.values:
        raise errors.validation_error(kind, "kind", "Member must be s3, kms or sqs")
    name = _check_name(kind, name)
    if policy.strip():
        document_check(policy, kind=PolicyKind.RESOURCE)
        principals_check(policy, account=account)
    if Resource.objects.filter(account=account, kind=kind, name=name).exists():
        raise errors.already_exists(f"The {kind} resource {name} already exists.")
    return Resource.objects.create(account=account, kind=kind, name=name, policy=policy)


@recorded("PutResourcePolicy")
def resource_policy_put(*, account, kind: str, name: str, policy: str) -> Resource:
    resource = resource_get(account=account, kind=kind, name=name)
    if policy.strip():
        document_check(policy, kind=PolicyKind.RESOURCE)
        principals_check(policy, account=account)
    resource.policy = policy
    resource.save(update_fields=["policy"])
    return resource


@recorded("DeleteResource")
def resource_delete(*, account, kind: str, name: str) -> None:
    resource_get(account=account, kind=kind, name=name).delete()
