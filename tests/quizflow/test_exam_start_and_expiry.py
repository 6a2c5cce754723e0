"""An exam starts once however often it is asked for, and one whose time ran out while its
learner was away is final, scored as of its deadline, wherever it is read."""

import random
import threading
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, connections
from django.urls import reverse

from iamlab.accounts.learners import learner_merged
from iamlab.accounts.models import Learner
from quizzes import attempts, study
from quizzes.models import Attempt, ReviewCard
from tests.factories import LearnerFactory

pytestmark = pytest.mark.django_db

EXAM = reverse("quizzes:exam")


@pytest.fixture(autouse=True)
def short_exam(settings):
    settings.QUIZZES_EXAM_QUESTIONS = 3
    settings.QUIZZES_EXAM_MINUTES = 5


@pytest.fixture
def exam(clock, client, alice):
    client.force_login(alice)
    client.post(EXAM)
    return Attempt.objects.get()


def test_an_exam_that_ran_out_while_away_is_scored_on_the_dashboard(client, exam, clock):
    client.post(reverse("quizzes:question", args=[exam.pk, 1]), {"choice": "0", "go": "next"})
    clock.advance(minutes=6)
    page = client.get(reverse("quizzes:index")).content.decode()
    assert "1 / 3 correct" in page
    assert "Resume your exam" not in page
    exam.refresh_from_db()
    assert exam.finished_at == exam.deadline
    assert ReviewCard.objects.count() == 1  # its answer rated into review, as a submit does


def test_opening_an_exam_long_after_it_ran_out_ends_it_at_its_deadline(client, exam, clock):
    clock.advance(minutes=40)
    client.get(reverse("quizzes:attempt", args=[exam.pk]))
    exam.refresh_from_db()
    assert exam.finished_at == exam.deadline


def test_an_exam_that_ran_out_does_not_stop_the_next_one(client, exam, clock):
    clock.advance(minutes=6)
    client.post(EXAM)
    exam.refresh_from_db()
    assert exam.finished_at == exam.deadline
    assert Attempt.objects.filter(finished_at__isnull=True).count() == 1


def test_a_second_start_returns_the_same_exam(client, exam):
    assert client.post(EXAM)["Location"] == reverse("quizzes:question", args=[exam.pk, 1])
    assert Attempt.objects.count() == 1


def test_the_database_refuses_a_second_running_exam(alices_learner, questions):
    attempts.start_attempt(alices_learner, [questions.make()], mode=Attempt.Mode.EXAM)
    with pytest.raises(IntegrityError):
        attempts.start_attempt(alices_learner, [questions.make()], mode=Attempt.Mode.EXAM)


def test_two_starts_that_both_found_no_exam_running_end_with_one(alices_learner, monkeypatch):
    # As a double click reaching two app servers: both look before either has created one.
    real_open_exam, looks = study.open_exam, []

    def open_exam(learner):
        looks.append(learner)
        return None if len(looks) <= 2 else real_open_exam(learner)

    monkeypatch.setattr(study, "open_exam", open_exam)
    first = study.start_exam(alices_learner, rng=random.Random(1))
    second = study.start_exam(alices_learner, rng=random.Random(2))
    assert second == first
    assert Attempt.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent connections")
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_starts_on_postgresql_make_one_exam(questions, monkeypatch):
    learner = LearnerFactory()
    both_looked = threading.Barrier(2, timeout=10)
    real_open_exam = study.open_exam

    def open_exam(learner):
        running = real_open_exam(learner)
        if running is None:
            both_looked.wait()  # neither creates an exam before both have looked
        return running

    monkeypatch.setattr(study, "open_exam", open_exam)
    started, errors = [], []

    def start():
        try:
            started.append(study.start_exam(learner, rng=random.Random()).pk)
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(started) == 2 and started[0] == started[1]
    assert Attempt.objects.filter(learner=learner).count() == 1


def test_a_guest_exam_merged_into_an_account_running_one_is_submitted(alices_learner, questions):
    guest = Learner.objects.create()
    mine = attempts.start_attempt(
        alices_learner, [questions.make()], mode=Attempt.Mode.EXAM, time_limit=timedelta(hours=1)
    )
    theirs = attempts.start_attempt(
        guest, [questions.make()], mode=Attempt.Mode.EXAM, time_limit=timedelta(hours=1)
    )
    learner_merged.send(sender=Learner, source=guest, target=alices_learner)
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert not mine.is_finished and theirs.is_finished
    assert theirs.learner == alices_learner
