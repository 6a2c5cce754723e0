"""A guest's sandbox account follows them into their user account when they log in."""

from django.dispatch import receiver

from iamlab.accounts.learners import learner_merged
from iamlab.sandbox.models import SandboxAccount


@receiver(learner_merged)
def move_sandbox_account(sender, source, target, **kwargs):
    # The signed-in learner's own account wins; the guest's is dropped with the guest.
    if not SandboxAccount.objects.filter(learner=target).exists():
        SandboxAccount.objects.filter(learner=source).update(learner=target)
