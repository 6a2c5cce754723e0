"""What a guest did stays theirs when they sign up or log in."""

import pytest
from django.dispatch import receiver
from django.urls import reverse

from iamlab.accounts.learners import GUEST_SESSION_KEY, learner_merged
from iamlab.accounts.models import Learner
from tests.factories import PASSWORD, LearnerFactory

pytestmark = pytest.mark.django_db


def become_guest(client) -> Learner:
    guest = Learner.objects.create()
    session = client.session
    session[GUEST_SESSION_KEY] = guest.pk
    session.save()
    return guest


def test_signing_up_turns_the_guest_learner_into_the_new_account(client):
    guest = become_guest(client)
    client.post(
        reverse("accounts:signup"),
        {"username": "carol", "password1": PASSWORD, "password2": PASSWORD},
    )
    guest.refresh_from_db()
    assert guest.user.username == "carol"
    assert Learner.objects.count() == 1


def test_logging_in_without_earlier_work_adopts_the_guest_learner(client, alice):
    guest = become_guest(client)
    client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    guest.refresh_from_db()
    assert guest.user == alice


def test_logging_in_to_an_account_with_work_merges_the_guests_into_it(client, alice):
    existing = LearnerFactory(user=alice)
    guest = become_guest(client)
    merges = []

    @receiver(learner_merged, weak=False, dispatch_uid="test-merge")
    def record(sender, source, target, **kwargs):
        merges.append((source.pk, target.pk))

    try:
        client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    finally:
        learner_merged.disconnect(dispatch_uid="test-merge")
    assert merges == [(guest.pk, existing.pk)]
    assert list(Learner.objects.all()) == [existing]


def test_a_guest_id_pointing_at_someone_elses_learner_is_ignored(client, alice, bob):
    alices = LearnerFactory(user=alice)
    session = client.session
    session[GUEST_SESSION_KEY] = alices.pk
    session.save()
    client.post(reverse("accounts:login"), {"username": "bob", "password": PASSWORD})
    alices.refresh_from_db()
    assert alices.user == alice
