"""The policies ``simulate-principal-policy`` gathers for ``--policy-source-arn``.

"If you specify a user, group, or role, the simulation includes all policies that are
associated with that entity. If you specify a user, the simulation also includes all
policies that are attached to any groups the user belongs to."
https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
Each policy keeps its name (its SourcePolicyId in the response) and its text (for the
statements' positions).
"""

from dataclasses import dataclass

from iamlab.sandbox import errors
from iamlab.sandbox.models import SandboxAccount
from iamlab.sandbox.services.policies import identity_get, managed_policy_document

KINDS = ("user", "group", "role")


@dataclass
class PolicySourceDocuments:
    account: SandboxAccount
    identity: list[tuple[str, str]]  # (policy name, document)
    boundary: tuple[str, str] | None


def policy_source_documents(*, arn: str) -> PolicySourceDocuments:
    parts = arn.split(":", 5)
    if len(parts) != 6 or parts[2] != "iam" or parts[5].split("/", 1)[0] not in KINDS:
        raise errors.SandboxError(
            "InvalidInput", f"Invalid PolicySourceArn {arn}: give an IAM user, group or role."
        )
    account = SandboxAccount.objects.filter(account_id=parts[4]).first()
    if account is None:
        raise errors.no_such_entity(f"No sandbox account has the id {parts[4]}.")
    kind, name = parts[5].split("/", 1)[0], parts[5].rsplit("/", 1)[-1]
    entity = identity_get(account=account, kind=kind, name=name)
    identity = _documents(account, entity)
    if kind == "user":
        for group in entity.groups.all():
            identity += _documents(account, group)
    boundary_arn = getattr(entity, "permissions_boundary_arn", "")
    boundary = None
    if boundary_arn:
        boundary = (
            boundary_arn.rsplit("/", 1)[-1],
            managed_policy_document(account=account, arn=boundary_arn),
        )
    return PolicySourceDocuments(account, identity, boundary)


def _documents(account, entity) -> list[tuple[str, str]]:
    found = [(inline.name, inline.document) for inline in entity.inline_policies.all()]
    found += [
        (
            a.policy_arn.rsplit("/", 1)[-1],
            managed_policy_document(account=account, arn=a.policy_arn),
        )
        for a in entity.attachments.all()
    ]
    return found
