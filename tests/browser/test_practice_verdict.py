"""After a practice answer the verdict and the choice stay on screen (issue 17, item 3)."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

IN_VIEW = """e => { const r = e.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight; }"""


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 800)])
def test_the_verdict_and_the_choice_stay_in_view_and_next_takes_the_focus(page, width, height):
    page.set_viewport_size({"width": width, "height": height})
    # Policy questions have the longest stems: the answer is far down the page.
    page.goto("/quizzes/practice/?topic=policy-evaluation")
    page.get_by_role("button", name="Start practising").click()
    expect(page.get_by_text(re.compile(r"Question 1 of \d+"))).to_be_visible()
    page.locator(".option").nth(1).click()
    page.get_by_role("button", name="Submit answer").click()
    verdict = page.get_by_role("status").filter(has_text=re.compile("Correct|Not quite"))
    expect(verdict).to_be_visible()
    expect(page.get_by_role("button", name="Next question")).to_be_focused()
    page.wait_for_timeout(300)  # any scrolling after the swap has settled
    page.screenshot(path=f"/tmp/h/practice-verdict-{width}.png")
    assert verdict.evaluate(IN_VIEW), "the verdict is off screen"
    assert page.locator(".your-choice").evaluate(IN_VIEW), "the student's choice is off screen"
    assert page.get_by_role("button", name="Next question").evaluate(IN_VIEW)
