"""AWS's error codes and messages for refused sandbox operations.

Messages follow what IAM answers (as seen in AWS CLI/SDK output), so a learner
who meets one in the sandbox recognises it in a real account. Wording checked against
real responses quoted in public bug reports:
- DeleteUser/DeleteGroup "must remove users from group first.": mozilla-services/userplex#17,
  go-to-k/delstack#40; "must delete login profile first.": cloud-custodian#1663;
  "must delete MFA device first.": rebuy-de/aws-nuke#281; "must delete policies first.":
  cloud-custodian#2514; "must detach all policies first.": ansible/ansible#22832,
  cloud-custodian#7484.
- DeletePolicy: rebuy-de/aws-nuke#1 and #819; DeletePolicyVersion: byu-oit/handel#140;
  CreatePolicyVersion limit: 99designs/iamy#21.
- EnableMFADevice InvalidAuthenticationCode and LimitExceeded AccessKeysPerUser: learners'
  and operators' logs of the real messages.
- Put{User,Group,Role}Policy over the inline quota: "Maximum policy size of 5120 bytes
  exceeded for group travis-ci" (HumanCellAtlas/data-store#1963), "... 10240 bytes exceeded
  for role <name>" (aws-amplify/amplify-backend#2615), "... 2048 bytes exceeded for user"
  (ministryofjustice/cloud-platform-environments#5302).
- PolicyNotAttachable: AttachRolePolicy with an /aws-service-role/ policy answers "Cannot
  attach a Service Role Policy to a Customer Role." (aws/aws-cdk#6131, Terraform logs). For
  users, groups and permissions boundaries no real message was found in public reports, so
  the sandbox gives the API Reference's description of the error (AttachUserPolicy,
  AttachGroupPolicy, Put*PermissionsBoundary list PolicyNotAttachable too).
"""

from iamlab.policy.validation.sizes import inline_size_exceeded


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


def inline_policy_size_exceeded(kind: str, name: str, limit: int) -> SandboxError:
    return SandboxError("LimitExceeded", inline_size_exceeded(kind, limit, name))


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


SERVICE_ROLE_POLICY_TO_ROLE = "Cannot attach a Service Role Policy to a Customer Role."
SERVICE_ROLE_POLICY_ELSEWHERE = (
    "The request failed because AWS service role policies can only be attached to the "
    "service-linked role for that service."
)


def policy_not_attachable(message: str) -> SandboxError:
    return SandboxError("PolicyNotAttachable", message)
