"""sts:AssumeRole: the engine decides from the role's trust policy and the caller's permissions."""

import datetime
import re

from django.utils import timezone

from iamlab.policy import PolicyKind
from iamlab.policy.services import ROOT_CANNOT_ASSUME_ROLE
from iamlab.sandbox import errors
from iamlab.sandbox.models import RoleSession
from iamlab.sandbox.services.documents import document_check
from iamlab.sandbox.services.events import recorded
from iamlab.sandbox.services.roles import role_get
from iamlab.sandbox.services.simulator import denied_message, simulation_run, trust_policy_for

# https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
SESSION_NAME_PATTERN = r"[\w+=,.@-]*"
SESSION_NAME_LENGTH = (2, 64)
MIN_DURATION = 900


def _check_request(role, *, session_name: str, duration: int, session_policy: str) -> None:
    low, high = SESSION_NAME_LENGTH
    if not low <= len(session_name) <= high or not re.fullmatch(SESSION_NAME_PATTERN, session_name):
        raise errors.validation_error(
            session_name,
            "roleSessionName",
            f"Member must have length between {low} and {high} and satisfy regular "
            f"expression pattern: {SESSION_NAME_PATTERN}",
        )
    if duration < MIN_DURATION:
        raise errors.validation_error(
            str(duration),
            "durationSeconds",
            f"Member must have value greater than or equal to {MIN_DURATION}",
        )
    if duration > role.max_session_duration:
        raise errors.validation_error(
            str(duration),
            "durationSeconds",
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        )
    if session_policy:
        document_check(session_policy, kind=PolicyKind.SESSION)


@recorded("AssumeRole")
def role_assume(
    *,
    account,
    caller_arn: str,
    role_name: str,
    session_name: str,
    duration: int = 3600,
    session_policy: str = "",
    external_id: str = "",
    with_mfa: bool = False,
) -> RoleSession:
    role = role_get(account=account, name=role_name)
    _check_request(
        role, session_name=session_name, duration=duration, session_policy=session_policy
    )
    context = {"sts:RoleSessionName": session_name}
    if external_id:
        context["sts:ExternalId"] = external_id
    simulation = simulation_run(
        account,
        principal_arn=caller_arn,
        action="sts:AssumeRole",
        resource=role.arn,
        context=context,
        with_mfa=with_mfa,
        resource_policy=trust_policy_for(role),
        record=False,
    )
    if not simulation.decision.allowed:
        # AWS refuses the root user with its own message, whatever the trust policy says.
        if simulation.caller.kind == "root":
            raise errors.access_denied(ROOT_CANNOT_ASSUME_ROLE)
        raise errors.access_denied(denied_message(caller_arn, "sts:AssumeRole", role.arn))
    return RoleSession.objects.create(
        account=account,
        role=role,
        session_name=session_name,
        source_arn=caller_arn,
        session_policy=session_policy,
        with_mfa=with_mfa,
        expires_at=timezone.now() + datetime.timedelta(seconds=duration),
    )
