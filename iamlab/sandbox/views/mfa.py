"""The virtual MFA part of a user's (or the root user's) security credentials."""

from iamlab.sandbox.models import MfaDevice
from iamlab.sandbox.services import mfa
from iamlab.sandbox.views.common import attempt

MFA_ACTIONS = ("mfa-create", "mfa-enable", "mfa-delete")


def mfa_context(account, user) -> dict:
    devices = MfaDevice.objects.filter(account=account, user=user)
    pending = devices.filter(enabled=False).first()
    return {
        "mfa_devices": devices.filter(enabled=True),
        "mfa_pending": pending,
        "mfa_qr": mfa.mfa_qr_data_uri(pending) if pending else "",
        "mfa_secret": pending.secret if pending else "",
    }


def mfa_action(request, account, user_name: str, action: str) -> None:
    post = request.POST
    if action == "mfa-create":
        attempt(
            request,
            mfa.mfa_device_create,
            account=account,
            user_name=user_name,
            success="Scan the QR code with your authenticator app, then type two "
            "consecutive codes.",
        )
    elif action == "mfa-enable":
        attempt(
            request,
            mfa.mfa_device_enable,
            account=account,
            user_name=user_name,
            code_1=post.get("code_1", ""),
            code_2=post.get("code_2", ""),
            success="MFA device enabled.",
        )
    elif action == "mfa-delete":
        attempt(
            request,
            mfa.mfa_device_delete,
            account=account,
            user_name=user_name,
            name=post.get("device", ""),
            success="MFA device removed.",
        )
