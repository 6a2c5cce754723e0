"""Decisions as AWS's ``SimulatePolicyResponse``, the JSON ``aws iam simulate-*`` prints.

Field names and nesting follow botocore's ``iam`` service model (a committed extract,
``simulate_api.json`` beside this file, is what the tests check against); what each field
holds follows https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html :
one EvaluationResult per action, its decision the most restrictive over the resources,
``ResourceSpecificResults`` per resource when resource ARNs were given, and the statements
and missing context keys of identity-based and resource-based policies only (never SCPs').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from ..catalog import resource_types_for
from ..document import parse_policy
from ..evaluate import PolicySet, evaluate
from ..request import Request
from ..trace import ALLOWED, EXPLICIT_DENY, IMPLICIT_DENY, Decision, StatementTrace
from ..validation.jsonpos import JsonSyntaxError, TextPositions, read_json, value_end

# Most restrictive first: "if any resource produces explicitDeny, the top-level decision
# is explicitDeny".
_RESTRICTIVENESS = {EXPLICIT_DENY: 0, IMPLICIT_DENY: 1, ALLOWED: 2}
IDENTITY, RESOURCE, BOUNDARY, ORGANIZATIONS = "identity", "resource", "boundary", "organizations"


@dataclass(frozen=True)
class PolicySource:
    """Where a policy came from: ``policy_id`` is its SourcePolicyId and its engine name."""

    policy_id: str
    text: str
    kind: str  # IDENTITY, RESOURCE, BOUNDARY or ORGANIZATIONS


def statement_positions(text: str) -> dict[int, tuple[dict, dict]]:
    """Each statement's StartPosition and EndPosition, by its index in the policy.

    The CLI reference's example (one line, ``"Statement":{`` at columns 24-36) reports
    Column 38 for the statement that opens at column 37 and Column 167 for the one that
    closes at column 166: IAM gives the column just past each brace.
    https://awscli.amazonaws.com/v2/documentation/api/latest/reference/iam/simulate-custom-policy.html
    """
    try:
        root = read_json(text)
    except JsonSyntaxError:
        return {}
    statement = root.get("Statement") if root.kind == "object" else None
    if statement is None:
        return {}
    nodes = statement.items if statement.kind == "array" else [statement]
    lines = TextPositions(text)

    def position(offset: int) -> dict:
        line, column = lines.line_column(offset)
        return {"Line": line, "Column": column}

    return {
        index: (position(node.offset + 1), position(value_end(text, node.offset)))
        for index, node in enumerate(nodes)
    }


@cache
def _positions(text: str) -> dict[int, tuple[dict, dict]]:
    return statement_positions(text)


def eval_resource_name(action: str, resources: Sequence[str]) -> str:
    """ "The ARN template for the simulated resource type ..., or * if no ARN format is
    defined for the action" (EvaluationResult): the type a named resource matches, else the
    action's only (or only required) resource type."""
    types = resource_types_for(action)
    for resource in resources:
        for kind in types:
            if resource != "*" and _template_pattern(kind.arn).fullmatch(resource):
                return kind.arn
    required = [kind for kind in types if kind.required]
    for candidates in (types, required):
        if len(candidates) == 1:
            return candidates[0].arn
    return "*"


@cache
def _template_pattern(template: str) -> re.Pattern:
    parts = re.split(r"\$\{[^}]*\}", template)
    return re.compile("[^:]*".join(re.escape(part) for part in parts).replace("/[^:]*", "/.*"))


@dataclass
class ResourceOutcome:
    """One action on one resource: the decision and what the detail fields need."""

    resource: str
    decision: Decision
    request: Request
    policies: PolicySet


def evaluation_result(
    action: str,
    outcomes: list[ResourceOutcome],
    sources: dict[str, PolicySource],
    *,
    resources_listed: bool,
) -> dict:
    per_resource = [_resource_result(outcome, sources) for outcome in outcomes]
    decision = min((r["EvalResourceDecision"] for r in per_resource), key=_RESTRICTIVENESS.get)
    result: dict = {
        "EvalActionName": action,
        "EvalResourceName": eval_resource_name(action, [o.resource for o in outcomes]),
        "EvalDecision": decision,
        "MatchedStatements": _unique(
            statement
            for r in per_resource
            if r["EvalResourceDecision"] == decision
            for statement in r["MatchedStatements"]
        ),
        "MissingContextValues": _unique(
            key for r in per_resource for key in r["MissingContextValues"]
        ),
    }
    first = outcomes[0]
    if first.policies.scps is not None:
        result["OrganizationsDecisionDetail"] = {
            "AllowedByOrganizations": all(_organizations_allow(o) for o in outcomes)
        }
    if first.policies.permissions_boundary is not None:
        result["PermissionsBoundaryDecisionDetail"] = {
            "AllowedByPermissionsBoundary": all(_boundary_allows(o) for o in outcomes)
        }
    details = [r["EvalDecisionDetails"] for r in per_resource if "EvalDecisionDetails" in r]
    if details:
        # "In the top-level result, this map reports the most restrictive decision per
        # policy type across all requested resources."
        merged: dict[str, str] = {}
        for detail in details:
            for kind, value in detail.items():
                merged[kind] = min(merged.get(kind, ALLOWED), value, key=_RESTRICTIVENESS.get)
        result["EvalDecisionDetails"] = merged
    if resources_listed:
        result["ResourceSpecificResults"] = per_resource
    return result


def _resource_result(outcome: ResourceOutcome, sources: dict[str, PolicySource]) -> dict:
    trace = outcome.decision.trace
    decision = outcome.decision.decision
    seen: dict[tuple[str, int], StatementTrace] = {}
    for step in trace.steps:
        for statement in step.statements:
            seen.setdefault((statement.policy, statement.index), statement)
    matched = []
    if decision != IMPLICIT_DENY:
        wanted = "Deny" if decision == EXPLICIT_DENY else "Allow"
        for statement in seen.values():
            source = sources.get(statement.policy)
            if (
                source is not None
                and source.kind in (IDENTITY, RESOURCE)
                and statement.applies
                and statement.effect == wanted
            ):
                matched.append(_matched_statement(source, statement.index))
    organizations_keys = {
        condition.key
        for statement in seen.values()
        if (source := sources.get(statement.policy)) and source.kind == ORGANIZATIONS
        for condition in statement.conditions
    }
    other_keys = {
        condition.key
        for statement in seen.values()
        if (source := sources.get(statement.policy)) and source.kind != ORGANIZATIONS
        for condition in statement.conditions
    }
    result: dict = {
        "EvalResourceName": outcome.resource,
        "EvalResourceDecision": decision,
        "MatchedStatements": matched,
        "MissingContextValues": [
            key
            for key in trace.missing_context_keys
            if key in other_keys or key not in organizations_keys
        ],
    }
    if trace.cross_account:
        result["EvalDecisionDetails"] = _cross_account_details(outcome)
    elif outcome.resource != "*":
        # "If the simulation evaluates policies within the same account and includes a
        # resource ARN, then the parameter is present but the response is empty."
        result["EvalDecisionDetails"] = {}
    if outcome.policies.permissions_boundary is not None:
        result["PermissionsBoundaryDecisionDetail"] = {
            "AllowedByPermissionsBoundary": _boundary_allows(outcome)
        }
    return result


def _matched_statement(source: PolicySource, index: int) -> dict:
    statement: dict = {"SourcePolicyId": source.policy_id}
    span = _positions(source.text).get(index)
    if span is not None:
        statement["StartPosition"], statement["EndPosition"] = span
    return statement


def _cross_account_details(outcome: ResourceOutcome) -> dict[str, str]:
    """How each side decides on its own: the caller's account (its identity-based policies,
    boundary and SCPs) and the resource's account (the resource-based policy).

    The API reference does not list the map's keys; these name the two policy types the
    cross-account evaluation page compares.
    https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    """
    request, policies = outcome.request, outcome.policies
    own_account = replace(request, resource_account=request.caller.account)
    identity_side = evaluate(own_account, replace(policies, resource=None)).decision
    resource_side = IMPLICIT_DENY
    if policies.resource is not None:
        resource_side = evaluate(
            request, PolicySet(identity=[_allow_everything_identity()], resource=policies.resource)
        ).decision
    return {"IAM Policy": identity_side, "Resource Policy": resource_side}


@cache
def _allow_everything_identity():
    return parse_policy(
        '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", '
        '"Resource": "*"}}',
        name="everything",
    )


def _boundary_allows(outcome: ResourceOutcome) -> bool:
    """ "true means that the permissions boundary does not deny the action": it has an
    Allow that matches and no Deny that does (PermissionsBoundaryDecisionDetail)."""
    boundary = outcome.policies.permissions_boundary
    return evaluate(outcome.request, PolicySet(identity=[boundary])).allowed


def _organizations_allow(outcome: ResourceOutcome) -> bool:
    """Whether the SCPs alone let the action through, every level allowing it."""
    scps = outcome.policies.scps
    return evaluate(
        outcome.request, PolicySet(identity=[_allow_everything_identity()], scps=scps)
    ).allowed


def _unique(items) -> list:
    found = []
    for item in items:
        if item not in found:
            found.append(item)
    return found


def simulate_policy_response(results: list[dict]) -> dict:
    """The response as the CLI prints it: the CLI pages through the operation itself and
    leaves the paging fields (IsTruncated, Marker) out."""
    return {"EvaluationResults": results}
