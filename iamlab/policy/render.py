"""A plain-text rendering of a decision's trace, for the command line."""

from __future__ import annotations

from .trace import Decision, StatementTrace

_MARK = {True: "yes", False: "no", None: "-"}


def render_trace(decision: Decision) -> str:
    trace = decision.trace
    lines = [
        f"Decision: {decision.decision}",
        f"Request: {trace.principal} -> {trace.action} on {trace.resource}",
    ]
    if trace.cross_account:
        lines.append(
            f"Cross-account: principal in {trace.principal_account}, "
            f"resource in {trace.resource_account}; both sides must allow"
        )
    for number, step in enumerate(trace.steps, start=1):
        marker = "  <== decides" if step.deciding else ""
        lines.append(f"{number}. {step.title}: {step.outcome.value}{marker}")
        lines.append(f"   {step.summary}")
        for statement in step.statements:
            lines.extend("      " + line for line in _statement_lines(statement))
    if trace.missing_context_keys:
        lines.append(
            "Context keys the policies asked for but the request lacks: "
            + ", ".join(trace.missing_context_keys)
        )
    return "\n".join(lines)


def _statement_lines(statement: StatementTrace) -> list[str]:
    verdict = "applies" if statement.applies else f"does not apply: {statement.why_not}"
    lines = [f"{statement.label}: {verdict}"]
    if statement.action_matched:
        lines.append(
            f"  action {_MARK[statement.action_matched]}, resource "
            f"{_MARK[statement.resource_matched]}, principal {_MARK[statement.principal_matched]}"
        )
    for condition in statement.conditions:
        lines.append(f"  condition {'met' if condition.matched else 'not met'}: {condition.reason}")
    return lines
