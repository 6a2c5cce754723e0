"""A learner marks steps done; the index and the step show it, for them alone."""

import pytest
from django.urls import reverse

from iamlab.accounts.models import Learner
from iamlab.lessons.models import StepProgress
from tests.factories import PASSWORD, LearnerFactory

pytestmark = pytest.mark.django_db

NOTE = "security-IAM"
DONE_URL = reverse("lessons:mark_done", args=[NOTE])
USERS_STEP = reverse("lessons:step", args=[NOTE, "users"])


def test_marking_a_step_done_without_javascript_returns_to_the_step(client):
    response = client.post(DONE_URL, {"step": "users"})
    assert response.status_code == 302 and response["Location"] == USERS_STEP
    assert "You have finished this step" in client.get(USERS_STEP).content.decode()


def test_marking_a_step_done_with_htmx_swaps_in_the_finished_state(client):
    response = client.post(DONE_URL, {"step": "users"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.strip().startswith('<div id="step-progress"') and "You have finished" in html
    assert "<html" not in html


def test_next_marks_the_step_done_and_moves_on(client):
    response = client.post(DONE_URL, {"step": "features", "then": "next"})
    assert response["Location"] == USERS_STEP
    assert StepProgress.objects.filter(note=NOTE, step="features").exists()


def test_finishing_the_last_step_returns_to_the_index(client):
    response = client.post(DONE_URL, {"step": "best-practices", "then": "next"})
    assert response["Location"] == reverse("lessons:index")


def test_marking_twice_keeps_one_row(client):
    client.post(DONE_URL, {"step": "users"})
    client.post(DONE_URL, {"step": "users"})
    assert StepProgress.objects.count() == 1


def test_an_unknown_step_is_rejected_and_nothing_is_saved(client):
    assert client.post(DONE_URL, {"step": "no-such-step"}).status_code == 404
    assert client.post(reverse("lessons:mark_done", args=["nope"]), {"step": ""}).status_code == 404
    assert not StepProgress.objects.exists()


def test_marking_done_needs_a_post(client):
    assert client.get(DONE_URL).status_code == 405


def test_the_index_shows_each_learners_own_progress(client, alice, bob):
    client.force_login(alice)
    client.post(DONE_URL, {"step": "users"})
    client.post(DONE_URL, {"step": "features"})
    assert "2 of 7 steps done" in client.get(reverse("lessons:index")).content.decode()
    client.force_login(bob)
    index = client.get(reverse("lessons:index")).content.decode()
    assert "not started" in index and "2 of 7" not in index
    assert "You have finished" not in client.get(USERS_STEP).content.decode()


def test_the_sidebar_ticks_finished_steps(client):
    client.post(DONE_URL, {"step": "features"})
    html = client.get(USERS_STEP).content.decode()
    assert '<li class="done">' in html and "(done)" in html


def test_a_guest_keeps_their_progress_when_they_sign_up(client):
    client.post(DONE_URL, {"step": "users"})
    client.post(
        reverse("accounts:signup"),
        {"username": "carol", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert StepProgress.objects.get().learner.user.username == "carol"


def test_a_guests_progress_moves_into_the_account_they_log_into(client, alice):
    existing = LearnerFactory(user=alice)
    StepProgress.objects.create(learner=existing, note=NOTE, step="users")
    client.post(DONE_URL, {"step": "users"})
    client.post(DONE_URL, {"step": "policies"})
    client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    assert set(existing.lesson_steps.values_list("step", flat=True)) == {"users", "policies"}
    assert list(Learner.objects.all()) == [existing]
