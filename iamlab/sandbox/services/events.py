"""The account's CloudTrail-like history: every operation, refused or not, is recorded."""

import functools
import inspect

from django.db import transaction

from iamlab.sandbox.errors import SandboxError
from iamlab.sandbox.models import Event


def event_record(**fields) -> Event:
    event = event_new(**fields)
    event.save()
    return event


def event_new(
    *,
    account,
    event_name: str,
    parameters: dict,
    error: SandboxError | None = None,
    identity: str = "",
    source: str = "iam.amazonaws.com",
) -> Event:
    """An event not yet saved, so that a batch of them can be written in one query."""
    return Event(
        account=account,
        event_name=event_name,
        event_source=source,
        user_identity=identity or account.root_arn,
        request_parameters=parameters,
        error_code=error.code if error else "",
        error_message=error.message if error else "",
    )


# CloudTrail never logs secrets; it writes this in their place.
HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS"
SECRET_PARAMETERS = frozenset({"password", "code_1", "code_2"})


def recorded(event_name: str):
    """Run a service atomically and record it: a refusal rolls back and is logged with its code."""

    def decorate(service):
        signature = inspect.signature(service)

        @functools.wraps(service)
        def wrapper(**kwargs):
            account = kwargs["account"]
            parameters = {
                name: HIDDEN if name in SECRET_PARAMETERS else _loggable(value)
                for name, value in kwargs.items()
                if name != "account" and name in signature.parameters
            }
            try:
                with transaction.atomic():
                    result = service(**kwargs)
            except SandboxError as error:
                event_record(
                    account=account, event_name=event_name, parameters=parameters, error=error
                )
                raise
            event_record(account=account, event_name=event_name, parameters=parameters)
            return result

        return wrapper

    return decorate


def _loggable(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(key): _loggable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_loggable(item) for item in value]
    return str(value)
