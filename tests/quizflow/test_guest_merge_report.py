"""What a log-in says about the guest's quiz work it merged (issue 17, item 7)."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from iamlab.accounts.learners import GUEST_SESSION_KEY, Merged, learner_merged
from iamlab.accounts.models import Learner
from quizzes import attempts
from quizzes.models import Attempt
from quizzes.signals import GUEST_EXAM_SUBMITTED, move_quiz_work
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_logging_in_says_how_many_quiz_answers_the_guest_brought(
    client, alice, alices_learner, questions
):
    client.post(reverse("quizzes:practice"), {"topic": "root-only"})
    attempt = Attempt.objects.get()
    client.post(reverse("quizzes:question", args=[attempt.pk, 1]), {"choice": "0"})
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == ["Your guest work was kept: 1 quiz answer."]
    assert GUEST_SESSION_KEY not in client.session


def test_a_guest_exam_submitted_at_the_merge_is_reported(alices_learner, questions):
    guest = Learner.objects.create()
    for learner in (alices_learner, guest):
        attempts.start_attempt(
            learner, [questions.make()], mode=Attempt.Mode.EXAM, time_limit=timedelta(hours=1)
        )
    replies = dict(learner_merged.send(sender=Learner, source=guest, target=alices_learner))
    # Nothing answered yet, but the exam's submission must still be said.
    assert replies[move_quiz_work] == Merged(not_kept=GUEST_EXAM_SUBMITTED)
