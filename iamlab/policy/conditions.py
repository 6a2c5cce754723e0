"""The Condition element: every operator family, ``...IfExists``, set operators and Null.

Rules, from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
and .../reference_policies_condition-single-vs-multi-valued-context-keys.html:

- several values for one key are ORed (for a negated operator: the request value must
  match none of them); several keys, and several operators, are ANDed;
- a key absent from the request makes the condition false, except for negated operators
  ("If the policy condition requires that the key is not matched, such as StringNotLike
  or ArnNotLike, and the right key is not present, the condition is true"), for
  ``...IfExists`` (true when absent) and ``Null``;
- ``ForAllValues:`` is true when every request value matches, and when the key is absent
  or empty; ``ForAnyValue:`` needs at least one matching request value, so it is false
  for an absent key.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .arn import compile_arn_like
from .caching import memoized
from .errors import MalformedPolicyDocument
from .variables import Template, parse_template
from .wildcard import compile_glob, unescape

# One comparison of a request value with one (already substituted) policy value.
Compare = Callable[[str, str], bool]


def _string_equals(request: str, policy: str) -> bool:
    return request == unescape(policy)


def _string_equals_ignore_case(request: str, policy: str) -> bool:
    return request.lower() == unescape(policy).lower()


def _string_like(request: str, policy: str) -> bool:
    return compile_glob(policy)(request)


def _arn_like(request: str, policy: str) -> bool:
    return compile_arn_like(policy)(request)


def _bool_equals(request: str, policy: str) -> bool:
    # ``policy`` may hold a substituted variable, escaped as pattern text: unescape it.
    policy = unescape(policy)
    return request.lower() == policy.lower() and request.lower() in ("true", "false")


# "Numeric condition operators let you construct Condition elements that restrict access
# based on comparing a key to an integer or decimal value."
# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
# So a number is ASCII digits with an optional sign and decimal point. Python's float()
# also reads "1_000", "nan", "inf", "infinity" and non-ASCII digits: none of them is an
# integer or decimal value, so none is a number here (the condition does not match, as
# for any other non-number). Exponent notation ("1e3") and surrounding whitespace are
# not documented either way: they keep the behaviour float() gave them before (accepted).
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def _number(text: str) -> float | None:
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


_number = memoized(_number, maxsize=4096)


# "You must specify date/time values with one of the W3C implementations of the ISO 8601
# date formats or in epoch (UNIX) time."
# https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
# The W3C profile (https://www.w3.org/TR/NOTE-datetime): YYYY, YYYY-MM, YYYY-MM-DD,
# YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD, YYYY-MM-DDThh:mm:ss.sTZD, with TZD "Z"
# or +hh:mm/-hh:mm. A reduced form means the start of its period, in UTC.
_W3C_DATE = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-(?P<month>[0-9]{2})"
    r"(?:-(?P<day>[0-9]{2})"
    r"(?:T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]+))?)?"
    r"(?P<tzd>[Zz]|[+-][0-9]{2}:[0-9]{2})?"
    r")?)?)?"
)


def _w3c_instant(text: str) -> float | None:
    match = _W3C_DATE.fullmatch(text)
    if match is None:
        return None
    part = match.groupdict()
    try:
        moment = datetime(
            int(part["year"]),
            int(part["month"] or 1),
            int(part["day"] or 1),
            int(part["hour"] or 0),
            int(part["minute"] or 0),
            int(part["second"] or 0),
            tzinfo=timezone.utc,
        )
    except ValueError:  # month 13, February 30, hour 25, ...
        return None
    seconds = moment.timestamp()
    if part["fraction"]:
        seconds += float("0." + part["fraction"])
    tzd = part["tzd"]
    if tzd and tzd not in "Zz":
        hours, minutes = int(tzd[1:3]), int(tzd[4:6])
        if hours > 23 or minutes > 59:
            return None
        offset = hours * 3600 + minutes * 60
        seconds -= offset if tzd[0] == "+" else -offset
    return seconds


def _instant(text: str) -> float | None:
    """Seconds since the epoch for a W3C ISO 8601 date or epoch seconds, else None.

    Four digits alone are the W3C year form (YYYY), not epoch seconds: "2024" is the start
    of 2024. Other numbers are epoch seconds, as before. Text in another ISO 8601 form that
    Python reads (no time zone, a space for "T", basic format) is still accepted, as before,
    a missing time zone meaning UTC.
    """
    text = text.strip()
    instant = _w3c_instant(text)
    if instant is not None:
        return instant
    number = _number(text)
    if number is not None:
        return number
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.timestamp()


_instant = memoized(_instant, maxsize=4096)


def _network(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        return None


_network = memoized(_network, maxsize=4096)


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


_address = memoized(_address, maxsize=4096)


def _in_network(request: str, policy: str) -> bool:
    address, network = _address(request), _network(policy)
    return (
        address is not None
        and network is not None
        and address.version == network.version
        and address in network
    )


def _decoded(text: str) -> bytes | None:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


_decoded = memoized(_decoded, maxsize=4096)


def _binary_equals(request: str, policy: str) -> bool:
    left, right = _decoded(request), _decoded(policy)
    if left is None or right is None:
        return request == policy
    return left == right


def _ordered(convert: Callable[[str], float | None], test: Callable[[float, float], bool]):
    def compare(request: str, policy: str) -> bool:
        left, right = convert(request), convert(policy)
        return left is not None and right is not None and test(left, right)

    return compare


def _family_of(convert):
    return {
        "Equals": _ordered(convert, lambda a, b: a == b),
        "LessThan": _ordered(convert, lambda a, b: a < b),
        "LessThanEquals": _ordered(convert, lambda a, b: a <= b),
        "GreaterThan": _ordered(convert, lambda a, b: a > b),
        "GreaterThanEquals": _ordered(convert, lambda a, b: a >= b),
    }


@dataclass(frozen=True, slots=True)
class OperatorKind:
    """A base operator (no ``IfExists``, no set prefix): how it compares, and whether negated."""

    name: str
    compare: Compare
    negated: bool
    takes_variables: bool  # AWS substitutes variables for string, ARN and Boolean operators
    # For Numeric and Date operators: whether a request value can be compared at all. One
    # that cannot never matches, negated operator or not (see operators).
    comparable: Callable[[str], bool] | None = None


def operators() -> dict[str, OperatorKind]:
    """Every base operator by lower-case name (built once; per call with caching off)."""
    table: dict[str, OperatorKind] = {}

    def add(name, compare, negated=False, variables=False, comparable=None):
        table[name.lower()] = OperatorKind(name, compare, negated, variables, comparable)

    add("StringEquals", _string_equals, variables=True)
    add("StringNotEquals", _string_equals, negated=True, variables=True)
    add("StringEqualsIgnoreCase", _string_equals_ignore_case, variables=True)
    add("StringNotEqualsIgnoreCase", _string_equals_ignore_case, negated=True, variables=True)
    add("StringLike", _string_like, variables=True)
    add("StringNotLike", _string_like, negated=True, variables=True)
    for prefix, convert in (("Numeric", _number), ("Date", _instant)):
        for suffix, compare in _family_of(convert).items():
            add(prefix + suffix, compare)
        # The operators page documents NumericNotEquals and DateNotEquals only as "Negated
        # matching" and says nothing of a request value that is no number or date
        # (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
        # and #Conditions_Date). The conservative reading: a value that cannot be compared
        # makes the condition not match, as it does for the positive operators, instead of
        # counting as "not equal" (which let "many" pass NumericNotEquals 10).
        add(
            prefix + "NotEquals",
            _family_of(convert)["Equals"],
            negated=True,
            comparable=lambda text, convert=convert: convert(text) is not None,
        )
    # "Policy variables – Supported" in the Boolean section of
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
    # The older sentence on
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
    # ("You can't use a policy variable with other operators, such as Numeric, Date,
    # Boolean, Binary, IP Address, or Null operators") is superseded for Boolean by the
    # operators page, which marks every other family but String and ARN "Not supported".
    add("Bool", _bool_equals, variables=True)
    add("BinaryEquals", _binary_equals)
    add("IpAddress", _in_network)
    add("NotIpAddress", _in_network, negated=True)
    add("ArnEquals", _arn_like, variables=True)
    add("ArnLike", _arn_like, variables=True)
    add("ArnNotEquals", _arn_like, negated=True, variables=True)
    add("ArnNotLike", _arn_like, negated=True, variables=True)
    return table


operators = memoized(operators, maxsize=None)
NULL = "null"
SET_OPERATORS = ("ForAllValues", "ForAnyValue")


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """What one condition (operator, key, values) decided for a request, and why."""

    matched: bool
    request_values: tuple[str, ...] | None  # None: the key is absent from the request
    reason: str


@dataclass(slots=True, eq=False)  # not frozen: built for every condition parsed
class Condition:
    """One operator applied to one context key with its policy values."""

    operator: str  # as written, e.g. "ForAnyValue:StringLikeIfExists"
    key: str  # as written
    values: tuple[str, ...]
    set_operator: str | None
    kind: OperatorKind | None  # None for Null
    if_exists: bool
    variables: bool  # the policy's Version lets ${...} substitute here

    key_lower: str = field(init=False)
    null_wanted: frozenset[str] = field(init=False)

    def __post_init__(self):
        self.key_lower = self.key.lower()
        self.null_wanted = frozenset(value.lower() for value in self.values)

    def matches(self, context: Mapping[str, str | list[str]]) -> bool:
        """Whether the condition holds for the request's context."""
        raw = context.get(self.key_lower)
        present = raw is not None and raw != []
        if self.set_operator and raw == "":
            # "If the key values in the request resolve to an empty data set (for example,
            # an empty string)", ForAllValues is true and ForAnyValue false.
            present = False
        if self.kind is None:
            wanted = self.null_wanted
            return (not present and "true" in wanted) or (present and "false" in wanted)
        if not present:
            if self.if_exists or self.set_operator == "ForAllValues":
                return True
            if self.set_operator == "ForAnyValue":
                return False
            return self.kind.negated
        policy_values = self._policy_values(context)
        values = (raw,) if isinstance(raw, str) else raw
        results = (self._one(value, policy_values) for value in values)
        return all(results) if self.set_operator == "ForAllValues" else any(results)

    def evaluate(self, context: Mapping[str, str | list[str]]) -> ConditionResult:
        """Whether the condition holds, with the values compared and the reason, in words."""
        matched = self.matches(context)
        raw = context.get(self.key_lower)
        request = None if raw is None else ((raw,) if isinstance(raw, str) else tuple(raw))
        if self.kind is None:
            state = "present" if raw is not None and raw != [] else "absent"
            return ConditionResult(matched, request, f"{self.key} is {state} in the request")
        if raw is None or raw == []:
            missing = f"{self.key} is not in the request"
            if self.if_exists:
                return ConditionResult(matched, request, f"{missing}, so {self.operator} is true")
            if self.set_operator:
                return ConditionResult(
                    matched, request, f"{missing}, so {self.set_operator} is {str(matched).lower()}"
                )
            if self.kind.negated:
                return ConditionResult(matched, request, f"{missing}: {self.operator} is true")
            return ConditionResult(matched, request, missing)
        policy_values = self._policy_values(context)
        return ConditionResult(matched, request, self._explain(matched, request, policy_values))

    def _one(self, request_value: str, policy_values: list[str]) -> bool:
        comparable = self.kind.comparable
        if comparable is not None and not comparable(request_value):
            return False
        compare = self.kind.compare
        hit = any(compare(request_value, value) for value in policy_values)
        return not hit if self.kind.negated else hit

    def _policy_values(self, context: Mapping[str, str | list[str]]) -> list[str]:
        if not (self.variables and self.kind.takes_variables):
            return list(self.values)
        out = []
        for value in self.values:
            template = parse_template(value)
            if isinstance(template, Template):
                rendered = template.render(context)
                # A variable with no value is "effectively null": it equals nothing.
                if rendered is not None:
                    out.append(rendered)
            else:
                out.append(template)
        return out

    def _explain(self, matched: bool, request, policy_values: list[str]) -> str:
        shown = ", ".join(unescape(value) for value in policy_values) or "(no value)"
        got = ", ".join(request)
        return f"{self.key} = {got}: {self.operator} [{shown}] is {'true' if matched else 'false'}"


def parse_conditions(block, path: tuple, variables: bool) -> tuple[Condition, ...]:
    """The Condition element's conditions; raises MalformedPolicyDocument when unreadable."""
    if not isinstance(block, dict):
        raise MalformedPolicyDocument("Syntax errors in policy.", path)
    conditions = []
    for operator, keys in block.items():
        set_operator, kind, if_exists = _split_operator(operator, path + (operator,))
        if not isinstance(keys, dict):
            raise MalformedPolicyDocument("Syntax errors in policy.", path + (operator,))
        for key, raw in keys.items():
            values = _values(raw, path + (operator, key))
            conditions.append(
                Condition(operator, key, values, set_operator, kind, if_exists, variables)
            )
    return tuple(conditions)


def _split_operator(operator: str, path: tuple):
    set_operator = None
    name = operator
    prefix, colon, rest = operator.partition(":")
    if colon:
        matches = [s for s in SET_OPERATORS if s.lower() == prefix.lower()]
        if not matches:
            raise MalformedPolicyDocument(f"Invalid Condition type : {operator}", path)
        set_operator, name = matches[0], rest
    if_exists = name.lower().endswith("ifexists") and name.lower() != "ifexists"
    base = name[: -len("IfExists")] if if_exists else name
    if base.lower() == NULL and not if_exists:
        return set_operator, None, False
    kind = operators().get(base.lower())
    if kind is None:
        raise MalformedPolicyDocument(f"Invalid Condition type : {operator}", path)
    return set_operator, kind, if_exists


def _values(raw, path: tuple) -> tuple[str, ...]:
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for item in items:
        if isinstance(item, bool):
            out.append("true" if item else "false")
        elif isinstance(item, (str, int, float)):
            out.append(str(item))
        else:
            raise MalformedPolicyDocument("Syntax errors in policy.", path)
    return tuple(out)
