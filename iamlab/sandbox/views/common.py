from django.contrib import messages

from iamlab.sandbox.errors import SandboxError

# A refused form comes back as the page again (not a redirect), with what the learner typed
# still in it and AWS's error above it; the status says the request was refused.
REFUSED = 400


def attempt(request, service, /, *, success: str = "", **kwargs):
    """Run a service; a refusal becomes an error message with AWS's code, and None."""
    try:
        result = service(**kwargs)
    except SandboxError as error:
        messages.error(request, f"{error.code}: {error.message}")
        return None
    if success:
        messages.success(request, success)
    return result if result is not None else True


def confirmed(request, name: str) -> bool:
    """Deletions (and the reset) ask the learner to type a name, as the IAM console does."""
    if request.POST.get("confirm", "").strip() == name:
        return True
    messages.error(request, f"To go ahead, type {name} in the confirmation box.")
    return False
