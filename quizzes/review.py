"""Spaced review: one FSRS card per fact a learner has met, rated by their answers.

A correct answer rates the card Good, a wrong one Again; FSRS (the ``fsrs``
package) decides when it is due next. A card remembers the last question that
tested its fact, and a review session shows that question again.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from fsrs import Card, Rating, Scheduler

from iamlab.accounts.models import Learner
from quizzes.models import ReviewCard
from quizzes.question import Question

SCHEDULER = Scheduler()


def card_review(
    *, learner: Learner, question: Question, correct: bool, now: datetime | None = None
) -> ReviewCard:
    """Rate the learner's card for ``question.fact`` (creating it on first meeting)."""
    now = now or timezone.now()
    rating = Rating.Good if correct else Rating.Again
    with transaction.atomic():
        row = (
            ReviewCard.objects.select_for_update()
            .filter(learner=learner, fact=question.fact)
            .first()
        )
        # The row's primary key is the card's identity; fsrs's own id goes unused.
        card = Card.from_dict(row.state) if row else Card(card_id=0, due=now)
        card, _log = SCHEDULER.review_card(card, rating, review_datetime=now)
        fields = {
            "topic": question.topic,
            "generator": question.generator,
            "seed": question.seed,
            "state": card.to_dict(),
            "due": card.due,
            "last_reviewed_at": now,
        }
        if row is None:
            return ReviewCard.objects.create(
                learner=learner, fact=question.fact, reviews=1, **fields
            )
        for name, value in fields.items():
            setattr(row, name, value)
        row.reviews += 1
        row.save()
    return row


def due_cards(learner: Learner, now: datetime | None = None):
    return ReviewCard.objects.filter(learner=learner, due__lte=now or timezone.now())


def due_later_today(learner: Learner, now: datetime | None = None) -> int:
    now = now or timezone.now()
    end_of_day = timezone.make_aware(
        datetime.combine(timezone.localdate(now) + timedelta(days=1), time.min)
    )
    return ReviewCard.objects.filter(learner=learner, due__gt=now, due__lt=end_of_day).count()
