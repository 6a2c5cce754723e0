"""Access keys, console passwords and virtual MFA devices of users and of the root user."""

import secrets
import string

from django.utils import timezone

from iamlab.sandbox import errors
from iamlab.sandbox.models import AccessKey
from iamlab.sandbox.services import rules
from iamlab.sandbox.services.account_settings import password_problems
from iamlab.sandbox.services.events import recorded
from iamlab.sandbox.services.users import user_get

KEY_ALPHABET = string.ascii_uppercase + "234567"
SECRET_ALPHABET = string.ascii_letters + string.digits + "+/"


def _owner(account, user_name: str):
    """None stands for the root user, as AWS does when UserName is omitted by root."""
    return user_get(account=account, name=user_name) if user_name else None


def _key_get(account, access_key_id: str) -> AccessKey:
    key = AccessKey.objects.filter(account=account, access_key_id=access_key_id).first()
    if key is None:
        raise errors.no_such_entity(f"The Access Key with id {access_key_id} cannot be found")
    return key


@recorded("CreateAccessKey")
def access_key_create(*, account, user_name: str = "") -> tuple[AccessKey, str]:
    """A new key and its secret; the secret is returned once and never stored."""
    user = _owner(account, user_name)
    in_use = AccessKey.objects.filter(account=account, user=user).count()
    rules.check_quota("AccessKeysPerUser", in_use)
    key = AccessKey.objects.create(
        account=account,
        user=user,
        access_key_id="AKIA" + "".join(secrets.choice(KEY_ALPHABET) for _ in range(16)),
    )
    secret = "".join(secrets.choice(SECRET_ALPHABET) for _ in range(40))
    return key, secret


@recorded("UpdateAccessKey")
def access_key_set_active(*, account, access_key_id: str, active: bool) -> AccessKey:
    key = _key_get(account, access_key_id)
    key.active = active
    key.save(update_fields=["active"])
    return key


@recorded("DeleteAccessKey")
def access_key_delete(*, account, access_key_id: str) -> None:
    _key_get(account, access_key_id).delete()


@recorded("CreateLoginProfile")
def login_profile_create(*, account, user_name: str, password: str) -> None:
    user = user_get(account=account, name=user_name)
    if user.console_password_set:
        raise errors.already_exists(f"Login Profile for user {user.name} already exists.")
    problems = password_problems(account, password)
    if problems:
        # AWS's messages end without a full stop; how it joins several is not on record.
        raise errors.SandboxError("PasswordPolicyViolation", ", ".join(problems))
    user.console_password_set = True
    user.password_last_changed = timezone.now()
    user.save(update_fields=["console_password_set", "password_last_changed"])


@recorded("DeleteLoginProfile")
def login_profile_delete(*, account, user_name: str) -> None:
    user = user_get(account=account, name=user_name)
    if not user.console_password_set:
        raise errors.no_such_entity(f"Login Profile for User {user.name} cannot be found.")
    user.console_password_set = False
    user.save(update_fields=["console_password_set"])
