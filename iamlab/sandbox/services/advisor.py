"""Access advisor: which services an identity last used, from the account's event history.

Like IAM's "Last accessed" tab, only requests that were allowed count as access.
"""

from django.db.models import Max

from iamlab.sandbox.models import Event


def last_accessed(*, account, arn: str) -> list[dict]:
    return list(
        Event.objects.filter(account=account, user_identity=arn, error_code="")
        .values("event_source")
        .annotate(last=Max("event_time"))
        .order_by("-last")
    )
