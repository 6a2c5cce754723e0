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


def test_spraying_one_password_over_many_usernames_locks_that_address(client, settings, bob):
    """Password spraying: one guess per username never trips the per-user lockout, so the
    address as a whole has a limit too."""
    limit = settings.IAMLAB_LOGIN_ADDRESS_LIMIT
    for number in range(limit - 1):
        assert fail_login(client, username=f"student{number}").status_code == 200
    locked = fail_login(client, username=f"student{limit}")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "from your network address" in page
    assert "15 minutes" in page
    # Every username is refused from that address now, even with its right password...
    right = client.post(
        reverse("accounts:login"),
        {"username": "bob", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    assert right.status_code == 429


def test_an_address_lock_leaves_other_addresses_alone(client, settings, bob):
    for number in range(settings.IAMLAB_LOGIN_ADDRESS_LIMIT):
        fail_login(client, username=f"student{number}")
    elsewhere = client.post(
        reverse("accounts:login"),
        {"username": "bob", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.4",
    )
    assert elsewhere.status_code == 302


def test_a_sprayer_cannot_clear_the_address_count_by_logging_in_as_themselves(
    client, settings, bob
):
    """A success clears that user's own failures only, not the whole address's."""
    limit = settings.IAMLAB_LOGIN_ADDRESS_LIMIT
    for number in range(limit - 2):
        fail_login(client, username=f"student{number}")
    fail_login(client, username="bob")
    client.post(
        reverse("accounts:login"),
        {"username": "bob", "password": PASSWORD},
        REMOTE_ADDR="203.0.113.7",
    )
    client.logout()
    assert fail_login(client, username="mallory").status_code == 200
    assert fail_login(client, username="trent").status_code == 429


def test_classmates_who_mistype_and_then_log_in_do_not_lock_their_shared_address(client, settings):
    """A class behind one NAT address: each typo followed by a success is forgotten."""
    from tests.factories import UserFactory

    for number in range(settings.IAMLAB_LOGIN_ADDRESS_LIMIT + 5):
        student = UserFactory(username=f"classmate{number}")
        fail_login(client, username=student.username)
        ok = client.post(
            reverse("accounts:login"),
            {"username": student.username, "password": PASSWORD},
            REMOTE_ADDR="203.0.113.7",
        )
        assert ok.status_code == 302
        client.logout()
