"""The checks that compare statements give the same findings as comparing every pair,
and a document over its size quota is refused before any check reads it.

No timings here: ``python -m iamlab.policy.validation.bench`` measures how validation time
grows with the number of statements.
"""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from iamlab.policy import PolicyKind, validate, validation
from iamlab.policy.validation import checks
from iamlab.policy.validation.jsonpos import read_json
from iamlab.policy.validation.patterns import glob_matches
from iamlab.policy.validation.report import Report

from .helpers import allow, codes, policy


def _reference(statements: list[dict]) -> list[tuple[int, int, str]]:
    """The redundant-statement check as it was: every statement against every other one."""

    def all_covered(wide, narrow, fold):
        wide = wide if isinstance(wide, list) else [wide]
        narrow = narrow if isinstance(narrow, list) else [narrow]
        if not all(isinstance(v, str) for v in wide + narrow):
            return False
        return all(any(glob_matches(fold(w), fold(n)) for w in wide) for n in narrow)

    found, first_seen, simple = [], {}, []
    for index, statement in enumerate(statements):
        body = {k: v for k, v in statement.items() if k != "Sid"}
        fingerprint = repr(sorted(body.items()))
        if fingerprint in first_seen:
            found.append((index, first_seen[fingerprint], "repeats"))
            continue
        first_seen[fingerprint] = index
        if set(body) == {"Effect", "Action", "Resource"}:
            simple.append((index, body["Effect"], body["Action"], body["Resource"]))
    for index, effect, actions, resources in simple:
        for other_index, other_effect, other_actions, other_resources in simple:
            if (
                other_index != index
                and other_effect == effect
                and all_covered(other_actions, actions, str.lower)
                and all_covered(other_resources, resources, str)
            ):
                found.append((index, other_index, "covered"))
                break
    return found


def _indexed(document: str) -> list[tuple[int, int, str]]:
    """What the indexed check reports for ``document``, as (index, other index, why)."""
    root = read_json(document)
    statements = [(node, ("Statement", i)) for i, node in enumerate(root.get("Statement").items)]
    report = Report(document)
    checks._check_redundant_statements(statements, report)
    found = []
    for finding in report.findings:
        assert finding.code == "REDUNDANT_STATEMENT"
        other = int(finding.message.split("statement #", 1)[1].split(",")[0].split(" ")[0])
        why = "repeats" if "repeats" in finding.message else "covered"
        found.append((finding.path[1], other - 1, why))
    return found


# Mostly values from a short list, so that statements often cover one another; some
# random text with wildcards; now and then values the check must refuse to compare.
ACTIONS = st.sampled_from(
    ["*", "s3:*", "S3:Get*", "s3:GetObject", "s3:Get?bject", "s3:G?t*", "sqs:*", "s3:*Object"]
    + ["sqs:SendMessage", "s3:getobject"]
) | st.text(alphabet="s3:*?gGeEt", max_size=7)
RESOURCES = st.sampled_from(
    ["*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/x", "arn:aws:s3:::B/*", "arn:*", "arn:aws:s3:::b?x"]
    + ["arn:aws:s3:::?/*", "arn:aws:s3:::b/x*"]
) | st.text(alphabet="arn:b/x*?B", max_size=7)
ODD_VALUES = st.sampled_from([1, None, True, {"a": 1}])
COMMON_EFFECTS = st.sampled_from(["Allow", "Deny"])
ODD_EFFECTS = st.sampled_from(["allow", 1, True, 1.0, ["Allow"], {"a": 1}, None])


def _values(strings):
    odd = st.lists(st.one_of(strings, ODD_VALUES), max_size=2) | ODD_VALUES
    return st.integers(0, 9).flatmap(
        lambda n: strings if n < 5 else st.lists(strings, max_size=3) if n < 9 else odd
    )


@st.composite
def statement_of(draw):
    statement = {
        "Effect": draw(COMMON_EFFECTS if draw(st.integers(0, 9)) else ODD_EFFECTS),
        "Action": draw(_values(ACTIONS)),
        "Resource": draw(_values(RESOURCES)),
    }
    if draw(st.integers(0, 3)) == 0:
        statement["Sid"] = draw(st.sampled_from(["A", "B"]))
    if draw(st.integers(0, 9)) == 0:
        statement["Condition"] = {"Bool": {"aws:SecureTransport": "true"}}
    return statement


STATEMENT = statement_of()


@settings(max_examples=1000, deadline=None)
@given(st.lists(STATEMENT, max_size=10))
def test_the_indexed_redundancy_check_agrees_with_comparing_every_pair(statements):
    document = json.dumps({"Version": "2012-10-17", "Statement": statements})
    assert _indexed(document) == _reference(statements)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([allow("s3:Get*", "*"), allow(), allow("s3:*", "*")]), max_size=8))
def test_validate_reports_the_reference_redundancies(statements):
    findings = [
        f for f in validate(policy(*statements), "session") if f.code == "REDUNDANT_STATEMENT"
    ]
    assert sorted(f.path[1] for f in findings) == sorted(i for i, _, _ in _reference(statements))


def test_a_document_over_its_size_quota_is_refused_before_it_is_read(monkeypatch):
    """AWS refuses it whatever else it says, so nothing else is worked out: a 10 MB paste
    costs one pass over the text (the quotas themselves: test_size_quotas.py)."""
    statements = [allow("s3:GetObject", f"arn:aws:s3:::amzn-s3-demo-bucket/{i}") for i in range(40)]
    document = policy(*statements, allow("s3:GetObjekt"))
    assert "INVALID_ACTION" in {
        f.code for f in validation.findings_within_quota(document, "user_inline")
    }

    def must_not_run(*args):
        raise AssertionError("the document was read although AWS refuses it for its size")

    monkeypatch.setattr(validation, "read_json", must_not_run)
    [only] = validate(document, PolicyKind.USER_INLINE)
    assert (only.code, only.refused, only.line, only.column) == ("POLICY_SIZE_EXCEEDED", True, 1, 1)


def test_a_document_within_its_quota_still_gets_every_check():
    document = policy(allow("s3:GetObject"), allow("s3:Get*", "*"), allow("s3:GetObjekt"))
    assert {"REDUNDANT_STATEMENT", "INVALID_ACTION"} <= set(codes(document, PolicyKind.USER_INLINE))


def _reference_actions(actions: list[str]) -> list[tuple[int, int]]:
    """The redundant-action check as it was: every action against every other one."""
    lowered = [text.lower() for text in actions]
    found = []
    for index in range(len(actions)):
        for other_index, other in enumerate(lowered):
            same = other == lowered[index]
            if other_index != index and (
                (same and other_index < index)
                or (
                    not same
                    and ("*" in other or "?" in other)
                    and glob_matches(other, lowered[index])
                )
            ):
                found.append((index, other_index))
                break
    return found


@settings(max_examples=1000, deadline=None)
@given(st.lists(ACTIONS, max_size=12))
def test_the_indexed_redundant_action_check_agrees_with_comparing_every_pair(actions):
    report = Report("")
    checks._check_redundant_actions([(a, 0, ("Action", i)) for i, a in enumerate(actions)], report)
    found = [
        (f.path[1], f.message.split('covered by "', 1)[1].rsplit('" in the same', 1)[0])
        for f in report.findings
    ]
    assert found == [(index, actions[other]) for index, other in _reference_actions(actions)]
