"""Logging in keeps a guest's sandbox the way signing up does, and says so (issue 17, item 7)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from iamlab.accounts.learners import GUEST_SESSION_KEY
from iamlab.accounts.models import Learner
from iamlab.accounts.signals import GUEST_WORK_JOINED
from iamlab.sandbox.models import IamRole, IamUser, SandboxAccount
from tests.factories import PASSWORD, LearnerFactory

pytestmark = pytest.mark.django_db


def guest_with_a_sandbox(client, *user_names) -> SandboxAccount:
    guest = Learner.objects.create()
    session = client.session
    session[GUEST_SESSION_KEY] = guest.pk
    session.save()
    account = SandboxAccount.objects.create(learner=guest)
    for name in user_names:
        IamUser.objects.create(account=account, name=name)
    return account


def log_in(client, username="alice"):
    response = client.post(reverse("accounts:login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_guests_sandbox_replaces_an_empty_one_the_account_had(client, alice):
    # Before reads stopped creating accounts, merely opening the sandbox signed in left one.
    empty = SandboxAccount.objects.create(learner=LearnerFactory(user=alice))
    guests = guest_with_a_sandbox(client, "dev", "ops")
    said = log_in(client)
    guests.refresh_from_db()
    assert guests.learner.user == alice
    assert not SandboxAccount.objects.filter(pk=empty.pk).exists()
    assert said == ["Your guest work was kept: your sandbox with 2 users."]


def test_an_account_sandbox_with_work_in_it_is_kept_and_the_learner_told(client, alice):
    own = SandboxAccount.objects.create(learner=LearnerFactory(user=alice))
    IamRole.objects.create(account=own, name="deployer", trust_policy="{}")
    guest_with_a_sandbox(client, "dev")
    said = log_in(client)
    assert SandboxAccount.objects.get() == own
    assert IamRole.objects.filter(account=own).exists()
    assert said == [
        "Your guest sandbox (1 user) was not merged: your account already has its own "
        f"sandbox ({own.account_id}), which is unchanged."
    ]


def test_a_guest_logging_into_an_account_with_no_learner_keeps_everything(client, alice):
    guests = guest_with_a_sandbox(client, "dev")
    assert log_in(client) == [GUEST_WORK_JOINED]
    guests.refresh_from_db()
    assert guests.learner.user == alice


def test_logging_in_with_no_guest_work_says_nothing(client, alice):
    assert log_in(client) == []
