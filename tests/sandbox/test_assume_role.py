"""Assuming a role: IAM users can, the root user cannot (AWS refuses it whatever the trust says).

"You cannot assume a role when you are signed in as the AWS account root user."
https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Event, RoleSession, SandboxAccount
from iamlab.sandbox.services import roles, sessions, users
from tests.sandbox.conftest import EC2_TRUST, open_account

ROOT_REFUSED = "Roles may not be assumed by root accounts."


def trusting(principal) -> str:
    statement = {"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole"}
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


@pytest.mark.parametrize("trusted", ["root", "everyone"])
def test_the_root_user_is_refused_with_aws_message_whatever_the_trust_policy(account, trusted):
    principal = {"AWS": account.root_arn} if trusted == "root" else "*"
    roles.role_create(account=account, name="ops", trust_policy=trusting(principal))
    with pytest.raises(SandboxError) as caught:
        sessions.role_assume(
            account=account, caller_arn=account.root_arn, role_name="ops", session_name="s1"
        )
    assert (caught.value.code, caught.value.message) == ("AccessDenied", ROOT_REFUSED)
    assert not RoleSession.objects.exists()
    event = Event.objects.get(event_name="AssumeRole")
    assert (event.error_code, event.error_message) == ("AccessDenied", ROOT_REFUSED)


def test_an_iam_user_the_trust_policy_names_assumes_the_role(account):
    alice = users.user_create(account=account, name="alice")
    roles.role_create(account=account, name="ops", trust_policy=trusting({"AWS": alice.arn}))
    session = sessions.role_assume(
        account=account, caller_arn=alice.arn, role_name="ops", session_name="s1"
    )
    assert session.source_arn == alice.arn
    assert session.arn.endswith(":assumed-role/ops/s1")


def account_with_users(client, *names) -> SandboxAccount:
    account = open_account(client)
    for name in names:
        users.user_create(account=account, name=name)
    return account


def caller_options(page: str) -> list[str]:
    select = page.split('<select id="caller"', 1)[1].split("</select>", 1)[0]
    return [option.split(">", 1)[0] for option in select.split("<option")[1:]]


def test_the_role_page_picks_the_first_iam_user_as_caller_and_still_lists_root(client, db):
    account = account_with_users(client, "zoe", "bob")
    roles.role_create(account=account, name="ops", trust_policy=trusting({"AWS": account.root_arn}))
    page = client.get(reverse("sandbox:role", args=["ops"])).content.decode()
    options = caller_options(page)
    bob = f"arn:aws:iam::{account.account_id}:user/bob"
    assert [o for o in options if "selected" in o] == [f' value="{bob}" selected']
    assert any(account.root_arn in option for option in options)


def test_the_role_page_of_an_account_without_users_says_so_and_links_to_create_one(client, db):
    roles.role_create(account=open_account(client), name="app", trust_policy=EC2_TRUST)
    page = client.get(reverse("sandbox:role", args=["app"])).content.decode()
    assert "This account has no IAM user yet" in page
    assert f'href="{reverse("sandbox:users")}#new-name"' in page


def test_assuming_a_role_as_root_from_its_page_shows_aws_refusal(client, db):
    account = account_with_users(client, "bob")
    roles.role_create(account=account, name="ops", trust_policy=trusting("*"))
    response = client.post(
        reverse("sandbox:role_action", args=["ops"]),
        {"action": "assume", "caller": account.root_arn, "session_name": "s1", "duration": "900"},
        follow=True,
    )
    assert f"AccessDenied: {ROOT_REFUSED}" in response.content.decode()
    assert not RoleSession.objects.exists()


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def test_the_role_page_reads_its_callers_in_a_fixed_number_of_queries(client, db):
    account = account_with_users(client, "u1")
    roles.role_create(account=account, name="ops", trust_policy=EC2_TRUST)
    url = reverse("sandbox:role", args=["ops"])
    with_one_user = queries(client, url)
    for name in ("u2", "u3", "u4"):
        users.user_create(account=account, name=name)
    assert queries(client, url) == with_one_user


def test_a_post_without_a_caller_assumes_the_role_as_the_pages_default_caller(client, db):
    account = account_with_users(client, "bob")
    bob = f"arn:aws:iam::{account.account_id}:user/bob"
    roles.role_create(account=account, name="ops", trust_policy=trusting({"AWS": bob}))
    client.post(
        reverse("sandbox:role_action", args=["ops"]),
        {"action": "assume", "session_name": "s1", "duration": "900"},
    )
    assert RoleSession.objects.get().source_arn == bob
