"""Sign-ups from one address are limited, in the database (so across app servers)."""

import pytest
from django.urls import reverse

from iamlab.accounts.models import User

pytestmark = pytest.mark.django_db

PHRASE = "a long pass phrase 42"


def sign_up(client, username, ip="203.0.113.7"):
    client.logout()
    return client.post(
        reverse("accounts:signup"),
        {"username": username, "password1": PHRASE, "password2": PHRASE},
        REMOTE_ADDR=ip,
    )


def test_too_many_sign_ups_from_one_address_are_refused_with_how_long_to_wait(client, settings):
    settings.IAMLAB_SIGNUP_ADDRESS_LIMIT = 3
    for number in range(3):
        assert sign_up(client, f"new{number}").status_code == 302
    refused = sign_up(client, "one-too-many")
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "Too many sign-ups came from your network address" in page
    assert "wait 1 hour" in page
    assert not User.objects.filter(username="one-too-many").exists()
    # What they typed is kept for when they come back.
    assert 'value="one-too-many"' in page


def test_failed_sign_ups_count_too(client, settings):
    """Otherwise the 'username taken' error would list accounts for a password sprayer."""
    settings.IAMLAB_SIGNUP_ADDRESS_LIMIT = 2
    client.post(reverse("accounts:signup"), {"username": "x"}, REMOTE_ADDR="203.0.113.7")
    client.post(reverse("accounts:signup"), {"username": "y"}, REMOTE_ADDR="203.0.113.7")
    assert sign_up(client, "new").status_code == 429


def test_someone_elsewhere_still_signs_up(client, settings):
    settings.IAMLAB_SIGNUP_ADDRESS_LIMIT = 1
    sign_up(client, "first")
    assert sign_up(client, "second").status_code == 429
    assert sign_up(client, "third", ip="198.51.100.4").status_code == 302


def test_the_sign_up_form_itself_is_never_refused(client, settings):
    settings.IAMLAB_SIGNUP_ADDRESS_LIMIT = 1
    sign_up(client, "first")
    client.logout()
    assert client.get(reverse("accounts:signup"), REMOTE_ADDR="203.0.113.7").status_code == 200
