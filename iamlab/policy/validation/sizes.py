"""AWS's size quota for each kind of policy, counted without white space.

IAM quotas: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
("IAM doesn't count white space when calculating the size of a policy against these
limits"). Organizations: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
(SCPs and RCPs: 5,120 characters). Session policies passed to AssumeRole count toward the
packed session size instead, so they carry no quota here.
"""

from __future__ import annotations

import re

from iamlab.policy.validation.findings import ERROR, PolicyKind
from iamlab.policy.validation.report import Report

LIMITS = {
    PolicyKind.MANAGED: 6144,
    PolicyKind.USER_INLINE: 2048,
    PolicyKind.GROUP_INLINE: 5120,
    PolicyKind.ROLE_INLINE: 10240,
    PolicyKind.TRUST: 2048,
    PolicyKind.SCP: 5120,
    PolicyKind.RCP: 5120,
}

_WHITE_SPACE = re.compile(r"\s+")

_INLINE_OWNER = {
    PolicyKind.USER_INLINE: "user",
    PolicyKind.GROUP_INLINE: "group",
    PolicyKind.ROLE_INLINE: "role",
}


def counted_size(document: str) -> int:
    return len(_WHITE_SPACE.sub("", document))


def check_size(document: str, kind: PolicyKind, report: Report, entity_name: str = "") -> bool:
    """Report a document over the quota for ``kind``; True when it is over."""
    limit = LIMITS.get(kind)
    if limit is None:
        return False
    size = counted_size(document)
    if size <= limit:
        return False
    report.add(
        ERROR,
        "POLICY_SIZE_EXCEEDED",
        f"{_aws_wording(kind, limit, entity_name)} The document has {size:,} characters "
        f"without white space; the limit for this kind of policy is {limit:,}.",
        0,
    )
    return True


def inline_size_exceeded(owner_kind: str, limit: int, entity_name: str = "") -> str:
    """AWS's LimitExceeded message for Put{User,Group,Role}Policy over the inline quota.

    ``owner_kind`` is "user", "group" or "role"; ``entity_name`` is the bare name ("alice"),
    as in "Maximum policy size of 5120 bytes exceeded for group travis-ci" (CLI output quoted
    in HumanCellAtlas/data-store#1963). AWS ends it without a full stop.
    """
    return f"Maximum policy size of {limit} bytes exceeded for {owner_kind} {entity_name}".rstrip()


def _aws_wording(kind: PolicyKind, limit: int, entity_name: str) -> str:
    if kind in _INLINE_OWNER:
        message = inline_size_exceeded(_INLINE_OWNER[kind], limit, entity_name)
        return f"LimitExceeded: {message}."
    if kind is PolicyKind.MANAGED:
        return f"LimitExceeded: Cannot exceed quota for PolicySize: {limit}."
    if kind is PolicyKind.TRUST:
        return f"LimitExceeded: Cannot exceed quota for ACLSizePerRole: {limit}."
    return "ConstraintViolationException: You have exceeded the maximum policy size."
