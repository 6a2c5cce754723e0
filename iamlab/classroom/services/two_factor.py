"""TOTP second factor for instructors, on django-otp's TOTP devices."""

import base64
import math

import segno
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

BAD_TOKEN = "That code is not right. Enter the 6-digit code your authenticator app shows now."
# django-otp refuses every code, the right one too, for a while after wrong ones (1, 2, 4…
# seconds, doubling with each failure in a row: OTP_TOTP_THROTTLE_FACTOR); say so.
LOCKED = (
    "Too many wrong codes in a row: no code is accepted for {seconds} more second{plural} "
    "(until {until:%H:%M:%S} UTC). Then enter the code your app shows at that moment."
)


def has_device(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(user) -> TOTPDevice:
    """The device being set up: kept unconfirmed until the user proves they scanned it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=False)
    return device


def secret_for_typing(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def qr_data_uri(text: str) -> str:
    return segno.make(text, error="m").svg_data_uri(scale=5, border=2)


def device_confirm(*, request, device: TOTPDevice, token: str) -> str | None:
    """Turn the device on if ``token`` is right, and count this session as verified.
    Returns None then, else why the code was refused."""
    refused = _refusal(device, token)
    if refused:
        return refused
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    otp_login(request, device)
    return None


def session_verify(*, request, token: str) -> str | None:
    """Count this session as verified if ``token`` is right for one of the user's devices.
    Returns None then, else why the code was refused."""
    refusals = []
    for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
        refused = _refusal(device, token)
        if refused is None:
            otp_login(request, device)
            return None
        refusals.append(refused)
    if not refusals or BAD_TOKEN in refusals:  # a device read the code: it was wrong
        return BAD_TOKEN
    return refusals[0]  # every device is waiting out its lock


def _refusal(device: TOTPDevice, token: str) -> str | None:
    allowed, why = device.verify_is_allowed()
    if not allowed and why.get("locked_until"):
        until = why["locked_until"]
        seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
        return LOCKED.format(seconds=seconds, plural="" if seconds == 1 else "s", until=until)
    return None if device.verify_token(token.strip()) else BAD_TOKEN
