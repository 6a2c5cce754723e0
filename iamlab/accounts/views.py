from datetime import timedelta

from django.conf import settings
from django.contrib.auth import login
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from iamlab.accounts.forms import SignUpForm
from iamlab.throttle import limits

TOO_MANY_SIGN_UPS = (
    "Too many sign-ups came from your network address. Please wait {wait} and try again."
)
USERNAME_TAKEN = "A user with that username already exists."
# Every sign-up attempt counts, failed ones too: "that username is taken" lists accounts.
SIGNUP_WINDOW = timedelta(hours=1)


def safe_next(request) -> str:
    """The page to return to after signing up (a class's join link), if it is on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else ""


@require_http_methods(["GET", "POST"])
def signup(request):
    next_url = safe_next(request)
    if request.user.is_authenticated:
        return redirect(next_url or "home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST":
        limit = limits.Limit("signup", settings.IAMLAB_SIGNUP_ADDRESS_LIMIT, SIGNUP_WINDOW)
        address = limits.client_address(request)
        wait = limits.wait_for(limit, address)
        if wait:
            error = TOO_MANY_SIGN_UPS.format(wait=limits.wait_in_words(wait))
            # Unbound, so it is not validated: "username taken" would still list accounts.
            kept = SignUpForm(initial={f: request.POST.get(f, "") for f in ("username", "email")})
            return render(
                request,
                "accounts/signup.html",
                {"form": kept, "error": error, "next": next_url},
                status=429,
            )
        limits.record(limit, address)
        if form.is_valid():
            try:
                with transaction.atomic():
                    user = form.save()
            except IntegrityError:
                # The same name taken since the form was checked: most often this sign-up's
                # own first try, sent again after its reply was lost.
                form.add_error("username", USERNAME_TAKEN)
                return render(
                    request, "accounts/signup.html", {"form": form, "next": next_url}, status=400
                )
            # The model backend is named because Axes' backend comes first in
            # AUTHENTICATION_BACKENDS and only guards authenticate().
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            return redirect(next_url or "home")
    return render(request, "accounts/signup.html", {"form": form, "next": next_url})
