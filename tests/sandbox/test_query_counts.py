"""Every sandbox page makes as many queries with 100 users, roles, groups and policies as with
one (issue 18): nothing is fetched once per row."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from iamlab.sandbox.models import (
    Attachment,
    IamGroup,
    IamRole,
    IamUser,
    InlinePolicy,
    ManagedPolicy,
    PolicyVersion,
    RoleSession,
)
from tests.sandbox.conftest import ALLOW_ALL, EC2_TRUST, open_account

# What one account can grow by without a page making more queries.
SLACK = 5


def _grow(account, start: int, stop: int) -> None:
    """Users, roles, groups and customer managed policies number ``start`` to ``stop - 1``,
    each user in a group with a policy attached and an inline one, each role with a session."""
    numbers = range(start, stop)
    users = IamUser.objects.bulk_create(
        IamUser(account=account, name=f"user-{n}", tags={"team": "a"}) for n in numbers
    )
    roles = IamRole.objects.bulk_create(
        IamRole(account=account, name=f"role-{n}", trust_policy=EC2_TRUST) for n in numbers
    )
    groups = IamGroup.objects.bulk_create(
        IamGroup(account=account, name=f"group-{n}") for n in numbers
    )
    policies = ManagedPolicy.objects.bulk_create(
        ManagedPolicy(account=account, name=f"policy-{n}") for n in numbers
    )
    PolicyVersion.objects.bulk_create(
        PolicyVersion(policy=policy, version_id="v1", document=ALLOW_ALL, is_default=True)
        for policy in policies
    )
    IamGroup.members.through.objects.bulk_create(
        IamGroup.members.through(iamgroup=group, iamuser=user)
        for group, user in zip(groups, users, strict=True)
    )
    Attachment.objects.bulk_create(
        [
            *(
                Attachment(account=account, policy_arn=p.arn, user=u)
                for p, u in zip(policies, users, strict=True)
            ),
            *(
                Attachment(account=account, policy_arn=p.arn, role=r)
                for p, r in zip(policies, roles, strict=True)
            ),
            *(
                Attachment(account=account, policy_arn=p.arn, group=g)
                for p, g in zip(policies, groups, strict=True)
            ),
        ]
    )
    InlinePolicy.objects.bulk_create(
        InlinePolicy(account=account, name="inline", document=ALLOW_ALL, user=u) for u in users
    )
    RoleSession.objects.bulk_create(
        RoleSession(
            account=account,
            role=role,
            session_name="s",
            source_arn=account.root_arn,
            expires_at=timezone.now() + timedelta(hours=1),
        )
        for role in roles
    )


SIMULATION = {
    "principal": "arn:aws:iam::{account}:user/user-0",
    "actions": "s3:GetObject\nec2:RunInstances => allowed\niam:ListUsers",
    "resource": "*",
}

PAGES = [
    ("GET", "sandbox:index", []),
    ("GET", "sandbox:users", []),
    ("GET", "sandbox:roles", []),
    ("GET", "sandbox:groups", []),
    ("GET", "sandbox:policies", []),
    ("GET", "sandbox:user", ["user-0"]),
    ("GET", "sandbox:role", ["role-0"]),
    ("GET", "sandbox:group", ["group-0"]),
    ("GET", "sandbox:policy", ["policy-0"]),
    ("GET", "sandbox:simulate", []),
    ("POST", "sandbox:simulate", []),
    ("GET", "sandbox:events", []),
    ("GET", "sandbox:credential_report", []),
]


def _queries(client, method: str, url: str, account) -> int:
    data = {k: v.format(account=account.account_id) for k, v in SIMULATION.items()}
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, data) if method == "POST" else client.get(url, data)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "name", "args"), PAGES, ids=[f"{m} {n}" for m, n, _ in PAGES])
def test_a_page_makes_as_many_queries_with_100_of_everything_as_with_1(
    client, django_assert_max_num_queries, method, name, args
):
    account = open_account(client)
    url = reverse(name, args=args)
    _grow(account, 0, 1)
    with_one = _queries(client, method, url, account)
    _grow(account, 1, 100)
    with django_assert_max_num_queries(with_one + SLACK):
        _queries(client, method, url, account)


@pytest.mark.django_db
def test_a_batch_finds_its_caller_once_and_records_its_events_in_one_insert(client):
    account = open_account(client)
    _grow(account, 0, 3)
    data = {k: v.format(account=account.account_id) for k, v in SIMULATION.items()}
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("sandbox:simulate"), data)
    assert [r["decision"].decision for r in response.context["results"]] == ["allowed"] * 3
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum('INSERT INTO "sandbox_event"' in s for s in sql) == 1
    assert sum('FROM "sandbox_iamuser"' in s and "user-0" in s for s in sql) == 1
    assert account.events.filter(event_name="GetObject", user_identity=data["principal"]).exists()
