"""AWS's error codes and messages for refused sandbox operations.

Messages follow what IAM answers (as seen in AWS CLI/SDK output), so a learner
who meets one in the sandbox recognises it in a real account.
"""


class SandboxError(Exception):
    """A refused operation: AWS's error ``code`` and ``message``; nothing was changed."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def already_exists(message: str) -> SandboxError:
    return SandboxError("EntityAlreadyExists", message)


def no_such_entity(message: str) -> SandboxError:
    return SandboxError("NoSuchEntity", message)


def limit_exceeded(quota: str, value: int) -> SandboxError:
    return SandboxError("LimitExceeded", f"Cannot exceed quota for {quota}: {value}")


def delete_conflict(message: str) -> SandboxError:
    return SandboxError("DeleteConflict", message)


def validation_error(value: str, field: str, constraint: str) -> SandboxError:
    return SandboxError(
        "ValidationError",
        f"1 validation error detected: Value '{value}' at '{field}' failed to satisfy "
        f"constraint: {constraint}",
    )


def malformed(message: str) -> SandboxError:
    return SandboxError("MalformedPolicyDocument", message)


def unmodifiable(message: str) -> SandboxError:
    return SandboxError("UnmodifiableEntity", message)


def access_denied(message: str) -> SandboxError:
    return SandboxError("AccessDenied", message)
