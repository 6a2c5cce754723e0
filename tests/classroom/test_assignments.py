import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from iamlab.classroom.models import Assignment, AssignmentAttempt
from iamlab.classroom.services import assignments, gradebook
from quizzes import attempts, bank


def _take(assignment, student, *, right: int):
    """Start, answer the first ``right`` questions correctly and the rest wrongly, submit."""
    attempt = assignments.assignment_start(assignment=assignment, student=student)
    for slot in attempt.questions.all():
        question = bank.question(slot.generator, slot.seed)
        if slot.position <= right:
            choices = list(question.answer)
        else:
            wrong = [i for i in range(len(question.options)) if i not in question.answer]
            choices = wrong[: len(question.answer)]
        attempts.record_answer(attempt, slot.position, choices)
    return attempts.finish_attempt(attempt)


def _questions(attempt):
    return [(slot.generator, slot.seed) for slot in attempt.questions.all()]


def test_the_instructor_sets_an_assignment(client, irene, course):
    client.force_login(irene)
    now = timezone.now()
    response = client.post(
        reverse("classroom:assignment_create", args=[course.pk]),
        {
            "title": "Week 2",
            "topics": ["policy-types"],
            "question_count": 3,
            "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
            "due_at": (now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
            "time_limit_minutes": 20,
            "max_attempts": 2,
            "show_answers": "after_due",
        },
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get(classroom=course)
    assert assignment.topics == ["policy-types"] and assignment.time_limit_minutes == 20


def test_a_due_time_before_the_opening_is_refused(client, irene, course):
    client.force_login(irene)
    now = timezone.now()
    response = client.post(
        reverse("classroom:assignment_create", args=[course.pk]),
        {
            "title": "Backwards",
            "topics": ["policy-types"],
            "question_count": 3,
            "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
            "due_at": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
            "max_attempts": 1,
            "show_answers": "after_submit",
        },
    )
    assert response.status_code == 400
    assert assignments.DUE_BEFORE_OPEN in response.content.decode()
    assert not Assignment.objects.exists()


def test_everyone_gets_the_same_questions_unless_each_gets_their_own(assignment, make_students):
    first, second = make_students(2)
    same = [
        _questions(assignments.assignment_start(assignment=assignment, student=s))
        for s in (first, second)
    ]
    assert same[0] == same[1]
    assignment.per_student_questions = True
    assignment.save()
    own = [assignments.questions_for(assignment, s) for s in (first, second)]
    assert own[0] != own[1]


def test_starting_again_carries_on_the_unfinished_attempt(assignment, enrolled):
    first = assignments.assignment_start(assignment=assignment, student=enrolled)
    again = assignments.assignment_start(assignment=assignment, student=enrolled)
    assert first.pk == again.pk


def test_the_attempt_limit_is_kept(assignment, enrolled):
    _take(assignment, enrolled, right=1)
    _take(assignment, enrolled, right=2)
    with pytest.raises(assignments.AssignmentRefused, match="all 2 attempts"):
        assignments.assignment_start(assignment=assignment, student=enrolled)
    assert AssignmentAttempt.objects.count() == 2


@pytest.mark.parametrize(
    ("opens", "due", "message"),
    [(1, 2, "opens at"), (-2, -1, "was due")],
    ids=["not-open-yet", "past-due"],
)
def test_an_assignment_outside_its_window_takes_no_attempt(
    assignment, enrolled, opens, due, message
):
    now = timezone.now()
    assignment.opens_at = now + timedelta(hours=opens)
    assignment.due_at = now + timedelta(hours=due)
    assignment.save()
    with pytest.raises(assignments.AssignmentRefused, match=message):
        assignments.assignment_start(assignment=assignment, student=enrolled)
    assert not AssignmentAttempt.objects.exists()


def test_the_time_limit_and_due_time_bound_the_attempt(assignment, enrolled):
    assignment.time_limit_minutes = 15
    assignment.save()
    attempt = assignments.assignment_start(assignment=assignment, student=enrolled)
    assert attempt.deadline - attempt.started_at <= timedelta(minutes=15, seconds=1)
    assignment.time_limit_minutes = 24 * 60 * 5
    assignment.save()
    attempts.finish_attempt(attempt)
    longer = assignments.assignment_start(assignment=assignment, student=enrolled)
    # The attempt service reads the clock a moment after we do: allow that moment.
    assert longer.deadline <= assignment.due_at + timedelta(seconds=1)


def test_the_take_button_opens_the_quiz_pages(client, enrolled, assignment):
    client.force_login(enrolled)
    response = client.post(reverse("classroom:assignment_take", args=[assignment.pk]))
    attempt = AssignmentAttempt.objects.get(student=enrolled).attempt
    assert response.url == reverse("quizzes:attempt", args=[attempt.pk])
    assert attempt.learner.user == enrolled


def test_the_student_dashboard_lists_what_is_assigned_and_due(client, enrolled, assignment):
    client.force_login(enrolled)
    page = client.get(reverse("classroom:index")).content.decode()
    assert assignment.title in page
    assert reverse("classroom:assignment_detail", args=[assignment.pk]) in page


@pytest.mark.parametrize(
    ("show", "due_in_hours", "visible"),
    [
        ("after_submit", 5, True),
        ("after_due", 5, False),
        ("after_due", -1, True),
        ("never", -1, False),
    ],
)
def test_answers_are_shown_when_the_assignment_says(
    client, enrolled, assignment, show, due_in_hours, visible
):
    _take(assignment, enrolled, right=2)
    assignment.show_answers = show
    assignment.due_at = timezone.now() + timedelta(hours=due_in_hours)
    assignment.save()
    client.force_login(enrolled)
    page = client.get(reverse("classroom:assignment_detail", args=[assignment.pk])).content
    assert ("with answers" in page.decode()) is visible


@pytest.mark.parametrize(("show", "visible"), [("after_submit", True), ("never", False)])
def test_the_quiz_results_page_keeps_hidden_answers_hidden(
    client, enrolled, assignment, show, visible
):
    assignment.show_answers = show
    assignment.save()
    finished = _take(assignment, enrolled, right=1)
    assignment.due_at = timezone.now() - timedelta(hours=1)  # "never" means never
    assignment.save()
    client.force_login(enrolled)
    page = client.get(reverse("quizzes:attempt", args=[finished.pk])).content.decode()
    assert ("Every question" in page) is visible
    assert "correct" in page


def test_the_gradebook_has_each_students_best_score_and_time(
    client, irene, course, assignment, enrolled, make_students
):
    (other,) = make_students(1)
    _take(assignment, enrolled, right=1)
    _take(assignment, enrolled, right=3)
    book = gradebook.gradebook_for(course)
    best = book.results[(enrolled.pk, assignment.pk)]
    assert (best.correct, best.total, best.tries) == (3, 4, 2)
    assert book.results[(other.pk, assignment.pk)] is None
    client.force_login(irene)
    page = client.get(reverse("classroom:gradebook", args=[course.pk])).content.decode()
    assert "75%" in page


def test_question_statistics_show_what_the_class_missed(assignment, make_students):
    students = make_students(8)
    for number, student in enumerate(students):
        _take(assignment, student, right=number % 5)
    stats = {row.fact: row for row in gradebook.question_stats(assignment)}
    assert len(stats) == 4
    hardest = gradebook.question_stats(assignment)[0]
    assert hardest.answered == 8
    assert hardest.percent_correct <= min(row.percent_correct for row in stats.values())
    assert hardest.common_wrong is not None
    assert hardest.discrimination is not None and hardest.discrimination > 0


def test_the_csv_exports_hold_the_gradebook_and_every_response(
    client, irene, course, assignment, enrolled
):
    _take(assignment, enrolled, right=2)
    client.force_login(irene)
    grades = client.get(reverse("classroom:gradebook_csv", args=[course.pk]))
    assert grades["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(grades.content.decode())))
    assert rows[0][:2] == ["student", "Week 1 score %"]
    assert rows[1][:2] == ["alice", "50"]
    responses = client.get(reverse("classroom:responses_csv", args=[course.pk]))
    lines = list(csv.DictReader(io.StringIO(responses.content.decode())))
    assert len(lines) == 4
    assert [line["correct"] for line in lines] == ["yes", "yes", "no", "no"]


def test_a_csv_cell_cannot_become_a_spreadsheet_formula(course, assignment, enrolled):
    assignment.title = "=HYPERLINK(1)"
    assignment.save()
    assert "'=HYPERLINK(1)" in gradebook.gradebook_csv(course)


def test_a_student_sees_only_their_own_results(client, assignment, enrolled, make_students):
    (other,) = make_students(1)
    _take(assignment, other, right=4)
    client.force_login(enrolled)
    page = client.get(reverse("classroom:assignment_detail", args=[assignment.pk])).content
    assert b"4/4" not in page
    assert other.username.encode() not in page


def test_a_response_whose_question_the_bank_retired_stays_in_the_exports(
    client, irene, course, assignment, enrolled
):
    attempt = _take(assignment, enrolled, right=2)
    # A row from before snapshots were kept, whose generator the bank no longer has.
    attempt.questions.filter(position=1).update(snapshot=None, generator="root-only/gone")
    client.force_login(irene)
    responses = client.get(reverse("classroom:responses_csv", args=[course.pk]))
    lines = list(csv.DictReader(io.StringIO(responses.content.decode())))
    assert len(lines) == 4
    assert [line["correct"] for line in lines] == ["yes", "yes", "no", "no"]
    assert "(question retired from the bank)" in responses.content.decode()
    assert len(gradebook.question_stats(assignment)) == 3
