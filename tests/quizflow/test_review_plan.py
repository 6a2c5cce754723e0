"""The review plan: desired retention, and an exam date every concept is reviewed before."""

from datetime import datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from quizzes import review
from quizzes.attempts import finish_attempt, record_answer, start_attempt
from quizzes.models import Attempt, ReviewCard, StudyPlan

pytestmark = pytest.mark.django_db


def _interval(learner, question, retention):
    """Days until a card answered right four times in a row falls due, at ``retention``."""
    StudyPlan.objects.update_or_create(learner=learner, defaults={"desired_retention": retention})
    now = timezone.now()
    for _ in range(4):
        card = review.card_review(learner=learner, question=question, correct=True, now=now)
        now = card.due
    return card.due - card.last_reviewed_at


def test_a_higher_desired_retention_brings_cards_back_sooner(alices_learner, questions):
    relaxed = _interval(alices_learner, questions.make(fact="a"), 0.8)
    strict = _interval(alices_learner, questions.make(fact="b"), 0.97)
    assert strict < relaxed


def test_without_a_plan_the_retention_is_ninety_percent(alices_learner):
    assert review.plan_of(alices_learner).desired_retention == 0.9
    assert not StudyPlan.objects.exists()


def test_every_review_before_the_exam_falls_due_before_it(alices_learner, questions):
    now = timezone.now()
    exam_day = timezone.localdate(now) + timedelta(days=30)
    exam_start = timezone.make_aware(datetime.combine(exam_day, time.min))
    review.save_plan(alices_learner, desired_retention=0.9, exam_date=exam_day, now=now)
    question = questions.make()
    for _ in range(8):  # known better each time: FSRS alone would soon wait past the exam
        card = review.card_review(learner=alices_learner, question=question, correct=True, now=now)
        assert now < card.due < exam_start
        now = card.due


def test_setting_an_exam_date_pulls_existing_cards_forward(alices_learner, questions):
    now = timezone.now()
    card = review.card_review(learner=alices_learner, question=questions.make(), correct=True)
    ReviewCard.objects.filter(pk=card.pk).update(due=now + timedelta(days=40))
    exam_day = timezone.localdate(now) + timedelta(days=10)
    review.save_plan(alices_learner, desired_retention=0.9, exam_date=exam_day, now=now)
    card.refresh_from_db()
    assert card.due < now + timedelta(days=10)
    assert card.state["due"] == card.due.isoformat()


def test_a_card_due_before_the_exam_keeps_its_date(alices_learner, questions):
    now = timezone.now()
    card = review.card_review(learner=alices_learner, question=questions.make(), correct=False)
    before = card.due
    review.save_plan(
        alices_learner, desired_retention=0.9, exam_date=timezone.localdate(now) + timedelta(days=9)
    )
    card.refresh_from_db()
    assert card.due == before


@pytest.mark.parametrize(
    ("retention", "exam_in_days", "message"),
    [
        (0.5, None, "between 0.7 and 0.99"),
        (0.9, 0, "must be in the future"),
    ],
)
def test_a_plan_out_of_range_is_refused(alices_learner, retention, exam_in_days, message):
    exam_date = None if exam_in_days is None else timezone.localdate() + timedelta(exam_in_days)
    with pytest.raises(review.PlanRefused, match=message):
        review.save_plan(alices_learner, desired_retention=retention, exam_date=exam_date)


def test_the_review_page_saves_the_plan_and_warns_above_ninety_five(client, alice):
    client.force_login(alice)
    exam_day = timezone.localdate() + timedelta(days=20)
    response = client.post(
        reverse("quizzes:review_plan"),
        {"desired_retention": "0.97", "exam_date": exam_day.isoformat()},
        follow=True,
    )
    page = response.content.decode()
    assert "Your review plan is saved." in page
    assert "much more often" in page
    plan = StudyPlan.objects.get(learner__user=alice)
    assert (plan.desired_retention, plan.exam_date) == (0.97, exam_day)
    assert 'value="0.97"' in page


def test_a_bad_plan_comes_back_with_the_error_and_the_learners_input(client, alice):
    client.force_login(alice)
    response = client.post(
        reverse("quizzes:review_plan"), {"desired_retention": "1.5", "exam_date": ""}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "less than or equal to 0.99" in page
    assert 'value="1.5"' in page
    assert not StudyPlan.objects.exists()


def test_submitting_an_exam_reads_the_plan_once_however_many_cards_it_rates(
    alices_learner, questions
):
    exam = start_attempt(
        alices_learner, [questions.make() for _ in range(4)], mode=Attempt.Mode.EXAM
    )
    for position in range(1, 5):
        record_answer(exam, position, [0])
    with CaptureQueriesContext(connection) as captured:
        finish_attempt(exam)
    plan_reads = [q for q in captured.captured_queries if "quizzes_studyplan" in q["sql"]]
    assert len(plan_reads) == 1
    assert ReviewCard.objects.count() == 4
