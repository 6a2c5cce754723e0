"""The dashboard: mastery per topic, weakest sections, history, streak and due cards."""

from datetime import date, datetime, time, timedelta
from datetime import timezone as dt_timezone

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from quizzes.attempts import finish_attempt, record_answer, start_attempt
from quizzes.dashboard import dashboard_for, streak
from quizzes.models import Attempt, AttemptQuestion

TODAY = date(2026, 11, 29)


def test_a_streak_counts_consecutive_days_up_to_today():
    days = {TODAY, TODAY - timedelta(days=1), TODAY - timedelta(days=2), TODAY - timedelta(days=4)}
    assert streak(days, today=TODAY) == 3


def test_a_streak_survives_until_the_end_of_a_day_without_answers_yet():
    assert streak({TODAY - timedelta(days=1)}, today=TODAY) == 1


def test_a_missed_day_ends_the_streak():
    assert streak({TODAY - timedelta(days=2)}, today=TODAY) == 0


@given(st.integers(min_value=0, max_value=60))
def test_answering_every_day_for_n_days_is_a_streak_of_n(n):
    assert streak({TODAY - timedelta(days=i) for i in range(n)}, today=TODAY) == n


@pytest.mark.django_db
def test_mastery_weak_sections_and_history_come_from_your_answers(
    alices_learner, questions, monkeypatch
):
    # At noon, so the cards due minutes after these answers are due later *today*.
    noon = timezone.make_aware(datetime.combine(timezone.localdate(), time(12)))
    noon = noon.astimezone(dt_timezone.utc)  # fsrs takes UTC only
    monkeypatch.setattr(timezone, "now", lambda: noon)
    attempt = start_attempt(
        alices_learner,
        [
            questions.make(lesson="security-IAM#tasks requiring root user"),
            questions.make(lesson="security-IAM#tasks requiring root user"),
            questions.make(topic="features", lesson="security-IAM#best practices"),
        ],
        mode=Attempt.Mode.PRACTICE,
    )
    record_answer(attempt, 1, [0])
    record_answer(attempt, 2, [1])
    record_answer(attempt, 3, [0])
    finish_attempt(attempt)
    board = dashboard_for(alices_learner)
    mastery = {row.topic: (row.correct, row.total) for row in board.mastery}
    assert mastery["root-only"] == (1, 2)
    assert mastery["features"] == (1, 1)
    assert mastery["policy-types"] == (0, 0)
    assert [s.lesson for s in board.weakest] == ["security-IAM#tasks requiring root user"]
    assert board.history == [attempt]
    assert board.streak == 1
    assert board.due_now == 0 and board.due_later_today == 3


@pytest.mark.django_db
def test_the_dashboard_links_weak_sections_to_their_lessons_and_offers_an_open_exam(
    client, alice, questions
):
    client.force_login(alice)
    client.post(reverse("quizzes:practice"), {"topic": "root-only"})
    attempt = Attempt.objects.get()
    client.post(reverse("quizzes:question", args=[attempt.pk, 1]), {"choice": "1"})
    client.post(reverse("quizzes:exam"))
    page = client.get(reverse("quizzes:index")).content.decode()
    assert "Mastery per topic" in page
    assert 'href="/lessons/notes/security-IAM/' in page
    assert "security-IAM › root user" in page
    assert "Resume your exam" in page
    assert "Streak: <strong>1 day</strong>" in page


@pytest.mark.django_db
def test_a_guest_who_has_done_nothing_sees_the_ways_to_study_and_no_progress(client):
    page = client.get(reverse("quizzes:index")).content.decode()
    assert "Exam simulation" in page and "Practice" in page
    assert "Your progress" not in page
    assert not AttemptQuestion.objects.exists()
