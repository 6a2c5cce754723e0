"""Instance profiles, simulated EC2 instances that use them, and service-linked roles.

An app on an EC2 instance gets temporary credentials for the role in the instance's
profile from the instance metadata service; the session is named after the instance.
https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html
"""

import datetime
import json
import secrets
from dataclasses import dataclass

from django.utils import timezone

from iamlab.policy import PolicySet, Request, evaluate
from iamlab.sandbox import errors
from iamlab.sandbox.aws_managed import aws_managed_arn
from iamlab.sandbox.models import Attachment, Ec2Instance, IamRole, InstanceProfile, RoleSession
from iamlab.sandbox.services import rules
from iamlab.sandbox.services.events import recorded
from iamlab.sandbox.services.roles import role_create, role_get
from iamlab.sandbox.services.simulator import trust_policy_for

EC2_SERVICE = "ec2.amazonaws.com"
METADATA_URL = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"


def instance_profile_get(*, account, name: str) -> InstanceProfile:
    profile = InstanceProfile.objects.filter(account=account, name__iexact=name).first()
    if profile is None:
        raise errors.no_such_entity(f"Instance Profile {name} cannot be found.")
    return profile


@recorded("CreateInstanceProfile")
def instance_profile_create(*, account, name: str, role_name: str = "") -> InstanceProfile:
    rules.check_name(name, field="instanceProfileName", max_length=128)
    if InstanceProfile.objects.filter(account=account, name__iexact=name).exists():
        raise errors.already_exists(f"Instance Profile {name} already exists.")
    in_use = InstanceProfile.objects.filter(account=account).count()
    rules.check_quota("InstanceProfilesPerAccount", in_use)
    role = role_get(account=account, name=role_name) if role_name else None
    return InstanceProfile.objects.create(account=account, name=name, role=role)


@recorded("AddRoleToInstanceProfile")
def instance_profile_add_role(*, account, name: str, role_name: str) -> InstanceProfile:
    profile = instance_profile_get(account=account, name=name)
    role = role_get(account=account, name=role_name)
    rules.check_quota("InstanceSessionsPerInstanceProfile", int(profile.role_id is not None))
    profile.role = role
    profile.save(update_fields=["role"])
    return profile


@recorded("RemoveRoleFromInstanceProfile")
def instance_profile_remove_role(*, account, name: str) -> InstanceProfile:
    profile = instance_profile_get(account=account, name=name)
    if profile.role_id is None:
        raise errors.no_such_entity(f"Instance Profile {name} has no role.")
    profile.role = None
    profile.save(update_fields=["role"])
    return profile


@recorded("RunInstances")
def instance_launch(*, account, name: str, profile_name: str = "") -> Ec2Instance:
    profile = instance_profile_get(account=account, name=profile_name) if profile_name else None
    instance_id = "i-" + secrets.token_hex(9)[:17]
    instance = Ec2Instance.objects.create(
        account=account,
        instance_id=instance_id,
        name=name or instance_id,
        instance_profile=profile,
    )
    if profile is not None and profile.role is not None:
        instance.session = _ec2_session(account, profile.role, instance_id)
        instance.save(update_fields=["session"])
    return instance


def _ec2_session(account, role: IamRole, instance_id: str) -> RoleSession:
    """EC2 assumes the role for the instance only if the role trusts ec2.amazonaws.com."""
    request = Request(
        principal=EC2_SERVICE,
        action="sts:AssumeRole",
        resource=role.arn,
        resource_account=account.account_id,
    )
    decision = evaluate(request, PolicySet(resource=trust_policy_for(role)))
    if not decision.allowed:
        raise errors.SandboxError(
            "InvalidParameterValue",
            f"The role {role.name} does not trust {EC2_SERVICE}, so EC2 cannot pass it to "
            "the instance: add it as a Service principal in the trust policy.",
        )
    return RoleSession.objects.create(
        account=account,
        role=role,
        session_name=instance_id,
        source_arn=EC2_SERVICE,
        expires_at=timezone.now() + datetime.timedelta(hours=6),
    )


@dataclass(frozen=True)
class ServiceLinkedRole:
    """A service's role and the AWS managed policy (path /aws-service-role/) IAM attaches to it."""

    service: str
    role_name: str
    description: str
    policy: str

    @property
    def policy_arn(self) -> str:
        return aws_managed_arn(self.policy)


SERVICE_LINKED_ROLES = (
    ServiceLinkedRole(
        "autoscaling.amazonaws.com",
        "AWSServiceRoleForAutoScaling",
        "Lets EC2 Auto Scaling launch and manage instances for you.",
        "AutoScalingServiceRolePolicy",
    ),
    ServiceLinkedRole(
        "elasticloadbalancing.amazonaws.com",
        "AWSServiceRoleForElasticLoadBalancing",
        "Lets Elastic Load Balancing manage network interfaces for you.",
        "AWSElasticLoadBalancingServiceRolePolicy",
    ),
    ServiceLinkedRole(
        "support.amazonaws.com",
        "AWSServiceRoleForSupport",
        "Lets AWS Support call other services for you when it helps with a case.",
        "AWSSupportServiceRolePolicy",
    ),
)


@recorded("CreateServiceLinkedRole")
def service_linked_role_create(*, account, service: str) -> IamRole:
    known = next((slr for slr in SERVICE_LINKED_ROLES if slr.service == service), None)
    if known is None:
        raise errors.validation_error(service, "AWSServiceName", "Member must be a known service")
    trust = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}
            ],
        }
    )
    # The unrecorded inner CreateRole: CloudTrail logs this as one CreateServiceLinkedRole.
    role = role_create.__wrapped__(
        account=account,
        name=known.role_name,
        path=f"/aws-service-role/{service}/",
        trust_policy=trust,
        description=known.description,
        service_linked=True,
    )
    # IAM gives the role its service's permissions policy; only the service may change it.
    Attachment.objects.create(account=account, policy_arn=known.policy_arn, role=role)
    return role


@recorded("DeleteServiceLinkedRole")
def service_linked_role_delete(*, account, name: str) -> None:
    """IAM deletes a service-linked role only when no resource of its service still uses it."""
    role = role_get(account=account, name=name)
    if not role.service_linked:
        raise errors.validation_error(name, "roleName", "Member must be a service-linked role")
    if role.instance_profiles.exists():
        raise errors.delete_conflict(
            "Cannot delete entity, must remove roles from instance profile first."
        )
    role.delete()
