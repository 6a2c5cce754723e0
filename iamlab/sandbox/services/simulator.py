""" "Can this principal do this?": every policy that applies, gathered from the account, decided
by the policy engine.

AWS's evaluation logic (https://docs.aws.amazon.com/IAM/latest/UserGuide/
reference_policies_evaluation-logic.html) needs, for one request: the caller's identity-based
policies (inline and managed, their groups' too), its permissions boundary, the session policy
of a role session, the resource's own policy, and the SCPs when the account is in an
organization. This module finds each of those and names it for the trace.
"""

from dataclasses import dataclass, field

from django.utils import timezone

from iamlab.policy import Decision, PolicySet, Request, evaluate, parse_policy
from iamlab.sandbox import errors
from iamlab.sandbox.models import Event, IamRole, IamUser, Resource, RoleSession
from iamlab.sandbox.partner import PARTNER_ACCOUNT_ID, PARTNER_POLICY, PARTNER_USER_ARN
from iamlab.sandbox.services.events import event_new
from iamlab.sandbox.services.mfa import mfa_enabled
from iamlab.sandbox.services.policies import managed_policy_document

# The root user has complete access to its own account; only SCPs and explicit denies in
# resource policies can stop it. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
ROOT_ACCESS = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
)
# Without a custom SCP an organization attaches FullAWSAccess, which allows everything.
FULL_AWS_ACCESS = ROOT_ACCESS
# A documentation address (RFC 5737), standing for the learner's own.
SOURCE_IP = "203.0.113.10"


@dataclass
class Caller:
    """Who is asking: the root user, an IAM user or a role session, with their policies."""

    arn: str
    kind: str  # "root" | "user" | "role"
    identity: list = field(default_factory=list)
    boundary: object = None
    session: list | None = None
    context: dict = field(default_factory=dict)
    entity: object = None


def _policy(document: str, name: str):
    return parse_policy(document, name=name)


def _managed(account, arn: str, label: str):
    return _policy(managed_policy_document(account=account, arn=arn), label)


def _identity_policies(account, entity, kind: str) -> list:
    found = [
        _policy(inline.document, f"inline policy {inline.name} on {kind} {entity.name}")
        for inline in entity.inline_policies.all()
    ]
    found += [
        _managed(account, a.policy_arn, f"{_short(a.policy_arn)} attached to {kind} {entity.name}")
        for a in entity.attachments.all()
    ]
    return found


def _short(arn: str) -> str:
    return arn.rsplit("/", 1)[-1]


def _boundary(account, entity, kind: str):
    arn = entity.permissions_boundary_arn
    if not arn:
        return None
    return _managed(account, arn, f"permissions boundary {_short(arn)} on {kind} {entity.name}")


def _user_named_by(account, arn: str):
    """The IAM user arn:aws:iam::<account>:user<path><name>, found by name and path."""
    path, _, name = arn.removeprefix(f"arn:aws:iam::{account.account_id}:user").rpartition("/")
    found = IamUser.objects.filter(account=account, name=name, path=f"{path}/")
    user = found.select_related("account").prefetch_related("groups").first()
    return user if user is not None and user.arn == arn else None


def _session_named_by(account, arn: str):
    """The role session arn:aws:sts::<account>:assumed-role/<role>/<session>, the latest of
    that name."""
    role, _, name = arn.removeprefix(f"arn:aws:sts::{account.account_id}:assumed-role/").partition(
        "/"
    )
    found = RoleSession.objects.filter(account=account, role__name=role, session_name=name)
    session = found.select_related("account", "role").first()
    return session if session is not None and session.arn == arn else None


def caller_resolve(account, principal_arn: str) -> Caller:
    base = {
        "aws:PrincipalArn": principal_arn,
        "aws:PrincipalAccount": account.account_id,
    }
    if principal_arn == account.root_arn:
        return Caller(
            arn=principal_arn,
            kind="root",
            identity=[_policy(ROOT_ACCESS, "root user: full access to its own account")],
            context={**base, "aws:PrincipalType": "Account"},
        )
    if principal_arn == PARTNER_USER_ARN:
        return Caller(
            arn=principal_arn,
            kind="partner",
            identity=[_policy(PARTNER_POLICY, "the partner account's policy on partner-analyst")],
            context={
                "aws:PrincipalArn": principal_arn,
                "aws:PrincipalAccount": PARTNER_ACCOUNT_ID,
                "aws:PrincipalType": "User",
                "aws:username": "partner-analyst",
            },
        )
    user = _user_named_by(account, principal_arn)
    if user is not None:
        identity = _identity_policies(account, user, "user")
        for group in user.groups.all():
            identity += _identity_policies(account, group, "group")
        tags = {f"aws:PrincipalTag/{key}": value for key, value in user.tags.items()}
        return Caller(
            arn=principal_arn,
            kind="user",
            identity=identity,
            boundary=_boundary(account, user, "user"),
            context={**base, **tags, "aws:PrincipalType": "User", "aws:username": user.name},
            entity=user,
        )
    session = _session_named_by(account, principal_arn)
    if session is not None:
        role = session.role
        tags = {f"aws:PrincipalTag/{key}": value for key, value in role.tags.items()}
        session_policies = None
        if session.session_policy:
            session_policies = [_policy(session.session_policy, "session policy")]
        return Caller(
            arn=principal_arn,
            kind="role",
            identity=_identity_policies(account, role, "role"),
            boundary=_boundary(account, role, "role"),
            session=session_policies,
            context={**base, **tags, "aws:PrincipalType": "AssumedRole"},
            entity=session,
        )
    raise errors.no_such_entity(f"The principal {principal_arn} cannot be found.")


def default_context(caller: Caller, *, with_mfa: bool) -> dict:
    """What AWS would put in the request context for this caller, now."""
    now = timezone.now()
    context = {
        **caller.context,
        "aws:CurrentTime": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "aws:EpochTime": str(int(now.timestamp())),
        "aws:SourceIp": SOURCE_IP,
        "aws:SecureTransport": "true",
    }
    # With long-term access keys and no MFA, AWS leaves the MFA keys out of the context
    # altogether, which is why policies test them with ...IfExists.
    if with_mfa:
        context["aws:MultiFactorAuthPresent"] = "true"
        context["aws:MultiFactorAuthAge"] = "0"
    return context


def resource_policy_for(account, resource_arn: str):
    for resource in (
        Resource.objects.filter(account=account).exclude(policy="").select_related("account")
    ):
        own = resource.arn
        # An S3 bucket's policy also governs the objects inside it.
        if resource_arn == own or resource_arn.startswith(own + "/"):
            return _policy(resource.policy, f"{resource.get_kind_display()} policy of {resource}")
    return None


def trust_policy_for(role: IamRole):
    return _policy(role.trust_policy, f"trust policy of role {role.name}")


def scps_for(account):
    if not account.organization_enabled:
        return None
    document = account.scp_document or FULL_AWS_ACCESS
    return [[_policy(document, "service control policy on the account")]]


@dataclass
class Simulation:
    caller: Caller
    request: Request
    decision: Decision


def simulate(
    account,
    *,
    principal_arn: str,
    action: str,
    resource: str,
    context: dict | None = None,
    with_mfa: bool = False,
    resource_policy=None,
    record: bool = True,
) -> Decision:
    """The engine's decision (with its trace) on one request made inside the account."""
    return simulation_run(
        account,
        principal_arn=principal_arn,
        action=action,
        resource=resource,
        context=context,
        with_mfa=with_mfa,
        resource_policy=resource_policy,
        record=record,
    ).decision


def simulation_run(account, *, principal_arn: str, action: str, **options) -> Simulation:
    """One request: a batch of one."""
    caller = caller_resolve(account, principal_arn)
    return simulation_batch(account, caller=caller, actions=[action], **options)[0]


def simulation_batch(
    account,
    *,
    caller: Caller,
    actions: list[str],
    resource: str,
    context: dict | None = None,
    with_mfa: bool = False,
    resource_policy=None,
    record: bool = True,
) -> list[Simulation]:
    """The same caller, resource and context with each action in turn; the caller's policies,
    the resource's and the SCPs are gathered once, and the events written in one query."""
    if isinstance(caller.entity, RoleSession):
        with_mfa = with_mfa or caller.entity.with_mfa
    elif (
        with_mfa
        and caller.kind != "partner"
        and not mfa_enabled(account=account, user=caller.entity)
    ):
        raise errors.SandboxError(
            "ValidationError",
            f"{caller.arn} has no enabled MFA device, so it cannot sign in with MFA. "
            "Enable a virtual MFA device under its security credentials first.",
        )
    full_context = default_context(caller, with_mfa=with_mfa)
    full_context.update(context or {})
    policies = PolicySet(
        identity=caller.identity,
        permissions_boundary=caller.boundary,
        session=caller.session,
        resource=resource_policy or resource_policy_for(account, resource),
        scps=scps_for(account),
    )
    runs, events = [], []
    for action in actions:
        request = Request(
            principal=caller.arn,
            action=action,
            resource=resource,
            context=full_context,
            resource_account=account.account_id,
        )
        decision = evaluate(request, policies)
        runs.append(Simulation(caller=caller, request=request, decision=decision))
        if record:
            events.append(_event(account, caller, action, resource, decision))
    Event.objects.bulk_create(events)
    return runs


def _event(account, caller: Caller, action: str, resource: str, decision: Decision) -> Event:
    error = None
    if not decision.allowed:
        error = errors.access_denied(denied_message(caller.arn, action, resource))
    return event_new(
        account=account,
        event_name=action.split(":", 1)[-1],
        identity=caller.arn,
        source=f"{action.split(':', 1)[0]}.amazonaws.com",
        parameters={"resource": resource, "simulated": True},
        error=error,
    )


def denied_message(principal_arn: str, action: str, resource: str) -> str:
    return f"User: {principal_arn} is not authorized to perform: {action} on resource: {resource}"
