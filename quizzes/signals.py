"""A guest's quiz work follows them into their account when the two merge."""

from django.db import transaction
from django.dispatch import receiver

from iamlab.accounts.learners import learner_merged
from quizzes.models import Attempt, ReviewCard


@receiver(learner_merged, dispatch_uid="quizzes-move-guest-work")
def move_quiz_work(sender, source, target, **kwargs):
    with transaction.atomic():
        Attempt.objects.filter(learner=source).update(learner=target)
        # Both may hold a card for the same fact: keep the one reviewed last.
        target_cards = {card.fact: card for card in ReviewCard.objects.filter(learner=target)}
        for card in ReviewCard.objects.filter(learner=source):
            mine = target_cards.get(card.fact)
            if mine is not None and mine.last_reviewed_at >= card.last_reviewed_at:
                continue
            if mine is not None:
                mine.delete()
            card.learner = target
            card.save(update_fields=["learner"])
