"""What validation reports: the kind of policy checked and each finding's place in the text."""

from __future__ import annotations

import enum
from dataclasses import dataclass

# AWS refuses the document (MalformedPolicyDocument or a size quota; Finding.refused), or
# IAM Access Analyzer's policy check calls the problem an error though AWS stores the document
ERROR = "error"
WARNING = "warning"  # AWS accepts it, but part of it does nothing or grants too much
SUGGESTION = "suggestion"  # works as written; a tidier document says the same thing


class PolicyKind(enum.Enum):
    """Where a policy document is attached; AWS's rules and size limits depend on it."""

    MANAGED = "managed"
    USER_INLINE = "user_inline"
    GROUP_INLINE = "group_inline"
    ROLE_INLINE = "role_inline"
    TRUST = "trust"
    RESOURCE = "resource"
    SCP = "scp"
    RCP = "rcp"
    SESSION = "session"

    @property
    def is_identity(self) -> bool:
        """Attached to (or passed for) an IAM identity: a Principal element is refused."""
        return self in _IDENTITY_KINDS

    @property
    def needs_principal(self) -> bool:
        return self in (PolicyKind.TRUST, PolicyKind.RESOURCE, PolicyKind.RCP)

    @property
    def refused_when(self) -> str:
        """Who refuses a document of this kind, and when: for messages that say so."""
        if self in (PolicyKind.SCP, PolicyKind.RCP):
            return "AWS Organizations refuses this policy when it is saved"
        if self is PolicyKind.SESSION:
            return "AWS STS refuses this session policy when the session is requested"
        if self is PolicyKind.RESOURCE:
            return (
                "The resource's service (Amazon S3, AWS KMS, Amazon SQS) refuses this "
                "policy when it is saved"
            )
        return "IAM refuses this document when it is saved"


# For an error only IAM Access Analyzer's policy check reports: AWS stores the document.
ANALYZER_ONLY = (
    "IAM Access Analyzer's policy check reports this as an error, but AWS still accepts the "
    "document"
)


_IDENTITY_KINDS = frozenset(
    {
        PolicyKind.MANAGED,
        PolicyKind.USER_INLINE,
        PolicyKind.GROUP_INLINE,
        PolicyKind.ROLE_INLINE,
        PolicyKind.SESSION,
    }
)


@dataclass(frozen=True)
class Finding:
    """One problem, located by 1-based line and column and by its JSON path.

    ``code`` is IAM Access Analyzer's issue code where Access Analyzer has one for the
    problem; ``message`` starts with AWS's own wording when AWS refuses the document.
    ``refused`` is true when the service the policy is saved to refuses it; an error only
    Access Analyzer's check reports (an unknown action, say) leaves it false.
    """

    severity: str
    code: str
    message: str
    line: int
    column: int
    path: tuple = ()
    refused: bool = False

    def as_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "path": list(self.path),
            "refused": self.refused,
        }
