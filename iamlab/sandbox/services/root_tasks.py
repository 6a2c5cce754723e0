"""Tasks only the root user can do, as AWS lists them in "Tasks that require root user
credentials": https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks

No policy can grant these to an IAM user or role: however much they are allowed, the
sandbox refuses and explains why.
"""

from dataclasses import dataclass

from iamlab.sandbox import errors
from iamlab.sandbox.services.events import event_record

ROOT_TASKS_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks"
)


@dataclass(frozen=True)
class RootTask:
    slug: str
    title: str
    detail: str


ROOT_TASKS = (
    RootTask(
        "change-account-settings",
        "Change your account settings",
        "The account name, email address, root user password and root user access keys.",
    ),
    RootTask(
        "restore-iam-user-permissions",
        "Restore IAM user permissions",
        "If the only IAM administrator revokes their own permissions, the root user signs "
        "in to edit policies and restore them.",
    ),
    RootTask(
        "activate-billing-access",
        "Activate IAM access to the Billing and Cost Management console",
        "Until the root user turns this on, no IAM policy gives access to billing.",
    ),
    RootTask(
        "view-tax-invoices",
        "View certain tax invoices",
        "IAM users can view VAT invoices from AWS Europe, but not from AWS Inc. or AISPL.",
    ),
    RootTask("close-account", "Close your AWS account", "Only the root user can close it."),
    RootTask(
        "reserved-instance-seller",
        "Register as a seller in the Reserved Instance Marketplace",
        "Selling unused Reserved Instances needs the account owner.",
    ),
    RootTask(
        "s3-mfa-delete",
        "Configure an Amazon S3 bucket to enable MFA delete",
        "MFA delete on a versioned bucket can be turned on only with the root user's MFA.",
    ),
    RootTask(
        "s3-policy-denying-all",
        "Edit or delete an S3 bucket policy that denies all principals",
        "When a bucket policy locks everyone out, only the root user can remove it.",
    ),
    RootTask(
        "sqs-policy-denying-all",
        "Edit or delete an SQS queue policy that denies all principals",
        "When a queue policy locks everyone out, only the root user can remove it.",
    ),
    RootTask(
        "govcloud-root-keys",
        "Request AWS GovCloud (US) account root user access keys",
        "Done through AWS Support, as the root user.",
    ),
    RootTask(
        "recover-kms-key",
        "Recover an unmanageable AWS KMS key",
        "If a key's policy leaves no one able to manage it, the root user contacts AWS Support.",
    ),
)


def root_task_get(slug: str) -> RootTask:
    for task in ROOT_TASKS:
        if task.slug == slug:
            return task
    raise errors.no_such_entity(f"There is no root-only task called {slug}.")


def root_task_perform(*, account, slug: str, acting_as: str) -> RootTask:
    """Succeeds only for the root user; an IAM identity is refused whatever its policies say."""
    task = root_task_get(slug)
    error = None
    if acting_as != account.root_arn:
        error = errors.access_denied(
            f"{task.title} requires the root user's credentials; {acting_as} is an IAM "
            f"identity, and no IAM policy can grant this. See {ROOT_TASKS_URL}"
        )
    event_record(
        account=account,
        event_name=task.slug,
        identity=acting_as,
        source="signin.amazonaws.com",
        parameters={"task": task.title},
        error=error,
    )
    if error:
        raise error
    return task
