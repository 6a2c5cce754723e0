"""The explanation of a decision, as data: the flowchart's steps, in AWS's order.

https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
The sandbox renders these; ``render.render_trace`` prints them for the command line.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

ALLOWED = "allowed"
EXPLICIT_DENY = "explicitDeny"
IMPLICIT_DENY = "implicitDeny"


class StepKind(enum.Enum):
    SPECIAL_RULE = "Service rule"
    DENY = "Deny evaluation"
    RCP = "Resource control policies"
    SCP = "Service control policies"
    RESOURCE = "Resource-based policy"
    IDENTITY = "Identity-based policies"
    BOUNDARY = "Permissions boundary"
    SESSION = "Session policies"


class Outcome(enum.Enum):
    ALLOW = "allows"
    DENY = "denies"
    NO_ALLOW = "does not allow"
    NOT_APPLICABLE = "does not apply"
    NOT_REACHED = "not reached"


@dataclass(frozen=True, slots=True)
class ConditionTrace:
    operator: str
    key: str
    policy_values: tuple[str, ...]
    request_values: tuple[str, ...] | None  # None: the key is absent from the request
    matched: bool
    reason: str


@dataclass(frozen=True, slots=True)
class StatementTrace:
    """How one statement compared with the request; ``None`` means "not checked"."""

    policy: str
    index: int
    sid: str | None
    effect: str
    action_matched: bool
    resource_matched: bool | None
    principal_matched: bool | None  # None when the statement has no (Not)Principal
    conditions: tuple[ConditionTrace, ...]
    applies: bool
    principal_note: str = ""

    @property
    def label(self) -> str:
        sid = f' "{self.sid}"' if self.sid else ""
        return f"{self.policy}, statement {self.index + 1}{sid} ({self.effect})"

    @property
    def why_not(self) -> str:
        """The first part of the statement that did not match, in words."""
        if self.applies:
            return ""
        if not self.action_matched:
            return "the action does not match"
        if self.resource_matched is False:
            return "the resource does not match"
        if self.principal_matched is False:
            return "the principal does not match" + (
                f" ({self.principal_note})" if self.principal_note else ""
            )
        failed = [c for c in self.conditions if not c.matched]
        if failed:
            return "condition not met: " + failed[0].reason
        return ""


@dataclass(slots=True)
class StepTrace:
    kind: StepKind
    outcome: Outcome
    summary: str
    account: str | None = None  # whose side this step belongs to (cross-account requests)
    statements: tuple[StatementTrace, ...] = ()
    deciding: bool = False

    @property
    def title(self) -> str:
        return self.kind.value + (f" (account {self.account})" if self.account else "")


@dataclass(slots=True)
class Trace:
    decision: str
    principal: str
    action: str
    resource: str
    principal_account: str | None
    resource_account: str | None
    steps: list[StepTrace] = field(default_factory=list)
    missing_context_keys: tuple[str, ...] = ()

    @property
    def cross_account(self) -> bool:
        return (
            self.principal_account is not None
            and self.resource_account is not None
            and self.principal_account != self.resource_account
        )

    @property
    def deciding_step(self) -> StepTrace | None:
        return next((step for step in self.steps if step.deciding), None)


class Decision:
    """AWS's answer to one request.

    ``decision`` is "allowed", "explicitDeny" or "implicitDeny"; ``trace`` explains it and
    is worked out on first use, so deciding many requests costs no explanations.
    """

    __slots__ = ("decision", "_explain", "_trace")

    def __init__(self, decision: str, explain: Callable[[], Trace]):
        self.decision = decision
        self._explain = explain
        self._trace: Trace | None = None

    @property
    def allowed(self) -> bool:
        return self.decision == ALLOWED

    @property
    def trace(self) -> Trace:
        if self._trace is None:
            self._trace = self._explain()
        return self._trace

    def __repr__(self) -> str:
        return f"Decision({self.decision!r})"
