"""Checks in the manner of IAM Access Analyzer's policy validation.

AWS accepts everything reported here, but the flagged part either never matches anything,
grants more than intended, or repeats itself. Codes are Access Analyzer's issue codes
(https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html)
where it has one for the problem.
"""

from __future__ import annotations

import bisect
import difflib
import ipaddress
import re
from datetime import datetime
from functools import lru_cache

from iamlab.policy import catalog
from iamlab.policy.validation.findings import ANALYZER_ONLY, ERROR, SUGGESTION, WARNING, PolicyKind
from iamlab.policy.validation.globalkeys import global_key
from iamlab.policy.validation.jsonpos import Node
from iamlab.policy.validation.patterns import glob_matches, resource_fits
from iamlab.policy.validation.report import Report

# Operator family → the key types it compares meaningfully. "Null" only asks whether a
# key is present, so it suits every type.
_OPERATOR_TYPES = {
    "String": {"String", "ArrayOfString", "ARN", "ArrayOfARN"},
    "Numeric": {"Numeric", "ArrayOfNumeric"},
    "Date": {"Date", "ArrayOfDate"},
    "Bool": {"Bool", "ArrayOfBool"},
    "Binary": {"Binary", "ArrayOfBinary"},
    "IpAddress": {"IPAddress", "ArrayOfIPAddress"},
    "Arn": {"ARN", "ArrayOfARN"},
}
_OPERATORS = {
    "StringEquals": "String",
    "StringNotEquals": "String",
    "StringEqualsIgnoreCase": "String",
    "StringNotEqualsIgnoreCase": "String",
    "StringLike": "String",
    "StringNotLike": "String",
    "NumericEquals": "Numeric",
    "NumericNotEquals": "Numeric",
    "NumericLessThan": "Numeric",
    "NumericLessThanEquals": "Numeric",
    "NumericGreaterThan": "Numeric",
    "NumericGreaterThanEquals": "Numeric",
    "DateEquals": "Date",
    "DateNotEquals": "Date",
    "DateLessThan": "Date",
    "DateLessThanEquals": "Date",
    "DateGreaterThan": "Date",
    "DateGreaterThanEquals": "Date",
    "Bool": "Bool",
    "BinaryEquals": "Binary",
    "IpAddress": "IpAddress",
    "NotIpAddress": "IpAddress",
    "ArnEquals": "Arn",
    "ArnLike": "Arn",
    "ArnNotEquals": "Arn",
    "ArnNotLike": "Arn",
    "Null": "Null",
}
_OPERATORS_LOWER = {name.lower(): family for name, family in _OPERATORS.items()}
_SET_PREFIXES = ("ForAllValues:", "ForAnyValue:")


def run_checks(root: Node, statements: list[tuple[Node, tuple]], kind: PolicyKind, report):
    """Every Access Analyzer-style check."""
    _check_version(root, report)
    _check_variables_have_a_version(root, statements, report)
    for node, path in statements:
        _check_statement(node, path, kind, report)
    _check_redundant_statements(statements, report)


def _check_redundant_statements(statements: list[tuple[Node, tuple]], report: Report):
    """A statement adds nothing when an earlier one is identical (Sid aside), or when another
    unconditional statement of the same effect already covers all its actions and resources.

    The second test names the first statement in document order that covers it. Rather than
    compare every pair, statements are indexed by effect and by the literal text before the
    first wildcard of each action and resource: a pattern can only match a text that starts
    with that literal prefix, so the only candidates for covering a statement are those
    indexed under a prefix of one of its values (and only the value with fewest candidates
    need be looked up).
    """
    first_seen: dict[str, int] = {}
    simple = []  # (index, effect, actions, resources) of statements with only those elements
    for index, (node, _) in enumerate(statements):
        body = {m.key: m.value.to_python() for m in node.members if m.key != "Sid"}
        fingerprint = repr(sorted(body.items()))
        if fingerprint in first_seen:
            _report_redundant(statements, index, first_seen[fingerprint], "repeats", report)
            continue
        first_seen[fingerprint] = index
        if set(body) == {"Effect", "Action", "Resource"}:
            simple.append((index, body["Effect"], body["Action"], body["Resource"]))
    for index, other_index in _covered_statements(simple):
        _report_redundant(statements, index, other_index, "covered", report)


def _covered_statements(simple) -> list[tuple[int, int]]:
    """(index, covering index) for each statement of ``simple`` that another one covers.

    Same result as trying every other statement in order with ``_covers``.
    """
    groups = _EffectGroups()
    for index, effect, actions, resources in simple:
        actions, resources = _string_list(actions), _string_list(resources)
        if actions is None or resources is None:
            continue  # a value that is not a string covers nothing and is never covered
        groups.add(effect, _Entry(index, [a.lower() for a in actions], resources))
    found = []
    for index, effect, _, _ in simple:
        group = groups.get(effect)
        entry = group.entries.get(index) if group else None
        if entry is None:
            continue
        for other in group.candidates(entry):
            if other.index != index and _covers(other, entry):
                found.append((index, other.index))
                break
    return found


class _Entry:
    __slots__ = ("index", "actions", "resources")

    def __init__(self, index: int, actions: list[str], resources: list[str]):
        self.index, self.actions, self.resources = index, actions, resources


def _covers(wide: _Entry, narrow: _Entry) -> bool:
    # A wildcard in the wider pattern covers whatever the narrower one's wildcard matches,
    # so matching the narrower pattern as literal text is enough.
    return all(any(glob_matches(w, n) for w in wide.actions) for n in narrow.actions) and all(
        any(glob_matches(w, n) for w in wide.resources) for n in narrow.resources
    )


def _literal_prefix(pattern: str) -> str:
    """The text every string ``pattern`` matches starts with."""
    for position, character in enumerate(pattern):
        if character in "*?":
            return pattern[:position]
    return pattern


class _PrefixIndex:
    """Statement indexes by the literal prefix of each of their values."""

    def __init__(self):
        self.by_prefix: dict[str, list[int]] = {}
        self.lengths: list[int] = []  # the distinct prefix lengths, ascending

    def add(self, index: int, values: list[str]) -> None:
        for prefix in {_literal_prefix(v) for v in values}:
            if prefix not in self.by_prefix:
                self.by_prefix[prefix] = []
                if len(prefix) not in self.lengths:
                    bisect.insort(self.lengths, len(prefix))
            self.by_prefix[prefix].append(index)

    def buckets(self, text: str) -> list[list[int]]:
        """The lists of statements with a value whose literal prefix starts ``text``."""
        found = []
        for end in self.lengths:  # only the lengths some prefix has: few, in practice
            if end > len(text):
                break
            bucket = self.by_prefix.get(text[:end])
            if bucket:
                found.append(bucket)
        return found


class _Group:
    """The statements of one effect, indexed by action and by resource prefix."""

    def __init__(self):
        self.entries: dict[int, _Entry] = {}
        self.order: list[_Entry] = []
        self.actions = _PrefixIndex()
        self.resources = _PrefixIndex()

    def add(self, entry: _Entry) -> None:
        self.entries[entry.index] = entry
        self.order.append(entry)
        self.actions.add(entry.index, entry.actions)
        self.resources.add(entry.index, entry.resources)

    def candidates(self, narrow: _Entry):
        """The statements that might cover ``narrow``, in document order."""
        best = None
        for index, values in ((self.actions, narrow.actions), (self.resources, narrow.resources)):
            for value in values:
                buckets = index.buckets(value)
                if best is None or sum(map(len, buckets)) < sum(map(len, best)):
                    best = buckets
        if best is None:  # no action and no resource: every statement of the effect covers it
            return self.order
        return [self.entries[i] for i in sorted({i for bucket in best for i in bucket})]


class _EffectGroups:
    """Groups statements whose Effect values are equal (as ``==`` compares them)."""

    def __init__(self):
        self.hashable: dict = {}
        self.other: list[tuple[object, _Group]] = []

    def add(self, effect, entry: _Entry) -> None:
        group = self.get(effect)
        if group is None:
            group = _Group()
            try:
                self.hashable[effect] = group
            except TypeError:
                self.other.append((effect, group))
        group.add(entry)

    def get(self, effect) -> _Group | None:
        try:
            return self.hashable.get(effect)
        except TypeError:
            return next((group for value, group in self.other if value == effect), None)


def _string_list(value) -> list[str] | None:
    values = value if isinstance(value, list) else [value]
    return values if all(isinstance(v, str) for v in values) else None


def _report_redundant(statements, index: int, other_index: int, why: str, report: Report):
    other = _describe(statements[other_index][1])
    reason = (
        f"repeats statement {other} apart from its Sid"
        if why == "repeats"
        else f"is already covered by statement {other}, which allows or denies more"
    )
    node, path = statements[index]
    report.add(
        WARNING,
        "REDUNDANT_STATEMENT",
        f"This statement {reason}; remove it or merge the two.",
        node.offset,
        path,
    )


def _describe(path: tuple) -> str:
    return f"#{path[1] + 1}" if len(path) > 1 else "#1"


def _check_version(root: Node, report: Report):
    version = root.get("Version")
    if version is None:
        report.add(
            WARNING,
            "MISSING_VERSION",
            "The policy has no Version, so AWS reads it with "
            "the old 2008-10-17 rules: policy variables such as ${aws:username} stay "
            'literal text. Add "Version": "2012-10-17" as the first element.',
            root.offset,
            (),
        )
    elif version.value == "2008-10-17":
        report.add(
            WARNING,
            "OUTDATED_VERSION",
            'Version "2008-10-17" predates policy variables: '
            '${aws:username} and friends are read as literal text. Use "2012-10-17".',
            version.offset,
            ("Version",),
        )


_VARIABLE = re.compile(r"\$\{[^}]*\}")


def _check_variables_have_a_version(root: Node, statements, report: Report):
    """Access Analyzer's "Variable unsupported in version" error, at each value using one.

    Without "Version": "2012-10-17" AWS reads ${...} as literal text
    (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
    An invalid Version is refused by structure.py instead.
    """
    version = root.get("Version")
    if version is not None and version.value != "2008-10-17":
        return
    for node, path in statements:
        values = []
        for element in ("Resource", "NotResource"):
            values += _strings(node.get(element), path + (element,))
        condition = node.get("Condition")
        for operator in condition.members if condition and condition.kind == "object" else ():
            for key in operator.value.members if operator.value.kind == "object" else ():
                key_path = path + ("Condition", operator.key, key.key)
                values += [(v, o, key_path) for v, o, _ in _strings(key.value, key_path)]
        for text, offset, where in values:
            variable = _VARIABLE.search(text)
            if variable is None:
                continue
            report.add(
                ERROR,
                "VARIABLE_UNSUPPORTED_IN_VERSION",
                "Variable unsupported in version: To include variables in your policy, use "
                f"the policy version 2012-10-17 or later. {ANALYZER_ONLY}, and reads "
                f'{variable.group()} as literal text: add "Version": "2012-10-17".',
                offset,
                where,
                analyzer_only=True,
            )


def _strings(node: Node | None, path: tuple) -> list[tuple[str, int, tuple]]:
    if node is None:
        return []
    if node.kind == "string":
        return [(node.value, node.offset, path)]
    return [
        (item.value, item.offset, path + (i,))
        for i, item in enumerate(node.items)
        if item.kind == "string"
    ]


def _check_statement(node: Node, path: tuple, kind: PolicyKind, report: Report):
    effect = node.get("Effect")
    allow = effect is not None and effect.value == "Allow"
    actions = _strings(node.get("Action"), path + ("Action",))
    known = _check_actions(actions, report)
    _check_actions(_strings(node.get("NotAction"), path + ("NotAction",)), report)
    _check_redundant_actions(actions, report)
    if allow and node.get("NotAction") is not None:
        report.add(
            WARNING,
            "ALLOW_WITH_NOT_ACTION",
            "Allow with NotAction grants every action "
            "of every service except the ones listed, including services launched "
            "later. List the actions you mean to allow instead.",
            node.get("NotAction").offset,
            path + ("NotAction",),
        )
    if allow and node.get("NotResource") is not None:
        report.add(
            WARNING,
            "ALLOW_WITH_NOT_RESOURCE",
            "Allow with NotResource grants access to "
            "every resource except the ones listed. Name the resources you mean instead.",
            node.get("NotResource").offset,
            path + ("NotResource",),
        )
    resources = _strings(node.get("Resource"), path + ("Resource",))
    _check_resource_fit(known, resources, report)
    _check_pass_role(node, path, allow, actions, resources, report)
    _check_public_principal(node, path, kind, allow, report)
    _check_not_principal(node, path, kind, allow, report)
    _check_conditions(node.get("Condition"), path + ("Condition",), known, report)


def _check_actions(actions, report: Report) -> list[tuple[catalog.Action, int, tuple]]:
    """Report unknown services and actions; return the catalogue entries named exactly.

    Access Analyzer calls both errors ("Invalid service in action", "Invalid action"), though
    IAM stores the document: the entry simply matches nothing.
    """
    known = []
    for text, offset, path in actions:
        if text == "*" or ":" not in text:
            continue
        service, _, name = text.partition(":")
        if "*" in service or "?" in service:
            continue
        if not catalog.service_exists(service):
            close = difflib.get_close_matches(
                service.lower(), catalog.service_names(), n=1, cutoff=0.5
            )
            hint = f" Did you mean {close[0]}?" if close else ""
            _report_unknown(
                "INVALID_SERVICE_IN_ACTION",
                f"Invalid service in action: The service {service} specified in the action "
                f"does not exist.{hint}",
                offset,
                path,
                report,
            )
            continue
        service_actions = catalog.actions_of(service)
        if "*" in name or "?" in name:
            if not _wildcard_matches_an_action(service.lower(), name.lower()):
                service_name = catalog.service_names()[service.lower()]
                _report_unknown(
                    "INVALID_ACTION",
                    f"Invalid action: The action {text} does not exist: the pattern matches "
                    f"no action of {service_name}.",
                    offset,
                    path,
                    report,
                )
            continue
        action = service_actions.get(name.lower())
        if action is None:
            names = [a.name for a in service_actions.values()]
            close = difflib.get_close_matches(name, names, n=1)
            hint = f" Did you mean {service}:{close[0]}?" if close else ""
            _report_unknown(
                "INVALID_ACTION",
                f"Invalid action: The action {text} does not exist.{hint}",
                offset,
                path,
                report,
            )
            continue
        known.append((action, offset, path))
    return known


def _report_unknown(code: str, message: str, offset: int, path: tuple, report: Report):
    report.add(
        ERROR,
        code,
        f"{message} {ANALYZER_ONLY}: this entry matches no request "
        "(https://docs.aws.amazon.com/IAM/latest/UserGuide/"
        "access-analyzer-reference-policy-checks.html).",
        offset,
        path,
        analyzer_only=True,
    )


@lru_cache(maxsize=4096)
def _wildcard_matches_an_action(service: str, pattern: str) -> bool:
    return any(glob_matches(pattern, name) for name in catalog.actions_of(service))


def _check_redundant_actions(actions, report: Report):
    """Suggest removing an action that another one in the statement already covers: an
    earlier copy of it, or a wildcard pattern matching it (the first in order, either way).

    Only the wildcard patterns whose literal prefix starts the action can match it, so the
    patterns are indexed by that prefix (``_PrefixIndex``) and each action is compared with
    those alone: a statement of thousands of actions is checked in near-linear time.
    """
    lowered = [text.lower() for text, _, _ in actions]
    first: dict[str, int] = {}
    patterns = _PrefixIndex()
    for index, text in enumerate(lowered):
        if text not in first:
            first[text] = index
            if "*" in text or "?" in text:
                patterns.add(index, [text])
    for index, (text, offset, path) in enumerate(actions):
        own = lowered[index]
        covering = first[own] if first[own] < index else None
        candidates = sorted(i for bucket in patterns.buckets(own) for i in bucket)
        for other in candidates:
            if covering is not None and other > covering:
                break
            if lowered[other] != own and glob_matches(lowered[other], own):
                covering = other
                break
        if covering is not None:
            report.add(
                SUGGESTION,
                "REDUNDANT_ACTION",
                f'"{text}" is already covered by "{actions[covering][0]}" in the same statement.',
                offset,
                path,
            )


def _check_resource_fit(known, resources, report: Report):
    arns = [text for text, _, _ in resources if text != "*" and text.startswith("arn:")]
    if not arns or len(arns) != len(resources):
        return
    for action, offset, path in known:
        types = catalog.resource_types_for(action.full_name)
        if not types:
            report.add(
                WARNING,
                "UNSUPPORTED_RESOURCE_ARN_IN_POLICY",
                f"{action.full_name} does "
                'not support resource-level permissions: only "Resource": "*" lets it '
                "match.",
                offset,
                path,
            )
            continue
        if any(resource_fits(arn, t.arn) for arn in arns for t in types):
            continue
        expected = "; ".join(f"{t.name}: {t.arn}" for t in types[:3])
        report.add(
            WARNING,
            "UNSUPPORTED_RESOURCE_ARN_IN_POLICY",
            f"None of this statement's "
            f"resources is a kind {action.full_name} acts on, so the action never matches. "
            f"It expects {expected}.",
            offset,
            path,
        )


def _check_pass_role(node, path, allow, actions, resources, report):
    if not allow or not any(r[0] == "*" or r[0].endswith(":*") for r in resources):
        return
    condition = node.get("Condition")
    if condition is not None and "iam:passedtoservice" in repr(condition.to_python()).lower():
        return
    for text, offset, action_path in actions:
        lowered = text.lower()
        if not glob_matches(lowered, "iam:passrole"):
            continue
        wildcard = "*" in lowered or "?" in lowered
        code = (
            "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE"
            if wildcard
            else ("PASS_ROLE_WITH_STAR_IN_RESOURCE")
        )
        report.add(
            WARNING,
            code,
            "iam:PassRole on every role lets the holder hand any role — "
            "an administrator's too — to a service they control. Name the role ARNs, or "
            "add an iam:PassedToService condition.",
            offset,
            action_path,
        )


def _check_public_principal(node, path, kind, allow, report):
    if not allow or kind not in (PolicyKind.RESOURCE, PolicyKind.TRUST):
        return
    principal = node.get("Principal")
    if principal is None or node.get("Condition") is not None:
        return
    public = principal.kind == "string" and principal.value == "*"
    if principal.kind == "object":
        aws = principal.get("AWS")
        public = aws is not None and any(e.value == "*" for e in aws.strings())
    if public:
        report.add(
            WARNING,
            "PUBLIC_PRINCIPAL_WITHOUT_CONDITION",
            'Principal "*" without a '
            "Condition lets anyone, in any AWS account or none, use this access. Add a "
            "condition such as aws:PrincipalOrgID or aws:SourceAccount.",
            principal.offset,
            path + ("Principal",),
        )


def _check_not_principal(node, path, kind, allow, report):
    # Accepted in a resource-based policy (a trust policy refuses it: structure.py), but
    # Access Analyzer's "Allow with NotPrincipal" security warning.
    not_principal = node.member("NotPrincipal")
    if not allow or kind is not PolicyKind.RESOURCE or not_principal is None:
        return
    report.add(
        WARNING,
        "ALLOW_WITH_NOT_PRINCIPAL",
        "Allow with NotPrincipal: Using Allow with NotPrincipal can be overly permissive. "
        "We recommend that you use Principal instead. It grants everyone but the principals "
        "listed, anonymous users included. (A security warning of IAM Access Analyzer's "
        "policy check; AWS accepts the policy: "
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
        "reference_policies_elements_notprincipal.html.)",
        not_principal.key_offset,
        path + ("NotPrincipal",),
    )


def _check_conditions(condition: Node | None, path: tuple, known, report: Report):
    if condition is None or condition.kind != "object":
        return
    for operator in condition.members:
        family = _operator_family(operator.key)
        operator_path = path + (operator.key,)
        if family is None:
            _report_invalid_operator(operator, operator_path, report)
            continue
        if operator.value.kind != "object":
            continue
        for key in operator.value.members:
            key_path = operator_path + (key.key,)
            key_type = _check_key(key.key, key.key_offset, key_path, known, report)
            # A key AWS documents with two data types ("Date|Numeric") suits either family.
            key_types = key_type.split("|") if key_type else []
            if (
                key_types
                and family != "Null"
                and not any(t in _OPERATOR_TYPES[family] for t in key_types)
            ):
                families = " or ".join(dict.fromkeys(_suggest_family(t) for t in key_types))
                report.add(
                    WARNING,
                    "MISMATCHED_CONDITION_OPERATOR",
                    f"{key.key} holds a "
                    f"{' or '.join(key_types)} value, but {operator.key} compares it as "
                    f"{family}. Use a {families} operator.",
                    operator.key_offset,
                    key_path,
                )
            single_valued = not any(t.startswith("ArrayOf") for t in key_types)
            if key_types and single_valued and _is_set_operator(operator.key):
                report.add(
                    WARNING,
                    "SET_OPERATOR_ON_SINGLE_VALUED_KEY",
                    f"{key.key} holds a single value; ForAllValues:/ForAnyValue: are for keys "
                    "holding several (such as aws:TagKeys). With ForAllValues, a request "
                    "without the key matches too. Drop the prefix (https://docs.aws.amazon.com/"
                    "IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-"
                    "context-keys.html).",
                    operator.key_offset,
                    key_path,
                )
            _check_values(family, operator.key, key.value, key_path, report)


def _report_invalid_operator(operator, operator_path: tuple, report: Report):
    report.add(
        ERROR,
        "INVALID_CONDITION_OPERATOR",
        f"MalformedPolicyDocument: Invalid Condition type : {operator.key} — operators "
        "include StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, "
        "Bool, IpAddress and Null, optionally with IfExists or a ForAllValues:/"
        "ForAnyValue: prefix.",
        operator.key_offset,
        operator_path,
    )


def _is_set_operator(operator: str) -> bool:
    return operator.lower().startswith(tuple(p.lower() for p in _SET_PREFIXES))


def _operator_family(operator: str) -> str | None:
    # Read without regard to case, as the evaluation engine reads operators.
    operator = operator.lower()
    for prefix in _SET_PREFIXES:
        if operator.startswith(prefix.lower()):
            operator = operator[len(prefix) :]
    if operator.endswith("ifexists") and operator != "null":
        operator = operator[: -len("IfExists")]
    return _OPERATORS_LOWER.get(operator)


def _suggest_family(key_type: str) -> str:
    for family, types in _OPERATOR_TYPES.items():
        if key_type in types:
            return family
    return "String"


def _check_key(key: str, offset: int, path: tuple, known, report: Report) -> str | None:
    """Warn about unknown or inapplicable keys; return the key's type when it is known."""
    prefix, colon, _ = key.partition(":")
    if not colon:
        return None
    if prefix.lower() == "aws":
        entry = global_key(key) or _service_key("aws", key, known)
        if entry is None:
            report.add(
                WARNING,
                "INVALID_GLOBAL_CONDITION_KEY",
                f"{key} is not an AWS global condition key, so it is never present in a request.",
                offset,
                path,
            )
            return None
        return entry[1]
    if prefix.lower() in _federation_prefixes() or not catalog.service_exists(prefix):
        return None
    entry = _lookup_service_key(prefix, key)
    if entry is None:
        report.add(
            WARNING,
            "INVALID_SERVICE_CONDITION_KEY",
            f"{key} is not a condition key of {catalog.service_names()[prefix.lower()]}.",
            offset,
            path,
        )
        return None
    same_service = [a for a, _, _ in known if a.service == prefix.lower()]
    if same_service and not any(_key_listed(key, a.condition_keys) for a in same_service):
        names = ", ".join(a.full_name for a in same_service[:3])
        report.add(
            WARNING,
            "CONDITION_KEY_NOT_SUPPORTED",
            f"{key} is never set for {names}, so "
            "this condition cannot match (AWS lists the keys each action supports in "
            "the Service Authorization Reference).",
            offset,
            path,
        )
    return entry.type


def _service_key(service: str, key: str, known):
    entry = _lookup_service_key(service, key)
    return (entry.name, entry.type) if entry else None


def _lookup_service_key(service: str, key: str) -> catalog.ConditionKey | None:
    keys = catalog.condition_keys_of(service)
    patterns = catalog.key_patterns_of(service)
    lowered = key.lower()
    if lowered in keys:
        return keys[lowered]
    for name, entry in keys.items():
        stem = re.split(r"[/<$]", name, maxsplit=1)[0]
        if stem == name or not lowered.startswith(stem) or len(lowered) <= len(stem):
            continue
        # A key with a variable in its middle (codebuild:…/${id}.location) must match in full:
        # the prefix alone would accept made-up keys such as codebuild:…/x.bogus.
        pattern = patterns.get(name)
        if pattern is None or pattern.fullmatch(lowered):
            return entry
    return None


def _key_listed(key: str, listed: tuple[str, ...]) -> bool:
    lowered = key.lower()
    for name in listed:
        name = name.lower()
        stem = re.split(r"[/<$]", name, maxsplit=1)[0]
        if name == lowered or (stem != name and lowered.startswith(stem)):
            return True
    return False


def _federation_prefixes() -> frozenset[str]:
    return catalog.unassociated_condition_prefixes()


def _check_values(family: str, operator: str, value: Node, path: tuple, report: Report):
    values = value.items if value.kind == "array" else [value]
    for entry in values:
        if entry.kind not in ("string", "number", "bool"):
            continue
        text = entry.value
        if _value_fits(family, text):
            continue
        report.add(
            WARNING,
            "DATA_TYPE_MISMATCH",
            f"{text!r} is not a valid value for {operator}: {_VALUE_HINTS[family]}",
            entry.offset,
            path,
        )


_VALUE_HINTS = {
    "Numeric": "use a number such as 10.",
    "Date": "use an ISO 8601 date such as 2026-01-31T12:00:00Z or an epoch time in seconds.",
    "Bool": 'use "true" or "false".',
    "Null": 'use "true" (the key is absent) or "false" (the key is present).',
    "IpAddress": "use an IP address or CIDR block such as 203.0.113.0/24.",
}


def _value_fits(family: str, value) -> bool:
    if family not in _VALUE_HINTS or isinstance(value, str) and "${" in value:
        return True
    text = str(value).lower() if isinstance(value, bool) else str(value)
    if family in ("Bool", "Null"):
        return text in ("true", "false")
    if family == "Numeric":
        return re.fullmatch(r"-?\d+(\.\d+)?", text) is not None
    if family == "IpAddress":
        try:
            ipaddress.ip_network(text, strict=False)
        except ValueError:
            return False
        return True
    if re.fullmatch(r"\d+", text):
        return True
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
