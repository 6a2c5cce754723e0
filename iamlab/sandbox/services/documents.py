"""Policy documents as IAM accepts them, checked by the policy engine's validator.

The validator's error findings carry AWS's own wording ("MalformedPolicyDocument: ...",
"LimitExceeded: ..."); the first one becomes the refusal, as IAM reports one error at a time.
"""

from iamlab.policy import PolicyKind, validate
from iamlab.sandbox import errors

INLINE_KINDS = {
    "user": PolicyKind.USER_INLINE,
    "group": PolicyKind.GROUP_INLINE,
    "role": PolicyKind.ROLE_INLINE,
}


def document_check(document: str, *, kind: PolicyKind, entity_name: str = "") -> str:
    for finding in validate(document, kind, entity_name=entity_name):
        if finding.severity != "error":
            continue
        code, separator, message = finding.message.partition(": ")
        if not separator or code not in ("MalformedPolicyDocument", "LimitExceeded"):
            code, message = "MalformedPolicyDocument", finding.message
        raise errors.SandboxError(code, message)
    return document
