"""Migration 0004: a learner with two running exams (a double click before the constraint)
keeps the newest; the older is submitted as it stands, ended at its deadline if passed."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("quizzes", "0003_cards_per_concept")]
AFTER = [("quizzes", "0004_cards_pending_one_running_exam")]


@pytest.mark.django_db(transaction=True)
def test_older_running_exams_are_submitted_before_the_constraint():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Learner, Attempt = old.get_model("accounts", "Learner"), old.get_model("quizzes", "Attempt")
    learner = Learner.objects.create()
    now = timezone.now()

    def exam(minutes_ago, right):
        attempt = Attempt.objects.create(
            learner=learner, mode="exam", deadline=now - timedelta(minutes=minutes_ago - 90)
        )
        Attempt.objects.filter(pk=attempt.pk).update(
            started_at=now - timedelta(minutes=minutes_ago)
        )
        for position, correct in enumerate(right, start=1):
            attempt.questions.create(
                position=position,
                generator="g",
                seed=position,
                topic="root-only",
                fact="f",
                is_correct=correct,
            )
        return attempt

    expired, older, newest = exam(200, [True, False]), exam(30, [True, None]), exam(1, [])
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("quizzes", "Attempt")
    rows = {row.pk: row for row in new.objects.all()}
    assert rows[expired.pk].finished_at == rows[expired.pk].deadline
    assert (rows[expired.pk].correct_count, rows[expired.pk].question_count) == (1, 2)
    assert rows[older.pk].finished_at is not None and rows[older.pk].correct_count == 1
    assert rows[newest.pk].finished_at is None
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
