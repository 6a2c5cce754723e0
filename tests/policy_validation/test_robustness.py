"""Whatever the learner types, validation answers with findings placed inside the text."""

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from iamlab.policy import Finding, PolicyKind, validate

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=8)
    | st.sampled_from(["*", "s3:GetObject", "arn:aws:s3:::b/*", "Allow", "2012-10-17"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "Version",
                    "Statement",
                    "Effect",
                    "Action",
                    "Resource",
                    "Principal",
                    "Condition",
                    "StringEquals",
                    "aws:SourceIp",
                    "NotAction",
                    "Sid",
                ]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def assert_placed_inside(text: str, findings: list[Finding]):
    lines = text.split("\n")
    for found in findings:
        assert found.severity in ("error", "warning", "suggestion")
        assert re.fullmatch(r"[A-Z][A-Z_]+", found.code) and found.message
        assert 1 <= found.line <= len(lines)
        assert 1 <= found.column <= len(lines[found.line - 1]) + 1


@settings(max_examples=300)
@given(st.text(max_size=200), st.sampled_from(PolicyKind))
def test_random_text_never_raises(text, kind):
    assert_placed_inside(text, validate(text, kind))


@settings(max_examples=300)
@given(JSON_VALUES, st.sampled_from(PolicyKind), st.integers(0, 4))
def test_random_json_documents_never_raise(value, kind, indent):
    text = json.dumps(value, indent=indent or None)
    assert_placed_inside(text, validate(text, kind))


@settings(max_examples=200)
@given(st.integers(0, 400), st.integers(0, 400), st.sampled_from(PolicyKind))
def test_a_damaged_valid_policy_never_raises(cut, insert_at, kind):
    text = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::b/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "true"}},
                }
            ],
        },
        indent=2,
    )
    damaged = text[:cut] + text[cut + 1 :]
    damaged = damaged[:insert_at] + '"' + damaged[insert_at:]
    findings = validate(damaged, kind)
    assert_placed_inside(damaged, findings)
    try:
        json.loads(damaged)
    except ValueError:
        assert any(f.code == "JSON_SYNTAX_ERROR" for f in findings)
