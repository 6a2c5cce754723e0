"""What the dashboard shows a learner: mastery, history, weak spots, streak, due cards."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from iamlab.accounts.models import Learner
from quizzes import attempts, review, scoring
from quizzes.models import Attempt, AttemptQuestion
from quizzes.question import TOPICS
from quizzes.study import open_exam

HISTORY_LENGTH = 20
WEAKEST_SECTIONS = 3


@dataclass(frozen=True)
class Section:
    lesson: str
    correct: int
    answered: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered)


@dataclass(frozen=True)
class Dashboard:
    mastery: list[scoring.TopicResult]
    history: list[Attempt]
    weakest: list[Section]
    streak: int
    due_now: int
    due_later_today: int
    open_exam: Attempt | None


def dashboard_for(learner: Learner | None) -> Dashboard | None:
    if learner is None:
        return None
    attempts.catch_up(learner)
    answered = AttemptQuestion.objects.filter(attempt__learner=learner, is_correct__isnull=False)
    return Dashboard(
        mastery=_mastery(answered),
        history=list(
            Attempt.objects.filter(learner=learner, finished_at__isnull=False)[:HISTORY_LENGTH]
        ),
        weakest=_weakest(answered),
        streak=streak(answered_days(answered), today=timezone.localdate()),
        due_now=review.due_cards(learner).count(),
        due_later_today=review.due_later_today(learner),
        open_exam=open_exam(learner),
    )


def _totals(answered, field):
    return answered.values(field).annotate(
        answered=Count("pk"), correct=Count("pk", filter=Q(is_correct=True))
    )


def _mastery(answered) -> list[scoring.TopicResult]:
    by_topic = {row["topic"]: row for row in _totals(answered, "topic")}
    return [
        scoring.TopicResult(topic, by_topic[topic]["correct"], by_topic[topic]["answered"])
        if topic in by_topic
        else scoring.TopicResult(topic, 0, 0)
        for topic in TOPICS
    ]


def _weakest(answered) -> list[Section]:
    sections = [
        Section(row["lesson"], row["correct"], row["answered"])
        for row in _totals(answered.exclude(lesson=""), "lesson")
        if row["correct"] < row["answered"]
    ]
    sections.sort(key=lambda s: (s.correct / s.answered, -s.answered, s.lesson))
    return sections[:WEAKEST_SECTIONS]


def answered_days(answered) -> set[date]:
    return set(
        answered.filter(answered_at__isnull=False)
        .annotate(day=TruncDate("answered_at"))
        .values_list("day", flat=True)
    )


def streak(days: set[date], *, today: date) -> int:
    """Consecutive days with an answer, ending today — or yesterday, so it holds until tonight."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count
