"""Policy documents as IAM accepts them, checked by the policy engine's validator.

The validator's refusals carry AWS's own wording ("MalformedPolicyDocument: ...",
"LimitExceeded: ..."); the first one becomes the refusal, as IAM reports one error at a time.
Errors only Access Analyzer reports (an unknown action) do not stop the save, as in AWS.
"""

import json

from iamlab.policy import PolicyKind, validate
from iamlab.sandbox import errors
from iamlab.sandbox.models import IamRole, IamUser

INLINE_KINDS = {
    "user": PolicyKind.USER_INLINE,
    "group": PolicyKind.GROUP_INLINE,
    "role": PolicyKind.ROLE_INLINE,
}


# The codes a refusal's message begins with: IAM's, and for the size quotas also STS's
# (a session policy) and Organizations' (an SCP).
AWS_CODES = (
    "MalformedPolicyDocument",
    "LimitExceeded",
    "ValidationError",
    "ConstraintViolationException",
)


def document_check(document: str, *, kind: PolicyKind, entity_name: str = "") -> str:
    for finding in validate(document, kind, entity_name=entity_name):
        if not finding.refused:
            continue
        code, separator, message = finding.message.partition(": ")
        if not separator or code not in AWS_CODES:
            code, message = "MalformedPolicyDocument", finding.message
        raise errors.SandboxError(code, message)
    return document


def principals_check(document: str, *, account) -> str:
    """IAM refuses a policy naming a user or role of this account that does not exist.

    (It stores the principal's unique id when the policy is saved, so the name must resolve.)
    """
    known = {user.arn for user in IamUser.objects.filter(account=account)}
    known |= {role.arn for role in IamRole.objects.filter(account=account)}
    prefix = f"arn:aws:iam::{account.account_id}:"
    for arn in _aws_principals(json.loads(document)):
        kind = arn.removeprefix(prefix).split("/", 1)[0]
        if arn.startswith(prefix) and kind in ("user", "role") and arn not in known:
            raise errors.malformed(f'Invalid principal in policy: "AWS":"{arn}"')
    return document


def _aws_principals(policy: dict) -> list[str]:
    statements = policy.get("Statement", [])
    statements = [statements] if isinstance(statements, dict) else statements
    found = []
    for statement in statements:
        principal = statement.get("Principal") if isinstance(statement, dict) else None
        if isinstance(principal, dict):
            values = principal.get("AWS", [])
            found += [values] if isinstance(values, str) else list(values)
    return found
