"""Checking a sandbox challenge against a student's own sandbox account."""

import json
from dataclasses import asdict, dataclass

from django.utils import timezone

from iamlab.classroom.challenges import CHALLENGES, STRUCTURAL, Challenge, Expect
from iamlab.classroom.models import ChallengeResult, ClassChallenge
from iamlab.sandbox.models import AccessKey, Attachment, IamUser, InlinePolicy, MfaDevice
from iamlab.sandbox.services.policies import managed_policy_document
from iamlab.sandbox.services.simulator import simulate


@dataclass(frozen=True)
class Requirement:
    text: str
    passed: bool
    why: str = ""


def challenge_check(account, challenge: Challenge) -> list[Requirement]:
    results = [_check_request(account, expect) for expect in challenge.requests]
    results += [
        Requirement(STRUCTURAL[name], *_STRUCTURAL_CHECKS[name](account))
        for name in challenge.structural
    ]
    return results


def _principal_arn(account, principal: str) -> str:
    if principal == "root":
        return account.root_arn
    return f"arn:aws:iam::{account.account_id}:{principal}"


def _check_request(account, expect: Expect) -> Requirement:
    resource = expect.resource.replace("{account}", account.account_id)
    text = expect.describe().replace("{account}", account.account_id)
    kind, _, name = expect.principal.partition("/")
    if kind == "user" and not IamUser.objects.filter(account=account, name=name).exists():
        return Requirement(text, False, f"There is no IAM user named {name} yet.")
    decision = simulate(
        account,
        principal_arn=_principal_arn(account, expect.principal),
        action=expect.action,
        resource=resource,
        record=False,
    )
    got_allowed = decision.allowed
    passed = got_allowed if expect.decision == "allowed" else not got_allowed
    return Requirement(text, passed, "" if passed else f"The simulator says {decision.decision}.")


def _no_inline_policies(account) -> tuple[bool, str]:
    count = InlinePolicy.objects.filter(account=account).count()
    return count == 0, f"{count} inline polic{'y' if count == 1 else 'ies'} found." if count else ""


def _allows_everything(document: str) -> bool:
    statements = json.loads(document).get("Statement", [])
    if isinstance(statements, dict):
        statements = [statements]
    for statement in statements:
        actions = statement.get("Action", [])
        resources = statement.get("Resource", [])
        actions = [actions] if isinstance(actions, str) else actions
        resources = [resources] if isinstance(resources, str) else resources
        if statement.get("Effect") == "Allow" and {"*", "*:*"} & set(actions) and "*" in resources:
            return True
    return False


def _no_star_star(account) -> tuple[bool, str]:
    for inline in InlinePolicy.objects.filter(account=account):
        if _allows_everything(inline.document):
            return False, f"The inline policy {inline.name} allows *:*."
    for arn in set(Attachment.objects.filter(account=account).values_list("policy_arn", flat=True)):
        if _allows_everything(managed_policy_document(account=account, arn=arn)):
            return False, f"The attached policy {arn} allows *:*."
    return True, ""


def _users_have_mfa(account) -> tuple[bool, str]:
    without = [
        user.name
        for user in IamUser.objects.filter(account=account)
        if not MfaDevice.objects.filter(account=account, user=user, enabled=True).exists()
    ]
    return not without, f"No MFA for: {', '.join(without)}." if without else ""


def _root_has_mfa(account) -> tuple[bool, str]:
    on = MfaDevice.objects.filter(account=account, user__isnull=True, enabled=True).exists()
    return on, "" if on else "The root user has no MFA device enabled."


def _no_root_access_keys(account) -> tuple[bool, str]:
    count = AccessKey.objects.filter(account=account, user__isnull=True).count()
    return count == 0, f"The root user has {count} access key(s)." if count else ""


_STRUCTURAL_CHECKS = {
    "no-inline-policies": _no_inline_policies,
    "no-star-star": _no_star_star,
    "users-have-mfa": _users_have_mfa,
    "root-has-mfa": _root_has_mfa,
    "no-root-access-keys": _no_root_access_keys,
}


def challenge_record(*, class_challenge: ClassChallenge, student, account) -> ChallengeResult:
    """Check the student's account now and keep the outcome for the instructor."""
    requirements = challenge_check(account, CHALLENGES[class_challenge.slug])
    passed = all(requirement.passed for requirement in requirements)
    result, _ = ChallengeResult.objects.update_or_create(
        class_challenge=class_challenge,
        student=student,
        defaults={
            "passed": passed,
            "requirements": [asdict(requirement) for requirement in requirements],
            "checked_at": timezone.now(),
        },
    )
    if passed and result.first_passed_at is None:
        result.first_passed_at = result.checked_at
        result.save(update_fields=["first_passed_at"])
    return result
