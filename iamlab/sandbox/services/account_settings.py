"""Account-wide settings: the alias, the IAM password policy, and an organization's SCP.

Password policy options and ranges: UpdateAccountPasswordPolicy in the IAM API reference;
the default policy: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
"""

import re

from iamlab.policy import PolicyKind
from iamlab.sandbox import errors
from iamlab.sandbox.services.documents import document_check
from iamlab.sandbox.services.events import recorded

ALIAS_PATTERN = r"^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"
SYMBOLS = "!@#$%^&*()_+-=[]{}|'"
RANGES = {
    "MinimumPasswordLength": (6, 128),
    "MaxPasswordAge": (1, 1095),
    "PasswordReusePrevention": (1, 24),
}
SWITCHES = (
    "RequireSymbols",
    "RequireNumbers",
    "RequireUppercaseCharacters",
    "RequireLowercaseCharacters",
    "AllowUsersToChangePassword",
    "HardExpiry",
)
CHARACTER_CLASSES = {
    "RequireUppercaseCharacters": ("one uppercase letter", lambda c: "A" <= c <= "Z"),
    "RequireLowercaseCharacters": ("one lowercase letter", lambda c: "a" <= c <= "z"),
    "RequireNumbers": ("one number", str.isdigit),
    "RequireSymbols": ("one symbol", lambda c: c in SYMBOLS),
}
# IAM's default password policy, in force until the account sets its own.
DEFAULT_MINIMUM_LENGTH = 8
DEFAULT_CHARACTER_KINDS = 3


@recorded("CreateAccountAlias")
def alias_set(*, account, alias: str):
    if not re.fullmatch(ALIAS_PATTERN, alias):
        raise errors.validation_error(
            alias,
            "accountAlias",
            f"Member must satisfy regular expression pattern: {ALIAS_PATTERN}",
        )
    account.alias = alias
    account.save(update_fields=["alias"])
    return account


@recorded("UpdateAccountPasswordPolicy")
def password_policy_update(*, account, settings: dict):
    policy = {}
    for name, (low, high) in RANGES.items():
        value = settings.get(name)
        if value in (None, ""):
            continue
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if number is None or not low <= number <= high:
            raise errors.validation_error(
                str(value),
                name[0].lower() + name[1:],
                f"Member must have value greater than or equal to {low} "
                f"and less than or equal to {high}",
            )
        policy[name] = number
    policy.update({name: bool(settings.get(name)) for name in SWITCHES})
    policy.setdefault("MinimumPasswordLength", 6)
    account.password_policy = policy
    account.save(update_fields=["password_policy"])
    return account


@recorded("DeleteAccountPasswordPolicy")
def password_policy_delete(*, account):
    if not account.password_policy:
        raise errors.no_such_entity(
            f"The Password Policy with domain name {account.account_id} cannot be found."
        )
    account.password_policy = {}
    account.save(update_fields=["password_policy"])
    return account


def password_problems(account, password: str) -> list[str]:
    """IAM's sentences for what ``password`` lacks under the account's policy (or the default).

    The sentences are AWS's as seen in real PasswordPolicyViolation errors
    ("Password should have at least one number", "Password should have a
    minimum length of 12"); under the default policy, which asks for three of
    the four kinds of character, AWS says "Password should meet 1 more of the
    following requirements: " and lists the kinds missing (CloudFormation output
    quoted in redhat-cop/agnosticd#6594).
    """
    policy = account.password_policy
    minimum = policy["MinimumPasswordLength"] if policy else DEFAULT_MINIMUM_LENGTH
    problems = []
    if len(password) < minimum:
        problems.append(f"Password should have a minimum length of {minimum}")
    missing = [
        f"Password should have at least {label}"
        for name, (label, test) in CHARACTER_CLASSES.items()
        if (not policy or policy.get(name)) and not any(test(c) for c in password)
    ]
    if policy:
        return problems + missing
    more = DEFAULT_CHARACTER_KINDS - (len(CHARACTER_CLASSES) - len(missing))
    if more > 0:
        problems.append(
            f"Password should meet {more} more of the following requirements: " + ", ".join(missing)
        )
    return problems


@recorded("UpdateOrganizationSettings")
def organization_set(*, account, enabled: bool, scp_document: str = ""):
    """Join an organization (its SCP applies to every principal, root included) or leave it."""
    if enabled and scp_document.strip():
        document_check(scp_document, kind=PolicyKind.SCP)
    account.organization_enabled = enabled
    account.scp_document = scp_document if enabled else ""
    account.save(update_fields=["organization_enabled", "scp_document"])
    return account
