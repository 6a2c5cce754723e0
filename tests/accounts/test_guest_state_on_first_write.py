"""A visitor who only reads leaves nothing behind; their first write creates their state.

Issue 16 item 6: every cookie-less GET of /sandbox/ used to create a Learner, a sandbox
account and a session, kept for 30 days.
"""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from iamlab.accounts.learners import GUEST_SESSION_KEY
from iamlab.accounts.models import Learner
from iamlab.sandbox import access
from iamlab.sandbox.models import IamUser, SandboxAccount

pytestmark = pytest.mark.django_db

READ_PAGES = [
    "home",
    "sandbox:index",
    "sandbox:users",
    "sandbox:groups",
    "sandbox:roles",
    "sandbox:policies",
    "sandbox:simulate",
    "sandbox:root",
    "sandbox:events",
    "sandbox:settings",
    "sandbox:resources",
    "sandbox:ec2",
    "sandbox:credential_report",
    "lessons:index",
    "quizzes:index",
    "quizzes:practice",
    "quizzes:review",
    "quizzes:exam",
    ("sandbox:scenario", "startup-developers"),
    ("sandbox:aws_policy", "ReadOnlyAccess"),
]


def saved_state() -> tuple[int, int, int]:
    return Learner.objects.count(), SandboxAccount.objects.count(), Session.objects.count()


@pytest.mark.parametrize("page", READ_PAGES)
def test_cookie_less_reads_create_no_learner_account_or_session(page):
    for _ in range(3):
        name, *args = (page,) if isinstance(page, str) else page
        response = Client().get(reverse(name, args=args))
        assert response.status_code == 200, page
        assert "sessionid" not in response.cookies
    assert saved_state() == (0, 0, 0)


@pytest.mark.parametrize(
    "page", ["sandbox:user", "sandbox:group", "sandbox:role", "sandbox:policy"]
)
def test_reading_a_missing_entity_page_creates_nothing(page):
    response = Client().get(reverse(page, args=["nobody"]), follow=True)
    assert response.status_code == 200
    assert "NoSuchEntity" in response.content.decode()
    assert saved_state() == (0, 0, 0)


def test_the_first_write_creates_the_guest_and_their_account():
    client = Client()
    client.get(reverse("sandbox:users"))
    response = client.post(reverse("sandbox:users"), {"name": "alice", "path": "/"}, follow=True)
    assert response.status_code == 200
    assert saved_state() == (1, 1, 1)
    user = IamUser.objects.get()
    assert user.name == "alice"
    assert client.session[GUEST_SESSION_KEY] == user.account.learner_id
    # Later reads see the work, and create nothing more.
    assert "alice" in client.get(reverse("sandbox:users")).content.decode()
    assert saved_state() == (1, 1, 1)


def test_the_account_id_a_reader_saw_is_the_one_their_first_write_creates():
    """The simulator's first POST names the root ARN the page showed: it must resolve."""
    client = Client()
    shown = client.get(reverse("sandbox:simulate")).context["account"].account_id
    response = client.post(
        reverse("sandbox:simulate"),
        {"principal": f"arn:aws:iam::{shown}:root", "actions": "s3:ListAllMyBuckets"},
    )
    assert response.context["error"] == ""
    assert response.context["results"][0]["decision"].allowed
    assert SandboxAccount.objects.get().account_id == shown


def test_an_existing_guest_keeps_their_account_when_reading(client):
    client.post(reverse("sandbox:users"), {"name": "alice", "path": "/"})
    account = SandboxAccount.objects.get()
    response = client.get(reverse("sandbox:index"))
    assert response.context["account"] == account
    assert response.context["counts"]["users"] == 1
    assert saved_state() == (1, 1, 1)


def test_a_signed_in_reader_gets_no_learner_until_they_write(client, alice):
    client.force_login(alice)
    client.get(reverse("sandbox:index"))
    client.get(reverse("sandbox:simulate"))
    assert (Learner.objects.count(), SandboxAccount.objects.count()) == (0, 0)
    client.post(reverse("sandbox:groups"), {"name": "admins", "path": "/"})
    assert SandboxAccount.objects.get().learner.user == alice


def test_a_first_write_whose_account_id_was_just_taken_gets_the_next_one(monkeypatch):
    """Two first posts racing (a double click): the id checked free is gone at the insert."""
    client = Client()
    shown = client.get(reverse("sandbox:users")).context["account"].account_id
    taken = SandboxAccount.objects.create(learner=Learner.objects.create(), account_id=shown)
    ids = iter([shown, "222233334444"])
    monkeypatch.setattr(access, "_unclaimed_account_id", lambda request: next(ids))
    response = client.post(reverse("sandbox:users"), {"name": "alice"})
    assert response.status_code == 302
    assert IamUser.objects.get().account.account_id == "222233334444"
    assert taken.iamuser_set.count() == 0
