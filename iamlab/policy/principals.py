"""Who is calling, and whether a ``Principal``/``NotPrincipal`` element names them.

https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .arn import split_arn
from .caching import memoized
from .errors import MalformedPolicyDocument


class CallerKind(enum.Enum):
    USER = "IAM user"
    ROLE_SESSION = "role session"
    ROLE = "IAM role"
    FEDERATED_USER = "federated user"
    ROOT = "root user"
    SERVICE = "service principal"
    OTHER = "principal"


SERVICE_LINKED_PREFIX = "AWSServiceRoleFor"


@dataclass(frozen=True, slots=True)
class Caller:
    """The request's principal, parsed once."""

    arn: str
    kind: CallerKind
    account: str | None
    role_name: str = ""  # for a role session: the role it is a session of

    @property
    def service_linked(self) -> bool:
        """A service-linked role (or its session): AWS names them AWSServiceRoleFor..."""
        return self.role_name.startswith(SERVICE_LINKED_PREFIX)


def parse_caller(principal: str) -> Caller:
    parts = split_arn(principal)
    if parts is None:
        if principal.endswith(".amazonaws.com") or principal.endswith(".amazonaws.com.cn"):
            return Caller(principal, CallerKind.SERVICE, None)
        return Caller(principal, CallerKind.OTHER, None)
    service, account, resource = parts[2], parts[4], parts[5]
    if service == "iam" and resource == "root":
        return Caller(principal, CallerKind.ROOT, account)
    if service == "iam" and resource.startswith("user/"):
        return Caller(principal, CallerKind.USER, account)
    if service == "iam" and resource.startswith("role/"):
        return Caller(principal, CallerKind.ROLE, account, resource.rsplit("/", 1)[-1])
    if service == "sts" and resource.startswith("assumed-role/"):
        role = resource.split("/")[1] if resource.count("/") >= 2 else ""
        return Caller(principal, CallerKind.ROLE_SESSION, account, role)
    if service == "sts" and resource.startswith("federated-user/"):
        return Caller(principal, CallerKind.FEDERATED_USER, account)
    return Caller(principal, CallerKind.OTHER, account)


parse_caller = memoized(parse_caller, maxsize=4096)


class Naming(enum.IntEnum):
    """How a principal element names the caller; higher is more direct."""

    NONE = 0
    ACCOUNT = 1  # the caller's account: a delegation to the account's own policies
    ROLE = 2  # the role a role session belongs to
    DIRECT = 3  # the caller itself (or "*"): its own ARN, session ARN, service name


PRINCIPAL_TYPES = ("AWS", "Service", "Federated", "CanonicalUser")


@dataclass(frozen=True, slots=True)
class PrincipalSpec:
    """A parsed ``Principal`` or ``NotPrincipal`` element."""

    everyone: bool
    aws: tuple[str, ...] = ()
    service: tuple[str, ...] = ()
    federated: tuple[str, ...] = ()
    canonical: tuple[str, ...] = ()

    def values(self) -> tuple[str, ...]:
        return (
            ("*",) if self.everyone else self.aws + self.service + self.federated + self.canonical
        )

    def naming(self, caller: Caller) -> Naming:
        """The most direct way this element names the caller."""
        if self.everyone:
            return Naming.DIRECT
        best = Naming.NONE
        for value in self.aws:
            best = max(best, _aws_naming(value, caller))
        if caller.kind is CallerKind.SERVICE and any(
            value.lower() == caller.arn.lower() for value in self.service
        ):
            best = Naming.DIRECT
        if caller.arn in self.federated or caller.arn in self.canonical:
            best = Naming.DIRECT
        return best

    def excludes(self, caller: Caller) -> bool:
        """For NotPrincipal: is the caller spared?

        AWS checks the caller's whole chain (account, then role, then session; or
        account, then user), so only a caller whose every link is listed is spared.
        """
        if self.everyone:
            return True
        if caller.kind is CallerKind.SERVICE:
            return self.naming(caller) is Naming.DIRECT
        listed = {_aws_naming(value, caller) for value in self.aws}
        needed = {Naming.ACCOUNT}
        if caller.kind is CallerKind.ROLE_SESSION:
            needed |= {Naming.ROLE, Naming.DIRECT}
        elif caller.kind is not CallerKind.ROOT:
            needed.add(Naming.DIRECT)
        if caller.kind is CallerKind.ROLE:
            listed |= {Naming.DIRECT} if Naming.ROLE in listed else set()
        return needed <= listed


def _aws_naming(value: str, caller: Caller) -> Naming:
    # "*" names the caller itself, so a same-account grant to "*" is not capped by a
    # permissions boundary or session policy. AWS states it for the usual form, "*" with
    # aws:PrincipalArn naming a role: "permissions boundaries or session policies, do not
    # limit permissions granted using the aws:PrincipalArn condition key with a wildcard(*)
    # in the Principal element, unless the identity-based policies contain an explicit
    # deny" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles,
    # and the "IAM role" item of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html).
    # A role ARN in Principal, by contrast, is ROLE below: capped by both.
    if value == "*":
        return Naming.DIRECT if caller.kind is not CallerKind.SERVICE else Naming.NONE
    if caller.account is None:
        return Naming.NONE
    if value == caller.account:
        return Naming.ACCOUNT
    named = parse_caller(value)
    if named.account != caller.account:
        return Naming.NONE
    if named.kind is CallerKind.ROOT:
        return Naming.ACCOUNT
    if named.kind is CallerKind.ROLE and caller.kind in (CallerKind.ROLE_SESSION, CallerKind.ROLE):
        # A role session's ARN has no path; the role is named by its name.
        if named.role_name.lower() == caller.role_name.lower():
            return Naming.ROLE if caller.kind is CallerKind.ROLE_SESSION else Naming.DIRECT
        return Naming.NONE
    if named.kind is CallerKind.USER and caller.kind is CallerKind.USER:
        # "In a Principal element, the user name part of the Amazon Resource Name (ARN) is
        # case sensitive" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-users):
        # user/Alice does not name user/alice. The path may differ (AWS stores the user's
        # unique ID), so the name is compared, exactly. The page says this of user names
        # only; role names above are still compared without regard to case.
        same = _name(value) == _name(caller.arn)
        return Naming.DIRECT if same else Naming.NONE
    return Naming.DIRECT if value == caller.arn else Naming.NONE


def _name(arn: str) -> str:
    return arn.rsplit("/", 1)[-1]


def parse_principal(element, path: tuple) -> PrincipalSpec:
    """``"*"`` or ``{"AWS": ..., "Service": ..., "Federated": ..., "CanonicalUser": ...}``."""
    if element == "*":
        return PrincipalSpec(everyone=True)
    if not isinstance(element, dict) or not element:
        raise MalformedPolicyDocument("Syntax errors in policy.", path)
    fields: dict[str, tuple[str, ...]] = {}
    for key, raw in element.items():
        if key not in PRINCIPAL_TYPES:
            raise MalformedPolicyDocument(f'Invalid principal in policy: "{key}"', path + (key,))
        items = raw if isinstance(raw, list) else [raw]
        if not items or not all(isinstance(item, str) for item in items):
            raise MalformedPolicyDocument("Syntax errors in policy.", path + (key,))
        fields[key] = tuple(items)
    aws = fields.get("AWS", ())
    return PrincipalSpec(
        everyone="*" in aws,
        aws=aws,
        service=fields.get("Service", ()),
        federated=fields.get("Federated", ()),
        canonical=fields.get("CanonicalUser", ()),
    )
