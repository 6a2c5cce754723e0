"""Input over the limits is refused before any work, with the limit named and the input kept.

Issue 16 item 2: one request could keep a worker busy for minutes (20,000 actions in one
"Can I?" batch took 114 s and returned 38 MB, as a guest).
"""

from unittest import mock

import pytest
from django.urls import reverse
from django.utils.html import escape

from iamlab.sandbox.models import Event
from iamlab.sandbox.views import simulator
from tests.sandbox.conftest import open_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def guest(client):
    open_account(client)
    return client


def simulate(client, **form):
    with mock.patch.object(
        simulator, "simulation_run", wraps=simulator.simulation_run
    ) as engine_run:
        response = client.post(reverse("sandbox:simulate"), form)
    return response, engine_run


def test_a_batch_at_the_cap_runs_every_action(guest):
    actions = "\n".join(f"s3:GetObject{i}" for i in range(simulator.MAX_BATCH_ACTIONS))
    response, engine_run = simulate(guest, actions=actions)
    assert response.context["error"] == ""
    assert engine_run.call_count == simulator.MAX_BATCH_ACTIONS


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
