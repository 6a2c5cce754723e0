"""AWS's size quotas per kind, counted without white space."""

import json

import pytest

from iamlab.policy import PolicyKind, validate
from iamlab.policy.validation.sizes import counted_size
from tests.policy_validation.helpers import allow


def document_of_size(size, kind=PolicyKind.MANAGED):
    """A valid policy whose size without white space is exactly ``size``."""
    statement = allow(resource="arn:aws:s3:::b/")
    if kind.needs_principal:
        statement["Principal"] = "*"
    if kind is PolicyKind.RCP:
        statement["Effect"] = "Deny"
    base = {"Version": "2012-10-17", "Statement": [statement]}
    padding = size - counted_size(json.dumps(base, separators=(",", ":")))
    base["Statement"][0]["Resource"] += "x" * padding
    return json.dumps(base, separators=(",", ":"))


@pytest.mark.parametrize(
    ("kind", "limit", "wording"),
    [
        (PolicyKind.MANAGED, 6144, "LimitExceeded: Cannot exceed quota for PolicySize: 6144"),
        (PolicyKind.USER_INLINE, 2048, "Maximum policy size of 2048 bytes exceeded for user"),
        (PolicyKind.GROUP_INLINE, 5120, "Maximum policy size of 5120 bytes exceeded for group"),
        (PolicyKind.ROLE_INLINE, 10240, "Maximum policy size of 10240 bytes exceeded for role"),
        (PolicyKind.SCP, 5120, "maximum policy size"),
        (PolicyKind.RCP, 5120, "maximum policy size"),
    ],
)
def test_a_policy_one_character_over_the_quota_is_refused(kind, limit, wording):
    assert not [f for f in validate(document_of_size(limit, kind), kind) if f.severity == "error"]
    [error] = [
        f for f in validate(document_of_size(limit + 1, kind), kind) if f.severity == "error"
    ]
    assert error.code == "POLICY_SIZE_EXCEEDED"
    assert wording in error.message


def test_white_space_does_not_count_toward_the_quota():
    compact = document_of_size(2048)
    roomy = json.dumps(json.loads(compact), indent=8)
    assert len(roomy) > 2048
    assert "POLICY_SIZE_EXCEEDED" not in [f.code for f in validate(roomy, "user_inline")]


@pytest.mark.parametrize(
    ("kind", "limit", "owner"),
    [
        (PolicyKind.USER_INLINE, 2048, "user"),
        (PolicyKind.GROUP_INLINE, 5120, "group"),
        (PolicyKind.ROLE_INLINE, 10240, "role"),
    ],
)
def test_the_inline_size_message_names_the_entity_like_aws(kind, limit, owner):
    [error] = validate(document_of_size(limit + 1, kind), kind, entity_name="alice")
    assert error.message.startswith(
        f"LimitExceeded: Maximum policy size of {limit} bytes exceeded for {owner} alice. "
    )
