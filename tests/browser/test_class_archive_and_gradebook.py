"""Issue 17 item 8: archiving a class asks first and can be undone; challenges in the gradebook."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from iamlab.classroom.models import ChallengeResult, ClassChallenge, Membership
from iamlab.classroom.services import classes
from tests.factories import PASSWORD, InstructorFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text(username)


def no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"the page is {width} px wide"


@pytest.mark.parametrize("width", [1280, 390])
def test_an_instructor_confirms_the_archive_by_keyboard_and_restores_the_class(page, width):
    page.set_viewport_size({"width": width, "height": 844})
    course = classes.classroom_create(
        instructor=InstructorFactory(username="irene"), name="Cloud 101"
    )
    log_in(page, "irene")
    page.goto(f"/classes/{course.pk}/")
    page.get_by_role("link", name="Archive this class…").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Archive “Cloud 101”?")).to_be_visible()
    no_sideways_scroll(page)
    page.get_by_role("link", name="Keep it open").click()
    expect(page.get_by_role("link", name="Archive this class…")).to_be_visible()
    page.get_by_role("link", name="Archive this class…").click()
    page.get_by_role("button", name="Archive the class").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("is archived")
    page.goto(f"/classes/{course.pk}/")
    page.get_by_role("button", name="Restore this class").click()
    expect(page.get_by_role("status")).to_contain_text("is restored")
    expect(page.locator(".join-code")).to_have_text(course.join_code)
    no_sideways_scroll(page)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_gradebook_shows_a_sandbox_challenge_column(page, width):
    page.set_viewport_size({"width": width, "height": 844})
    course = classes.classroom_create(
        instructor=InstructorFactory(username="irene"), name="Cloud 101"
    )
    alice = UserFactory(username="alice")
    Membership.objects.create(classroom=course, student=alice)
    class_challenge = ClassChallenge.objects.create(
        classroom=course, slug="developers-read-reports"
    )
    ChallengeResult.objects.create(
        class_challenge=class_challenge,
        student=alice,
        passed=True,
        requirements=[],
        checked_at=timezone.now(),
        first_passed_at=timezone.now(),
    )
    log_in(page, "irene")
    page.goto(f"/classes/{course.pk}/gradebook/")
    table = page.get_by_role("region", name="Gradebook")
    expect(table.get_by_role("columnheader")).to_contain_text(
        ["Student", class_challenge.challenge.title]
    )
    expect(table.get_by_role("row", name="alice")).to_contain_text("Passed")
    no_sideways_scroll(page)
