"""Existing learners' cards carry over to the new bank's concepts (migration 0003)."""

import importlib
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from quizzes.generators import CONCEPTS
from quizzes.models import Attempt, AttemptQuestion, ReviewCard

pytestmark = pytest.mark.django_db
migration = importlib.import_module("quizzes.migrations.0003_cards_per_concept")


def _card(learner, fact, *, reviews, days_ago):
    when = timezone.now() - timedelta(days=days_ago)
    return ReviewCard.objects.create(
        learner=learner,
        fact=fact,
        topic=fact.split(":")[0],
        generator="users-vs-roles/statements",
        seed=1,
        state={"due": when.isoformat()},
        due=when,
        last_reviewed_at=when,
        reviews=reviews,
    )


def test_every_old_fact_maps_to_a_concept_of_the_new_bank():
    for old, new in migration.OLD_TO_NEW.items():
        assert new in CONCEPTS, (old, new)
    assert migration.new_fact("root-only:not-root:create-iam-user") in CONCEPTS
    assert migration.new_fact("policy-evaluation:explicit:scp:s3") == (
        "policy-evaluation:explicit:scp"
    )
    assert migration.new_fact("policy-evaluation:allowed:sqs") == "policy-evaluation:allowed"


def test_two_old_cards_on_one_concept_merge_into_the_latest(alices_learner, bobs_learner):
    latest = _card(alices_learner, "users-vs-roles:groups-not-nested", reviews=2, days_ago=1)
    _card(alices_learner, "users-vs-roles:user-many-groups", reviews=3, days_ago=5)
    _card(bobs_learner, "users-vs-roles:user-many-groups", reviews=1, days_ago=5)
    migration.cards_per_concept(apps, None)
    alices = ReviewCard.objects.get(learner=alices_learner)
    assert (alices.pk, alices.fact, alices.reviews) == (latest.pk, "users-vs-roles:group", 5)
    assert ReviewCard.objects.get(learner=bobs_learner).fact == "users-vs-roles:group"


def test_attempts_recorded_facts_move_too(alices_learner):
    attempt = Attempt.objects.create(learner=alices_learner, mode=Attempt.Mode.PRACTICE)
    AttemptQuestion.objects.create(
        attempt=attempt,
        position=1,
        generator="root-only/requires-root",
        seed=3,
        topic="root-only",
        fact="root-only:close-account",
    )
    migration.cards_per_concept(apps, None)
    assert AttemptQuestion.objects.get().fact == "root-only:account-tasks"
