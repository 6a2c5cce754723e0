"""AWS's policy evaluation logic: one request, every applicable policy, one decision.

The order follows AWS's flowchart
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html):
explicit deny anywhere; resource control policies (resource's account); service control
policies level by level (principal's account); the resource-based policy; identity-based
policies; the permissions boundary; session policies. Across accounts, the principal's
side and the resource's policy must both allow
(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .arn import arn_account
from .document import Policy, Statement
from .principals import Caller, CallerKind, Naming
from .request import Request
from .services import (
    ROOT_CANNOT_ASSUME_ROLE,
    ROOT_CANNOT_ASSUME_ROLE_URL,
    ServiceRule,
    rcps_apply,
    service_rule,
)
from .trace import (
    ALLOWED,
    EXPLICIT_DENY,
    IMPLICIT_DENY,
    ConditionTrace,
    Decision,
    Outcome,
    StatementTrace,
    StepKind,
    StepTrace,
    Trace,
)


@dataclass(frozen=True)
class PolicySet:
    """Every policy that applies to one request, by kind.

    ``session`` is None when no session policy was passed (an empty list would allow
    nothing). ``scps``/``rcps`` hold one list of policies per level, from the
    organization root down to the account; None means the account is in no organization.
    ``FullAWSAccess`` must be listed where attached; ``RCPFullAWSAccess`` is implied.
    """

    identity: Sequence[Policy] = ()
    permissions_boundary: Policy | None = None
    session: Sequence[Policy] | None = None
    resource: Policy | None = None
    scps: Sequence[Sequence[Policy]] | None = None
    rcps: Sequence[Sequence[Policy]] | None = None


class _Match:
    """One statement that was compared with the request (its trace only when recording)."""

    __slots__ = ("statement", "applies", "naming", "trace")

    def __init__(self, statement: Statement, applies: bool, naming: Naming, trace=None):
        self.statement = statement
        self.applies = applies
        self.naming = naming  # how a resource policy's statement names the caller
        self.trace: StatementTrace | None = trace


class _Scan:
    """What a group of policies says about the request."""

    __slots__ = ("matches", "denies", "allows", "traces")

    def __init__(self, matches: list[_Match], record: bool):
        self.matches = matches
        self.denies = [m for m in matches if m.applies and m.statement.effect == "Deny"]
        self.allows = [m for m in matches if m.applies and m.statement.effect == "Allow"]
        self.traces: tuple[StatementTrace, ...] = (
            tuple(m.trace for m in matches if m.trace is not None) if record else ()
        )

    @property
    def best_naming(self) -> Naming:
        return max((m.naming for m in self.allows), default=Naming.NONE)


_NOTHING = _Scan([], record=False)


class _Unrecorded:
    """Stands in for a step when nothing is recorded: what the decision writes is dropped."""

    __slots__ = ()

    def __setattr__(self, name, value) -> None:
        pass


_UNRECORDED = _Unrecorded()


class _Evaluation:
    """The state of deciding one request.

    Deciding and explaining share this one code path. With ``record`` off only the
    statements whose action matches are examined and nothing is written down; the
    Decision's trace re-runs the same path with ``record`` on.
    """

    def __init__(self, request: Request, policies: PolicySet, record: bool):
        self.request = request
        self.record = record
        self.caller: Caller = request.caller
        # "The NotPrincipal element with a Deny effect will always deny any IAM principal
        # that has a permissions boundary policy attached, regardless of the values
        # specified in the NotPrincipal element."
        # https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
        self.bounded = policies.permissions_boundary is not None and self.caller.kind in (
            CallerKind.USER,
            CallerKind.ROLE,
            CallerKind.ROLE_SESSION,
            CallerKind.FEDERATED_USER,
        )
        self.action = request.action.lower()
        self.context = request.normalized_context
        self.missing: dict[str, None] = {}
        self.principal_account = self.caller.account
        self.resource_account = (
            request.resource_account or arn_account(request.resource) or self.caller.account
        )
        self.cross_account = (
            self.principal_account is not None
            and self.resource_account is not None
            and self.principal_account != self.resource_account
        )
        self.trace: Trace | None = (
            Trace(
                decision=IMPLICIT_DENY,
                principal=request.principal,
                action=request.action,
                resource=request.resource,
                principal_account=self.principal_account,
                resource_account=self.resource_account,
            )
            if record
            else None
        )

    def step(self, kind: StepKind, outcome: Outcome, summary: str, **details):
        """Add a step of the flowchart to the trace; when not recording, keep nothing."""
        if self.trace is None:
            return _UNRECORDED
        step = StepTrace(kind, outcome, summary, **details)
        self.trace.steps.append(step)
        return step

    def scan(self, policies: Sequence[Policy], fallback_name: str) -> _Scan:
        if not policies:
            return _NOTHING
        matches = []
        for position, policy in enumerate(policies):
            if self.record:
                name = policy.name or f"{fallback_name} {position + 1}"
                matches.extend(self.explain(name, s) for s in policy.statements)
            else:
                matches.extend(self.match(s) for s in policy.statements_for(self.action))
        return _Scan(matches, self.record)

    def match(self, statement: Statement) -> _Match:
        """Whether a statement whose action matches applies; no explanation."""
        context = self.context
        if not statement.matches_resource(self.request.resource, context):
            return _Match(statement, False, Naming.NONE)
        naming, principal_ok, _note = self.principal(statement)
        if principal_ok is False:
            return _Match(statement, False, naming)
        applies = all(condition.matches(context) for condition in statement.conditions)
        return _Match(statement, applies, naming)

    def explain(self, name: str, statement: Statement) -> _Match:
        """The same comparison, written down part by part for the trace."""

        def result(applies=False, naming=Naming.NONE, **kwargs) -> _Match:
            values = {
                "action_matched": True,
                "resource_matched": None,
                "principal_matched": None,
                "conditions": (),
                "principal_note": "",
            }
            values.update(kwargs)
            trace = StatementTrace(
                policy=name,
                index=statement.index,
                sid=statement.sid,
                effect=statement.effect,
                applies=applies,
                **values,
            )
            return _Match(statement, applies, naming, trace)

        if not statement.matches_action(self.action):
            return result(action_matched=False)
        resource_ok = statement.matches_resource(self.request.resource, self.context)
        for key in _resource_variable_keys(statement):
            if key not in self.context:
                self.missing[key] = None
        if not resource_ok:
            return result(resource_matched=False)
        naming, principal_ok, note = self.principal(statement)
        if principal_ok is False:
            return result(resource_matched=True, principal_matched=False, principal_note=note)
        conditions = []
        for condition in statement.conditions:
            outcome = condition.evaluate(self.context)
            if outcome.request_values is None and condition.kind is not None:
                self.missing[condition.key] = None
            conditions.append(
                ConditionTrace(
                    operator=condition.operator,
                    key=condition.key,
                    policy_values=condition.values,
                    request_values=outcome.request_values,
                    matched=outcome.matched,
                    reason=outcome.reason,
                )
            )
        return result(
            applies=all(c.matched for c in conditions),
            naming=naming,
            resource_matched=True,
            principal_matched=principal_ok,
            principal_note=note,
            conditions=tuple(conditions),
        )

    def principal(self, statement: Statement) -> tuple[Naming, bool | None, str]:
        caller = self.caller
        if statement.principal is not None:
            naming = statement.principal.naming(caller)
            if naming is Naming.NONE:
                return naming, False, f"{caller.arn} is not named" if self.record else ""
            return naming, True, _naming_note(naming, caller) if self.record else ""
        if statement.not_principal is not None:
            if self.bounded and statement.effect == "Deny":
                return (
                    Naming.DIRECT,
                    True,
                    "a Deny with NotPrincipal denies every principal that has a permissions "
                    "boundary, whatever it lists",
                )
            if statement.not_principal.excludes(caller):
                return Naming.NONE, False, "NotPrincipal lists the caller and its whole chain"
            return Naming.DIRECT, True, "not excluded by NotPrincipal"
        return Naming.NONE, None, ""


def _resource_variable_keys(statement: Statement) -> tuple[str, ...]:
    keys: tuple[str, ...] = ()
    for resources in (statement.resource, statement.not_resource):
        if resources is not None:
            keys += resources.variable_keys
    return keys


def _naming_note(naming: Naming, caller: Caller) -> str:
    if naming is Naming.ACCOUNT:
        return f"names account {caller.account}: the account's own policies must allow"
    if naming is Naming.ROLE:
        return f"names the role {caller.role_name}, not this session"
    return ""


def evaluate(request: Request, policies: PolicySet) -> Decision:
    """Decide ``request`` against ``policies`` as AWS does.

    Returns a Decision whose ``decision`` is "allowed", "explicitDeny" (an applicable
    Deny matched) or "implicitDeny" (nothing denied, but nothing allowed enough); its
    ``trace`` (built on first use) explains the decision step by step.
    """
    decision = _decide(_Evaluation(request, policies, record=False), policies)
    return Decision(decision, lambda: explain(request, policies))


def explain(request: Request, policies: PolicySet) -> Trace:
    """The trace of deciding ``request``: the flowchart's steps and every statement."""
    evaluation = _Evaluation(request, policies, record=True)
    trace = evaluation.trace
    trace.decision = _decide(evaluation, policies)
    trace.missing_context_keys = tuple(evaluation.missing)
    return trace


def _label(match: _Match) -> str:
    return match.trace.label if match.trace is not None else "a statement"


def _decide(evaluation: _Evaluation, policies: PolicySet) -> str:
    caller = evaluation.caller
    rule = service_rule(evaluation.action, evaluation.request.resource)
    if rule is ServiceRule.NO_PERMISSION_NEEDED:
        evaluation.step(
            StepKind.SPECIAL_RULE,
            Outcome.ALLOW,
            "sts:GetCallerIdentity needs no permission: AWS answers it even when a "
            "policy denies it explicitly "
            "(https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html)",
            deciding=True,
        )
        return ALLOWED

    cross_account = evaluation.cross_account
    principal_side = evaluation.principal_account if cross_account else None
    resource_side = evaluation.resource_account if cross_account else None
    has_identity_policies = caller.kind not in (CallerKind.SERVICE, CallerKind.ROOT)
    # "SCPs don't affect service-linked roles", nor service principals, which belong to no
    # account; RCPs spare service-linked roles too.
    in_organization = caller.kind is not CallerKind.SERVICE and not caller.service_linked

    identity = evaluation.scan(
        policies.identity if has_identity_policies else (), "identity policy"
    )
    boundary_policies = (
        [policies.permissions_boundary]
        if policies.permissions_boundary is not None and has_identity_policies
        else []
    )
    boundary = evaluation.scan(boundary_policies, "permissions boundary")
    session_policies = _session_policies(caller, policies)
    session = evaluation.scan(session_policies or (), "session policy")
    resource_policies = [policies.resource] if policies.resource is not None else []
    resource = evaluation.scan(resource_policies, "resource-based policy")
    scps_apply = policies.scps is not None and in_organization
    scp_levels = [
        evaluation.scan(level, f"SCP (level {index + 1})")
        for index, level in enumerate(policies.scps or ())
        if scps_apply
    ]
    rcp_levels = [
        evaluation.scan(level, f"RCP (level {index + 1})")
        for index, level in enumerate(policies.rcps or ())
        if rcps_apply(evaluation.action) and not caller.service_linked
    ]

    # 1. An explicit Deny in any applicable policy.
    denies = [
        m
        for scan in (identity, boundary, session, resource, *scp_levels, *rcp_levels)
        for m in scan.denies
    ]
    all_traces = (
        tuple(
            t
            for scan in (*rcp_levels, *scp_levels, resource, identity, boundary, session)
            for t in scan.traces
            if t.effect == "Deny"
        )
        if evaluation.record
        else ()
    )
    if denies:
        evaluation.step(
            StepKind.DENY,
            Outcome.DENY,
            f"{_label(denies[0])} denies the request explicitly; "
            "an explicit deny overrides every allow",
            statements=all_traces,
            deciding=True,
        )
        return EXPLICIT_DENY
    evaluation.step(
        StepKind.DENY,
        Outcome.NOT_APPLICABLE,
        "no Deny statement applies",
        statements=all_traces,
    )

    # No policy can let the root user assume a role (services.ROOT_CANNOT_ASSUME_ROLE). Checked
    # after the Deny step, so that an applicable Deny still reports as an explicit deny. The
    # other trust-policy actions (session tags, source identity, SAML and web identity) happen
    # only while assuming a role, so they are refused too.
    if rule is ServiceRule.TRUST_POLICY and caller.kind is CallerKind.ROOT:
        evaluation.step(
            StepKind.SPECIAL_RULE,
            Outcome.NO_ALLOW,
            f"the root user cannot assume a role, whatever the trust policy allows; AWS "
            f'answers AccessDenied "{ROOT_CANNOT_ASSUME_ROLE}" ({ROOT_CANNOT_ASSUME_ROLE_URL})',
            deciding=True,
        )
        return IMPLICIT_DENY

    # 2. RCPs of the resource's account: RCPFullAWSAccess is attached at every level and
    # cannot be detached, so after the deny check they always allow.
    if policies.rcps is not None:
        evaluation.step(
            StepKind.RCP,
            Outcome.ALLOW if rcp_levels else Outcome.NOT_APPLICABLE,
            "RCPFullAWSAccess, attached at every level, allows; no RCP denies"
            if rcp_levels
            else "RCPs do not apply to this service's actions",
            account=resource_side,
            statements=tuple(t for scan in rcp_levels for t in scan.traces),
        )

    # 3. SCPs of the principal's account: every level, root to account, must allow.
    if scps_apply:
        for index, level in enumerate(scp_levels):
            if not level.allows:
                evaluation.step(
                    StepKind.SCP,
                    Outcome.NO_ALLOW,
                    f"no SCP at {_level_name(index, len(scp_levels))} allows "
                    f"{evaluation.request.action}; every level must allow",
                    account=principal_side,
                    statements=level.traces,
                    deciding=True,
                )
                return IMPLICIT_DENY
        evaluation.step(
            StepKind.SCP,
            Outcome.ALLOW,
            "an SCP allows the action at every level of the organization",
            account=principal_side,
            statements=tuple(t for scan in scp_levels for t in scan.traces),
        )

    return _grant(evaluation, policies, rule, identity, boundary, session, resource)


def _session_policies(caller: Caller, policies: PolicySet) -> Sequence[Policy] | None:
    """The session policies that cap this caller, or None when nothing caps it.

    "In most cases if you do not pass a policy with the GetFederationToken API call, the
    resulting temporary security credentials have no permissions": a federated user
    session without session policies is capped at nothing.
    https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html
    """
    if caller.kind in (CallerKind.SERVICE, CallerKind.ROOT):
        return None
    if caller.kind is CallerKind.FEDERATED_USER and policies.session is None:
        return ()
    return policies.session


def _level_name(index: int, count: int) -> str:
    if index == 0:
        return "the organization root (level 1)"
    if index == count - 1:
        return f"the account (level {index + 1})"
    return f"OU level {index + 1}"


def _grant(evaluation, policies, rule, identity, boundary, session, resource) -> str:
    """After no deny: does anything allow, and do the limits (boundary, session) agree?"""
    caller = evaluation.caller
    cross_account = evaluation.cross_account
    principal_side = evaluation.principal_account if cross_account else None
    resource_side = evaluation.resource_account if cross_account else None
    naming = resource.best_naming if policies.resource is not None else Naming.NONE
    is_root = caller.kind is CallerKind.ROOT
    is_service = caller.kind is CallerKind.SERVICE
    resource_required = rule in (ServiceRule.TRUST_POLICY, ServiceRule.KEY_POLICY)

    if policies.resource is None:
        outcome, summary = Outcome.NOT_APPLICABLE, "there is no resource-based policy"
    elif naming is Naming.NONE:
        outcome, summary = Outcome.NO_ALLOW, "no statement allows this principal"
    else:
        outcome = Outcome.ALLOW
        summary = _grant_summary(naming, caller) if evaluation.record else ""
    resource_step = evaluation.step(
        StepKind.RESOURCE, outcome, summary, account=resource_side, statements=resource.traces
    )

    def deny_at(step: StepTrace | _Unrecorded, summary: str) -> str:
        step.outcome = Outcome.NO_ALLOW
        step.summary = summary
        step.deciding = True
        return IMPLICIT_DENY

    if resource_required and naming is Naming.NONE:
        what = "role's trust policy" if rule is ServiceRule.TRUST_POLICY else "KMS key policy"
        return deny_at(
            resource_step,
            f"the {what} must allow the principal or its account, and it does not "
            "(identity-based policies alone cannot grant this)",
        )
    if is_service:
        if naming is Naming.NONE:
            return deny_at(
                resource_step,
                "a service principal is allowed only by a resource-based policy, "
                "and none allows it",
            )
        resource_step.deciding = True
        return ALLOWED
    if cross_account and naming is Naming.NONE:
        return deny_at(
            resource_step,
            f"cross-account request: the resource-based policy in account "
            f"{evaluation.resource_account} must allow the principal or its account, and none does",
        )
    if not cross_account and naming is Naming.DIRECT:
        # A grant naming the user, the session or the federated user itself (or "*", see
        # principals._aws_naming) is not limited by boundaries or session policies; one
        # naming the role is (Naming.ROLE, below). AWS's list per principal type:
        # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
        # (the "Resource-based policies" step); cases review-same-res-* in
        # tests/policy/data/cross-check.jsonl.
        resource_step.deciding = True
        return ALLOWED

    if is_root:
        identity_allows = True
        summary = (
            "the root user has full access to its own account's resources; it has no "
            "identity-based policies"
        )
    else:
        identity_allows = bool(identity.allows)
        summary = (
            f"{_label(identity.allows[0])} allows the request"
            if identity_allows
            else "no identity-based policy allows the request"
        )
    identity_step = evaluation.step(
        StepKind.IDENTITY,
        Outcome.ALLOW if identity_allows else Outcome.NO_ALLOW,
        summary,
        account=principal_side,
        statements=identity.traces,
    )
    role_grant = not cross_account and naming is Naming.ROLE
    if not identity_allows and not role_grant:
        return deny_at(identity_step, summary)

    if policies.permissions_boundary is not None and not is_root:
        step = evaluation.step(
            StepKind.BOUNDARY,
            Outcome.ALLOW,
            "the permissions boundary allows the request",
            account=principal_side,
            statements=boundary.traces,
        )
        if not boundary.allows:
            return deny_at(
                step,
                "the permissions boundary does not allow the request: a boundary caps what "
                "identity-based policies can grant",
            )
    if _session_policies(caller, policies) is not None:
        step = evaluation.step(
            StepKind.SESSION,
            Outcome.ALLOW,
            "the session policies allow the request",
            account=principal_side,
            statements=session.traces,
        )
        if not session.allows:
            return deny_at(
                step,
                "no session policy allows the request: session policies cap the session's "
                "permissions"
                + (
                    " (a federated user session created without a session policy has no "
                    "permissions from identity-based policies)"
                    if caller.kind is CallerKind.FEDERATED_USER and not policies.session
                    else ""
                ),
            )
    decider = identity_step if identity_allows else resource_step
    if cross_account:
        decider = resource_step
        if evaluation.record:
            resource_step.summary += "; with the principal's own policies, both accounts allow"
    decider.deciding = True
    return ALLOWED


def _grant_summary(naming: Naming, caller: Caller) -> str:
    if naming is Naming.ACCOUNT:
        return (
            f"allows account {caller.account}, which delegates the decision to that "
            "account's identity-based policies"
        )
    if naming is Naming.ROLE:
        return (
            f"allows the role {caller.role_name}; the session's boundary and session policies "
            "still limit that grant"
        )
    return f"allows {caller.arn} directly"
