"""Starting accounts to load, each tied to the lesson section it illustrates, and a reset."""

import json
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils.text import slugify

from iamlab.sandbox import errors
from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.models import (
    AccessKey,
    Attachment,
    Ec2Instance,
    Event,
    IamGroup,
    IamRole,
    IamUser,
    InlinePolicy,
    InstanceProfile,
    ManagedPolicy,
    MfaDevice,
    Resource,
)
from iamlab.sandbox.partner import PARTNER_ACCOUNT_ID
from iamlab.sandbox.services import instances, policies, roles, users
from iamlab.sandbox.services.events import event_record


def _doc(*statements) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)}, indent=2)


def _trust(principal: dict, **extra) -> str:
    statement = {"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole", **extra}
    return _doc(statement)


def _startup_developers(account):
    users.group_create(account=account, name="developers")
    policies.policy_attach(
        account=account, kind="group", name="developers", arn=aws_managed_arn("PowerUserAccess")
    )
    for name in ("ana", "ben", "chloe"):
        users.user_create(account=account, name=name, tags={"team": "product"})
        users.group_add_user(account=account, group_name="developers", user_name=name)


def _ec2_app_reads_bucket(account):
    Resource.objects.create(account=account, kind=Resource.Kind.S3, name="app-assets")
    roles.role_create(
        account=account,
        name="app-server",
        trust_policy=_trust({"Service": "ec2.amazonaws.com"}),
        description="Lets the app on EC2 read its bucket",
    )
    policies.inline_policy_put(
        account=account,
        kind="role",
        name="app-server",
        policy_name="read-app-assets",
        document=_doc(
            {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::app-assets"},
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::app-assets/*"},
        ),
    )

    instances.instance_profile_create(account=account, name="app-server", role_name="app-server")
    instances.instance_launch(account=account, name="web-1", profile_name="app-server")


def _auditor_read_only(account):
    users.group_create(account=account, name="auditors")
    policies.policy_attach(
        account=account, kind="group", name="auditors", arn=aws_managed_arn("IAMReadOnlyAccess")
    )
    users.user_create(account=account, name="auditor")
    users.group_add_user(account=account, group_name="auditors", user_name="auditor")


def _partner_cross_account(account):
    Resource.objects.create(
        account=account,
        kind=Resource.Kind.S3,
        name="shared-reports",
        policy=_doc(
            {
                "Sid": "PartnerReads",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{PARTNER_ACCOUNT_ID}:root"},
                "Action": ["s3:GetObject", "s3:ListBucket"],
                "Resource": ["arn:aws:s3:::shared-reports", "arn:aws:s3:::shared-reports/*"],
            }
        ),
    )
    roles.role_create(
        account=account,
        name="partner-access",
        trust_policy=_trust(
            {"AWS": f"arn:aws:iam::{PARTNER_ACCOUNT_ID}:root"},
            Condition={"StringEquals": {"sts:ExternalId": "partner-7f3a"}},
        ),
        description="Assumed by the partner's account, with the agreed external ID",
    )
    policies.policy_attach(
        account=account,
        kind="role",
        name="partner-access",
        arn=aws_managed_arn("AmazonS3ReadOnlyAccess"),
    )


LESSON_NOTE = "security-IAM"


@dataclass(frozen=True)
class Scenario:
    slug: str
    title: str
    summary: str
    lesson_section: str  # the step (## heading) of the IAM lesson whose hook links here
    build: object

    @property
    def lesson_url(self) -> str:
        return reverse("lessons:step", args=[LESSON_NOTE, slugify(self.lesson_section)])


SCENARIOS = (
    Scenario(
        "startup-developers",
        "A startup with three developers",
        "Three developers in one group that carries PowerUserAccess.",
        "users",
        _startup_developers,
    ),
    Scenario(
        "ec2-app-reads-bucket",
        "An app on EC2 that needs to read one bucket",
        "A role EC2 may assume, allowed to read the app-assets bucket and nothing else.",
        "when to create a user vs role",
        _ec2_app_reads_bucket,
    ),
    Scenario(
        "auditor-read-only",
        "An auditor needs read-only access",
        "An auditors group with IAMReadOnlyAccess and one auditor in it.",
        "policies",
        _auditor_read_only,
    ),
    Scenario(
        "partner-cross-account",
        "Cross-account access for a partner",
        f"A bucket policy and a role trusting account {PARTNER_ACCOUNT_ID}, with an external ID.",
        "policies",
        _partner_cross_account,
    ),
)


def scenario_get(slug: str) -> Scenario:
    for scenario in SCENARIOS:
        if scenario.slug == slug:
            return scenario
    raise errors.no_such_entity(f"There is no scenario called {slug}.")


def _empty(account) -> None:
    for model in (
        Ec2Instance,
        InstanceProfile,
        AccessKey,
        MfaDevice,
        Attachment,
        InlinePolicy,
        Resource,
        IamRole,
    ):
        model.objects.filter(account=account).delete()
    IamGroup.objects.filter(account=account).delete()
    IamUser.objects.filter(account=account).delete()
    ManagedPolicy.objects.filter(account=account).delete()
    Event.objects.filter(account=account).delete()
    account.alias = ""
    account.organization_enabled = False
    account.scp_document = ""
    account.password_policy = {}
    account.save(update_fields=["alias", "organization_enabled", "scp_document", "password_policy"])


def account_reset(*, account) -> None:
    """Back to an empty account: only the root user, no history."""
    with transaction.atomic():
        _empty(account)
        event_record(account=account, event_name="ResetAccount", parameters={})


def scenario_load(*, account, slug: str) -> Scenario:
    """Replace the account's contents with the scenario's starting point."""
    scenario = scenario_get(slug)
    with transaction.atomic():
        _empty(account)
        scenario.build(account)
        event_record(account=account, event_name="LoadScenario", parameters={"scenario": slug})
    return scenario
