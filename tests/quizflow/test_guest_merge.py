"""A guest's attempts and review cards become theirs when they log in to their account."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from iamlab.accounts.learners import learner_merged
from iamlab.accounts.models import Learner
from quizzes import review
from quizzes.attempts import start_attempt
from quizzes.models import Attempt, ReviewCard
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_logging_in_moves_the_guests_practice_into_the_existing_account(
    client, alice, alices_learner, questions
):
    client.post(reverse("quizzes:practice"), {"topic": "root-only"})
    guest_attempt = Attempt.objects.get()
    client.post(reverse("quizzes:question", args=[guest_attempt.pk, 1]), {"choice": "0"})
    client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    guest_attempt.refresh_from_db()
    assert guest_attempt.learner == alices_learner
    assert ReviewCard.objects.get().learner == alices_learner
    assert client.get(reverse("quizzes:attempt", args=[guest_attempt.pk])).status_code == 302


def test_when_both_have_a_card_for_a_fact_the_one_reviewed_last_is_kept(alices_learner, questions):
    guest = Learner.objects.create()
    question = questions.make()
    earlier = timezone.now() - timedelta(days=3)
    review.card_review(learner=alices_learner, question=question, correct=False, now=earlier)
    guests_card = review.card_review(learner=guest, question=question, correct=True)
    start_attempt(guest, [questions.make()], mode=Attempt.Mode.PRACTICE)
    learner_merged.send(sender=Learner, source=guest, target=alices_learner)
    kept = ReviewCard.objects.get(learner=alices_learner)
    assert kept.pk == guests_card.pk
    assert Attempt.objects.get().learner == alices_learner


def test_the_accounts_newer_card_wins_over_an_older_guest_card(alices_learner, questions):
    guest = Learner.objects.create()
    question = questions.make()
    review.card_review(
        learner=guest, question=question, correct=True, now=timezone.now() - timedelta(days=3)
    )
    mine = review.card_review(learner=alices_learner, question=question, correct=True)
    learner_merged.send(sender=Learner, source=guest, target=alices_learner)
    guest.delete()
    assert list(ReviewCard.objects.all()) == [mine]
