"""Input over AWS's own size limits is refused before it is parsed (issue 15).

The quotas of the IAM kinds: tests/policy_validation/test_size_quotas.py. Here: the plain
function the views call, the kinds STS and S3 count, the batch's per-line limit, and a
Resource pattern far longer than any quota lets through.
"""

import json

from iamlab.policy import PolicyKind, policy_size_error, validate
from iamlab.policy import cases as batch
from iamlab.policy.validation import sizes
from iamlab.policy.wildcard import compile_resource_glob


def test_a_session_policy_is_limited_to_2048_characters_of_plain_text_white_space_included():
    # https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html: "The
    # plaintext that you use for both inline and managed session policies can't exceed
    # 2,048 characters."
    assert policy_size_error("{" + " " * 2046 + "}", PolicyKind.SESSION) is None
    message = policy_size_error("{" + " " * 2047 + "}", PolicyKind.SESSION)
    assert message == (
        "ValidationError: 1 validation error detected: Value at 'policy' failed to satisfy "
        "constraint: Member must have length less than or equal to 2048. The document has "
        "2,049 characters; the limit for this kind of policy is 2,048 characters."
    )


def test_a_bucket_policy_is_limited_to_20_kb():
    # https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html: "Bucket
    # policies are limited to 20 KB in size."
    assert policy_size_error("x" * 20480, "resource") is None
    message = policy_size_error("é" * 10241, "resource")  # two bytes each in UTF-8
    assert message.startswith("Amazon S3 refuses a bucket policy over 20 KB.")
    assert "The document has 20,482 bytes; the limit for this kind of policy is 20,480" in message


def test_every_kind_has_a_quota_and_validate_reports_it_as_a_refusal_at_the_start():
    assert set(sizes.QUOTAS) == set(PolicyKind)
    for kind in PolicyKind:
        document = '{"Version": "2012-10-17", "Id": "' + "x" * sizes.LIMITS[kind] + '"}'
        [found] = validate(document, kind)
        assert (found.code, found.refused, found.line, found.column) == (
            "POLICY_SIZE_EXCEEDED",
            True,
            1,
            1,
        )
        assert found.message == policy_size_error(document, kind)
        assert f"{sizes.LIMITS[kind]:,}" in found.message


class _Recorder:
    """Stands in for the white-space pattern, remembering the longest text it was given."""

    def __init__(self, pattern):
        self.pattern, self.longest = pattern, 0

    def sub(self, replacement, text):
        self.longest = max(self.longest, len(text))
        return self.pattern.sub(replacement, text)


def test_a_10_mb_paste_is_refused_from_its_first_characters(monkeypatch):
    paste = json.dumps({"Statement": {"Resource": "a*" * 5_000_000}})
    recorder = _Recorder(sizes._WHITE_SPACE)
    monkeypatch.setattr(sizes, "_WHITE_SPACE", recorder)
    message = policy_size_error(paste, PolicyKind.MANAGED)
    assert recorder.longest <= 64 * 1024, "more than the first chunk was counted"
    assert f"The document has {len(paste):,} characters, white space included;" in message
    assert message.endswith(
        "limit for this kind of policy is 6,144 characters without white space."
    )


def test_a_batch_line_over_the_limit_is_refused_with_its_number_before_it_is_parsed(monkeypatch):
    def must_not_parse(_text):
        raise AssertionError("the oversized line was parsed")

    monkeypatch.setattr(batch.json, "loads", must_not_parse)
    [answer] = batch.run_cases(["\n", "x" * (batch.LINE_LIMIT + 1)])
    assert answer == {
        "id": "line 2",
        "error": f"The line has {batch.LINE_LIMIT + 1:,} characters; a case holds at most "
        f"{batch.LINE_LIMIT:,} (the largest policies AWS lets one request carry, with as much "
        "again for white space), so it was not read.",
    }


def test_the_line_limit_is_twice_the_largest_policies_a_case_may_carry():
    assert batch.LINE_LIMIT == 2 * sum(batch.LARGEST_POLICIES.values()) == 3_731_456
    assert set(batch.LARGEST_POLICIES) == {
        "identityPolicies",
        "permissionsBoundary",
        "sessionPolicies",
        "resourcePolicy",
        "serviceControlPolicies",
        "resourceControlPolicies",
    }


def test_a_batch_refuses_a_policy_larger_than_any_aws_stores_before_parsing_it(monkeypatch):
    # Five times a bucket policy's quota: no kind of policy AWS stores is that large, so the
    # engine never has to match a pattern this long.
    pattern = "arn:aws:s3:::b/" + "a*b" * 33_334
    case = {
        "id": "long",
        "principal": "arn:aws:iam::111122223333:user/alice",
        "action": "s3:GetObject",
        "resource": "arn:aws:s3:::b/ab",
        "identityPolicies": [
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": pattern}],
            }
        ],
    }

    def must_not_parse(*_args, **_kwargs):
        raise AssertionError("the oversized policy was parsed")

    monkeypatch.setattr(batch, "parse_policy", must_not_parse)
    [answer] = batch.run_cases([json.dumps(case)])
    assert answer == {"id": "long", "error": f"MalformedPolicyDocument: {batch.DOCUMENT_TOO_LARGE}"}
    assert "32,768 characters without white space" in batch.DOCUMENT_TOO_LARGE


def test_white_space_does_not_count_toward_the_largest_policy():
    padded = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}],
    }
    text = json.dumps(padded, indent=40_000)  # 40,000 spaces before each element
    assert len(text) > batch.LARGEST_DOCUMENT
    case = {
        "id": "padded",
        "principal": "arn:aws:iam::111122223333:user/alice",
        "action": "s3:GetObject",
        "resource": "arn:aws:s3:::b/ab",
        "identityPolicies": [text],
    }
    assert [*batch.run_cases([json.dumps(case)])] == [{"id": "padded", "decision": "allowed"}]


def test_a_100_kb_resource_pattern_is_matched_right():
    pattern = "arn:aws:s3:::b/" + "a*b" * 33_334
    assert not compile_resource_glob(pattern)("arn:aws:s3:::b/ab")
    # One that matches must be as long as the pattern's letters; matching costs time in
    # proportion to the pattern's length times the text's, so the text stays short here.
    short = "arn:aws:s3:::b/" + "a*b" * 3_334
    assert compile_resource_glob(short)("arn:aws:s3:::b/" + "ab" * 3_334)
    assert not compile_resource_glob(short)("arn:aws:s3:::b/" + "ab" * 3_333 + "a:b")
