"""A learner reads the shipped lesson in a real browser, keyboard first."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "AWS IAM - identity and access management"
MAX_TABS = 120


def tab_to(page, pattern: re.Pattern) -> None:
    """Press Tab until the focused element's text matches, as a keyboard user would."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if pattern.search(page.evaluate("document.activeElement.textContent.trim()")):
            return
    raise AssertionError(f"nothing matching {pattern.pattern} could be reached with Tab")


def test_a_learner_reads_the_lesson_from_the_index_to_the_last_step_by_keyboard(page):
    page.goto("/lessons/")
    tab_to(page, re.compile(re.escape(TITLE)))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    steps = []
    while True:
        steps.append(page.locator('.lesson-toc [aria-current="step"]').inner_text())
        tab_to(page, re.compile(r"^(Next: |Finish the lesson)"))
        finishing = page.evaluate("document.activeElement.textContent").strip().startswith("Finish")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        if finishing:
            break
    assert steps[-1] == "best practices" and len(steps) == 7
    expect(page).to_have_url(re.compile(r"/lessons/$"))
    shipped = page.locator("li").filter(has_text=TITLE)
    expect(shipped.locator(".lesson-progress")).to_have_text("finished")


def test_a_table_of_contents_link_lands_on_its_heading(page):
    page.goto("/lessons/notes/security-IAM/")
    page.locator(".lesson-body").get_by_role("link", name="EC2 instance role").click()
    expect(page).to_have_url(re.compile(r"/lessons/notes/security-IAM/users/#ec2-instance-role$"))
    heading = page.locator("#ec2-instance-role")
    expect(heading).to_have_text("EC2 instance role")
    expect(heading).to_be_in_viewport()


def test_marking_a_step_done_updates_the_page_in_place(page):
    page.goto("/lessons/notes/security-IAM/policies/")
    page.get_by_role("button", name="Mark this step done").click()
    expect(page.get_by_role("status")).to_have_text("✓ You have finished this step.")
    page.reload()
    expect(page.locator(".lesson-toc li.done")).to_have_text(re.compile("policies"))


def test_search_shows_highlighted_matches_as_you_type(page):
    page.goto("/lessons/search/")
    page.get_by_label("Search the lessons").fill("credential report")
    expect(page.locator("#search-results mark").first).to_have_text(
        re.compile("credential report", re.IGNORECASE)
    )
    page.locator("#search-results a").first.click()
    expect(page).to_have_url(re.compile("/features/#credential-report$"))


def test_a_headings_permalink_is_reached_by_keyboard_and_lands_on_that_heading(page):
    label = "Link to this section: credential report"
    address = "/lessons/notes/security-IAM/features/#credential-report"
    page.goto("/lessons/notes/security-IAM/features/")
    permalink = page.get_by_role("link", name=label)
    expect(permalink).to_have_attribute("href", address)
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == label:
            break
    expect(permalink).to_be_focused()
    expect(permalink).to_have_css("opacity", "1")  # faint until focused or hovered
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(address) + "$"))
    heading = page.locator(":target")
    expect(heading).to_have_id("credential-report")
    expect(heading).to_have_text("credential report")
    expect(heading).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 0

    page.goto("/lessons/")
    page.goto(address)  # the link shared: opened afresh, it lands on the same heading
    expect(page.locator(":target")).to_have_id("credential-report")
    expect(page.locator("#credential-report")).to_be_in_viewport()
