"""Amazon Resource Names: splitting them, and matching them as the Arn operators do."""

from __future__ import annotations

from .caching import memoized
from .wildcard import Matcher, compile_glob

ARN_PARTS = 6  # arn:partition:service:region:account-id:resource


def split_arn(arn: str) -> tuple[str, ...] | None:
    """The six parts of an ARN (the resource part keeps its own colons), or None."""
    parts = tuple(arn.split(":", ARN_PARTS - 1))
    if len(parts) != ARN_PARTS or parts[0] != "arn":
        return None
    return parts


split_arn = memoized(split_arn, maxsize=65536)


def arn_account(arn: str) -> str | None:
    parts = split_arn(arn)
    return parts[4] or None if parts else None


def compile_arn_like(pattern: str) -> Matcher:
    """A matcher for ``ArnLike``/``ArnEquals``: segment by segment.

    AWS: "Each of the six colon-delimited components of the ARN is checked separately
    and each can include multi-character match wildcards (*) or single-character match
    wildcards (?)." A pattern that is not a six-part ARN (``*`` for instance) is matched
    as a whole.
    """
    parts = split_arn(pattern)
    if parts is None:
        return compile_glob(pattern)
    matchers = tuple(compile_glob(part) for part in parts)

    def match(value: str) -> bool:
        value_parts = split_arn(value)
        if value_parts is None:
            return False
        return all(m(part) for m, part in zip(matchers, value_parts, strict=True))

    return match


compile_arn_like = memoized(compile_arn_like, maxsize=65536)
