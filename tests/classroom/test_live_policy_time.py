"""An instructor gives live questions that quote a policy more time (issue 17, item 1)."""

import pytest
from django.urls import reverse

from iamlab.classroom.models import LiveQuiz
from iamlab.classroom.services import live
from quizzes import bank
from quizzes.stems import shows_document

pytestmark = pytest.mark.django_db


def _quiz_with_one_policy_question():
    """A seed whose two-question policy-evaluation quiz has exactly one policy question."""
    for seed in range(500):
        questions = bank.quiz(["policy-evaluation"], 2, seed)
        if [shows_document(q.stem) for q in questions].count(True) == 1:
            return seed, questions
    raise AssertionError("no seed gives one policy question and one without")


def test_a_question_showing_a_policy_stays_open_for_the_extra_seconds(course):
    seed, questions = _quiz_with_one_policy_question()
    live_quiz = live.live_quiz_create(
        classroom=course,
        topics=["policy-evaluation"],
        count=2,
        seconds=20,
        policy_extra_seconds=30,
        seed=seed,
    )
    for position, question in enumerate(questions, start=1):
        live.live_quiz_next(live_quiz=live_quiz, seen_position=position - 1)
        expected = 50 if shows_document(question.stem) else 20
        assert live.live_view(live_quiz).seconds_left in (expected - 1, expected)


def test_the_extra_seconds_are_a_setting_of_the_live_quiz(client, irene, course):
    client.force_login(irene)
    client.post(
        reverse("classroom:live_create", args=[course.pk]),
        {"topics": ["root-only"], "count": 2, "seconds": 15, "policy_extra_seconds": 25},
    )
    assert LiveQuiz.objects.get(classroom=course).policy_extra_seconds == 25
    page = client.get(reverse("classroom:detail", args=[course.pk])).content.decode()
    assert "Extra seconds for a question showing a policy" in page
