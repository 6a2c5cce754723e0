"""Sitting an exam or an assignment (issue 17, items 4 and 5): no false clock, the right words,
a confirmation before handing in unanswered questions, a navigator, results one can work through."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from iamlab.classroom.models import Membership
from iamlab.classroom.services import assignments, classes
from quizzes.models import Attempt
from tests.browser.test_classroom import _log_in
from tests.factories import InstructorFactory, UserFactory, open_assignment

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def untimed_assignment():
    """Alice's try at an assignment due in a week, with no time limit."""
    irene, alice = InstructorFactory(username="irene"), UserFactory(username="alice")
    course = classes.classroom_create(instructor=irene, name="Cloud 101")
    Membership.objects.create(classroom=course, student=alice)
    quiz = open_assignment(
        course, due_at=timezone.now() + timedelta(days=7), show_answers="after_due"
    )
    return assignments.assignment_start(assignment=quiz, student=alice)


def test_an_assignment_without_a_time_limit_shows_its_due_date_not_a_clock(
    page, untimed_assignment
):
    attempt = untimed_assignment
    _log_in(page, "alice")
    page.goto(f"/quizzes/attempts/{attempt.pk}/questions/1/")
    expect(page.get_by_text("Question 1 of 2")).to_be_visible()
    expect(page.get_by_role("timer")).to_have_count(0)
    expect(page.get_by_text("Time left")).to_have_count(0)
    expect(page.locator(".timer")).to_contain_text("Due ")
    page.goto(f"/quizzes/attempts/{attempt.pk}/summary/")
    expect(page.get_by_role("button", name="Submit the assignment")).to_be_visible()
    expect(page.get_by_role("button", name="Submit the exam")).to_have_count(0)


def test_submitting_an_exam_with_questions_open_asks_first_naming_them(page, settings):
    settings.QUIZZES_EXAM_QUESTIONS = 3
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/quizzes/exam/")
    page.get_by_role("button", name="Start the exam").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    page.get_by_label("Flag for review").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Question 2 of 3")).to_be_visible()
    page.get_by_role("button", name="Review answers").click()
    page.get_by_role("button", name="Submit the exam").click()

    expect(page.get_by_role("heading", name="Submit the exam now?")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text(
        "3 of 3 questions unanswered · 1 flagged for review."
    )
    page.screenshot(path="/tmp/h/exam-confirm-390.png")
    assert not Attempt.objects.get().is_finished
    page.get_by_role("button", name="Submit anyway").click()
    expect(page.get_by_role("heading", name="Exam simulation: results")).to_be_visible()
    assert Attempt.objects.get().is_finished


def test_the_navigator_shows_each_question_answered_flagged_or_not_and_goes_there(page, settings):
    settings.QUIZZES_EXAM_QUESTIONS = 3
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/quizzes/exam/")
    page.get_by_role("button", name="Start the exam").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    with page.expect_response(lambda r: r.request.method == "POST" and r.status == 204):
        page.locator(".option").first.click()
    with page.expect_response(lambda r: r.request.method == "POST" and r.status == 204):
        page.get_by_label("Flag for review").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text("Question 2 of 3")).to_be_visible()

    navigator = page.get_by_role("navigation", name="All questions")
    expect(navigator.get_by_role("link", name="1 answered, flagged")).to_be_visible()
    expect(navigator.get_by_role("link", name="2 unanswered")).to_have_attribute(
        "aria-current", "page"
    )
    page.screenshot(path="/tmp/h/exam-navigator-390.png", full_page=True)
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    navigator.get_by_role("link", name="3 unanswered").click()
    expect(page.get_by_text("Question 3 of 3")).to_be_visible()


def test_results_show_the_time_taken_filter_wrong_or_flagged_and_come_in_pages(page, settings):
    settings.QUIZZES_EXAM_QUESTIONS = 12
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/quizzes/exam/")
    page.get_by_role("button", name="Start the exam").click()
    page.get_by_label("Flag for review").check()
    page.get_by_role("button", name="Review answers").click()
    page.get_by_role("button", name="Submit the exam").click()
    page.get_by_role("button", name="Submit anyway").click()

    expect(page.get_by_text(re.compile(r"Time taken: \d+ s"))).to_be_visible()
    expect(page.locator(".reviewed-question")).to_have_count(10)
    expect(page.get_by_text("Questions 1–10 of 12")).to_be_visible()
    page.get_by_role("link", name="Next").click()
    expect(page.locator(".reviewed-question")).to_have_count(2)
    filters = page.get_by_role("navigation", name="Which questions")
    filters.get_by_role("link", name="Flagged only (1)").click()
    expect(page.locator(".reviewed-question")).to_have_count(1)
    expect(page.get_by_role("heading", name="Question 1: unanswered flagged")).to_be_visible()
    filters.get_by_role("link", name="Wrong only (12)").click()
    expect(page.locator(".reviewed-question")).to_have_count(10)
    page.screenshot(path="/tmp/h/exam-results-390.png")
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
