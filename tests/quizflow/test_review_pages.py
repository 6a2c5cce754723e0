"""The spaced review page: due cards, a session through them, and its end."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from quizzes import review
from quizzes.models import Attempt, ReviewCard

pytestmark = pytest.mark.django_db

REVIEW = reverse("quizzes:review")


@pytest.fixture
def two_due_cards(client, alice, alices_learner, questions):
    client.force_login(alice)
    for _ in range(2):
        review.card_review(learner=alices_learner, question=questions.make(), correct=False)
    ReviewCard.objects.update(due=timezone.now() - timedelta(minutes=1))


def test_the_review_page_counts_the_cards_due_now(client, two_due_cards):
    page = client.get(REVIEW).content.decode()
    assert "<strong>2</strong> cards due now" in page
    assert "Review due cards" in page


def test_with_nothing_due_there_is_nothing_to_start(client, alice):
    client.force_login(alice)
    page = client.get(REVIEW).content.decode()
    assert "Nothing to review right now" in page
    response = client.post(REVIEW, follow=True)
    assert "No cards are due for review right now." in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_review_session_goes_card_by_card_and_rates_each(client, two_due_cards):
    response = client.post(REVIEW)
    session = Attempt.objects.get(mode=Attempt.Mode.REVIEW)
    first = reverse("quizzes:question", args=[session.pk, 1])
    assert response["Location"] == first
    page = client.post(first, {"choice": "0"}, follow=True).content.decode()
    assert "Correct." in page and "Next card" in page
    second = reverse("quizzes:question", args=[session.pk, 2])
    page = client.post(second, {"choice": "1"}, follow=True).content.decode()
    assert "Not quite." in page and "Finish review" in page
    assert list(ReviewCard.objects.values_list("reviews", flat=True)) == [2, 2]
    assert not review.due_cards(session.learner).exists()


def test_an_htmx_review_answer_shows_its_feedback_in_place(client, two_due_cards):
    client.post(REVIEW)
    session = Attempt.objects.get(mode=Attempt.Mode.REVIEW)
    first = reverse("quizzes:question", args=[session.pk, 1])
    response = client.post(first, {"choice": "0"}, headers={"HX-Request": "true"})
    fragment = response.content.decode()
    assert response.status_code == 200 and "<html" not in fragment
    assert "Correct." in fragment and "Next card</a>" in fragment
    assert sorted(ReviewCard.objects.values_list("reviews", flat=True)) == [1, 2]
