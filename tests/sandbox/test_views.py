"""The sandbox pages: each learner reaches only their own account."""

import csv
import html
import io
import json
import re

import pytest
from django.test import Client
from django.urls import reverse

from iamlab.sandbox.models import Event, IamUser, SandboxAccount
from iamlab.sandbox.services import reports, users
from tests.sandbox.conftest import ALLOW_ALL, open_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def account_of(user) -> SandboxAccount:
    return SandboxAccount.objects.get(learner__user=user)


def test_every_page_renders_for_a_new_guest(client):
    pages = (
        "index",
        "users",
        "groups",
        "roles",
        "policies",
        "simulate",
        "root",
        "events",
        "settings",
        "resources",
        "ec2",
    )
    for name in pages:
        response = client.get(reverse(f"sandbox:{name}"))
        assert response.status_code == 200, name


def test_a_learner_creates_a_user_and_lands_on_its_page(alice_client, alice):
    response = alice_client.post(reverse("sandbox:users"), {"name": "dev1", "path": "/"})
    assert response.status_code == 302
    assert response["Location"] == reverse("sandbox:user", args=["dev1"])
    assert IamUser.objects.get(name="dev1").account == account_of(alice)


def test_a_refused_create_shows_the_aws_error_and_changes_nothing(alice_client):
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    response = alice_client.post(reverse("sandbox:users"), {"name": "DEV1"}, follow=True)
    assert b"EntityAlreadyExists: User with name DEV1 already exists." in response.content
    assert IamUser.objects.count() == 1


def test_another_learner_cannot_see_or_change_alices_user(alice_client, alice, bob):
    alice_client.post(reverse("sandbox:users"), {"name": "secret-dev"})
    client = Client()
    client.force_login(bob)
    listing = client.get(reverse("sandbox:users"))
    assert b"secret-dev" not in listing.content
    detail = client.get(reverse("sandbox:user", args=["secret-dev"]))
    assert detail.status_code == 302
    client.post(
        reverse("sandbox:user_action", args=["secret-dev"]),
        {"action": "delete", "confirm": "secret-dev"},
    )
    assert IamUser.objects.filter(name="secret-dev", account=account_of(alice)).exists()


def test_a_guest_cannot_reach_a_signed_in_learners_account(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "alices-secret"})
    guest = Client()
    response = guest.get(reverse("sandbox:user", args=["alices-secret"]))
    assert response.status_code == 302
    link = reverse("sandbox:user", args=["alices-secret"]).encode()
    assert link not in guest.get(reverse("sandbox:users")).content


def test_a_guests_account_follows_them_when_they_log_in(client, alice):
    client.post(reverse("sandbox:users"), {"name": "from-guest"})
    guest_account = SandboxAccount.objects.get()
    client.post(
        reverse("accounts:login"), {"username": "alice", "password": "correct-horse-battery-staple"}
    )
    assert account_of(alice) == guest_account


def test_deleting_needs_the_name_typed(alice_client):
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    alice_client.post(reverse("sandbox:user_action", args=["dev1"]), {"action": "delete"})
    assert IamUser.objects.filter(name="dev1").exists()
    alice_client.post(
        reverse("sandbox:user_action", args=["dev1"]), {"action": "delete", "confirm": "dev1"}
    )
    assert not IamUser.objects.filter(name="dev1").exists()


def test_the_user_search_answers_htmx_with_the_results_fragment(alice_client):
    for name in ("ana", "ben"):
        alice_client.post(reverse("sandbox:users"), {"name": name})
    response = alice_client.get(reverse("sandbox:users"), {"q": "an"}, HTTP_HX_REQUEST="true")
    assert b"ana" in response.content and b"ben" not in response.content
    assert b"<h1>" not in response.content


def test_the_editor_validation_reports_line_and_column(alice_client):
    response = alice_client.post(
        reverse("sandbox:validate"), {"kind": "managed", "document": '{"Statement": [}'}
    )
    assert b"line 1" in response.content and b"MalformedPolicyDocument" in response.content
    ok = alice_client.post(reverse("sandbox:validate"), {"kind": "managed", "document": ALLOW_ALL})
    assert b"error" not in ok.content.lower().replace(b"finding-error", b"")


def test_the_simulator_shows_the_decision_and_the_flowchart(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    arn = IamUser.objects.get(name="dev1").arn
    response = alice_client.post(
        reverse("sandbox:simulate"),
        {
            "principal": arn,
            "actions": "s3:GetObject\niam:CreateUser",
            "resource": "*",
        },
    )
    assert response.content.count(b"implicitDeny") >= 2
    assert b"Identity-based policies" in response.content


def test_the_simulator_marks_results_that_differ_from_what_was_expected(alice_client):
    root = open_account(alice_client).root_arn
    response = alice_client.post(
        reverse("sandbox:simulate"),
        {"principal": root, "actions": "s3:GetObject => implicitDeny\niam:ListUsers => allowed"},
    )
    assert response.content.count(b"differs") == 1


def test_the_simulator_explains_an_expected_result_that_is_not_a_decision(alice_client):
    response = alice_client.post(reverse("sandbox:simulate"), {"actions": "s3:GetObject => yes"})
    assert "“yes” is not a decision".encode() in response.content


def test_the_simulator_names_an_unknown_principal_with_awss_error(alice_client):
    response = alice_client.post(
        reverse("sandbox:simulate"), {"principal": "nobody", "actions": "s3:GetObject"}
    )
    assert b"NoSuchEntity" in response.content


def test_loading_a_scenario_replaces_the_account(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "old"})
    alice_client.post(reverse("sandbox:scenario", args=["startup-developers"]))
    names = set(IamUser.objects.filter(account=account_of(alice)).values_list("name", flat=True))
    assert names == {"ana", "ben", "chloe"}


@pytest.mark.parametrize(
    "slug",
    ["startup-developers", "ec2-app-reads-bucket", "auditor-read-only", "partner-cross-account"],
)
def test_every_lesson_scenario_loads(alice_client, slug):
    assert alice_client.get(reverse("sandbox:scenario", args=[slug])).status_code == 200
    response = alice_client.post(reverse("sandbox:scenario", args=[slug]), follow=True)
    assert b"Loaded the scenario" in response.content


def test_reset_asks_for_confirmation_then_leaves_only_the_root_user(alice_client, alice):
    alice_client.post(reverse("sandbox:scenario", args=["startup-developers"]))
    alice_client.post(reverse("sandbox:reset"))
    assert IamUser.objects.filter(account=account_of(alice)).count() == 3
    alice_client.post(reverse("sandbox:reset"), {"confirm": "reset"})
    assert not IamUser.objects.filter(account=account_of(alice)).exists()


def test_the_credential_report_has_awss_columns_and_a_row_per_user(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    response = alice_client.get(reverse("sandbox:credential_report"))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert tuple(rows[0]) == reports.COLUMNS
    assert rows[0][:3] == ["user", "arn", "user_creation_time"]
    assert [row[0] for row in rows[1:]] == ["<root_account>", "dev1"]


def test_a_root_only_task_is_refused_to_an_administrator(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "admin"})
    account = account_of(alice)
    admin = IamUser.objects.get(name="admin")
    alice_client.post(
        reverse("sandbox:user_action", args=["admin"]),
        {"action": "attach", "arn": "arn:aws:iam::aws:policy/AdministratorAccess"},
    )
    response = alice_client.post(
        reverse("sandbox:root"),
        {"action": "task", "task": "close-standalone", "acting_as": admin.arn},
        follow=True,
    )
    assert b"AccessDenied" in response.content
    ok = alice_client.post(
        reverse("sandbox:root"),
        {"action": "task", "task": "close-standalone", "acting_as": account.root_arn},
        follow=True,
    )
    assert b"Done, as the root user." in ok.content


def test_creating_a_root_key_warns_and_shows_the_secret_once(alice_client):
    response = alice_client.post(reverse("sandbox:root"), {"action": "create-key"})
    assert b"shown only now" in response.content
    assert b"AWS recommends that the root user has no access keys" in response.content


def test_the_event_history_filters_and_downloads_as_json(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    response = alice_client.get(reverse("sandbox:events"), {"errors": "1", "format": "json"})
    records = json.loads(response.content)["Records"]
    assert [r["errorCode"] for r in records] == ["EntityAlreadyExists"]
    assert response["Content-Disposition"].startswith("attachment")


def test_the_health_check_flags_root_keys_and_links_to_the_fix(alice_client, alice):
    alice_client.post(reverse("sandbox:root"), {"action": "create-key"})
    response = alice_client.get(reverse("sandbox:index"))
    assert b"The root user has access keys" in response.content
    assert reverse("sandbox:root").encode() in response.content


def test_assuming_a_role_from_its_page_creates_a_session(alice_client):
    account = open_account(alice_client)
    operator = users.user_create(account=account, name="operator")
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": operator.arn},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    alice_client.post(reverse("sandbox:roles"), {"name": "ops", "trust_policy": trust})
    response = alice_client.post(
        reverse("sandbox:role_action", args=["ops"]),
        {
            "action": "assume",
            "caller": operator.arn,
            "session_name": "me",
            "duration": "900",
        },
        follow=True,
    )
    assert b"assumed-role/ops/me" in response.content
    assert Event.objects.filter(account=account, event_name="AssumeRole", error_code="").exists()


def test_users_service_is_scoped_to_the_account(account):
    users.user_create(account=account, name="x")
    assert IamUser.objects.get().account == account


def test_the_last_accessed_tab_lists_services_the_user_was_allowed_to_use(alice_client, alice):
    alice_client.post(reverse("sandbox:users"), {"name": "dev1"})
    alice_client.post(
        reverse("sandbox:user_action", args=["dev1"]),
        {"action": "attach", "arn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"},
    )
    arn = IamUser.objects.get(name="dev1").arn
    alice_client.post(
        reverse("sandbox:simulate"),
        {"principal": arn, "actions": "s3:GetObject\nec2:StopInstances", "resource": "*"},
    )
    page = alice_client.get(reverse("sandbox:user", args=["dev1"]), {"tab": "access-advisor"})
    assert b"s3.amazonaws.com" in page.content
    assert b"ec2.amazonaws.com" not in page.content


@pytest.mark.parametrize(
    ("url_name", "data"),
    [
        ("group_action", {"action": "delete", "confirm": "team"}),
        ("role_action", {"action": "delete", "confirm": "team"}),
        ("policy_action", {"action": "delete", "confirm": "team"}),
    ],
)
def test_another_learner_cannot_change_alices_group_role_or_policy(
    alice_client, alice, bob, url_name, data
):
    alice_client.post(reverse("sandbox:groups"), {"name": "team"})
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "ec2.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    alice_client.post(reverse("sandbox:roles"), {"name": "team", "trust_policy": trust})
    alice_client.post(reverse("sandbox:policies"), {"name": "team", "document": ALLOW_ALL})
    account = account_of(alice)
    before = (
        account.iamgroup_set.count(),
        account.iamrole_set.count(),
        account.managedpolicy_set.count(),
    )
    assert before == (1, 1, 1)
    client = Client()
    client.force_login(bob)
    client.post(reverse(f"sandbox:{url_name}", args=["team"]), data)
    after = (
        account.iamgroup_set.count(),
        account.iamrole_set.count(),
        account.managedpolicy_set.count(),
    )
    assert after == before


def test_a_guests_account_moves_into_a_learner_who_had_none(client, alice):
    from iamlab.accounts.models import Learner

    Learner.objects.create(user=alice)
    client.post(reverse("sandbox:users"), {"name": "from-guest"})
    guest_account = SandboxAccount.objects.get()
    client.post(
        reverse("accounts:login"),
        {"username": "alice", "password": "correct-horse-battery-staple"},
    )
    assert account_of(alice) == guest_account


def test_a_learner_whose_account_has_work_keeps_it_when_a_guest_logs_in(client, alice):
    # An empty account sandbox gives way to the guest's (tests/accounts/test_log_in_keeps_
    # guest_work.py); one with work in it is kept, since two accounts cannot be merged.
    from iamlab.accounts.models import Learner

    own = SandboxAccount.objects.create(learner=Learner.objects.create(user=alice))
    users.user_create(account=own, name="mine")
    client.post(reverse("sandbox:users"), {"name": "from-guest"})
    client.post(
        reverse("accounts:login"),
        {"username": "alice", "password": "correct-horse-battery-staple"},
    )
    assert account_of(alice) == own
    assert SandboxAccount.objects.count() == 1


def test_each_scenario_links_to_the_lesson_step_whose_hook_points_at_it(client):
    from iamlab.sandbox.services.scenarios import SCENARIOS

    for scenario in SCENARIOS:
        response = client.get(scenario.lesson_url)
        assert response.status_code == 200, scenario.lesson_url
        assert reverse("sandbox:scenario", args=[scenario.slug]).encode() in response.content


def test_the_ec2_page_creates_and_deletes_a_service_linked_role(alice_client, alice):
    # The form posts a field named "service", which must reach the service, not the helper.
    alice_client.post(
        reverse("sandbox:ec2"), {"action": "create-slr", "service": "support.amazonaws.com"}
    )
    account = account_of(alice)
    assert account.iamrole_set.filter(name="AWSServiceRoleForSupport").exists()
    alice_client.post(
        reverse("sandbox:ec2"), {"action": "delete-slr", "role": "AWSServiceRoleForSupport"}
    )
    assert not account.iamrole_set.exists()


def test_the_root_task_list_is_the_quiz_catalogues(alice_client):
    """One home for the facts: every root-only task the quizzes teach is on the sandbox's
    Account page, with the same wording, and nothing else is."""
    from quizzes.catalogues import root_tasks as catalogue

    taught = [
        claim.text
        for concept in (catalogue.ACCOUNT_TASKS, catalogue.SERVICE_TASKS)
        for claim in concept.true
    ]
    page = alice_client.get(reverse("sandbox:root")).content.decode()
    listed = re.findall(r"<dt>(.*?)</dt>", page)
    assert [html.unescape(title) for title in listed] == taught
