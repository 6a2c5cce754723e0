"""The engine's memo caches, and the switch that turns every one of them off.

The engine remembers compiled patterns, parsed ARNs, callers, numbers, dates, policy
variable templates and the operator table, and a batch reuses a policy it has parsed.
Decisions never depend on it. Mutation testing does: a function whose answer was cached
while the clean test run filled the caches is not called again once a mutant replaces
it, so the mutant survives unseen (and mutmut leaves decorated functions unmutated, which
is why the caches are applied by assignment, ``f = memoized(f, ...)``, not as decorators).

``IAMLAB_POLICY_NO_CACHE=1`` in the environment, read once when the engine is imported,
leaves every function uncached: slower, same answers (tests/policy/test_caching.py runs
the engine's cases both ways). The mutation check in README.md sets it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

CACHING = os.environ.get("IAMLAB_POLICY_NO_CACHE", "") in ("", "0")

F = TypeVar("F", bound=Callable)


def memoized(function: F, maxsize: int | None) -> F:
    """``function`` behind an ``lru_cache(maxsize)``; ``function`` itself when caching is off."""
    return lru_cache(maxsize=maxsize)(function) if CACHING else function
