"""Log-in throttling: Axes' database handler, plus a limit per address across usernames.

Axes counts failures per (username, address) (AXES_LOCKOUT_PARAMETERS), which password
spraying — one guess for each of many usernames — never trips. This handler also sums every
failure from the address in Axes' own AccessAttempt table, whatever the username, and
locks the address at IAMLAB_LOGIN_ADDRESS_LIMIT. A successful log-in still clears only that
user's failures (Axes resets what the lockout parameters match), so a classmate behind the
same NAT who mistyped and then got in does not count, and neither can a sprayer clear the
address by logging in as themselves.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class LoginThrottleHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        failures = super().get_failures(request, credentials)
        from_address = (
            AccessAttempt.objects.filter(
                ip_address=request.axes_ip_address,
                attempt_time__gte=get_cool_off_threshold(request),
            ).aggregate(total=Sum("failures_since_start"))["total"]
            or 0
        )
        if from_address >= settings.IAMLAB_LOGIN_ADDRESS_LIMIT:
            # Read by the lockout page to say it is the address, not the user, that is locked.
            request.iamlab_address_locked = True
            return max(failures, get_failure_limit(request, credentials))
        return failures
