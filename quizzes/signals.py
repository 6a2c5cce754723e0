"""A guest's quiz work follows them into their account when the two merge."""

from django.db import transaction
from django.dispatch import receiver

from iamlab.accounts.learners import Merged, learner_merged
from quizzes.attempts import finish_attempt, finish_expired
from quizzes.models import Attempt, AttemptQuestion, ReviewCard

GUEST_EXAM_SUBMITTED = (
    "Your guest exam was submitted as it stood: your account has a running exam already."
)


@receiver(learner_merged, dispatch_uid="quizzes-move-guest-work")
def move_quiz_work(sender, source, target, **kwargs):
    with transaction.atomic():
        # One running exam per learner: the account's carries on, the guest's is submitted.
        finish_expired(Attempt.objects.filter(learner__in=[source, target]))
        running = Attempt.objects.filter(mode=Attempt.Mode.EXAM, finished_at__isnull=True)
        submitted = False
        if running.filter(learner=target).exists():
            for exam in running.filter(learner=source):
                finish_attempt(exam)
                submitted = True
        answers = AttemptQuestion.objects.filter(
            attempt__learner=source, answered_at__isnull=False
        ).count()
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
    if not (answers or submitted):
        return None
    return Merged(
        kept=f"{answers} quiz answer{'' if answers == 1 else 's'}" if answers else "",
        not_kept=GUEST_EXAM_SUBMITTED if submitted else "",
    )
