"""A learner sits a short exam start to finish, and practises with the keyboard."""

import re

import pytest
from playwright.sync_api import expect

from quizzes.models import Attempt

pytestmark = pytest.mark.django_db(transaction=True)


def autosaved(response) -> bool:
    return response.request.method == "POST" and response.status == 204


@pytest.fixture
def short_exam(settings):
    settings.QUIZZES_EXAM_QUESTIONS = 3
    settings.QUIZZES_EXAM_MINUTES = 5


def test_a_learner_sits_a_short_exam_from_start_to_results(page, short_exam):
    page.goto("/quizzes/exam/")
    page.get_by_role("button", name="Start the exam").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    expect(page.get_by_role("timer")).to_contain_text(re.compile(r"[45]:\d\d"))

    # Question 1: chosen with the keyboard, flagged, saved as given.
    with page.expect_response(autosaved):
        page.keyboard.press("1")
    expect(page.locator("input[name=choice]").first).to_be_checked()
    # Each change is autosaved; waiting for it keeps the test from racing the next submit on the
    # live server's one shared SQLite connection (a browser on a real server needs no such wait).
    with page.expect_response(autosaved):
        page.get_by_label("Flag for review").check()
    page.get_by_role("button", name="Next").click()

    # Question 2: Enter saves and moves on.
    expect(page.get_by_text("Question 2 of 3")).to_be_visible()
    with page.expect_response(autosaved):
        page.locator(".option").nth(1).click()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Question 3 of 3")).to_be_visible()

    # A reload (or a lost connection) loses nothing: question 1 still holds its answer and flag.
    page.reload()
    page.get_by_role("button", name="Previous").click()
    page.get_by_role("button", name="Previous").click()
    expect(page.get_by_text("Question 1 of 3")).to_be_visible()
    expect(page.locator("input[name=choice]").first).to_be_checked()
    expect(page.get_by_label("Flag for review")).to_be_checked()

    page.goto(f"/quizzes/attempts/{Attempt.objects.get().pk}/summary/")
    expect(page.get_by_text("1 unanswered · 1 flagged for review")).to_be_visible()
    page.get_by_role("button", name="Submit the exam").click()
    page.get_by_role("button", name="Submit anyway").click()  # one unanswered, one flagged

    expect(page.get_by_role("heading", name="Exam simulation: results")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Scaled score: \d+ / 1000"))).to_be_visible()
    expect(page.get_by_role("heading", name="By topic")).to_be_visible()
    expect(page.locator(".reviewed-question")).to_have_count(3)
    expect(page.locator(".reviewed-question .explanation").first).to_contain_text("Why")
    assert Attempt.objects.get().is_finished


def test_when_the_clock_runs_out_the_page_moves_to_the_results(page, settings):
    settings.QUIZZES_EXAM_QUESTIONS = 2
    settings.QUIZZES_EXAM_MINUTES = 0.05  # three seconds
    page.goto("/quizzes/exam/")
    page.get_by_role("button", name="Start the exam").click()
    expect(page.get_by_text("Question 1 of 2")).to_be_visible()
    expect(page.get_by_role("heading", name="Exam simulation: results")).to_be_visible()
    expect(page.get_by_text("0 of 2 correct")).to_be_visible()


def test_a_learner_practises_with_the_keyboard_from_a_lesson_link(page):
    page.goto("/quizzes/practice/?topic=root-only")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Question 1 of 1")).to_be_visible()
    page.keyboard.press("1")
    page.keyboard.press("Enter")
    expect(
        page.get_by_role("status").filter(has_text=re.compile("Correct|Not quite"))
    ).to_be_visible()
    expect(page.locator(".lesson-link a")).to_have_attribute(
        "href", re.compile(r"^/lessons/notes/[\w-]+/")
    )
    expect(page.locator(".why")).to_have_count(page.locator(".option-explained").count())
    page.keyboard.press("Enter")  # "Next question" has the focus
    expect(page.get_by_text("Question 2 of 2")).to_be_visible()


def test_a_practice_answer_shows_its_explanation_without_leaving_the_page(page):
    page.goto("/quizzes/practice/?topic=root-only")
    page.get_by_role("button", name="Start practising").click()
    expect(page.get_by_text("Question 1 of 1")).to_be_visible()
    address = page.url
    page.evaluate("window.sameDocument = true")  # a reload or navigation would lose this
    navigations = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url))
    page.locator(".option").first.click()
    with page.expect_response(lambda r: r.request.method == "POST") as answered:
        page.get_by_role("button", name="Submit answer").click()
    assert answered.value.status == 200
    assert answered.value.request.headers.get("hx-request") == "true"
    expect(
        page.get_by_role("status").filter(has_text=re.compile("Correct|Not quite"))
    ).to_be_visible()
    expect(page.locator(".explanation")).to_contain_text("Why")
    expect(page.get_by_role("button", name="Next question")).to_be_focused()
    assert page.url == address
    assert page.evaluate("window.sameDocument") is True
    assert navigations == []
    assert Attempt.objects.get().questions.get().is_answered
