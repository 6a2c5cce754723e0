"""Account health: the best practices from the IAM notes, checked live against the account.

Why each matters is from AWS's "Security best practices in IAM",
https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
"""

import datetime
import json
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.models import AccessKey, IamUser, InlinePolicy, ManagedPolicy, MfaDevice

KEY_AGE_LIMIT = datetime.timedelta(days=90)
PRIVILEGED = {aws_managed_arn("AdministratorAccess"), aws_managed_arn("IAMFullAccess")}


@dataclass(frozen=True)
class Finding:
    title: str
    why: str
    fix_url: str
    fix_label: str


def _allows_everything(document: str) -> bool:
    try:
        statements = json.loads(document).get("Statement", [])
    except (ValueError, AttributeError):
        return False
    if isinstance(statements, dict):
        statements = [statements]
    for statement in statements:
        if not isinstance(statement, dict) or statement.get("Effect") != "Allow":
            continue
        actions = statement.get("Action", [])
        resources = statement.get("Resource", [])
        actions = [actions] if isinstance(actions, str) else actions
        resources = [resources] if isinstance(resources, str) else resources
        if "*" in actions and "*" in resources:
            return True
    return False


def _user_url(user) -> str:
    return reverse("sandbox:user", args=[user.name])


def health_check(account) -> list[Finding]:
    findings = []
    credentials_url = reverse("sandbox:root")
    if AccessKey.objects.filter(account=account, user=None).exists():
        findings.append(
            Finding(
                "The root user has access keys",
                "Root keys give unrestricted access to the whole account and cannot be limited by "
                "IAM policies; AWS recommends not having any.",
                credentials_url,
                "Delete the root access keys",
            )
        )
    if not MfaDevice.objects.filter(account=account, user=None, enabled=True).exists():
        findings.append(
            Finding(
                "The root user has no MFA",
                "A stolen root password alone would hand over the account; MFA adds a second "
                "factor.",
                credentials_url,
                "Enable MFA for the root user",
            )
        )
    findings += _password_policy_findings(account)
    now = timezone.now()
    users = IamUser.objects.filter(account=account).prefetch_related(
        "attachments", "inline_policies", "groups__attachments", "mfa", "keys"
    )
    for user in users:
        arns = {a.policy_arn for a in user.attachments.all()}
        for group in user.groups.all():
            arns |= {a.policy_arn for a in group.attachments.all()}
        has_mfa = any(device.enabled for device in user.mfa.all())
        if arns & PRIVILEGED and not has_mfa:
            findings.append(
                Finding(
                    f"Privileged user {user.name} has no MFA",
                    "Users who can administer the account should prove who they are with MFA.",
                    _user_url(user),
                    f"Enable MFA for {user.name}",
                )
            )
        if user.attachments.exists() or user.inline_policies.exists():
            findings.append(
                Finding(
                    f"User {user.name} has policies attached directly",
                    "Granting permissions through groups keeps them consistent and easy to review "
                    "as people join, move and leave.",
                    _user_url(user),
                    f"Move {user.name}'s permissions to a group",
                )
            )
        findings += [_key_finding(user, key, now) for key in user.keys.all() if _stale(key, now)]
    inlines = list(InlinePolicy.objects.filter(account=account))
    for inline in inlines:
        if _allows_everything(inline.document):
            findings.append(_wildcard_finding(f"inline policy {inline.name}"))
    findings += _repeated_inline_findings(inlines)
    for policy in ManagedPolicy.objects.filter(account=account).prefetch_related("versions"):
        if _allows_everything(policy.default_version.document):
            findings.append(_wildcard_finding(f"managed policy {policy.name}"))
    return findings


def _stale(key, now) -> bool:
    return now - key.last_rotated_at > KEY_AGE_LIMIT or (
        now - (key.last_used_at or key.created_at) > KEY_AGE_LIMIT
    )


def _key_finding(user, key, now) -> Finding:
    return Finding(
        f"Access key {key.access_key_id} of {user.name} is over 90 days old or unused",
        "Rotate long-term keys regularly and remove the ones nobody uses: a leaked old key "
        "works until it is deactivated.",
        _user_url(user) + "?tab=credentials",
        "Rotate, deactivate or delete the key",
    )


def _repeated_inline_findings(inlines) -> list[Finding]:
    """The same inline document on several identities is a managed policy waiting to happen."""
    by_document = {}
    for inline in inlines:
        by_document.setdefault(_normalised(inline.document), []).append(inline)
    return [
        Finding(
            f"The inline policy {copies[0].name} is repeated on {len(copies)} identities",
            "A managed policy is written once, attached many times and versioned; inline "
            "copies drift apart.",
            reverse("sandbox:policies"),
            "Create a managed policy instead",
        )
        for copies in by_document.values()
        if len(copies) > 1
    ]


def _normalised(document: str) -> str:
    try:
        return json.dumps(json.loads(document), sort_keys=True)
    except ValueError:
        return document


# AWS Security Hub control IAM.15 (CIS AWS Foundations Benchmark): at least 14 characters.
STRONG_LENGTH = 14


def _password_policy_findings(account) -> list[Finding]:
    policy = account.password_policy
    fix = reverse("sandbox:settings")
    if not policy:
        return [
            Finding(
                "No custom password policy",
                "Without one, IAM users' console passwords need only 8 characters; set the length "
                "and character rules your organisation requires.",
                fix,
                "Set a password policy",
            )
        ]
    if policy.get("MinimumPasswordLength", 0) < STRONG_LENGTH:
        return [
            Finding(
                "The password policy allows short passwords",
                f"AWS Security Hub (control IAM.15) expects at least {STRONG_LENGTH} characters.",
                fix,
                "Raise the minimum length",
            )
        ]
    return []


def _wildcard_finding(label: str) -> Finding:
    return Finding(
        f"The {label} allows every action on every resource",
        "Grant least privilege: only the actions and resources a task needs.",
        reverse("sandbox:policies"),
        "Narrow the policy",
    )
