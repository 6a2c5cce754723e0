"""The batch format (../shared/spec/evaluation-cases.md): one case -> Request + PolicySet."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from .caching import CACHING
from .document import Policy, parse_policy
from .errors import MalformedPolicyDocument
from .evaluate import PolicySet, evaluate
from .request import Request
from .trace import Decision
from .validation.findings import PolicyKind
from .validation.sizes import LIMITS

# AWS's words when a policy kind gets an element it must not have, or lacks one it needs.
NO_PRINCIPAL_ALLOWED = "Policy document should not specify a principal."
PRINCIPAL_REQUIRED = "Missing required field Principal"
RESOURCE_REQUIRED = "Policy statement must contain resources."


def evaluate_case(case: dict) -> Decision:
    """Decide one case; raises MalformedPolicyDocument for a policy AWS would reject."""
    return evaluate(request_from_case(case), policy_set_from_case(case))


def request_from_case(case: dict) -> Request:
    for field in ("principal", "action", "resource"):
        if not isinstance(case.get(field), str):
            raise MalformedPolicyDocument(f"The case has no {field}.", (field,))
    context = case.get("context") or {}
    if not isinstance(context, dict):
        raise MalformedPolicyDocument("The case's context must be an object.", ("context",))
    return Request(
        principal=case["principal"],
        action=case["action"],
        resource=case["resource"],
        context=context,
        resource_account=str(case["resourceAccount"]) if case.get("resourceAccount") else None,
    )


def policy_set_from_case(case: dict) -> PolicySet:
    def one(field: str, position=None, level=None) -> Policy:
        path = tuple(p for p in (field, level, position) if p is not None)
        document = case[field]
        if level is not None:
            document = document[level]
        if position is not None:
            document = document[position]
        try:
            policy = _parse_once(document, _label(field, position, level))
        except MalformedPolicyDocument as error:
            raise MalformedPolicyDocument(error.message, path + error.path) from error
        _check_kind(policy, field, path)
        return policy

    def many(field: str) -> list[Policy]:
        return [one(field, position) for position in range(len(_list(case, field)))]

    def levels(field: str) -> list[list[Policy]] | None:
        if case.get(field) is None:
            return None
        return [
            [one(field, position, level) for position in range(len(_list_at(case, field, level)))]
            for level in range(len(_list(case, field)))
        ]

    return PolicySet(
        identity=many("identityPolicies"),
        permissions_boundary=one("permissionsBoundary")
        if case.get("permissionsBoundary")
        else None,
        # An empty list, like an absent one, means no session policy was passed.
        session=many("sessionPolicies") if case.get("sessionPolicies") else None,
        resource=one("resourcePolicy") if case.get("resourcePolicy") else None,
        scps=levels("serviceControlPolicies"),
        rcps=levels("resourceControlPolicies"),
    )


# A batch repeats the same documents across many cases (one bucket policy, one SCP
# per level...): each is parsed and compiled once, keyed by its exact JSON text.
# Cases can share a Policy: nothing changes one after parsing but its own
# per-action memo. Bounded, for endless input.
_PARSED_LIMIT = 4096
_parsed: dict[tuple[str, str], Policy] = {}


def _parse_once(document, name: str) -> Policy:
    text = document if isinstance(document, str) else json.dumps(document, separators=(",", ":"))
    if not CACHING:
        return _parse_within_size(document, text, name)
    key = (text, name)
    policy = _parsed.get(key)
    if policy is None:
        policy = _parse_within_size(document, text, name)
        if len(_parsed) >= _PARSED_LIMIT:
            _parsed.clear()
        _parsed[key] = policy
    return policy


def _list(case: dict, field: str) -> list:
    value = case.get(field)
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedPolicyDocument(f"The case's {field} must be a list.", (field,))
    return value


def _list_at(case: dict, field: str, level: int) -> list:
    value = case[field][level]
    if not isinstance(value, list):
        raise MalformedPolicyDocument(
            f"The case's {field} must be a list of lists.", (field, level)
        )
    return value


_LABELS = {
    "identityPolicies": "identity policy",
    "permissionsBoundary": "permissions boundary",
    "sessionPolicies": "session policy",
    "resourcePolicy": "resource-based policy",
    "serviceControlPolicies": "SCP",
    "resourceControlPolicies": "RCP",
}


def _label(field: str, position, level) -> str:
    label = _LABELS[field]
    if level is not None:
        label += f" {position + 1} at level {level + 1}"
    elif position is not None:
        label += f" {position + 1}"
    return label


def _check_kind(policy: Policy, field: str, path: tuple) -> None:
    """The element rules AWS applies to each kind of policy when it is stored."""
    statement_path = path + ("Statement",)
    for statement in policy.statements:
        at = statement_path + (statement.index,)
        named = statement.principal is not None or statement.not_principal is not None
        if field in ("resourcePolicy", "resourceControlPolicies"):
            if not named:
                raise MalformedPolicyDocument(PRINCIPAL_REQUIRED, at)
            continue
        if named:
            raise MalformedPolicyDocument(NO_PRINCIPAL_ALLOWED, at)
        if statement.resource is None and statement.not_resource is None:
            raise MalformedPolicyDocument(RESOURCE_REQUIRED, at)


# The most policy text one case can carry under AWS's quotas
# (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html and
# https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html;
# the sizes themselves: validation/sizes.py), in characters:
_MANAGED = LIMITS[PolicyKind.MANAGED]
LARGEST_POLICIES = {
    # A user in 10 groups (the most IAM allows): the user and each group with 20 managed
    # policies (the most after a quota increase) and their inline policies.
    "identityPolicies": 11 * 20 * _MANAGED
    + 10 * LIMITS[PolicyKind.GROUP_INLINE]
    + LIMITS[PolicyKind.USER_INLINE],
    "permissionsBoundary": _MANAGED,
    # The inline session policy and up to 10 managed session policies.
    "sessionPolicies": LIMITS[PolicyKind.SESSION] + 10 * _MANAGED,
    # A KMS key policy (32 KB), the largest resource-based policy of the sandbox's kinds.
    "resourcePolicy": 32 * 1024,
    # Up to 5 policies on each of 7 levels: the root, 5 levels of OUs, the account.
    "serviceControlPolicies": 7 * 5 * LIMITS[PolicyKind.SCP],
    "resourceControlPolicies": 7 * 5 * LIMITS[PolicyKind.RCP],
}
# No single policy AWS stores is larger than a KMS key policy, white space not counted: a
# document over it is refused before it is parsed, so no pattern the engine matches is longer.
LARGEST_DOCUMENT = LARGEST_POLICIES["resourcePolicy"]
DOCUMENT_TOO_LARGE = (
    f"The policy has more than {LARGEST_DOCUMENT:,} characters without white space, more "
    "than any kind of policy AWS stores (a KMS key policy, the largest, holds 32 KB)."
)


_WHITE_SPACE = re.compile(r"\s+")


def _parse_within_size(document, text: str, name: str) -> Policy:
    if len(text) > LARGEST_DOCUMENT and len(_WHITE_SPACE.sub("", text)) > LARGEST_DOCUMENT:
        raise MalformedPolicyDocument(DOCUMENT_TOO_LARGE)
    return parse_policy(document, name=name)


# A line may hold as much again in white space, quoting and the request's own fields.
# Anything longer is refused before it is parsed: about 3.7 MB.
LINE_LIMIT = 2 * sum(LARGEST_POLICIES.values())


def line_too_long(line: str) -> str | None:
    """Why the batch refuses ``line`` unread, or None."""
    if len(line) <= LINE_LIMIT:
        return None
    return (
        f"The line has {len(line):,} characters; a case holds at most {LINE_LIMIT:,} "
        "(the largest policies AWS lets one request carry, with as much again for white "
        "space), so it was not read."
    )


def run_cases(lines: Iterable[str]) -> Iterator[dict]:
    """Answer each JSON line as the batch command prints it; a bad line gets an error."""
    for number, line in enumerate(lines, start=1):
        case_id = f"line {number}"
        too_long = line_too_long(line)
        if too_long:
            yield {"id": case_id, "error": too_long}
            continue
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            if not isinstance(case, dict):
                raise MalformedPolicyDocument("Syntax errors in policy.")
            case_id = case.get("id", case_id)
            yield {"id": case_id, "decision": evaluate_case(case).decision}
        except MalformedPolicyDocument as error:
            yield {"id": case_id, "error": str(error)}
        except (
            ValueError,
            TypeError,
            KeyError,
            IndexError,
            AttributeError,
            RecursionError,
        ) as error:
            yield {"id": case_id, "error": f"The case cannot be read: {error}"}
