"""An assignment that hides its answers hides them everywhere a student can look, spaced
review included, until its instructor shows them; and students can get their own variants."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from iamlab.classroom.models import Assignment
from iamlab.classroom.services import assignments
from quizzes import bank
from quizzes.models import Attempt, ReviewCard
from tests.classroom.test_assignments import _take


def _keys(attempt) -> list[str]:
    """What gives the answers away, as a page shows it: each question's explanation and its
    options' reasons."""
    keys = []
    for slot in attempt.questions.all():
        shown = bank.shown(slot)
        keys += [shown.explanation, *shown.option_explanations]
    # Short generic reasons could appear on any page; the long ones are the question's own.
    return [escape(key) for key in keys if len(key) > 40]


def _student_pages(client, assignment, finished) -> str:
    urls = [
        reverse("quizzes:attempt", args=[finished.pk]),
        reverse("classroom:assignment_detail", args=[assignment.pk]),
        reverse("quizzes:review"),
        reverse("quizzes:index"),
        reverse("classroom:index"),
    ]
    return "".join(client.get(url).content.decode() for url in urls)


@pytest.fixture
def hidden(clock, assignment):
    assignment.show_answers = Assignment.ShowAnswers.NEVER
    assignment.save()
    return assignment


def test_hidden_answers_reach_the_student_nowhere_until_the_instructor_shows_them(
    client, irene, enrolled, hidden, clock
):
    finished = _take(hidden, enrolled, right=2)
    keys = _keys(finished)
    assert keys
    clock.advance(days=30)  # any card the answers had made would be due by now
    client.force_login(enrolled)
    before = _student_pages(client, hidden, finished)
    assert not [key for key in keys if key in before]
    assert not ReviewCard.objects.exists()
    client.post(reverse("quizzes:review"))
    assert not Attempt.objects.filter(mode=Attempt.Mode.REVIEW).exists()

    client.force_login(irene)
    released = client.post(reverse("classroom:assignment_release_answers", args=[hidden.pk]))
    assert released.status_code == 302
    client.force_login(enrolled)
    after = _student_pages(client, hidden, finished)
    assert all(key in after for key in keys)
    facts = set(finished.questions.values_list("fact", flat=True))
    assert set(ReviewCard.objects.values_list("fact", flat=True)) == facts
    clock.advance(days=7)  # within the session's 30 days
    started = client.post(reverse("quizzes:review"))
    review = Attempt.objects.get(mode=Attempt.Mode.REVIEW)
    assert started["Location"] == reverse("quizzes:question", args=[review.pk, 1])
    assert set(review.questions.values_list("fact", flat=True)) == facts


def test_answers_hidden_until_the_due_time_join_review_once_it_passes(
    client, enrolled, assignment, clock
):
    assignment.show_answers = Assignment.ShowAnswers.AFTER_DUE
    assignment.save()
    _take(assignment, enrolled, right=1)
    client.force_login(enrolled)
    client.get(reverse("quizzes:review"))
    assert not ReviewCard.objects.exists()
    clock.advance(days=2)  # past the due time
    client.get(reverse("quizzes:review"))
    assert ReviewCard.objects.count() == 4


def test_answers_shown_at_once_join_review_at_once(enrolled, assignment):
    _take(assignment, enrolled, right=1)
    assert ReviewCard.objects.count() == 4


def test_the_instructor_is_offered_the_release_only_while_answers_are_hidden(client, irene, hidden):
    client.force_login(irene)
    results = reverse("classroom:assignment_results", args=[hidden.pk])
    assert "Show the answers to the class now" in client.get(results).content.decode()
    client.post(reverse("classroom:assignment_release_answers", args=[hidden.pk]))
    page = client.get(results).content.decode()
    assert "Show the answers to the class now" not in page
    assert "Answers shown to the class since" in page


@pytest.mark.parametrize(
    ("show", "due_in_hours", "released"),
    [
        ("after_submit", 5, False),
        ("after_due", 5, False),
        ("after_due", -1, False),
        ("after_due", 5, True),
        ("never", -1, False),
        ("never", -1, True),
    ],
)
def test_the_database_filter_agrees_with_the_rule_on_one_assignment(
    assignment, show, due_in_hours, released
):
    now = timezone.now()
    assignment.show_answers = show
    assignment.due_at = now + timedelta(hours=due_in_hours)
    assignment.answers_released_at = now if released else None
    assignment.save()
    hiding = Assignment.objects.filter(assignments.hiding_answers(now), pk=assignment.pk)
    assert hiding.exists() is not assignments.answers_visible(assignment, now)


def _stems(attempt) -> list[str]:
    return [bank.shown(slot).stem for slot in attempt.questions.all()]


def test_with_their_own_variants_classmates_and_retakes_get_other_questions(
    assignment, make_students
):
    assignment.per_student_questions = True
    assignment.save()
    first, second = make_students(2)
    firsts = _take(assignment, first, right=0)
    seconds = assignments.assignment_start(assignment=assignment, student=second)
    retake = assignments.assignment_start(assignment=assignment, student=first)
    assert _stems(firsts) != _stems(seconds)
    assert _stems(retake) != _stems(firsts)


def test_without_their_own_variants_the_class_shares_each_try_and_a_retake_is_new(
    assignment, make_students
):
    first, second = make_students(2)
    firsts = _take(assignment, first, right=0)
    seconds = _take(assignment, second, right=0)
    retake = assignments.assignment_start(assignment=assignment, student=first)
    assert _stems(firsts) == _stems(seconds)
    assert _stems(retake) != _stems(firsts)
