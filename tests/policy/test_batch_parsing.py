"""A batch parses each distinct policy document once, and still checks it per case."""

import pytest

from iamlab.policy import MalformedPolicyDocument, evaluate_case
from iamlab.policy.caching import CACHING
from iamlab.policy.cases import policy_set_from_case

ALLOW_READ = {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}],
}


def case(**fields):
    return {
        "id": "c",
        "principal": "arn:aws:iam::111122223333:user/alice",
        "action": "s3:GetObject",
        "resource": "arn:aws:s3:::b/k",
        **fields,
    }


@pytest.mark.skipif(not CACHING, reason="IAMLAB_POLICY_NO_CACHE turns the engine's caches off")
def test_the_same_document_in_two_cases_is_parsed_once():
    first = policy_set_from_case(case(identityPolicies=[ALLOW_READ]))
    second = policy_set_from_case(case(identityPolicies=[dict(ALLOW_READ)]))
    assert first.identity[0] is second.identity[0]


def test_a_shared_document_is_still_checked_for_the_place_it_stands():
    assert evaluate_case(case(identityPolicies=[ALLOW_READ])).allowed
    with pytest.raises(MalformedPolicyDocument, match="Missing required field Principal"):
        evaluate_case(case(resourcePolicy=ALLOW_READ))
