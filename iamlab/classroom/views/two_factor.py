"""Instructors' TOTP second factor: set it up once, then enter a code each session."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods

from iamlab.classroom.access import login_required
from iamlab.classroom.services import two_factor


def _instructor(request):
    if not request.user.is_instructor:
        raise PermissionDenied("Two-factor set-up here is for instructors.")


@require_http_methods(["GET", "POST"])
@login_required
def setup(request):
    _instructor(request)
    if two_factor.has_device(request.user):
        if not request.user.is_verified():
            return redirect("classroom:two_factor_verify")
        return render(request, "classroom/two_factor_setup.html", {"enabled": True})
    device = two_factor.pending_device(request.user)
    error = None
    if request.method == "POST":
        error = two_factor.device_confirm(
            request=request, device=device, token=request.POST.get("token", "")
        )
        if error is None:
            messages.success(request, "Two-factor authentication is on for your account.")
            return redirect("classroom:index")
    return render(
        request,
        "classroom/two_factor_setup.html",
        {
            "enabled": False,
            "qr": two_factor.qr_data_uri(device.config_url),
            "secret": two_factor.secret_for_typing(device),
            "error": error,
        },
        status=400 if error else 200,
    )


@require_http_methods(["GET", "POST"])
@login_required
def verify(request):
    _instructor(request)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = ""
    error = None
    if request.method == "POST":
        error = two_factor.session_verify(request=request, token=request.POST.get("token", ""))
        if error is None:
            return redirect(next_url or "classroom:index")
    return render(
        request,
        "classroom/two_factor_verify.html",
        {"next": next_url, "error": error},
        status=400 if error else 200,
    )
