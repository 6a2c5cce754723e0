"""A guest's sandbox account follows them into their user account when they log in.

An account holds one sandbox. When both have one, the account's own is kept and the guest's
is not merged into it: two IAM accounts cannot be folded together without renaming
entities and rewriting the account id inside every ARN of every policy, which would change
what the learner built. An account sandbox with nothing in it (made by a visit, before
reads stopped creating accounts) is not "their own work", so the guest's replaces it.
"""

from django.dispatch import receiver

from iamlab.accounts.learners import Merged, learner_merged
from iamlab.sandbox.models import IamGroup, IamRole, IamUser, ManagedPolicy, SandboxAccount

# What a learner makes in a sandbox and would miss, in the order the summary names them.
_CONTENTS = (
    (IamUser, "user", "users"),
    (IamGroup, "group", "groups"),
    (IamRole, "role", "roles"),
    (ManagedPolicy, "policy", "policies"),
)


def sandbox_contents(account: SandboxAccount) -> str:
    """'2 users, 1 role' — empty for an account with nothing a learner made."""
    parts = []
    for model, one, many in _CONTENTS:
        count = model.objects.filter(account=account).count()
        if count:
            parts.append(f"{count} {one if count == 1 else many}")
    return ", ".join(parts)


@receiver(learner_merged, dispatch_uid="iamlab-sandbox-move-account")
def move_sandbox_account(sender, source, target, **kwargs):
    guests = SandboxAccount.objects.filter(learner=source).first()
    if guests is None:
        return None
    contents = sandbox_contents(guests)
    own = SandboxAccount.objects.filter(learner=target).first()
    if own is not None and contents and sandbox_contents(own):
        return Merged(
            not_kept=(
                f"Your guest sandbox ({contents}) was not merged: your account already has "
                f"its own sandbox ({own.account_id}), which is unchanged."
            )
        )
    if own is not None:
        own.delete()
    guests.learner = target
    guests.save(update_fields=["learner"])
    return Merged(kept=f"your sandbox with {contents}") if contents else None
