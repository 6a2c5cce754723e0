"""The request being decided: who asks to do what to which resource, with what context."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .principals import Caller, parse_caller


def normalize_context(context: Mapping[str, str | list[str]]) -> dict[str, str | list[str]]:
    """Context keys by lower-case name ("Key names are case-insensitive")."""
    out: dict[str, str | list[str]] = {}
    for key, value in context.items():
        if isinstance(value, (list, tuple)):
            out[key.lower()] = [_text(item) for item in value]
        else:
            out[key.lower()] = _text(value)
    return out


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class Request:
    """A request to decide.

    ``principal`` is the caller's ARN (IAM user, role session, federated user, account
    root) or a service principal (``sns.amazonaws.com``); ``resource`` one ARN or ``*``;
    ``context`` the request context, each value a string or a list of strings;
    ``resource_account`` the account owning the resource (default: the account in the
    resource's ARN, else the caller's: S3 ARNs carry no account).
    """

    principal: str
    action: str
    resource: str
    context: Mapping[str, str | list[str]] = field(default_factory=dict)
    resource_account: str | None = None

    def __post_init__(self):
        object.__setattr__(self, "_context", normalize_context(self.context))
        object.__setattr__(self, "_caller", parse_caller(self.principal))

    @property
    def caller(self) -> Caller:
        return self._caller  # type: ignore[attr-defined]

    @property
    def normalized_context(self) -> dict[str, str | list[str]]:
        return self._context  # type: ignore[attr-defined]
