from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from iamlab.accounts.learners import claim_guest_work


@receiver(user_logged_in, dispatch_uid="iamlab-claim-guest-work")
def keep_guest_work(sender, request, user, **kwargs):
    if request is not None:
        claim_guest_work(request, user)
