"""What validation reports: the kind of policy checked and each finding's place in the text."""

from __future__ import annotations

import enum
from dataclasses import dataclass

ERROR = "error"  # AWS refuses the document (MalformedPolicyDocument or a size quota)
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
    """

    severity: str
    code: str
    message: str
    line: int
    column: int
    path: tuple = ()

    def as_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "path": list(self.path),
        }
