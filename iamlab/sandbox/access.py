"""The one place that maps a request to the sandbox account it may see and change.

A visitor's Learner, session and account are created by their first write, never by a read:
a crawler, or a class that opens the page once, must not leave three rows each behind for
the 30 days a session lasts. Until that first write, reads show a blank account that exists
only in memory, with the account id the first write will give the real one (the pages show
it, learners copy it into policies, and the simulator's form posts the root ARN built from
it).
"""

import itertools

from django.db import IntegrityError, transaction
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.crypto import salted_hmac

from iamlab.accounts.learners import get_learner
from iamlab.sandbox.models import SandboxAccount, account_id_from

READ_METHODS = ("GET", "HEAD")

# No row has id 0 (ids start at 1): every query through the blank account finds nothing, and
# a row accidentally written against it fails on its foreign key instead of landing anywhere.
_BLANK_PK = 0


def get_sandbox_for(request) -> SandboxAccount:
    """The visitor's own account: created with their Learner by their first write."""
    if request.method in READ_METHODS:
        learner = get_learner(request, create=False)
        account = SandboxAccount.objects.filter(learner=learner).first() if learner else None
        return account or _blank_account(request)
    learner = get_learner(request, create=True)
    account = SandboxAccount.objects.filter(learner=learner).first()
    if account is None:
        try:
            with transaction.atomic():
                account = _account_create(request, learner)
        except IntegrityError:
            # A request racing this one (a double click on the first form) made this learner's
            # account, or took its id, between the look-up and the insert.
            account = SandboxAccount.objects.filter(learner=learner).first()
            account = account or _account_create(request, learner)
    return account


def _account_create(request, learner) -> SandboxAccount:
    return SandboxAccount.objects.create(learner=learner, account_id=_unclaimed_account_id(request))


def _blank_account(request) -> SandboxAccount:
    account = SandboxAccount(account_id=_unclaimed_account_id(request), created_at=timezone.now())
    account.pk = _BLANK_PK
    return account


def _unclaimed_account_id(request) -> str:
    """A 12-digit id that the same browser gets again on its next request, and nobody has yet.

    It is derived from the browser's CSRF secret, the one thing a cookie-less visitor's first
    page gives them that their first form post sends back (and without a session). The secret
    changes at log-in; if an account already took an id (that browser's earlier account, or a
    one-in-a-billion clash), the next one in the sequence is used, by reads and writes alike.
    """
    get_token(request)  # makes sure the response sets the CSRF cookie the secret comes from
    secret = request.META["CSRF_COOKIE"]
    for attempt in itertools.count():
        digest = salted_hmac("iamlab.sandbox.account_id", f"{secret}:{attempt}").digest()
        candidate = account_id_from(int.from_bytes(digest[:8], "big"))
        if not SandboxAccount.objects.filter(account_id=candidate).exists():
            return candidate
