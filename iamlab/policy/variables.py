"""Policy variables: ``${aws:username}``, ``${aws:PrincipalTag/team, 'none'}``, ``${*}``.

AWS substitutes them in the ``Resource``/``NotResource`` elements and in the values of
string, ARN and Boolean conditions (the condition operators page's Boolean section; see
conditions.py), and only under ``"Version": "2012-10-17"``; elsewhere the text is literal.
A variable whose key the request lacks (and that has no default) has "effectively null"
value: "there is no equal or like value", so a pattern holding it matches nothing.
https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .caching import memoized
from .wildcard import escape

_SPECIAL = {"*": "*", "?": "?", "$": "$"}


@dataclass(frozen=True, slots=True)
class Variable:
    key: str  # lower case: context key names are case-insensitive
    default: str | None


@dataclass(frozen=True, slots=True)
class Template:
    """A policy value with variables; ``parts`` alternate literal pattern text and variables."""

    parts: tuple[str | Variable, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(part.key for part in self.parts if isinstance(part, Variable))

    def render(self, context: Mapping[str, str | list[str]]) -> str | None:
        """The pattern with values substituted as literal text, or None if one has no value."""
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = context.get(part.key)
            if isinstance(value, list):
                # "You can use any single-valued context key as a policy variable, but you
                # can't use a multivalued context key as a policy variable."
                # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
                value = None
            if value is None:
                value = part.default
            if value is None:
                return None
            out.append(escape(value))
        return "".join(out)


def parse_template(text: str) -> str | Template:
    """The text itself when it holds no variable, else its Template.

    ``${*}``, ``${?}`` and ``${$}`` become literal characters that match only themselves.
    """
    if "${" not in text:
        return text
    parts: list[str | Variable] = []
    literal: list[str] = []
    position = 0
    while True:
        start = text.find("${", position)
        end = text.find("}", start + 2)
        if -1 in (start, end):  # no further "${", or none closed: the rest is literal
            literal.append(text[position:])
            break
        literal.append(text[position:start])
        body = text[start + 2 : end].strip()
        position = end + 1
        if body in _SPECIAL:
            literal.append(escape(_SPECIAL[body]))
            continue
        key, default = _split_default(body)
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Variable(key.lower(), default))
    if any(literal):
        parts.append("".join(literal))
    if not any(isinstance(part, Variable) for part in parts):
        return "".join(part for part in parts if isinstance(part, str))
    return Template(tuple(part for part in parts if part != ""))


parse_template = memoized(parse_template, maxsize=65536)


def _split_default(body: str) -> tuple[str, str | None]:
    """``aws:PrincipalTag/team, 'company-wide'`` -> key and default value."""
    key, comma, rest = body.partition(",")
    rest = rest.strip()
    if comma and len(rest) >= 2 and rest[0] == rest[-1] == "'":
        return key.strip(), rest[1:-1]
    return body, None
