"""Wildcard matching: AWS's * and ?, linear in the text, literal characters from variables."""

from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from iamlab.policy import parse_policy
from iamlab.policy.arn import compile_arn_like
from iamlab.policy.wildcard import compile_glob, compile_resource_glob, escape


def reference_match(pattern: str, text: str) -> bool:
    """A plain dynamic-programming glob matcher, obviously correct, for comparison."""

    @cache
    def match(p: int, t: int) -> bool:
        if p == len(pattern):
            return t == len(text)
        if pattern[p] == "*":
            return match(p + 1, t) or (t < len(text) and match(p, t + 1))
        if t < len(text) and pattern[p] in ("?", text[t]):
            return match(p + 1, t + 1)
        return False

    return match(0, 0)


@given(st.text("ab*?", max_size=8), st.text("ab", max_size=10))
def test_glob_matching_agrees_with_a_reference_matcher(pattern, text):
    assert compile_glob(pattern)(text) == reference_match(pattern, text)


def test_a_star_matches_any_run_and_a_question_mark_exactly_one_character():
    assert compile_glob("s3:Get*")("s3:GetObject")
    assert compile_glob("s3:*Object")("s3:GetObject")
    assert compile_glob("s3:Get?bject")("s3:GetObject")
    assert not compile_glob("s3:Get??bject")("s3:GetObject")


def test_actions_are_matched_without_regard_to_case_and_other_patterns_with_it():
    statement = parse_policy({"Statement": {"Effect": "Allow", "Action": "S3:get*"}}).statements[0]
    assert statement.matches_action("s3:GetObject".lower())
    assert not compile_glob("S3:getobject")("s3:GetObject")


def test_a_pattern_that_would_make_a_backtracking_matcher_explode_is_answered():
    pattern = "a*" * 40 + "b"
    assert not compile_glob(pattern)("a" * 20_000)
    assert not compile_resource_glob("arn:" + "a*x" * 40 + "b")("arn:" + "a" * 20_000)


def test_a_star_ending_a_resource_segment_spans_colons_but_one_inside_a_segment_does_not():
    assert compile_resource_glob("arn:aws:s3:::*")("arn:aws:s3:::bucket/a:b")
    assert compile_resource_glob("arn:aws:sqs:us-*-1:111122223333:q")(
        "arn:aws:sqs:us-east-1:111122223333:q"
    )
    assert not compile_resource_glob("arn:aws:sqs:us-*-1:111122223333:q")(
        "arn:aws:sqs:us-x:y-1:111122223333:q"
    )


def test_escaped_characters_match_only_themselves():
    pattern = "bucket/" + escape("*")
    assert compile_glob(pattern)("bucket/*")
    assert not compile_glob(pattern)("bucket/report")


def test_arn_like_checks_each_segment_separately():
    match = compile_arn_like("arn:aws:someservice:*:111122223333:finance/*")
    assert match("arn:aws:someservice:us-east-2:111122223333:finance/a.txt")
    assert not match(
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt"
    )
