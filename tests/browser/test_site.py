"""A person signs up, logs in and finds their way around, mouse or keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

SECTIONS = ["Lessons", "Sandbox", "Quizzes"]


def test_a_visitor_signs_up_and_is_greeted_by_name(page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign up").click()
    page.get_by_label("Username").fill("carol")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("carol")


def test_a_learner_logs_in_and_out(page):
    UserFactory(username="alice")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    nav = page.get_by_role("navigation", name="Main")
    expect(nav).to_contain_text("alice")
    nav.get_by_role("button", name="Log out").click()
    expect(nav.get_by_role("link", name="Log in")).to_be_visible()


def test_every_top_level_section_is_reachable_from_the_navigation(page):
    page.goto("/")
    nav = page.get_by_role("navigation", name="Main")
    for name in SECTIONS:
        nav.get_by_role("link", name=name, exact=True).click()
        expect(page).to_have_title(re.compile(name))
        expect(nav.get_by_role("link", name=name, exact=True)).to_have_attribute(
            "aria-current", "page"
        )


def test_the_navigation_works_with_the_keyboard_alone(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    visited = []
    for _ in range(12):
        page.keyboard.press("Tab")
        label = page.evaluate("document.activeElement.textContent.trim()")
        visited.append(label)
        if label == "Quizzes":
            break
    assert visited[:4] == ["IAM Lab", *SECTIONS]
    page.keyboard.press("Enter")
    expect(page).to_have_title(re.compile("Quizzes"))


def test_the_layout_fits_a_phone_screen(page):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto("/")
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert overflow is False
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Sandbox", exact=True)).to_be_visible()
