"""The credential report: one CSV row for the root user and one per IAM user.

Columns, their order and their values follow "Getting credential reports for your AWS
account", https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
"""

import csv
import io
from datetime import timedelta

from iamlab.sandbox.models import AccessKey, IamUser, MfaDevice

COLUMNS = (
    "user",
    "arn",
    "user_creation_time",
    "password_enabled",
    "password_last_used",
    "password_last_changed",
    "password_next_rotation",
    "mfa_active",
    "access_key_1_active",
    "access_key_1_last_rotated",
    "access_key_1_last_used_date",
    "access_key_1_last_used_region",
    "access_key_1_last_used_service",
    "access_key_2_active",
    "access_key_2_last_rotated",
    "access_key_2_last_used_date",
    "access_key_2_last_used_region",
    "access_key_2_last_used_service",
    "cert_1_active",
    "cert_1_last_rotated",
    "cert_2_active",
    "cert_2_last_rotated",
)
ROOT_NAME = "<root_account>"
NOT_APPLICABLE = "N/A"
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV
# Injection": https://owasp.org/www-community/attacks/CSV_Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# password_last_used for a password that exists but was never used to sign in.
NO_INFORMATION = "no_information"


def _time(value) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S+00:00") if value else NOT_APPLICABLE


def _spreadsheet_text(value: str) -> str:
    """A learner-chosen name, kept from running as a formula: IAM allows ``=``, ``+``,
    ``-`` and ``@`` in user names, and AWS's own report writes them raw; but learners
    download this one into a spreadsheet, so a leading ``'`` makes the cell plain text."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _key_columns(keys: list) -> list[str]:
    cells = []
    for index in range(2):
        key = keys[index] if index < len(keys) else None
        if key is None:
            cells += ["false", NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE]
            continue
        used = key.last_used_at is not None
        cells += [
            _bool(key.active),
            _time(key.last_rotated_at),
            _time(key.last_used_at),
            "us-east-1" if used else NOT_APPLICABLE,
            "iam" if used else NOT_APPLICABLE,
        ]
    return cells


def _password_last_used(user) -> str:
    if not user.console_password_set:
        return NOT_APPLICABLE
    return _time(user.password_last_used) if user.password_last_used else NO_INFORMATION


def _password_next_rotation(account, user) -> str:
    """When a password policy sets a maximum age, the day the password must be replaced."""
    max_age = (account.password_policy or {}).get("MaxPasswordAge")
    if not user.console_password_set or not max_age or user.password_last_changed is None:
        return NOT_APPLICABLE
    return _time(user.password_last_changed + timedelta(days=max_age))


def credential_report(account) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    root_keys = list(AccessKey.objects.filter(account=account, user=None))
    root_mfa = MfaDevice.objects.filter(account=account, user=None, enabled=True).exists()
    writer.writerow(
        [
            ROOT_NAME,
            account.root_arn,
            _time(account.created_at),
            "not_supported",
            NOT_APPLICABLE,
            "not_supported",
            "not_supported",
            _bool(root_mfa),
            *_key_columns(root_keys),
            "false",
            NOT_APPLICABLE,
            "false",
            NOT_APPLICABLE,
        ]
    )
    for user in (
        IamUser.objects.filter(account=account)
        .select_related("account")
        .prefetch_related("keys", "mfa")
    ):
        password = user.console_password_set
        writer.writerow(
            [
                _spreadsheet_text(user.name),
                user.arn,
                _time(user.created_at),
                _bool(password),
                _password_last_used(user),
                _time(user.password_last_changed) if password else NOT_APPLICABLE,
                _password_next_rotation(account, user),
                _bool(any(device.enabled for device in user.mfa.all())),
                *_key_columns(list(user.keys.all())),
                "false",
                NOT_APPLICABLE,
                "false",
                NOT_APPLICABLE,
            ]
        )
    return out.getvalue()
