"""Live quizzes: the instructor moves through questions, students answer against the clock.

The state is entirely in the database. What phase a quiz is in is derived from
stored fields and the current time, so every app server process computes the
same answer; writes are single conditional UPDATEs or INSERTs that the database
arbitrates (a double click on "Next" moves on once; a double tap answers once).
"""

import random
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from iamlab.classroom.models import Classroom, LiveAnswer, LiveQuestion, LiveQuiz
from quizzes import bank, scoring
from quizzes.question import Question
from quizzes.stems import shows_document

MIN_SECONDS, MAX_SECONDS = 5, 300
MAX_QUESTIONS = 30
# A correct answer earns a base, plus a bonus that shrinks as the clock runs down.
BASE_POINTS = 500
SPEED_POINTS = 500
LEADERBOARD_SIZE = 10

QUESTION_CLOSED = "This question is closed: answers are no longer accepted."
ALREADY_ANSWERED = "You have already answered this question; your first answer counts."
NO_CHOICE = "Choose an answer first."
NO_SUCH_OPTION = "That option does not exist: choose one of the options shown."
WRONG_COUNT = "This question takes exactly {count} answers."
NOT_A_MEMBER = "Only students in this class can answer."


class LiveAnswerRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Phase:
    LOBBY = "lobby"
    QUESTION = "question"
    RESULTS = "results"
    FINISHED = "finished"


def phase_of(live_quiz: LiveQuiz, now: datetime | None = None) -> str:
    now = now or timezone.now()
    if live_quiz.finished_at is not None:
        return Phase.FINISHED
    if live_quiz.current_position == 0:
        return Phase.LOBBY
    if now < live_quiz.closes_at:
        return Phase.QUESTION
    return Phase.RESULTS


def live_quiz_create(
    *,
    classroom: Classroom,
    topics: list[str],
    count: int,
    seconds: int,
    seed: int,
    policy_extra_seconds: int = 0,
) -> LiveQuiz:
    """Draw the questions now, so every screen shows the same ones in the same order."""
    questions = bank.quiz(topics, count, seed)
    with transaction.atomic():
        live_quiz = LiveQuiz.objects.create(
            classroom=classroom,
            topics=topics,
            seconds_per_question=seconds,
            policy_extra_seconds=policy_extra_seconds,
            question_count=len(questions),
        )
        LiveQuestion.objects.bulk_create(
            LiveQuestion(
                live_quiz=live_quiz,
                position=position,
                generator=question.generator,
                seed=question.seed,
            )
            for position, question in enumerate(questions, start=1)
        )
    return live_quiz


def new_seed() -> int:
    return random.SystemRandom().randrange(2**31)


def live_quiz_next(*, live_quiz: LiveQuiz, seen_position: int) -> LiveQuiz:
    """Open the question after ``seen_position``, or finish after the last one.

    The position the instructor saw makes the step idempotent: a second click,
    or the same click arriving through another app server, changes nothing.
    """
    now = timezone.now()
    moved = LiveQuiz.objects.filter(
        pk=live_quiz.pk, current_position=seen_position, finished_at__isnull=True
    )
    if seen_position < live_quiz.question_count:
        _, question = _slot_question(live_quiz.pk, live_quiz.pulse_key, seen_position + 1)
        moved.update(
            current_position=seen_position + 1,
            closes_at=now + timedelta(seconds=question_seconds(live_quiz, question)),
        )
    else:
        moved.update(finished_at=now)
    live_quiz.refresh_from_db()
    return live_quiz


def question_seconds(live_quiz: LiveQuiz, question: Question) -> int:
    """How long ``question`` stays open: a policy to read earns the instructor's extra seconds."""
    extra = live_quiz.policy_extra_seconds if shows_document(question.stem) else 0
    return live_quiz.seconds_per_question + extra


def live_quiz_close_question(*, live_quiz: LiveQuiz) -> LiveQuiz:
    """Stop the clock early, e.g. once everyone has answered."""
    now = timezone.now()
    LiveQuiz.objects.filter(pk=live_quiz.pk, closes_at__gt=now).update(closes_at=now)
    live_quiz.refresh_from_db()
    return live_quiz


def live_answer_record(*, live_quiz: LiveQuiz, student, position, choices: list) -> LiveAnswer:
    """Record ``student``'s one answer to the open question at ``position``.

    ``position`` is the question the student saw: an answer meant for a
    question that has since closed is refused, never moved onto the next one.
    Sending the same answer again returns the one recorded.
    """
    # One read gives both the quiz as it is now and whether the student is in its class.
    fresh = LiveQuiz.objects.filter(
        pk=live_quiz.pk, classroom__memberships__student=student
    ).first()
    if fresh is None:
        raise LiveAnswerRefused(NOT_A_MEMBER)
    now = timezone.now()
    try:
        seen = int(position)
    except (TypeError, ValueError):
        raise LiveAnswerRefused(QUESTION_CLOSED) from None
    if phase_of(fresh, now) != Phase.QUESTION or seen != fresh.current_position:
        raise LiveAnswerRefused(QUESTION_CLOSED)
    slot_id, question = _slot_question(fresh.pk, fresh.pulse_key, seen)
    chosen = _valid_choices(question, choices)
    correct = scoring.is_correct(question, chosen)
    try:
        with transaction.atomic():
            return LiveAnswer.objects.create(
                question_id=slot_id,
                student=student,
                choices=chosen,
                is_correct=correct,
                points=_points(correct, fresh, question, now),
            )
    except IntegrityError:
        # The same answer again is a resend (the proxy retrying on another app server, a
        # second tap): it gets the first one back. Another answer is a change, refused.
        first = LiveAnswer.objects.get(question_id=slot_id, student=student)
        if first.choices != chosen:
            raise LiveAnswerRefused(ALREADY_ANSWERED) from None
        return first


def _valid_choices(question: Question, raw: list) -> list[int]:
    try:
        chosen = sorted({int(value) for value in raw})
    except (TypeError, ValueError):
        raise LiveAnswerRefused(NO_SUCH_OPTION) from None
    if not chosen:
        raise LiveAnswerRefused(NO_CHOICE)
    if any(not 0 <= index < len(question.options) for index in chosen):
        raise LiveAnswerRefused(NO_SUCH_OPTION)
    if len(chosen) != len(question.answer):
        raise LiveAnswerRefused(WRONG_COUNT.format(count=len(question.answer)))
    return chosen


def _points(correct: bool, live_quiz: LiveQuiz, question: Question, now: datetime) -> int:
    if not correct:
        return 0
    left = max(0.0, (live_quiz.closes_at - now).total_seconds())
    return BASE_POINTS + round(SPEED_POINTS * left / question_seconds(live_quiz, question))


# ---------------------------------------------------------------------------
# What the screens show
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OptionCount:
    number: int
    text: str
    count: int
    percent: int
    is_answer: bool


@dataclass(frozen=True)
class Standing:
    rank: int
    name: str
    points: int
    correct: int


@dataclass(frozen=True)
class LiveView:
    live_quiz: LiveQuiz
    phase: str
    position: int
    total: int
    question: Question | None
    answered: int  # answers to the current question so far
    seconds_left: int


def pulse_token(live_quiz: LiveQuiz) -> str:
    """What a student's page needs to know changed: the phase and the question."""
    return f"{phase_of(live_quiz)}:{live_quiz.current_position}"


# A class polls the pulse hundreds of times a second. Each process may reuse the
# quiz row it read for this long: the database stays the only source of truth
# (answers are checked against it), the clock's own transitions are computed
# exactly from closes_at, and a click on Next reaches phones this much later.
PULSE_READ_SECONDS = 0.5
_PULSE_FIELDS = ("pk", "question_count", "current_position", "closes_at", "finished_at")


def live_quiz_for_pulse(key: str) -> LiveQuiz | None:
    """The live quiz with this pulse key as of at most PULSE_READ_SECONDS ago, or None.

    It carries only what a student's page shows (position, clock, count), not
    its class: the pulse answers without a session, so it must not reach further.
    """
    cache_key = f"live-pulse:{key}"
    row = cache.get(cache_key)
    if row is None:
        row = LiveQuiz.objects.filter(pulse_key=key).values(*_PULSE_FIELDS).first() or {}
        cache.set(cache_key, row, PULSE_READ_SECONDS)
    if not row:
        return None
    return LiveQuiz(pulse_key=key, **row)


@lru_cache(maxsize=512)
def _slot_question(live_quiz_id: int, pulse_key: str, position: int) -> tuple[int, Question]:
    """The stored question at ``position`` and the question it generates, read once per process.

    A quiz's questions are drawn when it is created and never change, so every
    student's request can share one read. The secret pulse key is part of the
    cache key so that a quiz id the database hands out again (SQLite may reuse
    one after a delete) never finds another quiz's questions.
    """
    slot = LiveQuestion.objects.get(live_quiz_id=live_quiz_id, position=position)
    return slot.pk, bank.question(slot.generator, slot.seed)


def live_view(live_quiz: LiveQuiz, *, count_answers: bool = False) -> LiveView:
    now = timezone.now()
    phase = phase_of(live_quiz, now)
    question = None
    answered = 0
    if phase in (Phase.QUESTION, Phase.RESULTS):
        slot_id, question = _slot_question(
            live_quiz.pk, live_quiz.pulse_key, live_quiz.current_position
        )
        answered = LiveAnswer.objects.filter(question_id=slot_id).count() if count_answers else 0
    seconds_left = 0
    if phase == Phase.QUESTION:
        # Rounded down: phones count down from it, and a clock showing "1" must still take
        # an answer (rounded up, it showed a second the question no longer had).
        seconds_left = max(0, int((live_quiz.closes_at - now).total_seconds()))
    return LiveView(
        live_quiz=live_quiz,
        phase=phase,
        position=live_quiz.current_position,
        total=live_quiz.question_count,
        question=question,
        answered=answered,
        seconds_left=seconds_left,
    )


def distribution(live_quiz: LiveQuiz, question: Question) -> list[OptionCount]:
    """How many students chose each option of the current question."""
    rows = LiveAnswer.objects.filter(
        question__live_quiz=live_quiz, question__position=live_quiz.current_position
    ).values_list("choices", flat=True)
    counts = Counter(index for choices in rows for index in choices)
    students = len(rows)
    return [
        OptionCount(
            number=index + 1,
            text=text,
            count=counts[index],
            percent=round(100 * counts[index] / students) if students else 0,
            is_answer=index in question.answer,
        )
        for index, text in enumerate(question.options)
    ]


def leaderboard(live_quiz: LiveQuiz, *, size: int = LEADERBOARD_SIZE) -> list[Standing]:
    rows = (
        LiveAnswer.objects.filter(question__live_quiz=live_quiz)
        .values("student__username")
        .annotate(total=Sum("points"), correct=Count("pk", filter=Q(is_correct=True)))
        .order_by("-total", "student__username")[:size]
    )
    return [
        Standing(
            rank=rank, name=row["student__username"], points=row["total"], correct=row["correct"]
        )
        for rank, row in enumerate(rows, start=1)
    ]


@dataclass(frozen=True)
class StudentProgress:
    answer: LiveAnswer | None  # to the current question
    points: int  # over the whole quiz so far


def progress_of(live_quiz: LiveQuiz, student) -> StudentProgress:
    """The student's answer to the current question and their points, in one read."""
    if live_quiz.current_position == 0:
        return StudentProgress(answer=None, points=0)
    answers = list(
        LiveAnswer.objects.filter(question__live_quiz=live_quiz, student=student).annotate(
            position=F("question__position")
        )
    )
    current = next((a for a in answers if a.position == live_quiz.current_position), None)
    return StudentProgress(answer=current, points=sum(a.points for a in answers))
