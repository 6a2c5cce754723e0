"""A timed try that ran out while its student was away counts, as of its deadline, on
every page that shows it, without waiting for the student to come back."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from iamlab.classroom.services import assignments, gradebook
from quizzes import attempts, bank


@pytest.fixture
def timed(clock, assignment):
    assignment.time_limit_minutes = 1
    assignment.save()
    return assignment


def _walk_away(assignment, student, *, right: int):
    """Start, answer the first ``right`` questions correctly and the rest wrongly, leave."""
    attempt = assignments.assignment_start(assignment=assignment, student=student)
    for slot in attempt.questions.all():
        question = bank.question(slot.generator, slot.seed)
        wrong = [i for i in range(len(question.options)) if i not in question.answer]
        choices = list(question.answer) if slot.position <= right else wrong[:1]
        attempts.record_answer(attempt, slot.position, choices)
    return attempt


def test_the_instructor_sees_the_score_and_the_time_limit_as_its_time(
    client, irene, course, timed, enrolled, clock
):
    attempt = _walk_away(timed, enrolled, right=2)
    clock.advance(minutes=7)
    client.force_login(irene)
    page = client.get(reverse("classroom:gradebook", args=[course.pk])).content.decode()
    assert '50% <span class="note">(60 s)</span>' in page
    grades = client.get(reverse("classroom:gradebook_csv", args=[course.pk])).content.decode()
    assert list(csv.reader(io.StringIO(grades)))[1] == ["alice", "50", "60"]
    results = reverse("classroom:assignment_results", args=[timed.pk])
    assert "2/4 (50%)" in client.get(results).content.decode()
    attempt.refresh_from_db()
    assert attempt.finished_at == attempt.deadline
    assert (attempt.correct_count, attempt.question_count) == (2, 4)


def test_the_student_sees_their_score_on_their_dashboards(client, course, timed, enrolled, clock):
    _walk_away(timed, enrolled, right=3)
    clock.advance(hours=2)
    client.force_login(enrolled)
    for url in (
        reverse("classroom:index"),
        reverse("classroom:student_class", args=[course.pk]),
    ):
        page = client.get(url).content.decode()
        assert "<td>3/4</td>" in page and "in progress" not in page
    detail = client.get(reverse("classroom:assignment_detail", args=[timed.pk])).content
    assert "Your best: <strong>3/4</strong> (75%) in 60 s" in detail.decode()


def test_a_try_still_running_is_left_alone(client, irene, course, timed, enrolled, clock):
    attempt = _walk_away(timed, enrolled, right=2)
    clock.advance(seconds=59)
    assert gradebook.gradebook_for(course).results[(enrolled.pk, timed.pk)] is None
    attempt.refresh_from_db()
    assert not attempt.is_finished


def test_finishing_many_expired_tries_costs_no_more_queries_than_one(
    course, timed, make_students, clock
):
    students = make_students(6)
    _walk_away(timed, students[0], right=1)
    clock.advance(minutes=2)
    with CaptureQueriesContext(connection) as one:
        gradebook.gradebook_for(course)
    for student in students[1:]:
        _walk_away(timed, student, right=1)
    clock.advance(minutes=2)
    with CaptureQueriesContext(connection) as five:
        book = gradebook.gradebook_for(course)
    assert len(five) == len(one)
    assert all(book.results[(student.pk, timed.pk)] for student in students)
