"""The three ways to study, each opening an attempt: practice, spaced review, exam.

Exam length and time come from settings (QUIZZES_EXAM_QUESTIONS,
QUIZZES_EXAM_MINUTES) so tests can sit a short exam; the defaults are the
CLF-C02 format: 65 questions in 90 minutes.
"""

import random
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone

from iamlab.accounts.models import Learner
from quizzes import bank, review
from quizzes.attempts import add_question, catch_up, finish_expired, start_attempt
from quizzes.models import Attempt, AttemptQuestion
from quizzes.question import TOPICS

EXAM_QUESTIONS = 65
EXAM_MINUTES = 90
REVIEW_SESSION_SIZE = 20

NO_TOPICS = "Choose at least one topic to practise."
UNKNOWN_TOPIC = "There is no topic called “{topic}”."
NO_QUESTIONS_YET = "There are no questions on “{title}” yet: choose another topic."
NOTHING_DUE = "No cards are due for review right now."


class StudyRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def exam_format() -> tuple[int, int]:
    """(questions, minutes) of an exam simulation."""
    return (
        getattr(settings, "QUIZZES_EXAM_QUESTIONS", EXAM_QUESTIONS),
        getattr(settings, "QUIZZES_EXAM_MINUTES", EXAM_MINUTES),
    )


def valid_topics(topics: list[str]) -> list[str]:
    available = bank.available_topics()
    for topic in topics:
        if topic not in TOPICS:
            raise StudyRefused(UNKNOWN_TOPIC.format(topic=topic))
        if topic not in available:
            raise StudyRefused(NO_QUESTIONS_YET.format(title=TOPICS[topic]))
    if not topics:
        raise StudyRefused(NO_TOPICS)
    return sorted(set(topics), key=list(TOPICS).index)


def start_practice(learner: Learner, topics: list[str], *, rng: random.Random) -> Attempt:
    chosen = valid_topics(topics)
    first = bank.fresh_question(chosen, avoid_facts=set(), rng=rng)
    return start_attempt(learner, [first], mode=Attempt.Mode.PRACTICE, topics=chosen)


def practice_next(attempt: Attempt, *, rng: random.Random) -> AttemptQuestion:
    """Another question on the run's topics, on a fact the run has not asked yet.

    While the last question waits for its answer it is the next one: pressing
    "Next question" twice adds one question, not two.
    """
    last = attempt.questions.order_by("-position").first()
    if last is not None and not last.is_answered:
        return last
    seen = set(attempt.questions.values_list("fact", flat=True))
    return add_question(attempt, bank.fresh_question(attempt.topics, avoid_facts=seen, rng=rng))


def start_review(learner: Learner | None, *, rng: random.Random) -> Attempt:
    """A session of the cards due now, each concept asked from another angle than last time."""
    if learner is not None:
        catch_up(learner)
    cards = list(review.due_cards(learner)[:REVIEW_SESSION_SIZE]) if learner else []
    if not cards:
        raise StudyRefused(NOTHING_DUE)
    questions = [bank.review_question(card, rng) for card in cards]
    return start_attempt(learner, questions, mode=Attempt.Mode.REVIEW)


def open_exam(learner: Learner | None) -> Attempt | None:
    """The learner's exam still running, if any: there is one at a time."""
    if learner is None:
        return None
    return Attempt.objects.filter(
        learner=learner,
        mode=Attempt.Mode.EXAM,
        finished_at__isnull=True,
        deadline__gt=timezone.now(),
    ).first()


def start_exam(learner: Learner, *, rng: random.Random) -> Attempt:
    """A new exam, or the one already running: a double click starts one exam, even when its
    two requests reach two app servers at once (the database allows one running exam)."""
    finish_expired(Attempt.objects.filter(learner=learner, mode=Attempt.Mode.EXAM))
    running = open_exam(learner)
    if running is not None:
        return running
    count, minutes = exam_format()
    topics = bank.available_topics()
    # Drawn by the blueprint: each task statement by its weight (quizzes/coverage.py).
    questions = bank.exam(count, rng.randrange(2**31))
    try:
        return start_attempt(
            learner,
            questions,
            mode=Attempt.Mode.EXAM,
            time_limit=timedelta(minutes=minutes),
            topics=topics,
        )
    except IntegrityError:
        # The other request's exam was created between our check and our insert.
        return open_exam(learner)
