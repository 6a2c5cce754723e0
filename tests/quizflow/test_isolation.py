"""A learner reaches only their own attempts: others get a 404 and change nothing."""

from datetime import timedelta

import pytest
from django.urls import reverse

from quizzes.attempts import start_attempt
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def alices_exam(alices_learner, questions):
    return start_attempt(
        alices_learner,
        [questions.make(), questions.make()],
        mode=Attempt.Mode.EXAM,
        time_limit=timedelta(minutes=90),
    )


def pages(attempt):
    return [
        ("get", reverse("quizzes:attempt", args=[attempt.pk])),
        ("get", reverse("quizzes:question", args=[attempt.pk, 1])),
        ("post", reverse("quizzes:question", args=[attempt.pk, 1])),
        ("post", reverse("quizzes:next", args=[attempt.pk])),
        ("get", reverse("quizzes:summary", args=[attempt.pk])),
        ("post", reverse("quizzes:finish", args=[attempt.pk])),
    ]


@pytest.mark.parametrize("index", range(6))
def test_another_learner_can_neither_see_nor_answer_nor_finish_your_attempt(
    client, bob, alices_exam, index
):
    client.force_login(bob)
    method, url = pages(alices_exam)[index]
    response = getattr(client, method)(url, {"choice": "0"} if method == "post" else None)
    assert response.status_code == 404
    alices_exam.refresh_from_db()
    assert not alices_exam.is_finished
    assert not alices_exam.questions.filter(choices__isnull=False).exists()
    assert alices_exam.questions.count() == 2


@pytest.mark.parametrize("index", range(6))
def test_a_guest_cannot_reach_a_learners_attempt(client, alices_exam, index):
    method, url = pages(alices_exam)[index]
    assert getattr(client, method)(url).status_code == 404


def test_your_dashboard_shows_only_your_history(client, alice, bob, bobs_learner, questions):
    client.force_login(alice)
    client.post(reverse("quizzes:practice"), {"topic": "root-only"})
    alices = Attempt.objects.get()
    client.post(reverse("quizzes:finish", args=[alices.pk]))
    assert reverse("quizzes:attempt", args=[alices.pk]) in client.get("/quizzes/").content.decode()
    client.force_login(bob)
    page = client.get(reverse("quizzes:index")).content.decode()
    assert "No finished attempts yet." in page
    assert reverse("quizzes:attempt", args=[alices.pk]) not in page
