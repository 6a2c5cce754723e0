"""The credential report's password columns follow "Getting credential reports for your AWS
account", https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html :
password_last_changed is when the password was last set, password_next_rotation the date a
password policy with a maximum age requires a new one, and password_last_used is
no_information for a password never used."""

import csv
import io
from datetime import datetime, timezone

import pytest
from django.utils import timezone as django_timezone

from iamlab.sandbox.models import IamUser
from iamlab.sandbox.services import account_settings, credentials, users
from iamlab.sandbox.services.reports import credential_report

CREATED = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
PASSWORD_SET = datetime(2026, 3, 1, 12, 30, tzinfo=timezone.utc)


def rows(account) -> dict[str, dict]:
    return {row["user"]: row for row in csv.DictReader(io.StringIO(credential_report(account)))}


@pytest.fixture
def alice(account, monkeypatch):
    users.user_create(account=account, name="alice")
    IamUser.objects.filter(name="alice").update(created_at=CREATED)
    monkeypatch.setattr(django_timezone, "now", lambda: PASSWORD_SET)
    credentials.login_profile_create(account=account, user_name="alice", password="Secret-123")
    monkeypatch.undo()
    return IamUser.objects.get(name="alice")


def test_password_last_changed_is_when_the_password_was_set_not_the_user(account, alice):
    assert rows(account)["alice"]["password_last_changed"] == "2026-03-01T12:30:00+00:00"


def test_a_password_never_used_reads_no_information(account, alice):
    assert rows(account)["alice"]["password_last_used"] == "no_information"


def test_a_used_password_gives_its_last_use(account, alice):
    alice.password_last_used = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    alice.save()
    assert rows(account)["alice"]["password_last_used"] == "2026-03-02T08:00:00+00:00"


def test_next_rotation_is_the_maximum_age_after_the_password_was_set(account, alice):
    account_settings.password_policy_update(account=account, settings={"MaxPasswordAge": "90"})
    assert rows(account)["alice"]["password_next_rotation"] == "2026-05-30T12:30:00+00:00"


def test_without_a_maximum_age_there_is_no_next_rotation(account, alice):
    account_settings.password_policy_update(account=account, settings={})
    assert rows(account)["alice"]["password_next_rotation"] == "N/A"


def test_a_user_without_a_password_has_n_a_in_every_password_column(account):
    users.user_create(account=account, name="bob")
    account_settings.password_policy_update(account=account, settings={"MaxPasswordAge": "90"})
    row = rows(account)["bob"]
    assert row["password_enabled"] == "false"
    assert [row[c] for c in ("password_last_used", "password_last_changed")] == ["N/A", "N/A"]
    assert row["password_next_rotation"] == "N/A"


def test_a_password_set_again_moves_last_changed(account, alice, monkeypatch):
    credentials.login_profile_delete(account=account, user_name="alice")
    later = datetime(2026, 4, 1, tzinfo=timezone.utc)
    monkeypatch.setattr(django_timezone, "now", lambda: later)
    credentials.login_profile_create(account=account, user_name="alice", password="Secret-456")
    monkeypatch.undo()
    assert rows(account)["alice"]["password_last_changed"] == "2026-04-01T00:00:00+00:00"
