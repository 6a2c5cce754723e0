"""prune_guests deletes only guests whose session can no longer reach their work."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from iamlab.accounts.learners import GUEST_SESSION_KEY, get_learner
from iamlab.accounts.models import Learner
from tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db


def last_seen(learner, days_ago):
    Learner.objects.filter(pk=learner.pk).update(
        last_seen_at=timezone.now() - timedelta(days=days_ago)
    )


def prune(*args):
    out = StringIO()
    call_command("prune_guests", *args, stdout=out)
    return out.getvalue()


def test_it_deletes_guests_not_seen_for_longer_than_a_session_lasts():
    stale, fresh = Learner.objects.create(), Learner.objects.create()
    last_seen(stale, 30)
    last_seen(fresh, 3)
    assert "Deleted 1 guest" in prune()
    assert list(Learner.objects.all()) == [fresh]


def test_it_never_deletes_a_learner_with_an_account():
    member = LearnerFactory()
    last_seen(member, 400)
    prune()
    assert Learner.objects.filter(pk=member.pk).exists()


def test_a_dry_run_changes_nothing():
    stale = Learner.objects.create()
    last_seen(stale, 30)
    assert "Would delete 1 guest" in prune("--dry-run")
    assert Learner.objects.filter(pk=stale.pk).exists()


def test_it_refuses_a_window_shorter_than_the_session():
    with pytest.raises(CommandError, match="session is still valid"):
        prune("--days", "1")


def test_a_returning_guest_is_marked_as_seen(client):
    guest = Learner.objects.create()
    last_seen(guest, 10)
    session = client.session
    session[GUEST_SESSION_KEY] = guest.pk
    session.save()
    request = client.get(reverse("home")).wsgi_request
    assert get_learner(request, create=False) == guest
    guest.refresh_from_db()
    assert timezone.now() - guest.last_seen_at < timedelta(minutes=1)
