import pytest
from django.urls import reverse

from iamlab.accounts.models import Learner, User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def sign_up(client, username="carol", **extra):
    return client.post(
        reverse("accounts:signup"),
        {
            "username": username,
            "email": f"{username}@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
            **extra,
        },
    )


def test_a_visitor_signs_up_as_a_learner_and_is_logged_in(client):
    response = sign_up(client)
    assert response.status_code == 302
    user = User.objects.get(username="carol")
    assert user.role == User.Role.LEARNER
    assert client.get("/").context["user"] == user


def test_a_visitor_cannot_make_themselves_an_instructor(client):
    sign_up(client, role="instructor")
    assert not User.objects.get(username="carol").is_instructor


def test_signup_with_mismatched_passwords_shows_the_error_and_keeps_the_username(client):
    response = client.post(
        reverse("accounts:signup"),
        {"username": "carol", "password1": PASSWORD, "password2": PASSWORD + "x"},
    )
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    assert 'value="carol"' in response.content.decode()
    assert not User.objects.filter(username="carol").exists()


def test_log_in_and_log_out(client, alice):
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"] == alice
    client.post(reverse("accounts:logout"))
    assert not client.get("/").context["user"].is_authenticated


def test_logging_out_needs_a_post(client, alice):
    client.force_login(alice)
    assert client.get(reverse("accounts:logout")).status_code == 405


def test_change_password(client, alice):
    client.force_login(alice)
    response = client.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "an0ther-g00d-passphrase",
            "new_password2": "an0ther-g00d-passphrase",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("an0ther-g00d-passphrase")


def test_the_nav_shows_the_instructor_badge_only_to_instructors(client, alice, irene):
    client.force_login(alice)
    assert "badge" not in client.get("/").content.decode()
    client.force_login(irene)
    assert "instructor</span>" in client.get("/").content.decode()


def test_a_guest_gets_a_learner_only_when_they_first_save_something(client, rf):
    from iamlab.accounts.learners import get_learner

    client.get("/")
    assert Learner.objects.count() == 0
    request = rf.get("/")
    request.session = client.session
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    assert get_learner(request, create=False) is None
    guest = get_learner(request)
    assert guest.is_guest
    assert get_learner(request) == guest


def test_a_sign_up_whose_name_was_taken_after_the_form_was_checked_is_an_error_not_a_500(
    client, monkeypatch
):
    """Two tries of one sign-up (a retry after a lost reply) race past the form's check."""
    from django.contrib.auth import get_user_model

    from iamlab.accounts.forms import SignUpForm
    from iamlab.accounts.views import USERNAME_TAKEN

    checked = SignUpForm.is_valid

    def checked_then_taken(form):
        valid = checked(form)
        get_user_model().objects.create_user("racer", password="another-long-password")
        return valid

    monkeypatch.setattr(SignUpForm, "is_valid", checked_then_taken)
    response = client.post(
        reverse("accounts:signup"),
        {
            "username": "racer",
            "password1": "correct-horse-battery-staple",
            "password2": "correct-horse-battery-staple",
        },
    )
    assert response.status_code == 400
    assert USERNAME_TAKEN in response.content.decode()
    assert get_user_model().objects.filter(username="racer").count() == 1
