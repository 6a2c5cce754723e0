"""A learner's simulated AWS account and the IAM entities inside it.

Every row hangs off one SandboxAccount, which hangs off a Learner, so a guest's
account survives sign-up and one learner can never reach another's rows: views
fetch the account through ``get_sandbox_for(request)`` and everything else
through that account.
"""

import secrets

from django.db import models
from django.db.models.functions import Lower

from iamlab.accounts.models import Learner


def account_id_from(number: int) -> str:
    # AWS account ids are 12 digits; a leading zero is legal but confuses learners.
    return str(number % (9 * 10**11) + 10**11)


def new_account_id() -> str:
    return account_id_from(secrets.randbelow(9 * 10**11))


class SandboxAccount(models.Model):
    learner = models.OneToOneField(Learner, on_delete=models.CASCADE, related_name="sandbox")
    account_id = models.CharField(max_length=12, unique=True, default=new_account_id)
    alias = models.CharField(max_length=63, blank=True)
    organization_enabled = models.BooleanField(default=False)
    scp_document = models.TextField(blank=True)
    # Empty until the learner sets one: IAM then applies its default password policy.
    password_policy = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.account_id

    @property
    def root_arn(self) -> str:
        return f"arn:aws:iam::{self.account_id}:root"


class Principal(models.Model):
    """What users and roles share: a name, a path, an ARN, a permissions boundary."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    name = models.CharField(max_length=128)
    path = models.CharField(max_length=512, default="/")
    permissions_boundary_arn = models.CharField(max_length=2048, blank=True)
    tags = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def arn(self) -> str:
        return f"arn:aws:iam::{self.account.account_id}:{self.arn_kind}{self.path}{self.name}"


class IamUser(Principal):
    arn_kind = "user"
    console_password_set = models.BooleanField(default=False)
    password_last_used = models.DateTimeField(null=True, blank=True)
    # When the console password was last set: the credential report's password_last_changed.
    password_last_changed = models.DateTimeField(null=True, blank=True)

    class Meta(Principal.Meta):
        constraints = [
            models.UniqueConstraint("account", Lower("name"), name="sandbox_user_name_unique_ci")
        ]


class IamGroup(models.Model):
    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    name = models.CharField(max_length=128)
    path = models.CharField(max_length=512, default="/")
    members = models.ManyToManyField(IamUser, related_name="groups", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    arn_kind = "group"
    arn = Principal.arn

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("account", Lower("name"), name="sandbox_group_name_unique_ci")
        ]

    def __str__(self):
        return self.name


class IamRole(Principal):
    arn_kind = "role"
    trust_policy = models.TextField()
    description = models.CharField(max_length=1000, blank=True)
    max_session_duration = models.PositiveIntegerField(default=3600)
    service_linked = models.BooleanField(default=False)

    class Meta(Principal.Meta):
        constraints = [
            models.UniqueConstraint("account", Lower("name"), name="sandbox_role_name_unique_ci")
        ]


class ManagedPolicy(models.Model):
    """A customer managed policy; AWS managed ones live in ``aws_managed`` as data."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    name = models.CharField(max_length=128)
    path = models.CharField(max_length=512, default="/")
    description = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("account", Lower("name"), name="sandbox_policy_name_unique_ci")
        ]

    def __str__(self):
        return self.name

    @property
    def arn(self) -> str:
        return f"arn:aws:iam::{self.account.account_id}:policy{self.path}{self.name}"

    @property
    def default_version(self) -> "PolicyVersion":
        # Through versions.all() (at most five, as in AWS), so that a list of policies can
        # prefetch them all in one query instead of one query per policy.
        return next(version for version in self.versions.all() if version.is_default)


class PolicyVersion(models.Model):
    policy = models.ForeignKey(ManagedPolicy, on_delete=models.CASCADE, related_name="versions")
    version_id = models.CharField(max_length=8)
    document = models.TextField()
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint("policy", "version_id", name="sandbox_version_id_unique"),
            models.UniqueConstraint(
                "policy",
                condition=models.Q(is_default=True),
                name="sandbox_one_default_version",
            ),
        ]

    def __str__(self):
        return f"{self.policy} {self.version_id}"


class Attachment(models.Model):
    """A managed policy (by ARN: AWS managed or customer managed) attached to one identity."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    policy_arn = models.CharField(max_length=2048)
    user = models.ForeignKey(
        IamUser, null=True, on_delete=models.CASCADE, related_name="attachments"
    )
    group = models.ForeignKey(
        IamGroup, null=True, on_delete=models.CASCADE, related_name="attachments"
    )
    role = models.ForeignKey(
        IamRole, null=True, on_delete=models.CASCADE, related_name="attachments"
    )

    class Meta:
        ordering = ["policy_arn"]

    def __str__(self):
        return self.policy_arn


class InlinePolicy(models.Model):
    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    name = models.CharField(max_length=128)
    document = models.TextField()
    user = models.ForeignKey(
        IamUser, null=True, on_delete=models.CASCADE, related_name="inline_policies"
    )
    group = models.ForeignKey(
        IamGroup, null=True, on_delete=models.CASCADE, related_name="inline_policies"
    )
    role = models.ForeignKey(
        IamRole, null=True, on_delete=models.CASCADE, related_name="inline_policies"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class AccessKey(models.Model):
    """An access key of a user, or of the root user when ``user`` is empty."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    user = models.ForeignKey(IamUser, null=True, on_delete=models.CASCADE, related_name="keys")
    access_key_id = models.CharField(max_length=20, unique=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    last_rotated_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.access_key_id


class MfaDevice(models.Model):
    """A virtual MFA device of a user, or of the root user when ``user`` is empty."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    user = models.ForeignKey(IamUser, null=True, on_delete=models.CASCADE, related_name="mfa")
    name = models.CharField(max_length=128)
    secret = models.CharField(max_length=64)
    enabled = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class Resource(models.Model):
    """A simulated resource with a resource-based policy: an S3 bucket, KMS key or SQS queue."""

    class Kind(models.TextChoices):
        S3 = "s3", "S3 bucket"
        KMS = "kms", "KMS key"
        SQS = "sqs", "SQS queue"

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    kind = models.CharField(max_length=3, choices=Kind.choices)
    name = models.CharField(max_length=255)
    policy = models.TextField(blank=True)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint("account", "kind", "name", name="sandbox_resource_unique")
        ]

    def __str__(self):
        return self.name

    @property
    def arn(self) -> str:
        if self.kind == self.Kind.S3:
            return f"arn:aws:s3:::{self.name}"
        if self.kind == self.Kind.KMS:
            return f"arn:aws:kms:us-east-1:{self.account.account_id}:key/{self.name}"
        return f"arn:aws:sqs:us-east-1:{self.account.account_id}:{self.name}"


class Event(models.Model):
    """One line of the account's CloudTrail-like event history."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE, related_name="events")
    event_time = models.DateTimeField(auto_now_add=True)
    event_name = models.CharField(max_length=64)
    event_source = models.CharField(max_length=64, default="iam.amazonaws.com")
    user_identity = models.CharField(max_length=2048)
    request_parameters = models.JSONField(default=dict)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.TextField(blank=True)

    class Meta:
        ordering = ["-event_time", "-pk"]

    def __str__(self):
        return self.event_name


class RoleSession(models.Model):
    """Temporary credentials from sts:AssumeRole: the role's permissions, cut by a session
    policy."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    role = models.ForeignKey(IamRole, on_delete=models.CASCADE, related_name="sessions")
    session_name = models.CharField(max_length=64)
    source_arn = models.CharField(max_length=2048)
    session_policy = models.TextField(blank=True)
    with_mfa = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.arn

    @property
    def arn(self) -> str:
        return (
            f"arn:aws:sts::{self.account.account_id}:assumed-role/{self.role.name}/"
            f"{self.session_name}"
        )


class InstanceProfile(models.Model):
    """A container for one role that EC2 hands to the instances it is attached to."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    name = models.CharField(max_length=128)
    role = models.ForeignKey(
        IamRole, null=True, on_delete=models.PROTECT, related_name="instance_profiles"
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("account", Lower("name"), name="sandbox_profile_name_unique_ci")
        ]

    def __str__(self):
        return self.name

    @property
    def arn(self) -> str:
        return f"arn:aws:iam::{self.account.account_id}:instance-profile/{self.name}"


class Ec2Instance(models.Model):
    """A simulated EC2 instance: only what it takes to show how an app on it gets credentials."""

    account = models.ForeignKey(SandboxAccount, on_delete=models.CASCADE)
    instance_id = models.CharField(max_length=19, unique=True)
    name = models.CharField(max_length=128)
    instance_profile = models.ForeignKey(
        InstanceProfile, null=True, on_delete=models.PROTECT, related_name="instances"
    )
    session = models.ForeignKey(RoleSession, null=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.instance_id
