"""The one place that maps a request to the sandbox account it may see and change."""

from iamlab.accounts.learners import get_learner
from iamlab.sandbox.models import SandboxAccount


def get_sandbox_for(request) -> SandboxAccount:
    """The visitor's own account, created with their Learner on first use."""
    learner = get_learner(request, create=True)
    return SandboxAccount.objects.get_or_create(learner=learner)[0]
