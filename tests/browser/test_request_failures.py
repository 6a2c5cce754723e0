"""A request htmx sends that fails (server error, no network) says so on the page, in one
status region, and the message goes once the page gets through again."""

import re

import pytest
from playwright.sync_api import expect

from iamlab.classroom.models import LiveAnswer, Membership
from iamlab.classroom.services import classes, live
from tests.factories import PASSWORD, InstructorFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

# What the browser logs about the requests these tests make fail, and htmx's own log of them.
EXPECTED = re.compile(
    r"Failed to load resource|Response Status Error Code"
    r"|htmx:(responseError|sendError|afterRequest)"
)


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    unexpected = [error for error in errors if not EXPECTED.search(error)]
    assert unexpected == [], f"the browser reported errors: {unexpected}"


def _log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text(username)


def test_a_live_quiz_answer_that_fails_says_so_and_the_retry_clears_it(phone):
    course = classes.classroom_create(instructor=InstructorFactory(username="irene"), name="C")
    alice = UserFactory(username="alice")
    Membership.objects.create(classroom=course, student=alice)
    quiz = live.live_quiz_create(
        classroom=course, topics=["root-only"], count=2, seconds=120, seed=7
    )
    live.live_quiz_next(live_quiz=quiz, seen_position=0)
    _log_in(phone, "alice")
    phone.goto(f"/classes/live/{quiz.pk}/")
    status = phone.get_by_role("status").and_(phone.locator("#request-status"))
    expect(status).to_be_hidden()

    # A server behind the proxy died: the answer gets a 502.
    phone.route("**/answer/", lambda route: route.fulfill(status=502, body="Bad Gateway"))
    state = phone.locator("#live-state[data-phase='question']")
    _send_an_answer(state)
    expect(status).to_have_text(re.compile(r"did not go through: .*\(502\)\. Please try again\."))
    # The polls that follow (204, nothing changed) leave the message up: the answer is lost.
    with phone.expect_response(re.compile(r"/pulse/")):
        pass
    expect(status).to_contain_text("did not go through")
    assert not LiveAnswer.objects.exists()

    # No network at all.
    phone.unroute("**/answer/")
    phone.route("**/answer/", lambda route: route.abort())
    _send_an_answer(state)
    expect(status).to_have_text(re.compile(r"did not go through: the server could not be reached"))

    phone.unroute("**/answer/")
    _send_an_answer(state)
    expect(phone.get_by_text("Answer saved")).to_be_visible()
    expect(status).to_be_hidden()
    assert LiveAnswer.objects.count() == 1

    # The once-a-second poll fails, then gets through again by itself.
    phone.route("**/pulse/**", lambda route: route.fulfill(status=500, body="error"))
    expect(status).to_have_text(re.compile(r"not up to date: .*\(500\)\. Trying again"))
    phone.unroute("**/pulse/**")
    expect(status).to_be_hidden()


def _send_an_answer(state):
    buttons = state.locator(".answer-button")
    if buttons.count():
        buttons.first.click()
    else:
        state.get_by_role("checkbox").first.check()
        state.get_by_role("button", name="Send my answer").click()


def test_the_policy_editors_check_as_you_type_says_when_it_fails(phone):
    phone.goto("/sandbox/policies/")
    status = phone.locator("#request-status")
    editor = phone.get_by_label("Policy document (JSON)")
    findings = phone.locator("#policy-document-findings")
    expect(findings).not_to_be_empty()

    phone.route("**/sandbox/validate/", lambda route: route.fulfill(status=500, body="error"))
    editor.fill('{"Version": "2012-10-17"}')
    expect(status).to_have_text(
        "Your last action did not go through: the server answered with an error (500). "
        "Please try again."
    )
    phone.unroute("**/sandbox/validate/")
    editor.fill('{"Version": "2012-10-17", "Statement": []}')
    expect(status).to_be_hidden()
