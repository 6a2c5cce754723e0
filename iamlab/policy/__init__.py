"""IAM Lab's policy engine: AWS's policy language and its evaluation logic, in plain Python.

    parse_policy(document, name="") -> Policy        (raises MalformedPolicyDocument)
    evaluate(Request(...), PolicySet(...)) -> Decision  (.decision, .allowed, .trace)
    evaluate_case(case) -> Decision                  (one line of the batch format)
    render_trace(decision) -> str                    (plain text for the command line)
    validate(document, kind) -> [Finding]            (IAM's refusals, Access Analyzer's checks)
    policy_size_error(document, kind) -> str | None  (the size quota, before any parsing)

No Django here: the sandbox, quizzes and classroom call these functions.
"""

from .cases import evaluate_case, policy_set_from_case, request_from_case
from .document import Policy, Statement, parse_policy
from .errors import MalformedPolicyDocument
from .evaluate import PolicySet, evaluate
from .render import render_trace
from .request import Request
from .trace import (
    ConditionTrace,
    Decision,
    Outcome,
    StatementTrace,
    StepKind,
    StepTrace,
    Trace,
)
from .validation import Finding, PolicyKind, policy_size_error, validate

__all__ = [
    "ConditionTrace",
    "Finding",
    "PolicyKind",
    "policy_size_error",
    "validate",
    "Decision",
    "MalformedPolicyDocument",
    "Outcome",
    "Policy",
    "PolicySet",
    "Request",
    "Statement",
    "StatementTrace",
    "StepKind",
    "StepTrace",
    "Trace",
    "evaluate",
    "evaluate_case",
    "parse_policy",
    "policy_set_from_case",
    "render_trace",
    "request_from_case",
]
