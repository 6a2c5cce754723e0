"""Spaced review: one FSRS card per concept per learner, rated by the answers."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from quizzes import review, study
from quizzes.attempts import finish_attempt, record_answer, start_attempt
from quizzes.models import Attempt, ReviewCard

pytestmark = pytest.mark.django_db


def test_the_first_answer_to_a_fact_creates_its_card(alices_learner, questions):
    question = questions.make()
    card = review.card_review(learner=alices_learner, question=question, correct=True)
    assert (card.fact, card.generator, card.seed, card.reviews) == (
        question.fact,
        question.generator,
        question.seed,
        1,
    )


def test_a_right_answer_schedules_the_card_later_than_a_wrong_one(alices_learner, questions):
    now = timezone.now()
    right = review.card_review(
        learner=alices_learner, question=questions.make(), correct=True, now=now
    )
    wrong = review.card_review(
        learner=alices_learner, question=questions.make(), correct=False, now=now
    )
    assert now < wrong.due < right.due


def test_remembering_a_fact_again_and_again_pushes_it_days_out(alices_learner, questions):
    question = questions.make()
    now = timezone.now()
    for _ in range(4):
        card = review.card_review(learner=alices_learner, question=question, correct=True, now=now)
        now = card.due
    assert card.due - card.last_reviewed_at > timedelta(days=1)
    assert card.reviews == 4
    assert ReviewCard.objects.count() == 1


def test_forgetting_a_well_known_fact_brings_it_back_within_a_day(alices_learner, questions):
    question = questions.make()
    now = timezone.now()
    for _ in range(4):
        now = review.card_review(
            learner=alices_learner, question=question, correct=True, now=now
        ).due
    card = review.card_review(learner=alices_learner, question=question, correct=False, now=now)
    assert card.due - now < timedelta(days=1)


def test_two_questions_on_one_fact_share_one_card(alices_learner, questions):
    review.card_review(
        learner=alices_learner, question=questions.make(fact="root-close-account"), correct=True
    )
    review.card_review(
        learner=alices_learner, question=questions.make(fact="root-close-account"), correct=False
    )
    assert ReviewCard.objects.get().reviews == 2


def test_cards_are_per_learner(alices_learner, bobs_learner, questions):
    question = questions.make()
    review.card_review(learner=alices_learner, question=question, correct=True)
    review.card_review(learner=bobs_learner, question=question, correct=True)
    assert ReviewCard.objects.count() == 2


def test_the_due_queue_holds_cards_whose_time_has_come(alices_learner, questions):
    card = review.card_review(learner=alices_learner, question=questions.make(), correct=False)
    assert list(review.due_cards(alices_learner)) == []
    assert list(review.due_cards(alices_learner, now=card.due)) == [card]


def test_answering_in_practice_rates_the_card_at_once(alices_learner, questions):
    attempt = start_attempt(alices_learner, [questions.make()], mode=Attempt.Mode.PRACTICE)
    record_answer(attempt, 1, [0])
    assert ReviewCard.objects.get().reviews == 1


def test_exam_answers_rate_cards_only_once_submitted(alices_learner, questions):
    attempt = start_attempt(
        alices_learner, [questions.make(), questions.make()], mode=Attempt.Mode.EXAM
    )
    record_answer(attempt, 1, [1])
    record_answer(attempt, 1, [0])
    assert not ReviewCard.objects.exists()
    finish_attempt(attempt)
    assert ReviewCard.objects.get().reviews == 1  # the unanswered question makes no card


def test_a_review_session_shows_the_due_cards_questions_and_answering_rates_them(
    alices_learner, questions
):
    question = questions.make()
    card = review.card_review(learner=alices_learner, question=question, correct=False)
    ReviewCard.objects.filter(pk=card.pk).update(due=timezone.now() - timedelta(minutes=1))
    session = study.start_review(alices_learner, rng=random.Random(1))
    slot = session.questions.get()
    assert (slot.generator, slot.seed) == (question.generator, question.seed)
    record_answer(session, 1, [0])
    card.refresh_from_db()
    assert card.reviews == 2 and card.due > timezone.now()


def test_a_review_session_with_nothing_due_is_refused(alices_learner):
    with pytest.raises(study.StudyRefused, match="No cards are due"):
        study.start_review(alices_learner, rng=random.Random(1))
