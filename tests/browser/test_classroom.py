"""An instructor runs a two-question live quiz; two students answer from their own browsers."""

import re

import pytest
from playwright.sync_api import expect

from iamlab.classroom.models import LiveAnswer
from iamlab.classroom.services import classes
from tests.factories import PASSWORD, InstructorFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text(username)


def _answer(student):
    """Pick the first option (or as many as the question asks for) and send it."""
    state = student.locator("#live-state[data-phase='question']")
    expect(state).to_be_visible()
    buttons = state.locator(".answer-button")
    if buttons.count():
        buttons.first.click()
    else:
        needed = int(re.search(r"Choose (\d)", state.locator("legend").inner_text()).group(1))
        for box in state.get_by_role("checkbox").all()[:needed]:
            box.check()
        state.get_by_role("button", name="Send my answer").click()
    expect(student.get_by_text("Answer saved")).to_be_visible()


@pytest.fixture
def student_page(browser, live_server):
    contexts, errors = [], []

    def open_page():
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": 390, "height": 844}
        )
        context.set_default_timeout(10_000)
        page = context.new_page()
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        contexts.append(context)
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert errors == [], f"a student's browser reported errors: {errors}"


def test_an_instructor_runs_a_live_quiz_that_two_students_answer(page, student_page):
    irene = InstructorFactory(username="irene")
    course = classes.classroom_create(instructor=irene, name="Cloud 101")
    students = [UserFactory(username=name) for name in ("alice", "bob")]

    _log_in(page, "irene")
    page.get_by_role("link", name="Classes").click()
    page.get_by_role("link", name="Cloud 101").click()
    page.get_by_label("Tasks that require the root user").check()
    page.get_by_label("Questions").fill("2")
    page.get_by_label("Seconds per question").fill("60")
    page.get_by_role("button", name="Start a live quiz").click()
    expect(page.locator(".big-code")).to_contain_text(course.join_code)

    phones = []
    for student in students:
        phone = student_page()
        _log_in(phone, student.username)
        phone.goto(f"/classes/join/{course.join_code}/")
        phone.get_by_role("button", name="Join").click()
        phone.get_by_role("link", name=re.compile("Take part in the live quiz")).click()
        expect(phone.get_by_role("heading", name="Get ready")).to_be_visible()
        phones.append(phone)

    for position in (1, 2):
        button = "Start the first question" if position == 1 else "Next question"
        page.get_by_role("button", name=button).click()
        expect(page.locator(".countdown")).to_be_visible()
        stem = page.locator(".live-stem").inner_text()
        for phone in phones:
            # The phones learn of the new question by polling, within about a second.
            expect(phone.locator(".live-stem")).to_have_text(stem)
            _answer(phone)
        expect(page.locator(".answered")).to_have_text("2 answered")
        page.get_by_role("button", name="Stop the clock").click()
        expect(page.locator(".distribution")).to_be_visible()
        expect(page.locator(".leaderboard")).to_contain_text("alice")
        for phone in phones:
            expect(phone.get_by_role("heading", name="Time is up")).to_be_visible()
            # Then, after its own random pause, the phone's own score.
            expect(phone.get_by_text(re.compile(r"Your total: \d+ points"))).to_be_visible()

    page.get_by_role("button", name="Finish the quiz").click()
    expect(page.get_by_role("heading", name="Final leaderboard")).to_be_visible()
    expect(page.locator(".leaderboard")).to_contain_text("bob")
    for phone in phones:
        expect(phone.get_by_role("heading", name="The quiz is over")).to_be_visible()
        expect(phone.get_by_text(re.compile(r"Your total: \d+ points"))).to_be_visible()
    assert LiveAnswer.objects.count() == 4
