"""Tags on users and roles follow IAM's rules (API reference, Tag; IAM quotas)."""

import json

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Event, IamRole
from iamlab.sandbox.services import policies, roles, rules, sessions, users
from iamlab.sandbox.services.simulator import simulate
from tests.sandbox.conftest import EC2_TRUST, open_account

TEAM_ONLY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Action": "s3:GetObject",
                "Resource": "*",
                "Condition": {"StringEquals": {"aws:PrincipalTag/team": "web"}},
            }
        ],
    }
)


def refused(code, service, **kwargs):
    with pytest.raises(SandboxError) as caught:
        service(**kwargs)
    assert caught.value.code == code
    return caught.value


@pytest.fixture
def role(account):
    return roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)


def test_a_role_can_be_tagged_and_the_call_is_recorded(account, role):
    roles.role_tag(account=account, name="app", tags={"team": "web"})
    role.refresh_from_db()
    assert role.tags == {"team": "web"}
    assert Event.objects.filter(account=account, event_name="TagRole").exists()


def test_a_role_can_be_created_with_tags(account):
    role = roles.role_create(
        account=account, name="tagged", trust_policy=EC2_TRUST, tags={"env": "prod"}
    )
    assert role.tags == {"env": "prod"}


def test_a_role_holds_at_most_fifty_tags(account, role):
    roles.role_tag(account=account, name="app", tags={f"k{n}": "v" for n in range(50)})
    refused("LimitExceeded", roles.role_tag, account=account, name="app", tags={"one": "more"})
    role.refresh_from_db()
    assert len(role.tags) == 50


@pytest.mark.parametrize(
    "tags",
    [
        {"x" * 129: "v"},
        {"": "v"},
        {"k": "v" * 257},
        {"aws:team": "v"},
        {"AWS:team": "v"},
        {"team!": "v"},
        {"team": "a<b"},
    ],
    ids=["long-key", "empty-key", "long-value", "aws-prefix", "aws-prefix-any-case", "bang", "lt"],
)
def test_a_role_tag_breaking_a_rule_is_refused_and_nothing_changes(account, role, tags):
    refused("ValidationError", roles.role_tag, account=account, name="app", tags=tags)
    assert IamRole.objects.get(pk=role.pk).tags == {}


def test_a_tag_key_differing_only_in_case_replaces_the_old_one(account, role):
    roles.role_tag(account=account, name="app", tags={"Team": "web"})
    roles.role_tag(account=account, name="app", tags={"team": "api"})
    role.refresh_from_db()
    assert role.tags == {"team": "api"}


def test_user_tags_follow_the_same_case_insensitive_keys(account):
    users.user_create(account=account, name="alice", tags={"CostCenter": "1"})
    user = users.user_tag(account=account, name="alice", tags={"costcenter": "2"})
    assert user.tags == {"costcenter": "2"}


def test_letters_numbers_spaces_and_the_allowed_symbols_are_accepted(account, role):
    tags = {"Équipe 2_.:/=+-@": "ünïcode 値 ok", "empty": ""}
    roles.role_tag(account=account, name="app", tags=tags)
    role.refresh_from_db()
    assert role.tags == tags


@given(st.text(alphabet=st.characters(categories=["P", "S", "C"], exclude_characters="_.:/=+-@")))
def test_punctuation_symbols_and_control_characters_are_refused_in_values(text):
    if not text:
        return
    with pytest.raises(SandboxError):
        rules.check_tags({"k": text})


def test_a_role_tag_reaches_the_simulator_as_a_principal_tag(account):
    alice = users.user_create(account=account, name="alice")
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": alice.arn},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    )
    roles.role_create(account=account, name="web", trust_policy=trust, tags={"team": "web"})
    policies.inline_policy_put(
        account=account, kind="role", name="web", policy_name="own-team", document=TEAM_ONLY
    )
    session = sessions.role_assume(
        account=account, caller_arn=alice.arn, role_name="web", session_name="s1"
    )
    allowed = simulate(account, principal_arn=session.arn, action="s3:GetObject", resource="*")
    assert allowed.allowed
    roles.role_tag(account=account, name="web", tags={"Team": "api"})
    denied = simulate(account, principal_arn=session.arn, action="s3:GetObject", resource="*")
    assert not denied.allowed


def test_the_role_page_lists_its_tags_and_adds_one(client, db):
    account = open_account(client)
    roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)
    response = client.post(
        reverse("sandbox:role_action", args=["app"]),
        {"action": "tag", "key": "owner", "value": "ops"},
        follow=True,
    )
    page = response.content.decode()
    assert "Tag saved." in page
    assert "<dt>owner</dt><dd>ops</dd>" in page


def test_a_refused_role_tag_shows_aws_error_on_the_page(client, db):
    account = open_account(client)
    roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)
    response = client.post(
        reverse("sandbox:role_action", args=["app"]),
        {"action": "tag", "key": "aws:owner", "value": "ops"},
        follow=True,
    )
    assert "ValidationError" in response.content.decode()
    assert IamRole.objects.get(account=account, name="app").tags == {}


def test_another_learner_cannot_tag_my_role(client, account, role):
    response = client.post(
        reverse("sandbox:role_action", args=["app"]), {"action": "tag", "key": "x", "value": "y"}
    )
    assert response.status_code in (302, 404)
    assert IamRole.objects.get(pk=role.pk).tags == {}
