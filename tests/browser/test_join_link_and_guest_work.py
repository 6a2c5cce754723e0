"""Issue 17 items 2 and 7: the join link survives sign-up; logging in keeps guest work."""

import pytest
from playwright.sync_api import expect

from iamlab.classroom.models import Membership
from iamlab.classroom.services import classes
from iamlab.sandbox.models import SandboxAccount
from tests.factories import PASSWORD, InstructorFactory, LearnerFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def no_sideways_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"the page is {width} px wide"


@pytest.mark.parametrize("width", [1280, 390])
def test_a_signed_out_student_signs_up_from_the_join_link_and_lands_in_the_class(page, width):
    page.set_viewport_size({"width": width, "height": 844})
    course = classes.classroom_create(instructor=InstructorFactory(), name="Cloud 101")
    page.goto(f"/classes/join/{course.join_code}/")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    no_sideways_scroll(page)
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Username").fill("carol")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    no_sideways_scroll(page)
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_label("Join code")).to_have_value(course.join_code)
    no_sideways_scroll(page)
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_text("You joined “Cloud 101”.")).to_be_visible()
    assert Membership.objects.filter(classroom=course, student__username="carol").exists()


def test_a_student_who_logs_in_from_the_join_link_returns_to_it(page):
    UserFactory(username="alice")
    course = classes.classroom_create(instructor=InstructorFactory(), name="Cloud 101")
    page.goto(f"/classes/join/{course.join_code}/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_label("Join code")).to_have_value(course.join_code)


@pytest.mark.parametrize("width", [1280, 390])
def test_a_guest_who_logs_in_finds_their_sandbox_and_is_told_it_was_kept(page, width):
    page.set_viewport_size({"width": width, "height": 844})
    alice = UserFactory(username="alice")
    # An empty sandbox, as a visit used to leave one: the guest's work must replace it.
    SandboxAccount.objects.create(learner=LearnerFactory(user=alice))
    page.goto("/sandbox/users/")
    page.get_by_label("User name").fill("dev")
    page.get_by_role("button", name="Create user").click()
    page.wait_for_url("**/sandbox/users/dev/")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("status")).to_have_text(
        "Your guest work was kept: your sandbox with 1 user."
    )
    no_sideways_scroll(page)
    page.goto("/sandbox/users/")
    expect(page.get_by_role("link", name="dev", exact=True)).to_be_visible()
