"""Reading a policy document into a Policy that is compiled once and matched many times.

Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
Only what makes a document unreadable is refused here; the checks AWS applies per kind
of policy (a Principal in an identity policy, size limits, ...) belong to validation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .caching import memoized
from .conditions import Condition, parse_conditions
from .errors import MalformedPolicyDocument
from .principals import PrincipalSpec, parse_principal
from .variables import Template, parse_template
from .wildcard import compile_glob, compile_resource_glob, has_wildcard, unescape

VERSIONS = ("2012-10-17", "2008-10-17")
VARIABLES_VERSION = "2012-10-17"
SYNTAX_ERROR = "Syntax errors in policy."
ACTIONS_REQUIRED = "Policy statement must contain actions."
RESOURCES_REQUIRED = "Policy statement must contain resources."
# An empty list names nothing: AWS refuses it with the words it uses for a missing element
# (an empty "NotAction" would otherwise leave a statement with no action test at all).
EMPTY_LIST_REFUSALS = {
    "Action": ACTIONS_REQUIRED,
    "NotAction": ACTIONS_REQUIRED,
    "Resource": RESOURCES_REQUIRED,
    "NotResource": RESOURCES_REQUIRED,
}
# arn:partition:service:region:account:resource — the region and account may be empty,
# but every field must be there. IAM refuses a value that is neither "*" nor such an ARN
# when the policy is saved, and Access Analyzer's "Missing ARN field" check reports the
# short ones: "Resource ARNs must include at least 6 fields in the following structure:
# arn:partition:service:region:account:resource"
# (https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html).
ARN_FIELDS = 6
TOP_LEVEL_FIELDS = ("Version", "Id", "Statement")
STATEMENT_FIELDS = frozenset(
    {
        "Sid",
        "Effect",
        "Principal",
        "NotPrincipal",
        "Action",
        "NotAction",
        "Resource",
        "NotResource",
        "Condition",
    }
)


class ActionSet:
    """Action patterns, matched without regard to case."""

    __slots__ = ("patterns", "_exact", "_globs", "_everything")

    def __init__(self, patterns: tuple[str, ...]):
        self.patterns = patterns
        lowered = [pattern.lower() for pattern in patterns]
        self._everything = "*" in lowered
        self._exact = frozenset(p for p in lowered if not has_wildcard(p))
        self._globs = tuple(compile_glob(p) for p in lowered if has_wildcard(p))

    def matches(self, action_lower: str) -> bool:
        if self._everything or action_lower in self._exact:
            return True
        return any(glob(action_lower) for glob in self._globs)


class ResourceSet:
    """Resource patterns, case-sensitive, possibly holding policy variables."""

    __slots__ = ("patterns", "_exact", "_globs", "_templates", "_everything")

    def __init__(self, patterns: tuple[str, ...], variables: bool):
        self.patterns = patterns
        self._everything = "*" in patterns
        exact, globs, templates = set(), [], []
        for pattern in patterns:
            parsed = parse_template(pattern) if variables else pattern
            if isinstance(parsed, Template):
                templates.append(parsed)
            elif has_wildcard(parsed):
                globs.append(compile_resource_glob(parsed))
            else:
                exact.add(unescape(parsed))
        self._exact = frozenset(exact)
        self._globs = tuple(globs)
        self._templates = tuple(templates)

    @property
    def variable_keys(self) -> tuple[str, ...]:
        return tuple(key for template in self._templates for key in template.keys)

    def matches(self, resource: str, context: Mapping[str, Any]) -> bool:
        if self._everything or resource in self._exact:
            return True
        if any(glob(resource) for glob in self._globs):
            return True
        for template in self._templates:
            rendered = template.render(context)
            # "the resource that includes a policy variable with no value will not match any
            # resource"
            if rendered is not None and compile_resource_glob(rendered)(resource):
                return True
        return False


@dataclass(slots=True, eq=False)  # not frozen: frozen dataclasses are slow to build
class Statement:
    index: int
    sid: str | None
    effect: str  # "Allow" | "Deny"
    principal: PrincipalSpec | None
    not_principal: PrincipalSpec | None
    action: ActionSet | None
    not_action: ActionSet | None
    resource: ResourceSet | None
    not_resource: ResourceSet | None
    conditions: tuple[Condition, ...]

    @property
    def label(self) -> str:
        return f"statement {self.index + 1}" + (f' ("{self.sid}")' if self.sid else "")

    def matches_action(self, action_lower: str) -> bool:
        if self.action is not None:
            return self.action.matches(action_lower)
        return not self.not_action.matches(action_lower)

    def matches_resource(self, resource: str, context: Mapping[str, Any]) -> bool:
        if self.resource is not None:
            return self.resource.matches(resource, context)
        if self.not_resource is not None:
            return not self.not_resource.matches(resource, context)
        # No Resource element: a resource policy's statement applies to its own resource.
        return True


ACTION_CACHE_SIZE = 512


@dataclass(slots=True, eq=False)
class Policy:
    """A parsed policy; ``name`` labels it in traces ("inline policy dev on user alice")."""

    name: str
    version: str | None
    id: str | None
    statements: tuple[Statement, ...]
    document: dict
    _by_action: dict = field(default_factory=dict, repr=False)

    def statements_for(self, action_lower: str) -> tuple[Statement, ...]:
        """The statements whose Action/NotAction matches, remembered per action."""
        found = self._by_action.get(action_lower)
        if found is None:
            found = tuple(s for s in self.statements if s.matches_action(action_lower))
            if len(self._by_action) >= ACTION_CACHE_SIZE:
                self._by_action.clear()
            self._by_action[action_lower] = found
        return found

    @property
    def has_principals(self) -> bool:
        return any(s.principal or s.not_principal for s in self.statements)


def parse_policy(document: str | dict, *, name: str = "") -> Policy:
    """Parse and compile a policy document.

    Raises MalformedPolicyDocument(message, path) for a document AWS cannot read.
    """
    if isinstance(document, (str, bytes, bytearray)):
        try:
            document = json.loads(document)
        except (ValueError, RecursionError) as error:
            raise MalformedPolicyDocument(SYNTAX_ERROR) from error
    if not isinstance(document, dict):
        raise MalformedPolicyDocument(SYNTAX_ERROR)
    for key in document:
        if key not in TOP_LEVEL_FIELDS:
            raise MalformedPolicyDocument(SYNTAX_ERROR, (key,))
    version = document.get("Version")
    if version is not None and version not in VERSIONS:
        raise MalformedPolicyDocument("The policy failed legacy parsing", ("Version",))
    policy_id = document.get("Id")
    if policy_id is not None and not isinstance(policy_id, str):
        raise MalformedPolicyDocument(SYNTAX_ERROR, ("Id",))
    if "Statement" not in document:
        raise MalformedPolicyDocument(SYNTAX_ERROR, ())
    raw = document["Statement"]
    listed = isinstance(raw, list)
    items = raw if listed else [raw]
    variables = version == VARIABLES_VERSION
    statements = tuple(
        _statement(item, index, ("Statement", index) if listed else ("Statement",), variables)
        for index, item in enumerate(items)
    )
    _check_unique_sids(statements, listed)
    return Policy(name, version, policy_id, statements, document)


def _statement(item: Any, index: int, path: tuple, variables: bool) -> Statement:
    if not isinstance(item, dict):
        raise MalformedPolicyDocument(SYNTAX_ERROR, path)
    if not STATEMENT_FIELDS.issuperset(item):
        unknown = next(key for key in item if key not in STATEMENT_FIELDS)
        raise MalformedPolicyDocument(SYNTAX_ERROR, path + (unknown,))
    sid = item.get("Sid")
    if sid is not None and not isinstance(sid, str):
        raise MalformedPolicyDocument(SYNTAX_ERROR, path + ("Sid",))
    effect = item.get("Effect")
    if effect not in ("Allow", "Deny"):
        raise MalformedPolicyDocument(SYNTAX_ERROR, path + ("Effect",))
    _one_of(item, "Principal", "NotPrincipal", path, required=False)
    _one_of(item, "Action", "NotAction", path, required=True)
    _one_of(item, "Resource", "NotResource", path, required=False)
    principal = not_principal = None
    if "Principal" in item:
        principal = parse_principal(item["Principal"], path + ("Principal",))
    if "NotPrincipal" in item:
        not_principal = parse_principal(item["NotPrincipal"], path + ("NotPrincipal",))
    conditions: tuple[Condition, ...] = ()
    if "Condition" in item:
        conditions = parse_conditions(item["Condition"], path + ("Condition",), variables)
    return Statement(
        index=index,
        sid=sid,
        effect=effect,
        principal=principal,
        not_principal=not_principal,
        action=_actions(item, "Action", path),
        not_action=_actions(item, "NotAction", path),
        resource=_resources(item, "Resource", path, variables),
        not_resource=_resources(item, "NotResource", path, variables),
        conditions=conditions,
    )


def _one_of(item: dict, positive: str, negative: str, path: tuple, required: bool) -> None:
    if positive in item and negative in item:
        raise MalformedPolicyDocument(SYNTAX_ERROR, path + (negative,))
    if required and positive not in item and negative not in item:
        raise MalformedPolicyDocument(ACTIONS_REQUIRED, path)


def _strings(item: dict, field: str, path: tuple) -> tuple[str, ...] | None:
    """The element's values, None when it is absent; an empty list is refused, as AWS does."""
    if field not in item:
        return None
    raw = item[field]  # null is no string nor list: a syntax error below
    if isinstance(raw, str):
        return (raw,)
    if not isinstance(raw, list) or not all(isinstance(value, str) for value in raw):
        raise MalformedPolicyDocument(SYNTAX_ERROR, path + (field,))
    if not raw:
        raise MalformedPolicyDocument(EMPTY_LIST_REFUSALS[field], path + (field,))
    return tuple(raw)


def _actions(item: dict, field: str, path: tuple) -> ActionSet | None:
    values = _strings(item, field, path)
    if values is None:
        return None
    for position, value in enumerate(values):
        if value != "*" and ":" not in value:
            raise MalformedPolicyDocument(
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
                path + (field, position) if isinstance(item[field], list) else path + (field,),
            )
    return _action_set(values)


def resource_refusal(value: str) -> str | None:
    """IAM's words refusing ``value`` in Resource or NotResource, or None when it is accepted.

    A value is "*" or an ARN with all six fields ("arn:aws:s3:b" has four). IAM's message
    is the one it gives for any value not in ARN format.
    """
    if value == "*" or (value.startswith("arn:") and value.count(":") >= ARN_FIELDS - 1):
        return None
    return f'Resource {value} must be in ARN format or "*".'


def _resources(item: dict, field: str, path: tuple, variables: bool) -> ResourceSet | None:
    values = _strings(item, field, path)
    if values is None:
        return None
    for position, value in enumerate(values):
        refusal = resource_refusal(value)
        if refusal:
            listed = isinstance(item[field], list)
            raise MalformedPolicyDocument(
                refusal, path + ((field, position) if listed else (field,))
            )
    return _resource_set(values, variables)


# Compiled matchers are shared by every policy that lists the same patterns.
_action_set = memoized(ActionSet, maxsize=16384)
_resource_set = memoized(ResourceSet, maxsize=16384)


def _check_unique_sids(statements: tuple[Statement, ...], listed: bool) -> None:
    seen: set[str] = set()
    for statement in statements:
        if statement.sid:
            if statement.sid in seen:
                raise MalformedPolicyDocument(
                    "Statement IDs (SID) in a single policy must be unique.",
                    ("Statement", statement.index, "Sid") if listed else ("Statement", "Sid"),
                )
            seen.add(statement.sid)
