"""AWS's size quota for each kind of policy, checked before the document is read.

A document over its quota is refused by AWS whatever else it says, so ``policy_size_error``
needs only the text: no JSON parsing, nothing that grows faster than the text itself. The
views, ``validate`` and the batch reader call it first, so a 10 MB paste costs one pass
over the text instead of minutes of checks.

Sources, and how each service counts:

* IAM (managed, inline, trust): https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
  — managed policy 6,144 characters; inline policies per user 2,048, per group 5,120, per
  role 10,240 (the sum of the entity's inline policies); role trust policy 2,048 by
  default. "IAM doesn't count white space when calculating the size of a policy against
  these limits".
* AWS Organizations (SCPs and RCPs): 5,120 characters,
  https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
  (the console removes white space between elements before it counts; the API and CLI
  count the text as sent).
* AWS STS session policies: "The plaintext that you use for both inline and managed
  session policies can't exceed 2,048 characters"
  (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html); the packed
  binary form has a separate limit that STS reports only as a percentage, so it is not
  modelled.
* Resource-based policies: a bucket policy is "limited to 20 KB in size"
  (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html), counted
  here in bytes of UTF-8 text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iamlab.policy.validation.findings import PolicyKind


@dataclass(frozen=True)
class SizeQuota:
    limit: int
    counts_white_space: bool
    unit: str  # "characters" or "bytes"

    def measure(self, document: str) -> tuple[int, bool]:
        """The counted size of ``document``, and whether all of it was counted.

        Counted a chunk at a time, stopping once past the limit: a 10 MB paste costs one
        chunk, not a pass over 10 MB (which alone takes most of a second).
        """
        size = 0
        for start in range(0, len(document), _CHUNK):
            text = document[start : start + _CHUNK]
            if not self.counts_white_space:
                text = _WHITE_SPACE.sub("", text)
            size += len(text.encode()) if self.unit == "bytes" else len(text)
            if size > self.limit:
                return size, start + _CHUNK >= len(document)
        return size, True


_IAM = {"counts_white_space": False, "unit": "characters"}
QUOTAS = {
    PolicyKind.MANAGED: SizeQuota(6144, **_IAM),
    PolicyKind.USER_INLINE: SizeQuota(2048, **_IAM),
    PolicyKind.GROUP_INLINE: SizeQuota(5120, **_IAM),
    PolicyKind.ROLE_INLINE: SizeQuota(10240, **_IAM),
    PolicyKind.TRUST: SizeQuota(2048, **_IAM),
    # Counted as the console counts, so no document the console accepts is refused here.
    PolicyKind.SCP: SizeQuota(5120, **_IAM),
    PolicyKind.RCP: SizeQuota(5120, **_IAM),
    PolicyKind.SESSION: SizeQuota(2048, counts_white_space=True, unit="characters"),
    PolicyKind.RESOURCE: SizeQuota(20 * 1024, counts_white_space=True, unit="bytes"),
}
LIMITS = {kind: quota.limit for kind, quota in QUOTAS.items()}
LARGEST_LIMIT = max(LIMITS.values())

_WHITE_SPACE = re.compile(r"\s+")
_CHUNK = 64 * 1024  # larger than any quota, so a document near its quota is counted exactly

_INLINE_OWNER = {
    PolicyKind.USER_INLINE: "user",
    PolicyKind.GROUP_INLINE: "group",
    PolicyKind.ROLE_INLINE: "role",
}


def counted_size(document: str) -> int:
    """The size IAM counts: characters without white space."""
    return len(_WHITE_SPACE.sub("", document))


def policy_size_error(
    document: str, kind: PolicyKind | str, *, entity_name: str = ""
) -> str | None:
    """AWS's refusal of ``document`` as a policy of ``kind`` over its size quota, or None.

    Reads the text only, in time linear in its length: call it before parsing. The message
    starts with AWS's own wording and names the limit.
    """
    kind = PolicyKind(kind)
    quota = QUOTAS[kind]
    if len(document) <= quota.limit and quota.unit == "characters":
        return None  # no text shorter than its quota can count more than it
    size, exact = quota.measure(document)
    if size <= quota.limit:
        return None
    counted = "" if quota.counts_white_space else " without white space"
    has = f"{size:,} {quota.unit}{counted}"
    if not exact:  # counting stopped early: the whole text's length is known at no cost
        has = f"{len(document):,} characters, white space included"
    return (
        f"{_aws_wording(kind, quota.limit, entity_name)} The document has {has}; the limit "
        f"for this kind of policy is {quota.limit:,} {quota.unit}{counted}."
    )


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
    if kind is PolicyKind.SESSION:
        # The AWS API's standard constraint message for a parameter over its length.
        return (
            "ValidationError: 1 validation error detected: Value at 'policy' failed to "
            f"satisfy constraint: Member must have length less than or equal to {limit}."
        )
    if kind is PolicyKind.RESOURCE:
        return "Amazon S3 refuses a bucket policy over 20 KB."
    return "ConstraintViolationException: You have exceeded the maximum policy size."
