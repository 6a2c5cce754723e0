"""Virtual MFA devices with real TOTP codes, enrolled with any authenticator app.

Like IAM's EnableMFADevice, enrolment asks for two consecutive codes, which proves the
app's clock and the secret agree. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
"""

import time

import pyotp
import segno

from iamlab.sandbox import errors
from iamlab.sandbox.models import MfaDevice
from iamlab.sandbox.services import rules
from iamlab.sandbox.services.events import recorded
from iamlab.sandbox.services.users import user_get

ISSUER = "IAM Lab sandbox"


def _owner(account, user_name: str):
    return user_get(account=account, name=user_name) if user_name else None


def mfa_provisioning_uri(device: MfaDevice) -> str:
    account_name = device.user.name if device.user else "root"
    return pyotp.TOTP(device.secret).provisioning_uri(
        name=f"{account_name}@{device.account.account_id}", issuer_name=ISSUER
    )


def mfa_qr_data_uri(device: MfaDevice) -> str:
    return segno.make(mfa_provisioning_uri(device)).svg_data_uri(scale=4)


@recorded("CreateVirtualMFADevice")
def mfa_device_create(*, account, user_name: str = "") -> MfaDevice:
    user = _owner(account, user_name)
    devices = MfaDevice.objects.filter(account=account, user=user)
    pending = devices.filter(enabled=False).first()
    if pending is not None:
        return pending
    rules.check_quota("MFADevicesPerUser", devices.count())
    name = f"{user.name if user else 'root-account-mfa-device'}-{devices.count() + 1}"
    return MfaDevice.objects.create(
        account=account, user=user, name=name, secret=pyotp.random_base32()
    )


def _consecutive(secret: str, first: str, second: str, now: float) -> bool:
    totp = pyotp.TOTP(secret)
    # Accept the pair ending in the previous, current or next 30-second window (clock drift).
    for step in (-1, 0, 1):
        moment = now + step * totp.interval
        if totp.at(moment - totp.interval) == first and totp.at(moment) == second:
            return True
    return False


@recorded("EnableMFADevice")
def mfa_device_enable(
    *, account, user_name: str = "", code_1: str, code_2: str, now: float | None = None
) -> MfaDevice:
    user = _owner(account, user_name)
    device = MfaDevice.objects.filter(account=account, user=user, enabled=False).first()
    if device is None:
        raise errors.no_such_entity("There is no virtual MFA device waiting to be enabled.")
    if not _consecutive(device.secret, code_1.strip(), code_2.strip(), now or time.time()):
        raise errors.SandboxError(
            "InvalidAuthenticationCode", "Authentication code for device is not valid."
        )
    device.enabled = True
    device.save(update_fields=["enabled"])
    return device


@recorded("DeactivateMFADevice")
def mfa_device_delete(*, account, user_name: str = "", name: str) -> None:
    user = _owner(account, user_name)
    device = MfaDevice.objects.filter(account=account, user=user, name=name).first()
    if device is None:
        raise errors.no_such_entity(f"MFA Device with serial number {name} cannot be found.")
    device.delete()


def mfa_enabled(*, account, user) -> bool:
    return MfaDevice.objects.filter(account=account, user=user, enabled=True).exists()
