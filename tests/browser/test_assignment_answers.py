"""An instructor shows a quiz's hidden answers from a phone, by keyboard; the student sees them."""

import pytest
from playwright.sync_api import expect

from iamlab.classroom.models import Membership
from iamlab.classroom.services import assignments, classes
from quizzes import attempts
from tests.browser.test_classroom import _log_in
from tests.factories import InstructorFactory, UserFactory, open_assignment

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_instructor_shows_hidden_answers_and_the_student_sees_them(browser, live_server):
    irene, alice = InstructorFactory(username="irene"), UserFactory(username="alice")
    course = classes.classroom_create(instructor=irene, name="Cloud 101")
    Membership.objects.create(classroom=course, student=alice)
    quiz = open_assignment(course, per_student_questions=True, show_answers="never")
    attempts.finish_attempt(assignments.assignment_start(assignment=quiz, student=alice))

    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(10_000)
    page = context.new_page()
    _log_in(page, "alice")
    page.goto(f"/classes/assignments/{quiz.pk}/")
    expect(page.get_by_text("Answers and explanations are not shown")).to_be_visible()

    page.context.clear_cookies()
    _log_in(page, "irene")
    page.goto(f"/classes/assignments/{quiz.pk}/results/")
    show = page.get_by_role("button", name="Show the answers to the class now")
    show.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Answers shown to the class since")).to_be_visible()
    assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth")

    page.context.clear_cookies()
    _log_in(page, "alice")
    page.goto(f"/classes/assignments/{quiz.pk}/")
    expect(page.get_by_role("heading", name="Your last try, with answers")).to_be_visible()
    context.close()
