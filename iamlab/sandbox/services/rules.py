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

USERS_PER_ACCOUNT = 5000
GROUPS_PER_ACCOUNT = 300
ROLES_PER_ACCOUNT = 1000
POLICIES_PER_ACCOUNT = 1500
GROUPS_PER_USER = 10
ATTACHED_POLICIES_PER_IDENTITY = 10
ACCESS_KEYS_PER_USER = 2
VERSIONS_PER_POLICY = 5
INLINE_POLICY_SIZE = {"user": 2048, "group": 5120, "role": 10240}
TAGS_PER_ENTITY = 50
TAG_KEY_MAX = 128
TAG_VALUE_MAX = 256
# IAM API reference, Tag: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html
TAG_KEY_PATTERN = r"[\p{L}\p{Z}\p{N}_.:/=+\-@]+"
TAG_VALUE_PATTERN = r"[\p{L}\p{Z}\p{N}_.:/=+\-@]*"
TAG_SYMBOLS = set("_.:/=+-@")


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
    if len(tags) > TAGS_PER_ENTITY:
        raise errors.limit_exceeded("TagsPerEntity", TAGS_PER_ENTITY)
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
