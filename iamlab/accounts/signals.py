from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from iamlab.accounts.learners import claim_guest_work

GUEST_WORK_KEPT = "Your guest work was kept: {kept}."
GUEST_WORK_JOINED = "What you did as a guest is now part of your account."


@receiver(user_logged_in, dispatch_uid="iamlab-claim-guest-work")
def keep_guest_work(sender, request, user, **kwargs):
    if request is None:
        return
    reports = claim_guest_work(request, user)
    if reports is None:
        return
    kept = [report.kept for report in reports if report.kept]
    if kept:
        messages.success(request, GUEST_WORK_KEPT.format(kept=", ".join(kept)))
    elif not reports:
        messages.success(request, GUEST_WORK_JOINED)
    for report in reports:
        if report.not_kept:
            messages.warning(request, report.not_kept)
