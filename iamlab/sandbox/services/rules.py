"""AWS's rules for names, paths, tags and document sizes, and its quotas.

Sources: IAM API reference (CreateUser, CreateGroup, CreateRole, CreatePolicy
parameter constraints) and "IAM and AWS STS quotas",
https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
"""

import re
import unicodedata

from iamlab.sandbox import errors

NAME_PATTERN = r"[\w+=,.@-]+"
PATH_PATTERN = r"(\u002F)|(\u002F[\u0021-\u007E]+\u002F)"

USER_NAME_MAX = 64
GROUP_NAME_MAX = 128
ROLE_NAME_MAX = 64
POLICY_NAME_MAX = 128
PATH_MAX = 512

INLINE_POLICY_SIZE = {"user": 2048, "group": 5120, "role": 10240}
# The IAM quotas the sandbox enforces, all in this one table: the quota's name as AWS's
# LimitExceeded message gives it ("Cannot exceed quota for UsersPerAccount: 5000") -> AWS's
# default, from "IAM object quotas" on
# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (the row of
# that table in the comment). Adjustable quotas are at their defaults, as in a new account.
QUOTAS = {
    "UsersPerAccount": 5000,  # Users in an AWS account
    "GroupsPerAccount": 300,  # Groups in an AWS account (adjustable to 500)
    "RolesPerAccount": 1000,  # Roles in an AWS account (adjustable to 5000)
    "PoliciesPerAccount": 1500,  # Customer managed policies in an AWS account (to 5000)
    "InstanceProfilesPerAccount": 1000,  # Instance profiles in an AWS account (to 5000)
    "PoliciesPerUser": 10,  # Managed policies attached to an IAM user (adjustable to 20)
    "PoliciesPerGroup": 10,  # Managed policies attached to an IAM group
    "PoliciesPerRole": 10,  # Managed policies attached to an IAM role (adjustable to 20)
    "VersionsPerPolicy": 5,  # Versions of a managed policy that can be stored
    "AccessKeysPerUser": 2,  # Access keys assigned to an IAM user
    # MFA devices in use by an IAM user (or the root user): "You can enable up to eight MFA
    # devices per AWS account root user or IAM user", on
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable-overview.html
    "MFADevicesPerUser": 8,
    "GroupsPerUser": 10,  # Groups an IAM user can be a member of
    "TagsPerEntity": 50,  # Tags that can be attached to an IAM user / role / ...
    "InstanceSessionsPerInstanceProfile": 1,  # Roles in an instance profile
}
TAG_KEY_MAX = 128
TAG_VALUE_MAX = 256
# IAM API reference, Tag: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html
TAG_KEY_PATTERN = r"[\p{L}\p{Z}\p{N}_.:/=+\-@]+"
TAG_VALUE_PATTERN = r"[\p{L}\p{Z}\p{N}_.:/=+\-@]*"
TAG_SYMBOLS = set("_.:/=+-@")


def check_quota(name: str, in_use: int) -> None:
    """AWS's LimitExceeded when ``in_use`` already fills the quota and one more is asked for."""
    if in_use >= QUOTAS[name]:
        raise errors.limit_exceeded(name, QUOTAS[name])


def check_name(value: str, *, field: str, max_length: int) -> str:
    if not 1 <= len(value) <= max_length:
        raise errors.validation_error(
            value, field, f"Member must have length between 1 and {max_length}"
        )
    if not re.fullmatch(NAME_PATTERN, value):
        raise errors.validation_error(
            value, field, f"Member must satisfy regular expression pattern: {NAME_PATTERN}"
        )
    return value


def check_path(value: str) -> str:
    if not 1 <= len(value) <= PATH_MAX:
        raise errors.validation_error(
            value, "path", f"Member must have length between 1 and {PATH_MAX}"
        )
    if not re.fullmatch(PATH_PATTERN, value):
        raise errors.validation_error(
            value, "path", f"Member must satisfy regular expression pattern: {PATH_PATTERN}"
        )
    return value


def policy_size(document: str) -> int:
    """IAM counts a policy's size in characters, whitespace excluded."""
    return len(re.sub(r"\s", "", document))


def _tag_characters_allowed(text: str) -> bool:
    """Letters, separators and numbers of any script (\\p{L}, \\p{Z}, \\p{N}) or _.:/=+-@."""
    return all(c in TAG_SYMBOLS or unicodedata.category(c)[0] in "LZN" for c in text)


def check_tags(tags: dict) -> dict:
    check_quota("TagsPerEntity", len(tags) - 1)
    for key, value in tags.items():
        if not 1 <= len(key) <= TAG_KEY_MAX or key.lower().startswith("aws:"):
            raise errors.validation_error(
                key,
                "tags.key",
                f"Member must have length between 1 and {TAG_KEY_MAX} and must not start with aws:",
            )
        if not _tag_characters_allowed(key):
            raise errors.validation_error(
                key,
                "tags.key",
                f"Member must satisfy regular expression pattern: {TAG_KEY_PATTERN}",
            )
        if len(value) > TAG_VALUE_MAX:
            raise errors.validation_error(
                value,
                "tags.value",
                f"Member must have length less than or equal to {TAG_VALUE_MAX}",
            )
        if not _tag_characters_allowed(value):
            raise errors.validation_error(
                value,
                "tags.value",
                f"Member must satisfy regular expression pattern: {TAG_VALUE_PATTERN}",
            )
    return tags


def tags_merged(existing: dict, added: dict) -> dict:
    """``existing`` with ``added`` applied, checked. IAM tag keys are unique regardless of
    case, so a key that differs only in case replaces the old one rather than joining it."""
    lowered = {key.lower() for key in added}
    kept = {key: value for key, value in existing.items() if key.lower() not in lowered}
    return check_tags({**kept, **added})
