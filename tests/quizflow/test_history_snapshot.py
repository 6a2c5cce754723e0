"""What a learner answered stays as they saw it, whatever later happens to the bank."""

import pytest
from django.urls import reverse

from quizzes import attempts, bank
from quizzes.attempts import finish_attempt, record_answer, start_attempt
from quizzes.models import Attempt

pytestmark = pytest.mark.django_db


def test_an_attempt_keeps_each_question_as_it_was_shown(alices_learner, questions):
    asked = questions.make()
    attempt = start_attempt(alices_learner, [asked], mode=Attempt.Mode.PRACTICE)
    # The bank's fact is corrected later: the same (generator, seed) now builds another question.
    questions.add(questions.make(generator=asked.generator, seed=asked.seed, stem="Reworded?"))
    slot = attempt.questions.get()
    assert bank.shown(slot) == asked
    assert bank.question(asked.generator, asked.seed).stem == "Reworded?"


def test_a_question_the_bank_retired_is_left_out_of_the_results_not_crashed_on(
    client, alice, alices_learner, questions
):
    kept, retired = questions.make(), questions.make(generator="root-only/requires-root")
    attempt = start_attempt(alices_learner, [kept, retired], mode=Attempt.Mode.EXAM)
    record_answer(attempt, 1, [0])
    record_answer(attempt, 2, [0])
    finish_attempt(attempt)
    # A row from before snapshots were kept, whose generator the new bank no longer has.
    attempt.questions.filter(position=2).update(snapshot=None)
    del questions.questions[(retired.generator, retired.seed)]
    client.force_login(alice)
    page = client.get(reverse("quizzes:attempt", args=[attempt.pk])).content.decode()
    assert kept.stem in page and retired.stem not in page


def test_opening_a_retired_question_of_a_running_attempt_says_why(
    client, alice, alices_learner, questions
):
    client.force_login(alice)
    gone = questions.make()
    attempt = start_attempt(alices_learner, [questions.make(), gone], mode=Attempt.Mode.EXAM)
    attempt.questions.filter(position=2).update(snapshot=None)
    del questions.questions[(gone.generator, gone.seed)]
    response = client.get(reverse("quizzes:question", args=[attempt.pk, 2]), follow=True)
    assert attempts.RETIRED in response.content.decode()


def test_answering_a_retired_question_is_refused_with_a_reason(alices_learner, questions):
    gone = questions.make()
    attempt = start_attempt(alices_learner, [gone], mode=Attempt.Mode.PRACTICE)
    attempt.questions.update(snapshot=None)
    del questions.questions[(gone.generator, gone.seed)]
    with pytest.raises(attempts.AnswerRefused, match="retired"):
        record_answer(attempt, 1, [0])
