"""The attempt service: answers are saved as given, bad input is refused and changes nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes import attempts
from quizzes.attempts import AnswerRefused, finish_attempt, record_answer, start_attempt
from quizzes.models import Attempt, AttemptQuestion, ReviewCard

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(alices_learner, questions):
    return start_attempt(
        alices_learner,
        [questions.make(), questions.make(multiple=True)],
        mode=Attempt.Mode.PRACTICE,
    )


@pytest.fixture
def exam(alices_learner, questions):
    return start_attempt(
        alices_learner,
        [questions.make(), questions.make(multiple=True), questions.make()],
        mode=Attempt.Mode.EXAM,
        time_limit=timedelta(minutes=90),
    )


def snapshot(attempt):
    return list(AttemptQuestion.objects.filter(attempt=attempt).values())


def test_an_attempt_stores_each_questions_generator_and_seed_in_order(alices_learner, questions):
    first, second = questions.make(), questions.make(topic="features")
    attempt = start_attempt(alices_learner, [first, second], mode=Attempt.Mode.PRACTICE)
    stored = list(attempt.questions.values_list("position", "generator", "seed", "topic"))
    assert stored == [
        (1, first.generator, first.seed, "root-only"),
        (2, second.generator, second.seed, "features"),
    ]
    assert attempt.topics == ["features", "root-only"]
    assert attempt.deadline is None


def test_a_timed_attempt_ends_at_a_deadline_the_server_sets(exam):
    assert exam.deadline - exam.started_at == pytest.approx(
        timedelta(minutes=90), abs=timedelta(seconds=1)
    )
    assert 89 * 60 < attempts.remaining_seconds(exam) <= 90 * 60


def test_a_right_answer_is_marked_correct(practice):
    slot = record_answer(practice, 1, ["0"])
    assert slot.choices == [0]
    assert slot.is_correct is True
    assert slot.answered_at is not None


def test_a_multiple_response_answer_needs_every_correct_option(practice):
    assert record_answer(practice, 2, [0, 1]).is_correct is False


def test_a_double_submission_counts_once(practice):
    first = record_answer(practice, 1, [0])
    again = record_answer(practice, 1, [0])
    assert again.answered_at == first.answered_at
    assert ReviewCard.objects.get().reviews == 1


@pytest.mark.parametrize(
    ("position", "choices", "message"),
    [
        (1, [7], attempts.NO_SUCH_OPTION),
        (1, [-1], attempts.NO_SUCH_OPTION),
        (1, ["one"], attempts.NO_SUCH_OPTION),
        (1, [], attempts.NO_CHOICE),
        (1, [0, 1], attempts.ONE_ONLY),
        (2, [0, 1, 2], attempts.TOO_MANY.format(count=2)),
        (3, [0], attempts.NOT_IN_ATTEMPT),
        ("x", [0], attempts.NOT_IN_ATTEMPT),
    ],
)
def test_a_tampered_answer_is_refused_and_changes_nothing(practice, position, choices, message):
    before = snapshot(practice)
    with pytest.raises(AnswerRefused) as refused:
        record_answer(practice, position, choices)
    assert refused.value.message == message
    assert snapshot(practice) == before
    assert not ReviewCard.objects.exists()


def test_a_practice_answer_cannot_be_changed_once_its_feedback_is_shown(practice):
    record_answer(practice, 1, [0])
    with pytest.raises(AnswerRefused, match="first answer counts"):
        record_answer(practice, 1, [1])
    assert AttemptQuestion.objects.get(attempt=practice, position=1).choices == [0]


def test_an_exam_answer_can_be_changed_or_cleared_until_submitting(exam):
    record_answer(exam, 1, [1])
    assert record_answer(exam, 1, [0]).is_correct is True
    cleared = record_answer(exam, 1, [])
    assert cleared.choices is None and cleared.is_correct is None


def test_an_answer_after_the_time_is_up_is_refused_and_changes_nothing(exam):
    record_answer(exam, 1, [0])
    Attempt.objects.filter(pk=exam.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    before = snapshot(exam)
    with pytest.raises(AnswerRefused) as refused:
        record_answer(exam, 1, [2])
    assert refused.value.message == attempts.TIME_UP
    assert snapshot(exam) == before


def test_an_exam_whose_time_is_up_is_finished_with_the_answers_given_so_far(exam):
    record_answer(exam, 1, [0])
    Attempt.objects.filter(pk=exam.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    exam.refresh_from_db()
    finished = attempts.finish_if_time_is_up(exam)
    assert finished.is_finished
    assert (finished.correct_count, finished.question_count) == (1, 3)


def test_an_exam_still_running_is_not_finished_by_the_clock_check(exam):
    assert not attempts.finish_if_time_is_up(exam).is_finished


def test_finishing_scores_the_attempt_and_finishing_again_changes_nothing(exam):
    record_answer(exam, 1, [0])
    record_answer(exam, 2, [0, 2])
    finished = finish_attempt(exam)
    assert (finished.correct_count, finished.question_count) == (2, 3)
    assert finish_attempt(exam).finished_at == finished.finished_at


def test_a_finished_attempt_refuses_answers_and_flags(exam):
    finish_attempt(exam)
    with pytest.raises(AnswerRefused, match="finished"):
        record_answer(exam, 1, [0])
    with pytest.raises(AnswerRefused, match="finished"):
        attempts.set_flag(exam, 1, True)


def test_a_question_can_be_flagged_for_review_and_unflagged(exam):
    assert attempts.set_flag(exam, 2, True).flagged is True
    assert attempts.set_flag(exam, 2, False).flagged is False


def test_another_app_can_build_an_untimed_assignment_on_the_service(alices_learner, questions):
    assignment = start_attempt(
        alices_learner, [questions.make()], mode=Attempt.Mode.ASSIGNMENT, topics=["root-only"]
    )
    record_answer(assignment, 1, [3])
    record_answer(assignment, 1, [0])  # revisable until submitted
    assert finish_attempt(assignment).correct_count == 1


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(submitted=st.lists(st.integers(min_value=-3, max_value=8), max_size=6))
def test_any_submission_is_either_saved_exactly_or_refused_without_a_trace(
    alices_learner, questions, submitted
):
    # An assignment: answers revisable as in an exam, and many may run at once across examples.
    attempt = start_attempt(
        alices_learner, [questions.make(multiple=True)], mode=Attempt.Mode.ASSIGNMENT
    )
    try:
        slot = record_answer(attempt, 1, submitted)
    except AnswerRefused:
        assert snapshot(attempt)[0]["choices"] is None
    else:
        expected = sorted(set(submitted)) or None
        assert slot.choices == expected
        assert all(0 <= index < 5 for index in slot.choices or [])
        assert len(slot.choices or []) <= 2


def test_an_attempt_needs_a_known_mode_and_at_least_one_question(alices_learner, questions):
    with pytest.raises(ValueError, match="unknown attempt mode"):
        start_attempt(alices_learner, [questions.make()], mode="homework")
    with pytest.raises(ValueError, match="at least one question"):
        start_attempt(alices_learner, [], mode=Attempt.Mode.ASSIGNMENT)
    assert not Attempt.objects.exists()
