"""Exam simulation: a timed exam that survives reloads, then a scored review."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes import attempts
from quizzes.models import Attempt, ReviewCard

pytestmark = pytest.mark.django_db

EXAM = reverse("quizzes:exam")
# The review screen's button says what is open; handing in anyway is confirmed explicitly.
CONFIRMED = {"confirmed": "yes"}


@pytest.fixture(autouse=True)
def short_exam(settings):
    settings.QUIZZES_EXAM_QUESTIONS = 3
    settings.QUIZZES_EXAM_MINUTES = 5


@pytest.fixture
def exam(client, alice):
    client.force_login(alice)
    client.post(EXAM)
    return Attempt.objects.get()


def question_url(attempt, position):
    return reverse("quizzes:question", args=[attempt.pk, position])


def test_the_exam_page_states_the_clf_c02_format_and_this_exams_length(client):
    page = client.get(EXAM).content.decode()
    assert "65 questions in 90 minutes" in page
    assert "scaled score from 100 to 1,000; 700 passes" in page
    assert "<strong>3 questions</strong> in <strong>5 minutes</strong>" in page


def test_starting_an_exam_opens_a_timed_attempt_at_question_one(client, alice):
    client.force_login(alice)
    response = client.post(EXAM)
    exam = Attempt.objects.get()
    assert response["Location"] == question_url(exam, 1)
    assert exam.mode == Attempt.Mode.EXAM and exam.questions.count() == 3
    assert timedelta(minutes=4, seconds=59) < exam.deadline - timezone.now() <= timedelta(minutes=5)


def test_the_question_page_shows_the_clock_from_the_server(client, exam):
    page = client.get(question_url(exam, 1)).content.decode()
    assert 'role="timer"' in page
    remaining = int(re.search(r'data-remaining-seconds="(\d+)"', page).group(1))
    assert 290 <= remaining <= 300


def test_answers_are_kept_across_a_reload_and_the_exam_resumes_where_it_stopped(client, exam):
    client.post(question_url(exam, 1), {"choice": "2", "go": "next"})
    page = client.get(question_url(exam, 1)).content.decode()
    assert 'value="2" checked' in page
    assert client.get(reverse("quizzes:attempt", args=[exam.pk]))["Location"] == question_url(
        exam, 2
    )


def test_navigation_follows_the_button_pressed(client, exam):
    assert client.post(question_url(exam, 2), {"go": "previous"})["Location"] == question_url(
        exam, 1
    )
    assert client.post(question_url(exam, 2), {"go": "next"})["Location"] == question_url(exam, 3)
    summary = reverse("quizzes:summary", args=[exam.pk])
    assert client.post(question_url(exam, 3), {"go": "summary"})["Location"] == summary


def test_an_autosave_from_the_page_saves_quietly(client, exam):
    response = client.post(question_url(exam, 1), {"choice": "0"}, headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert exam.questions.get(position=1).choices == [0]


def test_flagged_questions_and_unanswered_ones_show_on_the_review_screen(client, exam):
    client.post(question_url(exam, 1), {"choice": "0", "flagged": "on", "go": "next"})
    page = client.get(reverse("quizzes:summary", args=[exam.pk])).content.decode()
    assert "2 unanswered · 1 flagged for review" in page
    assert "answered · flagged" in page
    assert "Submit the exam" in page


def test_submitting_shows_the_scaled_score_the_topics_and_every_question_explained(client, exam):
    client.post(question_url(exam, 1), {"choice": "0"})
    client.post(question_url(exam, 2), {"choice": "3"})
    response = client.post(reverse("quizzes:finish", args=[exam.pk]), CONFIRMED, follow=True)
    page = response.content.decode()
    assert "1 of 3 correct" in page
    assert "Scaled score: <strong>400</strong>" in page
    assert "Fail" in page
    assert "By topic" in page
    assert page.count("Closing the AWS account is one of the tasks") == 3
    assert "Question 3: unanswered" in page
    assert ReviewCard.objects.count() == 2


def test_after_the_time_is_up_an_answer_is_refused_and_the_results_show(client, exam):
    client.post(question_url(exam, 1), {"choice": "0"})
    Attempt.objects.filter(pk=exam.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    response = client.post(question_url(exam, 2), {"choice": "0"}, follow=True)
    page = response.content.decode()
    assert attempts.TIME_UP in page
    assert "1 of 3 correct" in page
    assert not exam.questions.get(position=2).is_answered


def test_a_finished_exam_cannot_be_reopened_for_answers(client, exam):
    client.post(reverse("quizzes:finish", args=[exam.pk]), CONFIRMED)
    client.post(question_url(exam, 1), {"choice": "0"})
    assert not exam.questions.get(position=1).is_answered
    summary = client.get(reverse("quizzes:summary", args=[exam.pk]))
    assert summary["Location"] == reverse("quizzes:attempt", args=[exam.pk])


def test_submitting_with_questions_open_asks_first_naming_how_many(client, exam):
    client.post(question_url(exam, 1), {"choice": "0", "flagged": "on"})
    page = client.post(reverse("quizzes:finish", args=[exam.pk])).content.decode()
    assert "Submit the exam now?" in page
    assert "2 of 3 questions unanswered · 1 flagged for review." in page
    exam.refresh_from_db()
    assert not exam.is_finished


def test_a_question_number_outside_the_exam_is_not_found(client, exam):
    assert client.get(question_url(exam, 4)).status_code == 404
    assert client.post(question_url(exam, 4), {"choice": "0"}).status_code == 404


def test_starting_twice_resumes_the_running_exam_instead_of_opening_another(client, exam):
    assert client.post(EXAM)["Location"] == question_url(exam, 1)
    assert Attempt.objects.count() == 1


def test_an_autosave_after_the_time_is_up_sends_the_page_to_the_results(client, exam):
    Attempt.objects.filter(pk=exam.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    response = client.post(question_url(exam, 1), {"choice": "0"}, headers={"HX-Request": "true"})
    assert response["HX-Redirect"] == reverse("quizzes:attempt", args=[exam.pk])
    assert not exam.questions.get(position=1).is_answered


def test_the_history_shows_a_finished_exams_scaled_score(client, exam):
    client.post(question_url(exam, 1), {"choice": "0"})
    client.post(reverse("quizzes:finish", args=[exam.pk]), CONFIRMED)
    assert (
        "1 / 3 correct · scaled score 400" in client.get(reverse("quizzes:index")).content.decode()
    )
