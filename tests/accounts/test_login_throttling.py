import pytest
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def fail_login(client, username="alice", ip="203.0.113.7"):
    return client.post(
        reverse("accounts:login"),
        {"username": username, "password": "wrong password"},
        REMOTE_ADDR=ip,
    )


def test_ten_failures_lock_out_that_username_from_that_address(client, alice):
    for _ in range(9):
        assert fail_login(client).status_code == 200
    locked = fail_login(client)
    assert locked.status_code == 429
    assert "Too many failed log-ins" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    # Even the right password is refused while locked.
    right = client.post(
        reverse("accounts:login"),
        {"username": "alice", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert right.status_code == 429


def test_the_lockout_does_not_spread_to_other_addresses_or_users(client, alice, bob):
    for _ in range(10):
        fail_login(client)
    other_address = client.post(
        reverse("accounts:login"),
        {"username": "alice", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.4",
    )
    assert other_address.status_code == 302
    client.logout()
    other_user = client.post(
        reverse("accounts:login"),
        {"username": "bob", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert other_user.status_code == 302


def test_the_lockout_ends_after_fifteen_minutes(client, alice):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.utils import timezone

    for _ in range(10):
        fail_login(client)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    response = client.post(
        reverse("accounts:login"),
        {"username": "alice", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
