import time

import pyotp
import pytest

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.services import mfa
from iamlab.sandbox.services.users import user_create


def test_a_device_is_enabled_only_with_two_consecutive_codes(account):
    user_create(account=account, name="alice")
    device = mfa.mfa_device_create(account=account, user_name="alice")
    totp = pyotp.TOTP(device.secret)
    now = time.time()
    with pytest.raises(SandboxError) as caught:
        mfa.mfa_device_enable(
            account=account, user_name="alice", code_1=totp.at(now), code_2=totp.at(now), now=now
        )
    assert caught.value.code == "InvalidAuthenticationCode"
    device.refresh_from_db()
    assert not device.enabled
    mfa.mfa_device_enable(
        account=account, user_name="alice", code_1=totp.at(now - 30), code_2=totp.at(now), now=now
    )
    assert mfa.mfa_enabled(account=account, user=device.user)


def test_the_qr_code_carries_a_totp_uri_for_the_account(account):
    device = mfa.mfa_device_create(account=account)
    assert mfa.mfa_provisioning_uri(device).startswith("otpauth://totp/")
    assert account.account_id in mfa.mfa_provisioning_uri(device)
    assert mfa.mfa_qr_data_uri(device).startswith("data:image/svg+xml")


def test_asking_twice_returns_the_same_pending_device(account):
    first = mfa.mfa_device_create(account=account)
    assert mfa.mfa_device_create(account=account) == first


def test_a_user_with_mfa_cannot_be_deleted_until_it_is_removed(account):
    from iamlab.sandbox.services.users import user_delete

    user_create(account=account, name="alice")
    device = mfa.mfa_device_create(account=account, user_name="alice")
    with pytest.raises(SandboxError) as caught:
        user_delete(account=account, name="alice")
    assert caught.value.code == "DeleteConflict"
    mfa.mfa_device_delete(account=account, user_name="alice", name=device.name)
    user_delete(account=account, name="alice")
