"""Who is learning right now: the one place that maps a request to a Learner.

Guests get a Learner on their first piece of saved work, remembered in their
session. When they sign up or log in, that work becomes their account's.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from iamlab.accounts.models import Learner

GUEST_SESSION_KEY = "iamlab_guest_learner"

# A guest's last visit is recorded at most this often, so that reading a lesson
# does not write to the database on every request; prune_guests needs only days.
LAST_SEEN_RESOLUTION = timedelta(hours=1)

# Sent when a guest logs into an account that already has a Learner: each app
# moves (or reconciles) its rows from ``source`` to ``target`` in a receiver, and
# returns a Merged saying what it moved and what it could not (or None: nothing).
# ``source`` is deleted right after, with whatever was not moved.
learner_merged = Signal()


@dataclass(frozen=True)
class Merged:
    """One app's report of a merge, in words the learner is shown after logging in."""

    kept: str = ""  # "3 quiz answers"
    not_kept: str = ""  # why something of the guest's is not in the account


def get_learner(request, *, create: bool = True) -> Learner | None:
    """The current visitor's Learner; created on demand unless ``create`` is false."""
    if request.user.is_authenticated:
        if create:
            return Learner.objects.get_or_create(user=request.user)[0]
        return Learner.objects.filter(user=request.user).first()
    guest_id = request.session.get(GUEST_SESSION_KEY)
    if guest_id is not None:
        guest = Learner.objects.filter(pk=guest_id, user__isnull=True).first()
        if guest is not None:
            _note_visit(guest)
            return guest
    if not create:
        return None
    guest = Learner.objects.create()
    request.session[GUEST_SESSION_KEY] = guest.pk
    return guest


def claim_guest_work(request, user) -> list[Merged] | None:
    """Give ``user`` whatever the guest in this session did before logging in.

    None when there was no guest work; [] when the guest's Learner became the account's
    whole (nothing to reconcile); otherwise each app's report of the merge.
    """
    guest_id = request.session.pop(GUEST_SESSION_KEY, None)
    if guest_id is None:
        return None
    with transaction.atomic():
        guest = Learner.objects.select_for_update().filter(pk=guest_id, user__isnull=True).first()
        if guest is None:
            return None
        existing = Learner.objects.filter(user=user).first()
        if existing is None:
            guest.user = user
            guest.save(update_fields=["user"])
            return []
        replies = learner_merged.send(sender=Learner, source=guest, target=existing)
        guest.delete()
    return [report for _receiver, report in replies if report]


def _note_visit(guest: Learner) -> None:
    now = timezone.now()
    if now - guest.last_seen_at >= LAST_SEEN_RESOLUTION:
        Learner.objects.filter(pk=guest.pk).update(last_seen_at=now)
        guest.last_seen_at = now
