"""Sliding-window rate limits on the ``Hit`` table.

Two app servers checking at the same instant may both let an attempt through, so a limit
can be overshot by the number of concurrent requests: fine for slowing guessing down,
which is all these limits are for.
"""

import math
from dataclasses import dataclass
from datetime import timedelta

from axes.helpers import get_client_ip_address
from django.utils import timezone

from iamlab.accounts.templatetags.durations import in_words
from iamlab.throttle.models import Hit


@dataclass(frozen=True)
class Limit:
    scope: str
    count: int
    window: timedelta


def client_address(request) -> str:
    """The address log-in throttling uses too (trusting X-Forwarded-For only behind PROXY_COUNT
    proxies), so every limit sees the same client."""
    return get_client_ip_address(request) or "unknown"


def wait_for(limit: Limit, key: str) -> timedelta | None:
    """How long until ``key`` may try again, or None when it may try now."""
    now = timezone.now()
    recent = list(
        Hit.objects.filter(scope=limit.scope, key=key, at__gt=now - limit.window)
        .order_by("-at")
        .values_list("at", flat=True)[: limit.count]
    )
    if len(recent) < limit.count:
        return None
    # Allowed again once the oldest of the last `count` attempts leaves the window.
    return recent[-1] + limit.window - now


def record(limit: Limit, key: str) -> None:
    now = timezone.now()
    Hit.objects.filter(scope=limit.scope, at__lte=now - limit.window).delete()
    Hit.objects.create(scope=limit.scope, key=key, at=now)


def wait_in_words(wait: timedelta) -> str:
    """'15 minutes': rounded up, so nobody is told '0 minutes' and then refused again."""
    return in_words(timedelta(minutes=math.ceil(wait.total_seconds() / 60)))
