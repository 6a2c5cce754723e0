"""The attempt service: start, answer, finish. Other apps build their quizzes on it.

Everything a learner submits goes through ``record_answer``, which refuses bad
input with an ``AnswerRefused`` carrying a message fit to show, and changes
nothing when it does. Sending the same answer twice counts once.
"""

from collections.abc import Iterable, Sequence
from datetime import timedelta

from django.db import transaction
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from iamlab.accounts.models import Learner
from quizzes import bank, reveal, review, scoring
from quizzes.models import Attempt, AttemptQuestion
from quizzes.question import Question

NOT_IN_ATTEMPT = "That question is not part of this attempt."
NO_SUCH_OPTION = "That option does not exist: choose one of the options shown."
NO_CHOICE = "Choose an answer first."
ONE_ONLY = "This question takes exactly one answer."
TOO_MANY = "Choose no more than {count} options for this question."
TIME_UP = "Time is up: answers given after the end of the exam are not accepted."
FINISHED = "This attempt is finished: its answers can no longer change."
ALREADY_ANSWERED = "You have already answered this question; the first answer counts."
RETIRED = (
    "This question was retired when the question bank was rewritten; your other answers count."
)

# In these modes the learner may change an answer until they submit, as in the
# real exam; in practice and review the first answer is final, because its
# feedback has been shown.
REVISABLE_MODES = {Attempt.Mode.EXAM, Attempt.Mode.ASSIGNMENT}


class AnswerRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def start_attempt(
    learner: Learner,
    questions: Sequence[Question],
    *,
    mode: str,
    time_limit: timedelta | None = None,
    topics: Iterable[str] | None = None,
    clock: bool = True,
) -> Attempt:
    """Open an attempt on ``questions`` in that order; timed when ``time_limit`` is given.

    ``clock=False``: the time limit is a due date, not a limit to count down.
    """
    if mode not in Attempt.Mode.values:
        raise ValueError(f"unknown attempt mode {mode!r}; use one of {Attempt.Mode.values}")
    if not questions:
        raise ValueError("an attempt needs at least one question")
    now = timezone.now()
    chosen_topics = sorted(set(topics) if topics is not None else {q.topic for q in questions})
    with transaction.atomic():
        attempt = Attempt.objects.create(
            learner=learner,
            mode=mode,
            topics=chosen_topics,
            deadline=now + time_limit if time_limit is not None else None,
            clock=clock,
        )
        AttemptQuestion.objects.bulk_create(
            AttemptQuestion(**_slot_fields(attempt, position, question))
            for position, question in enumerate(questions, start=1)
        )
    return attempt


def add_question(attempt: Attempt, question: Question) -> AttemptQuestion:
    """Append one more question, as an open-ended practice run does."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_finished:
            raise AnswerRefused(FINISHED)
        position = locked.questions.count() + 1
        return AttemptQuestion.objects.create(**_slot_fields(locked, position, question))


def _slot_fields(attempt: Attempt, position: int, question: Question) -> dict:
    return {
        "attempt": attempt,
        "position": position,
        "generator": question.generator,
        "seed": question.seed,
        "topic": question.topic,
        "fact": question.fact,
        "lesson": question.lesson,
        "snapshot": bank.as_dict(question),
    }


def time_is_up(attempt: Attempt, now=None) -> bool:
    return attempt.deadline is not None and (now or timezone.now()) >= attempt.deadline


def remaining_seconds(attempt: Attempt) -> int | None:
    if attempt.deadline is None:
        return None
    return max(0, int((attempt.deadline - timezone.now()).total_seconds()))


def record_answer(attempt: Attempt, position: int, choice_indexes: Iterable) -> AttemptQuestion:
    """Save the learner's choices for the question at ``position``.

    ``choice_indexes`` are option indexes as submitted (strings from a form are
    fine); anything that is not an option of that question is refused.
    """
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_finished:
            raise AnswerRefused(FINISHED)
        if time_is_up(locked):
            raise AnswerRefused(TIME_UP)
        slot = _slot(locked, position)
        question = bank.shown(slot)
        if question is None:
            raise AnswerRefused(RETIRED)
        revisable = locked.mode in REVISABLE_MODES
        choices = _valid_choices(question, choice_indexes, allow_none=revisable)
        if slot.choices == choices:
            return slot  # the same answer again: a double submission counts once
        if slot.is_answered and not revisable:
            raise AnswerRefused(ALREADY_ANSWERED)
        slot.choices = choices
        slot.is_correct = scoring.is_correct(question, choices) if choices else None
        slot.answered_at = timezone.now() if choices else None
        slot.save(update_fields=["choices", "is_correct", "answered_at"])
        if not revisable:
            review.card_review(learner=locked.learner, question=question, correct=slot.is_correct)
    return slot


def set_flag(attempt: Attempt, position: int, flagged: bool) -> AttemptQuestion:
    """Mark a question for review before submitting (or unmark it)."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_finished:
            raise AnswerRefused(FINISHED)
        slot = _slot(locked, position)
        if slot.flagged != flagged:
            slot.flagged = flagged
            slot.save(update_fields=["flagged"])
    return slot


def finish_attempt(attempt: Attempt) -> Attempt:
    """Close the attempt and score it; finishing twice changes nothing.

    A timed attempt submitted after its deadline (nobody had read it since) ends at the
    deadline: the answers it holds are the ones given in time.
    """
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if locked.is_finished:
            return locked
        slots = scored_questions(locked)
        now = timezone.now()
        locked.finished_at = min(now, locked.deadline) if locked.deadline else now
        locked.question_count = len(slots)
        locked.correct_count = sum(1 for slot in slots if slot.is_correct)
        # Answers could change until now, so the cards are rated only once they are final.
        locked.cards_pending = locked.mode in REVISABLE_MODES
        locked.save(
            update_fields=["finished_at", "question_count", "correct_count", "cards_pending"]
        )
    if locked.cards_pending and reveal.answers_visible(locked):
        _rate_cards(locked)
    return locked


def finish_expired(scope: QuerySet, now=None) -> int:
    """Finish every attempt in ``scope`` whose time ran out while nobody was looking, as of
    its deadline, in two queries however many there are; the number finished.

    Pages that list attempts (gradebook, dashboards, exports) call it before reading, so an
    attempt past its deadline is final and scored wherever it is read.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # Locking first waits for an answer being saved right now, so the score counts it.
        expired = list(
            scope.filter(finished_at__isnull=True, deadline__lte=now)
            .select_for_update(of=("self",))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not expired:
            return 0
        scored = AttemptQuestion.objects.filter(attempt=OuterRef("pk")).filter(
            Q(attempt__mode__in=REVISABLE_MODES) | Q(choices__isnull=False)
        )
        return Attempt.objects.filter(pk__in=expired, finished_at__isnull=True).update(
            finished_at=F("deadline"),
            question_count=_count(scored),
            correct_count=_count(scored.filter(is_correct=True)),
            cards_pending=ExpressionWrapper(
                Q(mode__in=REVISABLE_MODES), output_field=BooleanField()
            ),
        )


def _count(rows: QuerySet) -> Coalesce:
    per_attempt = rows.order_by().values("attempt").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(per_attempt), 0)


def _rate_cards(attempt: Attempt) -> None:
    """Rate the learner's cards with a finished attempt's answers, once."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if not locked.cards_pending:
            return  # another request rated them a moment ago
        plan = review.plan_of(locked.learner)
        for slot in locked.questions.all():
            question = bank.shown(slot)
            if slot.is_answered and question is not None:
                review.card_review(
                    learner=locked.learner,
                    question=question,
                    correct=bool(slot.is_correct),
                    plan=plan,
                )
        locked.cards_pending = False
        locked.save(update_fields=["cards_pending"])


def catch_up(learner: Learner) -> None:
    """Before showing a learner their work: attempts whose time ran out are finished, and
    finished ones whose answers may now be shown are rated into spaced review (an assignment's
    once its instructor releases the answers). One query each when there is nothing to do."""
    mine = Attempt.objects.filter(learner=learner)
    finish_expired(mine)
    pending = mine.filter(cards_pending=True)
    hidden = reveal.hidden()
    if hidden is not None:
        pending = pending.exclude(hidden)
    for attempt in pending:
        _rate_cards(attempt)


def scored_questions(attempt: Attempt) -> list[AttemptQuestion]:
    """What the score counts: every question of an exam (unanswered ones are wrong),
    but only the answered ones of a practice run or review, which end whenever
    the learner stops."""
    slots = attempt.questions.all()
    if attempt.mode not in REVISABLE_MODES:
        slots = slots.filter(choices__isnull=False)
    return list(slots)


def finish_if_time_is_up(attempt: Attempt) -> Attempt:
    """The server's clock decides when an exam ends, whatever the page shows."""
    if not attempt.is_finished and time_is_up(attempt):
        return finish_attempt(attempt)
    return attempt


def _slot(attempt: Attempt, position) -> AttemptQuestion:
    try:
        number = int(position)
    except (TypeError, ValueError):
        raise AnswerRefused(NOT_IN_ATTEMPT) from None
    slot = attempt.questions.select_for_update().filter(position=number).first()
    if slot is None:
        raise AnswerRefused(NOT_IN_ATTEMPT)
    return slot


def _valid_choices(question: Question, raw: Iterable, *, allow_none: bool) -> list[int] | None:
    try:
        choices = sorted({int(value) for value in raw})
    except (TypeError, ValueError):
        raise AnswerRefused(NO_SUCH_OPTION) from None
    if not choices:
        if allow_none:
            return None  # the learner cleared their answer
        raise AnswerRefused(NO_CHOICE)
    if any(not 0 <= index < len(question.options) for index in choices):
        raise AnswerRefused(NO_SUCH_OPTION)
    if question.kind == "single" and len(choices) != 1:
        raise AnswerRefused(ONE_ONLY)
    if len(choices) > len(question.answer):
        raise AnswerRefused(TOO_MANY.format(count=len(question.answer)))
    return choices
