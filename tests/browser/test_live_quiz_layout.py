"""The live quiz's layout (issue 17): policies readable, options on screen, bars that do not lie."""

import base64

import pytest
from playwright.sync_api import expect

from iamlab.classroom.models import LiveAnswer, LiveQuestion, Membership
from iamlab.classroom.services import classes, live
from quizzes import bank
from quizzes.stems import shows_document
from tests.browser.test_classroom import _log_in
from tests.factories import InstructorFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


def _policy_seed() -> int:
    return next(
        seed
        for seed in range(200)
        if shows_document(bank.quiz(["policy-evaluation"], 1, seed)[0].stem)
    )


@pytest.fixture
def policy_quiz():
    irene = InstructorFactory(username="irene")
    course = classes.classroom_create(instructor=irene, name="Cloud 101")
    alice = UserFactory(username="alice")
    Membership.objects.create(classroom=course, student=alice)
    live_quiz = live.live_quiz_create(
        classroom=course,
        topics=["policy-evaluation"],
        count=1,
        seconds=20,
        policy_extra_seconds=40,
        seed=_policy_seed(),
    )
    live.live_quiz_next(live_quiz=live_quiz, seen_position=0)
    return live_quiz


def _phone(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    context.set_default_timeout(10_000)
    return context, context.new_page()


def _check_policy_block(page):
    policy = page.locator("pre.live-policy")
    expect(policy).to_have_count(1)
    expect(policy).to_have_attribute("tabindex", "0")
    expect(policy).to_have_accessible_name("Policy")
    # Pretty-printed JSON at reading size, not a bold heading.
    assert '\n  "Statement": [' in policy.inner_text()
    weight, size = policy.evaluate(
        "e => [getComputedStyle(e).fontWeight, parseFloat(getComputedStyle(e).fontSize)]"
    )
    assert weight == "400"
    assert 12 <= size <= 28
    assert page.locator("h1 pre").count() == 0


def _in_view(page, locator):
    box = locator.bounding_box()
    return box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def test_a_policy_question_is_readable_and_its_options_stay_on_screen(
    page, browser, live_server, policy_quiz
):
    # The projector: the policy as code, every option on screen, the extra seconds on the clock.
    _log_in(page, "irene")
    page.goto(f"/classes/live/{policy_quiz.pk}/screen/")
    _check_policy_block(page)
    assert int(page.locator(".countdown-number").inner_text()) > 45
    for option in page.locator(".live-options li").all():
        assert _in_view(page, option), option.inner_text()
    page.screenshot(path="/tmp/h/live-screen-desktop.png")

    # The phone: the same, the options' buttons on screen without scrolling the page.
    context, phone = _phone(browser, live_server)
    try:
        _log_in(phone, "alice")
        phone.goto(f"/classes/live/{policy_quiz.pk}/")
        _check_policy_block(phone)
        buttons = phone.locator(".answer-button")
        expect(buttons).to_have_count(4)
        for button in buttons.all():
            assert _in_view(phone, button), button.inner_text()
        phone.screenshot(path="/tmp/h/live-play-phone.png")
        # The policy scrolls by keyboard: its box takes focus.
        phone.locator(".live-stem-document").focus()
        expect(phone.locator(".live-stem-document")).to_be_focused()
    finally:
        context.close()


GREEN_PIXELS = """async (png) => {
  const image = new Image();
  image.src = "data:image/png;base64," + png;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  let green = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 1] > data[i] + 40 && data[i + 1] > data[i + 2] + 40) green++;
  }
  return green;
}"""


def _green_pixels(page, locator) -> int:
    png = base64.b64encode(locator.screenshot()).decode()
    return page.evaluate(GREEN_PIXELS, png)


def test_the_results_colour_only_the_right_answers_bar_green(page, policy_quiz):
    question = live.live_view(policy_quiz).question
    wrong = next(i for i in range(len(question.options)) if i not in question.answer)
    slot = LiveQuestion.objects.get(live_quiz=policy_quiz, position=1)
    LiveAnswer.objects.create(
        question=slot,
        student=policy_quiz.classroom.memberships.get().student,
        choices=[wrong],
        is_correct=False,
        points=0,
    )
    live.live_quiz_close_question(live_quiz=policy_quiz)
    _log_in(page, "irene")
    page.goto(f"/classes/live/{policy_quiz.pk}/screen/")
    wrong_bar = page.locator(".distribution li").nth(wrong).locator("meter")
    expect(wrong_bar).to_have_attribute("value", "100")
    page.screenshot(path="/tmp/h/live-results-desktop.png")
    assert _green_pixels(page, wrong_bar) == 0
