"""Quiz assignments, taken through the quizzes app's attempt service.

An assignment stores a seed; a student's questions are rebuilt from it, mixed
with the try's number (a retake gets new variants) and, when each student gets
their own variants, with the student's id. Nothing but the attempt rows is
stored per student, and each slot keeps a snapshot of what it showed.

While an assignment hides its answers, its attempts stay out of the students'
spaced review too (review shows keys and explanations): the quizzes app rates
their cards once ``attempts_hiding_answers`` no longer matches them.
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from iamlab.accounts.models import Learner
from iamlab.classroom.models import Assignment, AssignmentAttempt, Classroom
from quizzes import attempts, bank
from quizzes.models import Attempt
from quizzes.question import Question

NOT_OPEN = "This assignment opens at {opens:%Y-%m-%d %H:%M} UTC."
PAST_DUE = "This assignment was due at {due:%Y-%m-%d %H:%M} UTC; it no longer takes attempts."
NO_ATTEMPTS_LEFT = "You have used all {count} attempts at this assignment."
DUE_BEFORE_OPEN = "The due time must be after the opening time."


class AssignmentRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def assignment_create(*, classroom: Classroom, seed: int, **fields) -> Assignment:
    if fields["due_at"] <= fields["opens_at"]:
        raise AssignmentRefused(DUE_BEFORE_OPEN)
    # Draw once now so an impossible request (too many questions) fails here, not for students.
    bank.quiz(fields["topics"], fields["question_count"], seed)
    return Assignment.objects.create(classroom=classroom, seed=seed, **fields)


def seed_for(assignment: Assignment, student, number: int) -> int:
    """The seed of try ``number``: new variants on each try, per student if the assignment
    says so."""
    who = student.pk if assignment.per_student_questions else "class"
    return random.Random(f"{assignment.seed}:{who}:{number}").randrange(2**31)


def questions_for(assignment: Assignment, student, number: int = 1) -> list[Question]:
    return bank.quiz(
        assignment.topics, assignment.question_count, seed_for(assignment, student, number)
    )


def tries_of(assignment: Assignment, student) -> list[AssignmentAttempt]:
    """The student's tries, any whose time ran out finished as of its deadline."""
    tries = AssignmentAttempt.objects.filter(assignment=assignment, student=student)
    attempts.finish_expired(Attempt.objects.filter(assignment__in=tries))
    return list(tries.select_related("attempt"))


def assignment_start(*, assignment: Assignment, student, now: datetime | None = None) -> Attempt:
    """The student's attempt in progress, or a new one if the rules allow it."""
    now = now or timezone.now()
    tries = tries_of(assignment, student)
    for taken in tries:
        if not taken.attempt.is_finished:
            return taken.attempt
    if now < assignment.opens_at:
        raise AssignmentRefused(NOT_OPEN.format(opens=assignment.opens_at))
    if now >= assignment.due_at:
        raise AssignmentRefused(PAST_DUE.format(due=assignment.due_at))
    if len(tries) >= assignment.max_attempts:
        raise AssignmentRefused(NO_ATTEMPTS_LEFT.format(count=assignment.max_attempts))
    # Nothing is accepted after the due time, whatever the time limit says.
    time_left = assignment.due_at - now
    if assignment.time_limit_minutes:
        time_left = min(time_left, timedelta(minutes=assignment.time_limit_minutes))
    learner = Learner.objects.get_or_create(user=student)[0]
    try:
        with transaction.atomic():
            attempt = attempts.start_attempt(
                learner,
                questions_for(assignment, student, len(tries) + 1),
                mode=Attempt.Mode.ASSIGNMENT,
                time_limit=time_left,
                topics=assignment.topics,
                clock=bool(assignment.time_limit_minutes),
            )
            AssignmentAttempt.objects.create(
                assignment=assignment, student=student, attempt=attempt, number=len(tries) + 1
            )
    except IntegrityError:
        # A double click started the same try twice: the first one stands.
        return assignment_start(assignment=assignment, student=student, now=now)
    return attempt


def answers_visible(assignment: Assignment, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    if assignment.answers_released_at is not None:
        return True
    if assignment.show_answers == Assignment.ShowAnswers.AFTER_SUBMIT:
        return True
    if assignment.show_answers == Assignment.ShowAnswers.AFTER_DUE:
        return now >= assignment.due_at
    return False


def hiding_answers(now: datetime) -> Q:
    """``answers_visible`` as a filter on Assignment: those whose answers are hidden at ``now``."""
    return Q(answers_released_at__isnull=True) & (
        Q(show_answers=Assignment.ShowAnswers.NEVER)
        | Q(show_answers=Assignment.ShowAnswers.AFTER_DUE, due_at__gt=now)
    )


def attempts_hiding_answers(now: datetime) -> Q:
    """The quizzes app's rule (quizzes.reveal): attempts at assignments hiding their answers."""
    return Q(assignment__assignment__in=Assignment.objects.filter(hiding_answers(now)))


def assignment_release_answers(*, assignment: Assignment, now: datetime | None = None):
    """Show the answers to the class now; students' spaced review takes the questions in."""
    if assignment.answers_released_at is None:
        assignment.answers_released_at = now or timezone.now()
        assignment.save(update_fields=["answers_released_at"])
    return assignment


@dataclass(frozen=True)
class Result:
    """A student's best finished try at an assignment."""

    correct: int
    total: int
    seconds: int
    tries: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def best_result(tries: list[AssignmentAttempt]) -> Result | None:
    finished = [taken.attempt for taken in tries if taken.attempt.is_finished]
    if not finished:
        return None
    best = max(finished, key=lambda attempt: (attempt.correct_count, -attempt.pk))
    return Result(
        correct=best.correct_count,
        total=best.question_count,
        seconds=int((best.finished_at - best.started_at).total_seconds()),
        tries=len(tries),
    )


@dataclass(frozen=True)
class StudentAssignment:
    assignment: Assignment
    result: Result | None
    tries: int
    in_progress: bool
    can_start: bool


def student_assignments(student, classrooms, now: datetime | None = None):
    """What a student has been set in ``classrooms``: open and due first."""
    now = now or timezone.now()
    assignments = Assignment.objects.filter(classroom__in=classrooms, opens_at__lte=now)
    tries = AssignmentAttempt.objects.filter(student=student, assignment__in=assignments)
    attempts.finish_expired(Attempt.objects.filter(assignment__in=tries))
    tries_by_assignment: dict[int, list[AssignmentAttempt]] = {}
    for taken in tries.select_related("attempt"):
        tries_by_assignment.setdefault(taken.assignment_id, []).append(taken)
    return [
        _status(assignment, tries_by_assignment.get(assignment.pk, []), now)
        for assignment in assignments.select_related("classroom")
    ]


def student_assignment(assignment: Assignment, student, now: datetime | None = None):
    return _status(assignment, tries_of(assignment, student), now or timezone.now())


def _status(assignment: Assignment, tries: list[AssignmentAttempt], now) -> StudentAssignment:
    in_progress = any(
        not taken.attempt.is_finished and not attempts.time_is_up(taken.attempt, now)
        for taken in tries
    )
    is_open = assignment.opens_at <= now < assignment.due_at
    return StudentAssignment(
        assignment=assignment,
        result=best_result(tries),
        tries=len(tries),
        in_progress=in_progress,
        can_start=in_progress or (is_open and len(tries) < assignment.max_attempts),
    )
