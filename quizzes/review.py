"""Spaced review: one FSRS card per concept a learner has met, rated by their answers.

A correct answer rates the card Good, a wrong one Again; FSRS (the ``fsrs``
package) decides when it is due next, aiming at the learner's desired retention
(their StudyPlan; 0.9 unless they chose otherwise). With an exam date set, a card
FSRS would leave until after the exam is pulled forward so that every studied
concept is reviewed before it. Every question on a concept, whatever its angle,
rates the concept's one card.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone
from fsrs import Card, Rating, Scheduler

from iamlab.accounts.models import Learner
from quizzes.models import ReviewCard, StudyPlan
from quizzes.question import Question

MIN_RETENTION, MAX_RETENTION = 0.7, 0.99
HIGH_RETENTION_WARNING = (
    "Above 0.95 the reviews come much more often: expect several times the daily workload "
    "for a small gain in recall."
)


class PlanRefused(ValueError):
    pass


def plan_of(learner: Learner) -> StudyPlan:
    """The learner's plan, unsaved with the defaults when they never set one."""
    plan = StudyPlan.objects.filter(learner=learner).first()
    return plan or StudyPlan(learner=learner)


def save_plan(learner: Learner, *, desired_retention: float, exam_date, now=None) -> StudyPlan:
    """Store the learner's plan and pull every card due after the exam in before it."""
    if not MIN_RETENTION <= desired_retention <= MAX_RETENTION:
        raise PlanRefused(f"Desired retention must be between {MIN_RETENTION} and {MAX_RETENTION}.")
    now = now or timezone.now()
    if exam_date is not None and exam_date <= timezone.localdate(now):
        raise PlanRefused("The exam date must be in the future.")
    plan, _ = StudyPlan.objects.update_or_create(
        learner=learner,
        defaults={"desired_retention": desired_retention, "exam_date": exam_date},
    )
    if exam_date is not None:
        with transaction.atomic():
            for row in ReviewCard.objects.select_for_update().filter(
                learner=learner, due__gt=_exam_start(exam_date)
            ):
                row.due = _before_exam(row.due, exam_date, now)
                row.state = {**row.state, "due": row.due.isoformat()}
                row.save(update_fields=["due", "state"])
    return plan


def _exam_start(exam_date) -> datetime:
    return timezone.make_aware(datetime.combine(exam_date, time.min))


def _before_exam(due: datetime, exam_date, now: datetime) -> datetime:
    """``due``, or halfway from now to the exam when ``due`` falls after the exam starts:
    reviewed before it, and again nearer to it when that review is also pulled in."""
    start = _exam_start(exam_date)
    if due <= start or now >= start:
        return due
    return now + (start - now) / 2


def card_review(
    *,
    learner: Learner,
    question: Question,
    correct: bool,
    now: datetime | None = None,
    plan: StudyPlan | None = None,
) -> ReviewCard:
    """Rate the learner's card for ``question.fact`` (creating it on first meeting); ``plan``
    saves a query when one attempt rates many cards."""
    now = now or timezone.now()
    rating = Rating.Good if correct else Rating.Again
    plan = plan or plan_of(learner)
    scheduler = Scheduler(desired_retention=plan.desired_retention)
    with transaction.atomic():
        row = (
            ReviewCard.objects.select_for_update()
            .filter(learner=learner, fact=question.fact)
            .first()
        )
        # The row's primary key is the card's identity; fsrs's own id goes unused.
        card = Card.from_dict(row.state) if row else Card(card_id=0, due=now)
        card, _log = scheduler.review_card(card, rating, review_datetime=now)
        if plan.exam_date is not None:
            card.due = _before_exam(card.due, plan.exam_date, now)
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
