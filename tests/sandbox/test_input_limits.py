"""Input over the limits is refused before any work, with the limit named and the input kept.

Issue 16 item 2: one request could keep a worker busy for minutes (20,000 actions in one
"Can I?" batch took 114 s and returned 38 MB, as a guest).
"""

from unittest import mock

import pytest
from django.urls import reverse
from django.utils.html import escape

from iamlab.policy import PolicyKind, policy_size_error, validation
from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Event, IamRole, ManagedPolicy, RoleSession, SandboxAccount
from iamlab.sandbox.services import policies, resources, roles, users
from iamlab.sandbox.services.documents import document_check
from iamlab.sandbox.views import simulator
from tests.sandbox.conftest import ALLOW_ALL, EC2_TRUST, open_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def guest(client):
    open_account(client)
    return client


def simulate(client, **form):
    with mock.patch.object(
        simulator, "simulation_batch", wraps=simulator.simulation_batch
    ) as engine_run:
        response = client.post(reverse("sandbox:simulate"), form)
    return response, engine_run


def test_a_batch_at_the_cap_runs_every_action(guest):
    actions = "\n".join(f"s3:GetObject{i}" for i in range(simulator.MAX_BATCH_ACTIONS))
    response, engine_run = simulate(guest, actions=actions)
    assert response.context["error"] == ""
    assert len(response.context["results"]) == simulator.MAX_BATCH_ACTIONS
    assert engine_run.call_count == 1


def test_a_batch_over_the_cap_is_refused_before_any_simulation(guest):
    actions = "\n".join(f"s3:GetObject{i}" for i in range(simulator.MAX_BATCH_ACTIONS + 1))
    events = Event.objects.count()
    response, engine_run = simulate(guest, actions=actions)
    assert response.status_code == 200
    assert response.context["error"] == simulator.TOO_MANY_ACTIONS.format(
        count=simulator.MAX_BATCH_ACTIONS + 1
    )
    assert f"at most {simulator.MAX_BATCH_ACTIONS} actions" in response.context["error"]
    assert not engine_run.called
    assert Event.objects.count() == events
    # What the learner typed is still in the form.
    assert actions in response.content.decode()


def test_blank_lines_do_not_count_towards_the_cap(guest):
    actions = "\n\n".join(f"s3:GetObject{i}" for i in range(simulator.MAX_BATCH_ACTIONS))
    response, engine_run = simulate(guest, actions=actions)
    assert response.context["error"] == ""


def test_an_action_name_longer_than_awss_limit_is_refused(guest):
    response, engine_run = simulate(guest, actions="s3:" + "G" * 126)
    assert "128 characters" in response.context["error"]
    assert not engine_run.called


def test_a_resource_arn_longer_than_awss_limit_is_refused(guest):
    response, engine_run = simulate(guest, actions="s3:GetObject", resource="a" * 2049)
    assert "2048 characters" in response.context["error"]
    assert not engine_run.called


def test_a_deeply_nested_context_is_a_clear_error_not_a_server_error(guest):
    nested = "[" * 3000 + "]" * 3000  # within the size limit, beyond the parser's depth
    response, engine_run = simulate(
        guest, actions="s3:GetObject", context='{"aws:SourceIp": ' + nested + "}"
    )
    assert response.status_code == 200
    assert response.context["error"] == simulator.CONTEXT_TOO_DEEP
    assert not engine_run.called


def test_a_context_value_that_is_an_object_is_refused_with_its_key(guest):
    response, engine_run = simulate(
        guest, actions="s3:GetObject", context='{"aws:SourceIp": {"a": 1}}'
    )
    assert "aws:SourceIp" in response.context["error"]
    assert "a string or a list of strings" in response.context["error"]
    assert not engine_run.called


def test_a_context_over_its_size_limit_is_refused_and_kept_in_the_form(guest):
    big = '{"aws:SourceIp": "' + "1" * simulator.MAX_CONTEXT_CHARACTERS + '"}'
    response, engine_run = simulate(guest, actions="s3:GetObject", context=big)
    assert f"{simulator.MAX_CONTEXT_CHARACTERS:,} characters" in response.context["error"]
    assert not engine_run.called
    assert escape(big) in response.content.decode()


def test_a_context_list_of_strings_still_works(guest):
    response, engine_run = simulate(
        guest,
        actions="s3:GetObject",
        context='{"aws:TagKeys": ["a", "b"], "aws:SecureTransport": true}',
    )
    assert response.context["error"] == ""
    assert engine_run.call_count == 1


# --- Policy documents: every form that takes one refuses it over AWS's size quota before
# parsing it, says AWS's message with the limit, and shows the document again.

# Larger than every kind's quota (the largest, a bucket policy's, is 20 KB).
HUGE = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", '
    '"Resource": "arn:aws:s3:::bucket/' + "k" * 25_000 + '"}]}'
)


@pytest.fixture
def parser():
    """The validator's JSON reader: over the quota a document must never reach it."""
    with mock.patch.object(validation, "read_json", wraps=validation.read_json) as reader:
        yield reader


def assert_refused_and_kept(response, kind, parser, *, entity_name=""):
    page = response.content.decode()
    assert response.status_code == 400
    assert escape(policy_size_error(HUGE, kind, entity_name=entity_name)) in page
    assert escape(HUGE) in page  # the learner's text is back in the editor
    assert not parser.called


def test_the_editors_live_check_reports_the_size_without_parsing(guest, parser):
    response = guest.post(reverse("sandbox:validate"), {"kind": "managed", "document": HUGE})
    assert escape(policy_size_error(HUGE, PolicyKind.MANAGED)) in response.content.decode()
    assert not parser.called


def test_creating_a_managed_policy_over_the_quota(guest, parser):
    response = guest.post(
        reverse("sandbox:policies"), {"name": "big", "description": "d", "document": HUGE}
    )
    assert_refused_and_kept(response, PolicyKind.MANAGED, parser)
    assert 'value="big"' in response.content.decode()
    assert not ManagedPolicy.objects.exists()


def test_a_new_policy_version_over_the_quota(guest, parser):
    account = open_account(guest)
    policies.policy_create(account=account, name="p", document=ALLOW_ALL)
    parser.reset_mock()
    response = guest.post(
        reverse("sandbox:policy_action", args=["p"]), {"action": "new-version", "document": HUGE}
    )
    assert_refused_and_kept(response, PolicyKind.MANAGED, parser)
    assert ManagedPolicy.objects.get().versions.count() == 1


def test_creating_a_role_with_a_trust_policy_over_the_quota(guest, parser):
    response = guest.post(reverse("sandbox:roles"), {"name": "big", "trust_policy": HUGE})
    assert_refused_and_kept(response, PolicyKind.TRUST, parser)
    assert 'value="big"' in response.content.decode()
    assert not IamRole.objects.exists()


@pytest.mark.parametrize("kind", ["user", "group"])
def test_an_inline_policy_over_the_quota(guest, parser, kind):
    account = open_account(guest)
    create = {"user": users.user_create, "group": users.group_create}[kind]
    create(account=account, name="dev")
    response = guest.post(
        reverse(f"sandbox:{kind}_action", args=["dev"]),
        {"action": "put-inline", "policy_name": "big", "document": HUGE},
    )
    assert_refused_and_kept(response, PolicyKind(f"{kind}_inline"), parser, entity_name="dev")


def test_a_bucket_policy_over_the_quota(guest, parser):
    account = open_account(guest)
    resources.resource_create(account=account, kind="s3", name="big-bucket")
    parser.reset_mock()
    response = guest.post(
        reverse("sandbox:resources"),
        {"action": "policy", "kind": "s3", "name": "big-bucket", "policy": HUGE},
    )
    assert_refused_and_kept(response, PolicyKind.RESOURCE, parser)


def test_an_scp_over_the_quota(guest, parser):
    response = guest.post(
        reverse("sandbox:settings"),
        {"action": "organization", "enabled": "1", "scp_document": HUGE},
    )
    assert_refused_and_kept(response, PolicyKind.SCP, parser)
    assert not SandboxAccount.objects.get().organization_enabled
    assert 'name="enabled" value="1" checked' in response.content.decode()


# The role page's forms (trust policy, session policy) still redirect after a refusal; the
# size is refused before parsing all the same.
@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ({"action": "update-trust", "trust_policy": HUGE}, PolicyKind.TRUST),
        ({"action": "assume", "session_name": "s1", "session_policy": HUGE}, PolicyKind.SESSION),
    ],
)
def test_the_role_pages_policies_over_the_quota(guest, parser, form, kind):
    account = open_account(guest)
    roles.role_create(account=account, name="app", trust_policy=EC2_TRUST)
    users.user_create(account=account, name="dev")
    parser.reset_mock()
    caller = f"arn:aws:iam::{account.account_id}:user/dev"
    response = guest.post(
        reverse("sandbox:role_action", args=["app"]), {"caller": caller, **form}, follow=True
    )
    assert escape(policy_size_error(HUGE, kind)) in response.content.decode()
    assert not parser.called
    assert not RoleSession.objects.exists()


@pytest.mark.parametrize(
    ("kind", "code"),
    [(PolicyKind.SESSION, "ValidationError"), (PolicyKind.SCP, "ConstraintViolationException")],
)
def test_a_size_refusal_keeps_the_code_of_the_service_that_refuses(kind, code):
    with pytest.raises(SandboxError) as refused:
        document_check(HUGE, kind=kind)
    assert refused.value.code == code
    assert f"{code}: {refused.value.message}" == policy_size_error(HUGE, kind)
